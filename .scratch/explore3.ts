import fc from 'fast-check';
import { clean, analyze } from '../src/index.js';
import { realisticDocument } from '../test/reliability/arbitraries.js';
const seen = new Map<string, string>();
for (let seed = 1; seed <= 60; seed++) {
  const r = fc.check(fc.property(realisticDocument, (x) => { const o = clean(x); return clean(o) === o; }), { seed, numRuns: 1000 });
  if (!r.failed) continue;
  const x = r.counterexample![0] as string; const o = clean(x);
  const a1 = analyze(x), a2 = analyze(o);
  const newly = a2.blocks.filter((b) => b.removed);
  const keyReasons = newly.map((b) => b.reasons.filter(r => r.weight !== 0).map((r) => r.id).join(',')).join(' / ');
  const key = keyReasons;
  if (seen.has(key)) continue;
  seen.set(key, x);
  console.log('---- seed', seed, 'input', JSON.stringify(x));
  console.log('once ', JSON.stringify(o));
  for (const b of newly) {
    const prev = a1.blocks.find((p) => p.text === b.text)!;
    console.log(' newly removed:', JSON.stringify(b.text), b.label, b.score, b.region, 'was', prev.label, prev.score, prev.region, a1.fallback ?? '');
    console.log('   now:', b.reasons.map((r) => `${r.id}:${r.weight}${r.note && r.id==='position' ? ' ' + r.note : ''}`).join('; '));
    console.log('   was:', prev.reasons.map((r) => `${r.id}:${r.weight}${r.note && r.id==='position' ? ' ' + r.note : ''}`).join('; '));
  }
}
