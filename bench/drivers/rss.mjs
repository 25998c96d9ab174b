// Peak-memory driver, run by bench/coldstart.ts in a fresh `node` process:
//   node rss.mjs <path to dist/index.js> <text file> <clean|floor>
// Prints {"maxRSSKiB":…, "ms":…, "bytes":…} (maxRSS from process.resourceUsage(), KiB on Linux).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [, , lib, file, mode] = process.argv;
const text = readFileSync(file, 'utf8');
let run;
if (mode === 'clean') {
  const { clean } = await import(pathToFileURL(lib).href);
  run = () => clean(text).length;
} else {
  run = () => {
    let n = 0;
    for (const line of text.split(/\r\n|\r|\n/)) n += line.normalize('NFKC').toLowerCase().length;
    return n;
  };
}
const t0 = performance.now();
const n = run();
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ maxRSSKiB: process.resourceUsage().maxRSS, ms, bytes: Buffer.byteLength(text), out: n }) + '\n');
