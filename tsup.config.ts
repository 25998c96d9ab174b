import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'tsup';
import { encodeModel } from './src/model-binary.js';

// The shipped model: data/model.json (the trainer's output) is packed to the binary form of
// src/model-binary.ts at build time. Node builds read dist/model.bin on first use (in a fresh
// process: import of the bundle 170 ms → 60 ms, model load 130 ms → see BENCHMARKS.md); the
// platform-neutral build, for browsers and edge runtimes, carries the same bytes inline as base64.
const packedModel = (keys = true): Uint8Array => {
  const json = JSON.parse(fs.readFileSync('data/model.json', 'utf8'));
  return encodeModel(json, { keys });
};

type PluginBuild = {
  initialOptions: { format?: string };
  onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => { contents: string; loader: 'js' | 'ts'; resolveDir?: string }) => void;
  onEnd: (cb: () => void) => void;
};

/** Replace src/shipped-model.ts: `file` reads dist/model.bin (Node), `inline` embeds it. */
const shippedModel = (how: 'file' | 'inline') => ({
  name: `shipped-model-${how}`,
  setup(build: PluginBuild) {
    const cjs = build.initialOptions.format === 'cjs';
    build.onLoad({ filter: /[\\/]src[\\/]shipped-model\.ts$/ }, () => {
      if (how === 'inline') {
        // Without the stored keys (computed on load): 1.26 MB instead of 2.19 MB, in base64.
        const b64 = Buffer.from(packedModel(false)).toString('base64');
        return { contents: `export function shippedModel() { const s = atob(${JSON.stringify(b64)}); const b = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i); return b; }`, loader: 'js' };
      }
      // Read without its vocabulary until asked (src/shipped-model-file.ts).
      const file = cjs ? `require('node:path').join(__dirname, 'model.bin')` : `new URL('./model.bin', import.meta.url)`;
      return { contents: `import { readPackedModelFile } from './shipped-model-file.ts'; export function shippedModel() { return readPackedModelFile(${file}); }`, loader: 'ts', resolveDir: path.resolve('src') };
    });
    if (how === 'file') {
      build.onEnd(() => {
        fs.mkdirSync('dist', { recursive: true });
        fs.writeFileSync('dist/model.bin', packedModel());
      });
    }
  },
});

/**
 * Every output file ASCII: non-ASCII code units left in comments and regular-expression literals
 * (esbuild escapes them only in strings) become `\uXXXX` (an identity escape `\X` loses its
 * backslash; an astral character becomes its surrogate pair, which a `u` pattern reads as one code
 * point). Node keeps an ASCII source as one byte per character; a file with a single non-ASCII
 * character is decoded to two bytes per character, and V8 scans it slower: reading and compiling
 * dist/cli.cjs took 5.3 + 12.3 ms as it was and 2.5 + 9.6 ms escaped (fresh processes).
 */
