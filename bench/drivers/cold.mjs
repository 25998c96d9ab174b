// Cold-start driver, run by bench/coldstart.ts in a fresh `node` process:
//   node cold.mjs <path to dist/index.js> <text file> <import|clean|print>
// import: only import the library; clean: import and clean the file once; print: also write the
// cleaned text to stdout (to check the CLI's output against).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [, , lib, file, mode = 'clean'] = process.argv;
const { clean } = await import(pathToFileURL(lib).href);
if (mode !== 'import') {
  const out = clean(readFileSync(file, 'utf8'));
  if (mode === 'print') process.stdout.write(out);
}
