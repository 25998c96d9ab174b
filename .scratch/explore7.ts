import fc from 'fast-check';
import { clean } from '../src/index.js';
import { shortDocument, SEED } from '../test/reliability/arbitraries.js';
for (const n of [100, 200, 300]) {
  const t = Date.now();
  const r = fc.check(fc.property(shortDocument, (x) => { const o = clean(x); return clean(o) === o; }), { seed: SEED, numRuns: n });
  console.log(n, r.failed, r.numRuns, r.numShrinks, Date.now() - t, r.failed ? JSON.stringify(r.counterexample![0]) : '');
}
let f = 0; const N = 3000;
fc.assert(fc.property(shortDocument, (x) => { const o = clean(x); if (clean(o) !== o) f++; }), { seed: 7, numRuns: N });
console.log('rate', f / N);
