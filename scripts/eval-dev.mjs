// The dev evaluation: scores the built package (dist/) with ../shared/tools/score.mjs and fails
// below the core issue's thresholds. Skips (exit 0) when ../shared is absent, as on a fresh clone.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const shared = path.resolve('..', 'shared');
const scorer = path.join(shared, 'tools', 'score.mjs');
if (!fs.existsSync(scorer)) {
  console.log('dev evaluation skipped: ../shared is not present');
  process.exit(0);
}
/** The thresholds of the core issue, for labelled sets; for the whole-page sets, floors on token
 * F1 about a point under the figures measured (en 0.930, zh 0.954 in session 10), so that a change
 * that gives back the page-mode work fails here rather than in the next note. */
const GATES = {
  'seed.labelled.jsonl': { noiseRemoved: 1, bodyKept: 1, exact: 1 },
  'dev-composite.jsonl': { noiseRemoved: 0.95, bodyKept: 0.998, exact: 0.85, cleanDocsLosing: 0 },
  'dev-en-pages.jsonl': { f1: 0.92 },
  'dev-zh-pages.jsonl': { f1: 0.945 },
};
const sets = [
  path.join(shared, 'seed', 'seed.labelled.jsonl'),
  path.join(shared, 'eval', 'dev-composite.jsonl'),
  path.join(shared, 'eval', 'dev-zh-pages.jsonl'),
  path.join(shared, 'eval', 'dev-en-pages.jsonl'),
];
let failed = false;
for (const set of sets) {
  if (!fs.existsSync(set)) continue;
  const out = JSON.parse(execFileSync(process.execPath, [scorer, set, '--project', '.', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const p = out.result.project;
  const name = path.basename(set);
  let line = `${name}: F1 ${p.f.toFixed(3)} (P ${p.p.toFixed(3)} R ${p.r.toFixed(3)})`;
  if (p.noiseRemoved !== undefined) line += `, noise removed ${(100 * p.noiseRemoved).toFixed(1)}%, body kept ${(100 * p.bodyKept).toFixed(2)}%, exact ${(100 * p.exact).toFixed(1)}%, docs losing body ${p.docsLosingBody}`;
  const gate = GATES[name];
  if (gate) {
    const cleanLosing = gate.cleanDocsLosing === undefined ? 0 : cleanDocsLosingBody(set);
    if (gate.cleanDocsLosing !== undefined) line += `, clean docs losing a block ${cleanLosing}`;
    const misses = [];
    if (gate.f1 !== undefined && p.f < gate.f1) misses.push(`F1 under ${gate.f1}`);
    if (p.noiseRemoved < gate.noiseRemoved) misses.push('noise removed');
    if (p.bodyKept < gate.bodyKept) misses.push('body kept');
    if (p.exact < gate.exact) misses.push('exact docs');
    if (gate.cleanDocsLosing !== undefined && cleanLosing > gate.cleanDocsLosing) misses.push('clean docs losing a block');
    if (out.errors) misses.push(`${out.errors} errors`);
    if (misses.length) { failed = true; line += `  FAIL: ${misses.join(', ')}`; } else line += '  ok';
  }
  console.log(line);
}
// The specimen byte for byte: clean() of the seed file must return expected-body.txt (the scorer
// compares blocks, so a line break lost at the end would pass it).
const seedDir = path.join(shared, 'seed');
const expectedFile = path.join(seedDir, 'expected-body.txt');
const seedFile = fs.existsSync(expectedFile) ? fs.readdirSync(seedDir).find((f) => f.endsWith('.txt') && f !== 'expected-body.txt') : undefined;
if (seedFile) {
  const src = `
    import fs from 'node:fs';
    import { clean } from './dist/index.js';
    const out = clean(fs.readFileSync(${JSON.stringify(path.join(seedDir, seedFile))}, 'utf8'));
    console.log(out === fs.readFileSync(${JSON.stringify(expectedFile)}, 'utf8') ? 'same' : 'differs');`;
  const same = execFileSync(process.execPath, ['--input-type=module', '-e', src], { encoding: 'utf8' }).trim() === 'same';
  console.log(`seed/${seedFile}: clean() ${same ? 'is expected-body.txt byte for byte  ok' : 'differs from expected-body.txt  FAIL'}`);
  if (!same) failed = true;
}
process.exit(failed ? 1 : 0);

/** Documents with no chaff at all that lose any block (the scorer counts all documents). */
function cleanDocsLosingBody(set) {
  const src = `
    import fs from 'node:fs';
    import { clean } from './dist/index.js';
    const rows = fs.readFileSync(${JSON.stringify(set)}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
    let n = 0;
    for (const r of rows) {
      if (!r.blocks || r.blocks.some((b) => b.label !== 'body')) continue;
      if (clean(r.text) !== r.text) n++;
    }
    console.log(n);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', src], { encoding: 'utf8' }).trim());
}
