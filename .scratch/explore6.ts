import fc from 'fast-check';
import { clean } from '../src/index.js';
import { realisticDocument, SEED } from '../test/reliability/arbitraries.js';
for (const n of [300, 600, 1000, 1500]) {
  const t = Date.now();
  const r = fc.check(fc.property(realisticDocument, (x) => { const o = clean(x); return clean(o) === o; }), { seed: SEED, numRuns: n });
  console.log(n, r.failed, r.numRuns, Date.now() - t, r.failed ? JSON.stringify(r.counterexample![0]) : '');
}
