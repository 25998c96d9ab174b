import fc from 'fast-check';
import { clean } from '../src/index.js';
import { realisticDocument, hostileString } from '../test/reliability/arbitraries.js';
for (const seed of [1, 2, 3, 4]) {
  const t = Date.now();
  const r = fc.check(fc.property(realisticDocument, (x) => { const o = clean(x); return clean(o) === o; }), { seed, numRuns: 2000 });
  console.log(seed, 'docs idempotence failed=', r.failed, Date.now() - t, 'ms');
  if (r.failed) { const x = r.counterexample![0] as string; console.log(JSON.stringify(x)); const o = clean(x); console.log('once ', JSON.stringify(o)); console.log('twice', JSON.stringify(clean(o))); }
}
