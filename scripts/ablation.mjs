// The dev composites cleaned with and without the classifier (rules only), scored with the
// shared scorer's block statistics. Needs a build (dist/) and ../shared.
import fs from 'node:fs';
import path from 'node:path';
import { createCleaner } from '../dist/index.js';

const file = path.resolve('..', 'shared', 'eval', 'dev-composite.jsonl');
if (!fs.existsSync(file)) { console.log('../shared is not present'); process.exit(0); }
const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
for (const [name, cleaner] of [['rules + classifier', createCleaner()], ['rules only', createCleaner({ model: false })]]) {
  let noise = 0, removed = 0, bodyChars = 0, keptChars = 0, exact = 0, cleanLosing = 0;
  for (const r of rows) {
    const out = cleaner.clean(r.text);
    let pos = 0, ok = true;
    for (const b of r.blocks) {
      const at = out.indexOf(b.text, pos);
      if (at >= 0) pos = at + b.text.length;
      if (b.label === 'body') { bodyChars += b.text.length; if (at >= 0) keptChars += b.text.length; else ok = false; }
      else { noise++; if (at < 0) removed++; else ok = false; }
    }
    if (ok) exact++;
    if (r.blocks.every((b) => b.label === 'body') && out !== r.text) cleanLosing++;
  }
  console.log(`| ${name} | ${(100 * removed / noise).toFixed(1)}% | ${(100 * keptChars / bodyChars).toFixed(2)}% | ${(100 * exact / rows.length).toFixed(1)}% | ${cleanLosing} |`);
}
