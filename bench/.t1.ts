import { classifierSection } from './classifier.js';
const t = performance.now();
const s = await classifierSection({ sizes: [1000, 10000, 50000], naturalTrainBudgetMs: 25000, naturalMaxBlocks: 1000, naturalEvalBudgetMs: 15000, heldOutShare: 0.2 });
console.log(s.body); console.log(s.targets, s.summary);
console.error('total s', (performance.now()-t)/1000);
