import fc from 'fast-check';
import { clean, analyze, createCleaner, segment } from '../src/index.js';
import { hostileString, realisticDocument, anyInput } from '../test/reliability/arbitraries.js';
import { verbatimViolation, inputLines, lineAt } from '../test/reliability/verbatim.js';
const cls = [createCleaner(), createCleaner({ sensitivity: 1, maxRemovedShare: 1 }), createCleaner({ mode: 'page', sensitivity: 1, maxRemovedShare: 1 })];
for (const [i, c] of cls.entries()) {
  const r = fc.check(fc.property(anyInput, (x) => {
    const a = c.analyze(x); const o = c.clean(x);
    const v = verbatimViolation(x, a.blocks, o); if (v) throw new Error(v);
    for (const b of a.blocks) { if (x.slice(b.start, b.end) !== b.text || b.line !== lineAt(x, b.start)) throw new Error('offset'); }
    if (JSON.stringify(segment(o).map(b=>b.text)) !== JSON.stringify(a.blocks.filter(b=>!b.removed).map(b=>b.text))) throw new Error('seg');
  }), { seed: 99 + i, numRuns: 5000 });
  console.log(i, r.failed, r.failed ? JSON.stringify(r.counterexample) + ' ' + r.errorInstance : '');
}
