import fc from 'fast-check';
import { clean } from '../src/index.js';
import { hostileString } from '../test/reliability/arbitraries.js';
let fails = 0;
for (let seed = 1; seed <= 20; seed++) {
  const r = fc.check(fc.property(hostileString, (x) => { const o = clean(x); return clean(o) === o; }), { seed, numRuns: 1000 });
  if (r.failed) { fails++; console.log(seed, JSON.stringify(r.counterexample![0])); }
}
console.log('fails', fails);
