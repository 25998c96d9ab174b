import { measure } from './lib/util.js';
let n = 0;
const r = await measure('x', () => { n++; }, { time: 0, iterations: 1, warmup: 0 });
console.log(n, r);
let m = 0;
const r2 = await measure('x', () => { m++; }, { time: 0, iterations: 3, warmup: 1 });
console.log(m, r2);
