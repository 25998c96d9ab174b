import fc from 'fast-check';
import { clean, analyze } from '../src/index.js';
import { realisticDocument, hostileString, SEED } from '../test/reliability/arbitraries.js';
let t = Date.now();
for (const [name, arb, n] of [['hostile', hostileString, 300], ['docs', realisticDocument, 150]] as const) {
  t = Date.now();
  const r = fc.check(fc.property(arb, (x) => { const o = clean(x); return clean(o) === o; }), { seed: SEED, numRuns: n });
  console.log(name, 'idempotence', r.failed, Date.now() - t, 'ms');
  if (r.failed) { console.log(JSON.stringify(r.counterexample)); const x = r.counterexample![0] as string; const o = clean(x); console.log(JSON.stringify(o)); console.log(JSON.stringify(clean(o))); }
}
