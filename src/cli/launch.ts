/**
 * dist/cli.cjs, the package's "bin": starts the CLI (dist/cli-main.cjs) from V8's code cache when
 * the build made one for this V8.
 *
 * A fresh process compiles every function of the CLI and the library the first time it runs it:
 * `dechaff clean` on a small file spent ~45 ms in its first `clean()`, most of it in V8's parser,
 * bytecode compiler and interpreter. The build runs the CLI once on the examples and keeps the
 * code cache V8 made of it (bytecode of every function that ran; `scripts/code-cache.mjs`);
 * compiled from that cache, `dechaff clean` on a small file measured 4–10 ms faster (interleaved
 * whole-process runs on the machine BENCHMARKS.md describes, medians of 40: 191.8 vs 201.0 ms in
 * one, 204.4 vs 208.5 ms in another; `node -e 0` alone 113–117 ms).
 *
 * The cache belongs to one V8 version (its file name carries `process.versions.v8`, and V8 itself
 * rejects a cache of other flags or another source): with none for this V8 the CLI is required as
 * usual. A rejected cache only costs its reading; the CLI runs the same either way. Code compiled
 * this way cannot run `import()` (Node 20: "A dynamic import callback was not specified"), so the
 * build turns the CLI's dynamic imports into `require()` calls (tsup.config.ts).
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/** The CLI, next to this file. */
const MAIN = join(__dirname, 'cli-main.cjs');

/** The code cache file for this V8 (`scripts/code-cache.mjs` names it the same way). */
const CACHE = join(__dirname, `cli-main.${process.versions.v8}.cache`);

/** Set by the build (`scripts/code-cache.mjs`) to write the cache of this run at exit. */
const BUILD_ENV = 'DECHAFF_BUILD_CODE_CACHE';

function start(): void {
  const building = process.env[BUILD_ENV] === '1';
  let cached: Buffer | undefined;
  if (!building) {
    try {
      cached = readFileSync(CACHE);
    } catch {
      // No cache for this V8.
    }
  }
  if (cached === undefined && !building) {
    require(MAIN);
    return;
  }
  // What Node's CommonJS loader does for a file, with the cached data given to V8.
  const script = new Script(wrap(readFileSync(MAIN, 'utf8')), { filename: MAIN, cachedData: cached });
  const module = { exports: {}, filename: MAIN, id: MAIN, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(MAIN), module, MAIN, __dirname);
  if (building) {
    process.on('exit', () => {
      // Written whole or not at all: a temporary file renamed over the cache.
      const tmp = `${CACHE}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, CACHE);
      } catch (e) {
        rmSync(tmp, { force: true });
        process.stderr.write(`dechaff: could not write the code cache ${CACHE}: ${(e as Error).message}\n`);
        process.exitCode = 1;
      }
    });
  }
}

start();
