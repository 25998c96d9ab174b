import fs from 'node:fs';
import { clean } from '../src/index.js';
const docs = fs.readFileSync('../shared/eval/dev-composite.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l).text as string);
clean(docs[0]);
for (const size of [1e3, 1e4, 1e5, 1e6]) {
  let s = ''; let i = 0; while (Buffer.byteLength(s) < size) { s += docs[(i*7919)%docs.length] + '\n'; i++; }
  const t = performance.now(); clean(s); const dt = performance.now() - t;
  console.log(size, Buffer.byteLength(s), dt.toFixed(1), 'ms', (dt / (Buffer.byteLength(s)/1e6)).toFixed(0), 'ms/MB');
}
