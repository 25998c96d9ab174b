import { defineConfig } from 'tsup';

// Two builds: the library (ESM + CJS + declarations) and the CLI (ESM only, with a shebang).
// natural's Porter stemmer is bundled (natural stays a devDependency: its package index loads
// mongoose/pg/redis and prints dotenv lines); franc is bundled so the CJS build works (franc is
// ESM-only); opencc-js's t2cn entry is bundled so the converter tables travel with the package.
const noExternal = [/^natural/, 'franc', /^trigram-utils/, /^n-gram/, /^collapse-white-space/, /^opencc-js/];

export const tsupConfig = [
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal,
    splitting: false,
    shims: false,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node18',
    platform: 'node',
    noExternal,
    banner: { js: '#!/usr/bin/env node' },
  },
];

export default defineConfig(tsupConfig as never);
