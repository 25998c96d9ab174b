import fc from 'fast-check';
import { clean } from '../src/index.js';
import { shortDocument, realisticDocument, SEED } from '../test/reliability/arbitraries.js';
for (const [name, arb] of [['short', shortDocument], ['realistic', realisticDocument]] as const) {
  const t = Date.now();
  const r = fc.check(fc.property(arb, (x) => { const o = clean(x); return clean(o) === o; }), { seed: SEED, numRuns: 3000 });
  console.log(name, r.failed, r.numRuns, r.numShrinks, Date.now() - t, r.failed ? JSON.stringify(r.counterexample![0]) : '');
}
