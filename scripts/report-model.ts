// Measures the classifier for data/README.md: class counts, 5-fold cross-validated per-class
// P/R/F1 on the training corpora, and the classifier alone on the blocks of the dev composites.
// Deterministic folds (FNV-1a of the text).
import fs from 'node:fs';
import path from 'node:path';
import { fnv1a } from '../src/checksum.js';
import { train, type NaiveBayes } from '../src/bayes.js';
import { LABELS, type Label } from '../src/types.js';
import { loadCorpora, SHARED } from './corpus.js';

const K_FOLDS = 5;
const { examples } = loadCorpora({ shared: true });

function argmax(m: NaiveBayes, text: string): Label {
  const p = m.classify(text).probabilities;
  let best: Label = 'body';
  for (const l of LABELS) if (p[l] > p[best]) best = l;
  return best;
}

function table(pairs: Array<[Label, Label]>): string {
  const rows = ['| class | n | precision | recall | F1 |', '|---|---|---|---|---|'];
  for (const l of LABELS) {
    const tp = pairs.filter(([g, p]) => g === l && p === l).length;
    const fp = pairs.filter(([g, p]) => g !== l && p === l).length;
    const fn = pairs.filter(([g, p]) => g === l && p !== l).length;
    const pr = tp / Math.max(1, tp + fp);
    const rc = tp / Math.max(1, tp + fn);
    const f1 = pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
    rows.push(`| ${l} | ${tp + fn} | ${pr.toFixed(3)} | ${rc.toFixed(3)} | ${f1.toFixed(3)} |`);
  }
  return rows.join('\n');
}

const counts: Record<string, number> = {};
for (const e of examples) counts[`${e.label}`] = (counts[e.label] ?? 0) + 1;
console.log('## Class counts (training examples)\n');
console.log(LABELS.map((l) => `- ${l}: ${counts[l] ?? 0}`).join('\n'));

const pairs: Array<[Label, Label]> = [];
for (let k = 0; k < K_FOLDS; k++) {
  const fold = (t: string): number => parseInt(fnv1a(t).slice(0, 6), 16) % K_FOLDS;
  const m = train(examples.filter((e) => fold(e.text) !== k));
  for (const e of examples) if (fold(e.text) === k) pairs.push([e.label, argmax(m, e.text)]);
}
console.log(`\n## ${K_FOLDS}-fold cross-validation (classifier alone, all training examples)\n`);
console.log(table(pairs));

const dev = path.join(SHARED, 'eval', 'dev-composite.jsonl');
if (fs.existsSync(dev)) {
  const m = train(examples);
  const devPairs: Array<[Label, Label]> = [];
  for (const line of fs.readFileSync(dev, 'utf8').split('\n').filter(Boolean)) {
    for (const b of (JSON.parse(line) as { blocks: Array<{ text: string; label: Label }> }).blocks) devPairs.push([b.label, argmax(m, b.text)]);
  }
  console.log('\n## Classifier alone on the blocks of dev-composite.jsonl\n');
  console.log(table(devPairs));
}
