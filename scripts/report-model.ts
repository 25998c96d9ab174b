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

/** The most probable label, unless no chaff label beats body by `margin` in log-odds. */
function argmax(m: NaiveBayes, text: string, margin = 0): Label {
  const p = m.classify(text).probabilities;
  let best: Label = 'promo';
  for (const l of LABELS) if (l !== 'body' && p[l] > p[best]) best = l;
  return Math.log(p[best] / p.body) > margin ? best : 'body';
}

function macroF1(pairs: Array<[Label, Label]>): number {
  let sum = 0;
  for (const l of LABELS) {
    const tp = pairs.filter(([g, p]) => g === l && p === l).length;
    const fp = pairs.filter(([g, p]) => g !== l && p === l).length;
    const fn = pairs.filter(([g, p]) => g === l && p !== l).length;
    sum += tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  return sum / LABELS.length;
}
const MARGINS = [0, 2, 4, 6, 8, 10, 12];

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
const byMargin = new Map<number, Array<[Label, Label]>>(MARGINS.map((m) => [m, []]));
for (let k = 0; k < K_FOLDS; k++) {
  const fold = (t: string): number => parseInt(fnv1a(t).slice(0, 6), 16) % K_FOLDS;
  const m = train(examples.filter((e) => fold(e.text) !== k));
  for (const e of examples) {
    if (fold(e.text) !== k) continue;
    pairs.push([e.label, argmax(m, e.text)]);
    for (const mg of MARGINS) byMargin.get(mg)!.push([e.label, argmax(m, e.text, mg)]);
  }
}
console.log(`\n## ${K_FOLDS}-fold cross-validation (classifier alone, all training examples)\n`);
console.log('Plain argmax:\n');
console.log(table(pairs));
const margin = MARGINS.reduce((a, b) => (macroF1(byMargin.get(b)!) > macroF1(byMargin.get(a)!) ? b : a));
console.log(`\nWith a decision margin (chaff only when its log-odds over body exceed the margin), chosen on these folds by macro F1: margin ${margin}\n`);
console.log(table(byMargin.get(margin)!));

const dev = path.join(SHARED, 'eval', 'dev-composite.jsonl');
if (fs.existsSync(dev)) {
  const m = train(examples);
  const devPairs: Array<[Label, Label]> = [];
  const devMargin: Array<[Label, Label]> = [];
  for (const line of fs.readFileSync(dev, 'utf8').split('\n').filter(Boolean)) {
    for (const b of (JSON.parse(line) as { blocks: Array<{ text: string; label: Label }> }).blocks) {
      devPairs.push([b.label, argmax(m, b.text)]);
      devMargin.push([b.label, argmax(m, b.text, margin)]);
    }
  }
  console.log('\n## Classifier alone on the blocks of dev-composite.jsonl (trained on all training examples)\n');
  console.log('Plain argmax:\n');
  console.log(table(devPairs));
  console.log(`\nWith the cross-validated margin ${margin}:\n`);
  console.log(table(devMargin));
}
