import fs from 'node:fs';
import { defineConfig } from 'tsup';

// data/model.json is bundled as one string literal and parsed on first use: V8 parses a 1.7 MB
// string literal in a few milliseconds, while the same data as an object literal made every
// import of the bundle (and so every CLI run) take about a second.
const modelAsText = {
  name: 'model-as-text',
  setup(build: { onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => { contents: string; loader: 'js' }) => void }) {
    build.onLoad({ filter: /[\\/]data[\\/]model\.json$/ }, (args) => ({
      contents: `export default ${JSON.stringify(fs.readFileSync(args.path, 'utf8'))};`,
      loader: 'js',
    }));
  },
};

// Three builds: the library (ESM + CJS + declarations), the CLI (ESM only, with a shebang) and the
// worker of `dechaff jsonl --workers`.
// natural's Porter stemmer is bundled (natural stays a devDependency: its package index loads
// mongoose/pg/redis and prints dotenv lines); franc is bundled so the CJS build works (franc is
// ESM-only); opencc-js's t2cn entry is bundled so the converter tables travel with the package.
const noExternal = [/^natural/, 'franc', /^trigram-utils/, /^n-gram/, /^collapse-white-space/, /^opencc-js/];

// The Node streams entry (dechaff/node) imports the cleaner from the main entry by the package's
// own name instead of bundling a second copy of it and of the model; Node resolves a package's
// self-reference through its "exports" map.
const cleanerFromMainEntry = {
  name: 'cleaner-from-main-entry',
  setup(build: { onResolve: (o: { filter: RegExp }, cb: (a: { importer: string }) => { path: string; external: boolean } | undefined) => void }) {
    build.onResolve({ filter: /^\.\.\/(?:cleaner|errors)\.js$/ }, (args) => (/[\\/]src[\\/]stream[\\/]/.test(args.importer) ? { path: 'dechaff', external: true } : undefined));
  },
};

/** A self-contained Node program (ESM, no shared chunks, the model bundled as text). */
function nodeProgram(entry: Record<string, string>) {
  return {
    entry,
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node18',
    platform: 'node',
    noExternal,
    splitting: false,
    esbuildPlugins: [modelAsText],
  };
}

export const tsupConfig = [
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    noExternal,
    splitting: false,
    shims: false,
    esbuildPlugins: [modelAsText],
  },
  {
    entry: { node: 'src/stream/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'node18',
    platform: 'node',
    splitting: false,
    esbuildPlugins: [cleanerFromMainEntry],
  },
  // The CLI, with a shebang.
  { ...nodeProgram({ cli: 'src/cli/main.ts' }), banner: { js: '#!/usr/bin/env node' } },
  // The worker of `dechaff jsonl --workers N`, loaded by piscina from dist/jsonl-worker.js (the
  // CLI finds it next to itself).
  nodeProgram({ 'jsonl-worker': 'src/cli/jsonl-worker.ts' }),
  // The BullMQ queue and worker (dechaff/queue). Like dechaff/node, it imports the cleaner from the
  // main entry by the package's name (src/queue's "../index.js" → "dechaff"), so there is one copy
  // of the model; bullmq stays external and is loaded by a dynamic import on first use.
  {
    entry: { queue: 'src/queue/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'node18',
    platform: 'node',
    splitting: false,
    esbuildPlugins: [{
      name: 'queue-main-entry',
      setup(build: { onResolve: (o: { filter: RegExp }, cb: (a: { importer: string }) => { path: string; external: boolean } | undefined) => void }) {
        build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) => (/[\\/]src[\\/]queue[\\/]/.test(args.importer) ? { path: 'dechaff', external: true } : undefined));
      },
    }],
  },
];

export default defineConfig(tsupConfig as never);
