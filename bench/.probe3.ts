import { Bench } from 'tinybench';
const b = new Bench({ time: 0, iterations: 3, warmup: true, warmupIterations: 1, warmupTime: 0, throws: true });
let n = 0;
b.add('x', () => { n++; let s = 0; for (let i = 0; i < 1e6; i++) s += i; return s; });
await b.run();
const r: any = b.tasks[0].result;
console.log(n, r.state, r.latency.mean, r.latency.p50, r.latency.rme, r.runs ?? r.latency.samplesCount, Object.keys(r));
