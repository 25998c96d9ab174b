/**
 * The library as users run it, for the in-process benchmarks: src/ bundled by esbuild into one
 * ES module (as tsup builds dist/), with the shipped model read from dist/model.bin (so
 * `npm run build` must have run). Why not import src/ through tsx, as the suite did before: tsx's
 * loader reads every imported binding through a getter, which V8 does not inline; the block scan,
 * which calls small imported functions per character, measured 4× slower that way (250 ms
 * against 64 ms per corpus pass), so the suite understated clean() and the classifier.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './data.js';

/** The bundle, kept for the CPU profile's driver (bench/drivers/profile-clean.mjs). */
export const BUNDLE = path.join(ROOT, 'bench', '.build', 'internals.mjs');
const MODEL = path.join(ROOT, 'dist', 'model.bin');

if (!fs.existsSync(MODEL)) throw new Error('dist/model.bin is missing: run `npm run build` before `npm run bench`');
await build({
  entryPoints: [path.join(ROOT, 'bench', 'lib', 'internals.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  outfile: BUNDLE,
  logLevel: 'error',
  // franc is ESM-only and bundled; natural's Porter stemmer is CommonJS and bundled.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  plugins: [
    {
      name: 'shipped-model-from-dist',
      setup(build) {
        build.onLoad({ filter: /[\\/]src[\\/]shipped-model\.ts$/ }, () => ({
          contents: `import { readFileSync } from 'node:fs'; export function shippedModel() { return readFileSync(${JSON.stringify(MODEL)}); }`,
          loader: 'js',
        }));
      },
    },
  ],
});

/** The bundled library and internals. */
export const lib: typeof import('./internals.js') = await import(pathToFileURL(BUNDLE).href);
