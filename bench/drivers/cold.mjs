// Cold-start driver, run by bench/coldstart.ts in a fresh `node` process:
//   node cold.mjs <path to dist/index.js> <text file> <import|clean|print|phases>
// import: only import the library; clean: import and clean the file once; print: also write the
// cleaned text to stdout (to check the CLI's output against); phases: print the time of each
// phase (import, default model load, first clean, second clean) as JSON.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [, , lib, file, mode = 'clean'] = process.argv;
const t0 = performance.now();
const dechaff = await import(pathToFileURL(lib).href);
const t1 = performance.now();
if (mode === 'phases') {
  const text = readFileSync(file, 'utf8');
  dechaff.defaultModel();
  const t2 = performance.now();
  dechaff.clean(text);
  const t3 = performance.now();
  dechaff.clean(text);
  const t4 = performance.now();
  process.stdout.write(JSON.stringify({ sinceStart: t0, importMs: t1 - t0, modelMs: t2 - t1, firstCleanMs: t3 - t2, secondCleanMs: t4 - t3 }) + '\n');
} else if (mode !== 'import') {
  const out = dechaff.clean(readFileSync(file, 'utf8'));
  if (mode === 'print') process.stdout.write(out);
}