const asciiOutput = {
  name: 'ascii-output',
  renderChunk(code: string) {
    return { code: code.replace(/(\\*)([^\x00-\x7f])/g, (_: string, slashes: string, c: string) => (slashes.length % 2 ? slashes.slice(1) : slashes) + '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) };
  },
};

// Modules that only some calls need are initialized on first use, not on import: franc expands
// its trigram tables when its module is evaluated (30 ms of every import of the bundle, measured
// with --cpu-prof) for a detector that only analyze() asks; redos-detector (75 ms to import) is for
// user-supplied RegExp rules only. In the builds the import from the one source file that uses each
// goes through a stub that require()s it on first call; esbuild turns a require of a bundled ES
// module into a lazy initializer, so nothing is loaded at run time and the sources stay plain.
const LAZY_MODULES: Record<string, { importer: RegExp; names: string[] }> = {
  franc: { importer: /[\\/]src[\\/]script\.ts$/, names: ['franc'] },
  'redos-detector': { importer: /[\\/]src[\\/]custom-rule\.ts$/, names: ['isSafePattern'] },
};
// The Node builds go further: the two modules are not in the bundle at all but in files of their
// own (dist/lazy/*.cjs, built from src/lazy/), required on first use — franc's data and
// redos-detector were 515 KB of the 700 KB bundle, which every import read and parsed (the
// import of dist/index.node.js took ~25 ms in a fresh process, see BENCHMARKS.md).
const lazyModules = (how: 'bundled' | 'sidecar') => ({
  name: `lazy-modules-${how}`,
  setup(build: { initialOptions: { format?: string }; onResolve: (o: { filter: RegExp }, cb: (a: { path: string; importer: string }) => { path: string; namespace: string } | undefined) => void; onLoad: (o: { filter: RegExp; namespace: string }, cb: (a: { path: string }) => { contents: string; loader: 'js'; resolveDir: string }) => void }) {
    const cjs = build.initialOptions.format === 'cjs';
    build.onResolve({ filter: /^(?:franc|redos-detector)$/ }, (args) => (LAZY_MODULES[args.path].importer.test(args.importer) ? { path: args.path, namespace: 'lazy-module' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => {
      const file = `./lazy/${args.path}.cjs`;
      // A require esbuild does not follow: of the sidecar next to the bundle (Node), or of the
      // bundled module (neutral build).
      const load =
        how === 'bundled'
          ? `require(${JSON.stringify(args.path)})`
          : cjs
            ? `require(require('node:path').join(__dirname, ${JSON.stringify(file)}))`
            : `(0, __sidecarRequire)(${JSON.stringify(file)})`;
      const prelude = how === 'sidecar' && !cjs ? `import { createRequire as __createRequire } from 'node:module';\nconst __sidecarRequire = __createRequire(import.meta.url);\n` : '';
      return {
        contents: prelude + `let m; const load = () => (m ??= ${load});\n` + LAZY_MODULES[args.path].names.map((n) => `export function ${n}(...a) { return load().${n}(...a); }`).join('\n'),
        loader: 'js',
        resolveDir: process.cwd(),
      };
    });
  },
});

// The builds: the library (ESM + CJS + declarations; neutral and Node), the CLI (ESM only, with a shebang) and the
// worker of `dechaff jsonl --workers`.
// natural's Porter stemmer is bundled (natural stays a devDependency: its package index loads
// mongoose/pg/redis and prints dotenv lines); franc is bundled so the CJS build works (franc is
// ESM-only); redos-detector is bundled so that it can be initialized lazily (see LAZY_MODULES).
// (The Traditional → Simplified table is generated from opencc-js at development time:
// src/generated/t2s.ts; opencc-js is not needed at run time.)
const noExternal = [/^natural/, 'franc', 'redos-detector', /^trigram-utils/, /^n-gram/, /^collapse-white-space/, /^opencc-js/];

/**
 * The entries dechaff/node and dechaff/queue import the cleaner from the main entry by the
 * package's own name instead of bundling a second copy of it and of the model; Node resolves a
 * package's self-reference through its "exports" map.
 *
 * @param dir the entry's source folder under src/
 * @param imports what its modules import from the main entry's modules
 */
const fromMainEntry = (dir: string, imports: RegExp) => ({
  name: `${dir}-from-main-entry`,
  setup(build: { onResolve: (o: { filter: RegExp }, cb: (a: { importer: string }) => { path: string; external: boolean } | undefined) => void }) {
    const inDir = new RegExp(`[\\\\/]src[\\\\/]${dir}[\\\\/]`);
    build.onResolve({ filter: imports }, (args) => (inDir.test(args.importer) ? { path: 'dechaff', external: true } : undefined));
  },
});

/** An entry of its own (ESM + CJS + declarations) from `src/<dir>/<file>` that uses the main entry's cleaner. */
function entryOnMain(name: string, dir: string, file: string, imports: RegExp) {
  return {
    entry: { [name]: `src/${dir}/${file}` },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'node18',
    platform: 'node',
    splitting: false,
    esbuildPlugins: [fromMainEntry(dir, imports)],
  };
}

/** What every self-contained Node build shares: no declarations, no shared chunks, Node 18. */
const NODE_BUILD = { dts: false, clean: false, target: 'node18', platform: 'node', noExternal, splitting: false } as const;

/** A self-contained Node build (ESM; the model read from dist/model.bin). */
function nodeProgram(entry: Record<string, string>) {
  return { ...NODE_BUILD, entry, format: ['esm'], esbuildPlugins: [shippedModel('file'), lazyModules('sidecar')] };
}

/** A self-contained CommonJS file for Node: no model, no lazy modules. */
function commonJsFile(entry: Record<string, string>) {
  return { ...NODE_BUILD, entry, format: ['cjs'], outExtension: () => ({ js: '.cjs' }) };
}

// Every build's output is ASCII (see asciiOutput).
export const tsupConfig = [
  // The library for browsers and edge runtimes (the package's default condition): the model inline.
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
    esbuildPlugins: [shippedModel('inline'), lazyModules('bundled')],
  },
  // The same library for Node (the package's "node" condition): the model read from model.bin.
  { ...nodeProgram({ 'index.node': 'src/index.ts' }), format: ['esm', 'cjs'] },
  // The modules the Node builds load on first use (see lazyModules): CommonJS, self-contained.
  commonJsFile({ 'lazy/franc': 'src/lazy/franc.ts', 'lazy/redos-detector': 'src/lazy/redos-detector.ts' }),
  // The Node streams (dechaff/node): src/stream's "../cleaner.js" and "../errors.js" → "dechaff".
  entryOnMain('node', 'stream', 'node.ts', /^\.\.\/(?:cleaner|errors)\.js$/),
  // The CLI: CommonJS (dist/cli-main.cjs), started by the package's "bin", dist/cli.cjs
  // (src/cli/launch.ts), which compiles it from V8's code cache when the build made one for this V8
  // (`npm run build` runs scripts/code-cache.mjs after tsup). Node's ES module loader wraps every
  // builtin module in a facade and starts its own machinery: as an ES module the CLI spent ~10–15
  // ms more on its eleven builtin imports, and an ES module file that only requires dist/cli.cjs
  // costs ~9 ms more than starting dist/cli.cjs itself (interleaved runs of `dechaff clean` on a
  // small file). `import.meta.url` (the jsonl worker's file, yaml) is this file's URL.
  {
    ...nodeProgram({ 'cli-main': 'src/cli/main.ts' }),
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    define: { 'import.meta.url': '__importMetaUrl' },
    // Dynamic imports (the packages of some commands, loaded on first use) become require() calls
    // at the same places: code compiled from a code cache cannot run import() in Node 20 ("A
    // dynamic import callback was not specified"), and every package the CLI loads this way ships
    // CommonJS (test/cli/code-cache.test.ts runs a command that loads one from the cache).
    esbuildOptions(options: { supported?: Record<string, boolean> }) {
      options.supported = { ...options.supported, 'dynamic-import': false };
    },
    banner: { js: "'use strict';\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
  // The bin, dist/cli.cjs: starts dist/cli-main.cjs (src/cli/launch.ts).
  { ...commonJsFile({ cli: 'src/cli/launch.ts' }), banner: { js: "#!/usr/bin/env node\n'use strict';" } },
  // dist/cli.js: the same CLI for `node dist/cli.js …` (what the README and earlier versions used).
  { ...nodeProgram({ cli: 'src/cli/bin.ts' }), esbuildPlugins: [], banner: { js: '#!/usr/bin/env node' } },
  // The worker of `dechaff jsonl --workers N`, loaded by piscina from dist/jsonl-worker.js (the
  // CLI finds it next to itself).
  nodeProgram({ 'jsonl-worker': 'src/cli/jsonl-worker.ts' }),
  // The thread a large document is checked in by `dechaff clean` and `dechaff check`
  // (src/cli/large-document.ts), loaded from dist/document-worker.js next to the CLI.
  nodeProgram({ 'document-worker': 'src/cli/document-worker.ts' }),
  // The BullMQ queue and worker (dechaff/queue): src/queue's "../index.js" → "dechaff"; bullmq
  // stays external and is loaded by a dynamic import on first use.
  entryOnMain('queue', 'queue', 'index.ts', /^\.\.\/index\.js$/),
];

export default defineConfig(tsupConfig.map((c) => ({ ...c, plugins: [asciiOutput] })) as never);
