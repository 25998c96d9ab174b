// Build step (after tsup): run the built CLI once on the examples with DECHAFF_BUILD_CODE_CACHE=1,
// so that dist/cli.cjs (src/cli/launch.ts) writes V8's code cache of that run next to it, as
// dist/cli-main.<V8 version>.cache. Later starts on the same V8 compile the CLI from it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const cache = `dist/cli-main.${process.versions.v8}.cache`;
fs.rmSync(cache, { force: true });
const run = spawnSync(process.execPath, ['dist/cli.cjs', 'clean', 'examples/zh-hant-reseller-ad.txt', 'examples/en-newsletter-article.txt'], {
  env: { ...process.env, DECHAFF_BUILD_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0 || !fs.existsSync(cache)) {
  console.error(`code cache: the run of dist/cli.cjs failed (exit ${run.status}); no cache written`);
  process.exit(1);
}
console.log(`code cache: ${cache} (${Math.round(fs.statSync(cache).size / 1024)} KB, Node ${process.version})`);
