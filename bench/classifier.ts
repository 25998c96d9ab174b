/**
 * Section 1: the classifier. dechaff's NaiveBayes vs natural's BayesClassifier vs
 * wink-naive-bayes-text-classifier, all fed the same token arrays
 * (`extractFeatures(normalizeForScoring(text))`), trained on the same seeded samples.
 */
import { createRequire } from 'node:module';
import { lib } from './lib/bundled.js';
import { loadBlocks, type Block, type Label } from './lib/data.js';
import type { Section, Target } from './lib/report.js';
import { log, measure, median, mulberry32, num, pct, ratio, shuffled, table } from './lib/util.js';

const { extractFeatures, LABELS, NaiveBayes, normalizeForScoring } = lib;

const require = createRequire(import.meta.url);

// natural through its individual module only (its package index loads mongoose/pg/redis and
// prints dotenv lines to stdout): this module requires ./classifier, ../stemmers/porter_stemmer,
// ./classifier_train_parallel (optional webworker-threads, caught) and apparatus.
interface NaturalBayes {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  classify(tokens: string[]): string;
}
const NaturalBayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier.js') as new () => NaturalBayes;

interface Wink {
  definePrepTasks(tasks: Array<(x: unknown) => unknown>): number;
  defineConfig(cfg: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
  learn(input: string[], label: string): boolean;
  consolidate(): boolean;
  predict(input: string[]): string;
}
const winkNaiveBayes = require('wink-naive-bayes-text-classifier') as () => Wink;

export interface ClassifierOptions {
  /** Training sizes for dechaff and wink. */
  sizes: number[];
  /** Time budget for training natural's BayesClassifier once, ms (decides its cap). */
  naturalTrainBudgetMs: number;
  /** Largest training set tried for natural. */
  naturalMaxBlocks: number;
  /** Time budget for natural's held-out accuracy run, ms. */
  naturalEvalBudgetMs: number;
  /** Share of each label held out for accuracy. */
  heldOutShare: number;
}

interface Item {
  features: string[];
  label: Label;
}

interface Scores {
  accuracy: number;
  macroF1: number;
  n: number;
}

function score(gold: readonly Label[], predicted: readonly string[]): Scores {
  const labels = [...new Set(gold)];
  let correct = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) correct++;
  let f1sum = 0;
  for (const l of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === l && gold[i] === l) tp++;
      else if (predicted[i] === l) fp++;
      else if (gold[i] === l) fn++;
    }
    f1sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return { accuracy: correct / gold.length, macroF1: f1sum / labels.length, n: gold.length };
}

// --- the three classifiers behind one interface ------------------------------------------------

interface Trained {
  predict(features: string[]): string;
}

function trainDechaff(items: readonly Item[], prune = false): Trained {
  const m = new NaiveBayes();
  for (const it of items) m.addFeatures(it.features, LABELS.indexOf(it.label));
  if (prune) m.prune(PRUNE_MIN_COUNT, PRUNE_MAX_VOCABULARY);
  m.classifyFeatures([]); // compile the log-probability table: part of training
  return {
    predict(features) {
      const p = m.classifyFeatures(features).probabilities;
      let best: Label = 'body';
      for (const l of LABELS) if (p[l] > p[best]) best = l;
      return best;
    },
  };
}

function trainWink(items: readonly Item[]): Trained {
  const w = winkNaiveBayes();
  w.definePrepTasks([(tokens) => tokens]); // input is already dechaff's token array
  for (const it of items) w.learn(it.features, it.label);
  w.consolidate();
  return { predict: (features) => w.predict(features) };
}

function trainNatural(items: readonly Item[]): Trained {
  const c = new NaturalBayesClassifier();
  for (const it of items) c.addDocument(it.features, it.label);
  c.train();
  return { predict: (features) => c.classify(features) };
}

/** As scripts/train-model.ts prunes the shipped model. */
const PRUNE_MIN_COUNT = 2;
const PRUNE_MAX_VOCABULARY = 100_000;

const TRAINERS = {
  dechaff: (items: readonly Item[]) => trainDechaff(items),
  'dechaff-pruned': (items: readonly Item[]) => trainDechaff(items, true),
  wink: trainWink,
  natural: trainNatural,
} as const;
type Name = keyof typeof TRAINERS;
const TITLE: Record<Name, string> = {
  dechaff: 'dechaff NaiveBayes',
  'dechaff-pruned': `dechaff NaiveBayes, pruned like the shipped model (prune(${PRUNE_MIN_COUNT}, ${PRUNE_MAX_VOCABULARY.toLocaleString('en-US')}))`,
  wink: 'wink-naive-bayes-text-classifier',
  natural: "natural BayesClassifier",
};

/** Seeded training sample of n blocks from the pool: a shuffle, repeated as often as needed. */
function sample(pool: readonly Item[], n: number, seed: number): Item[] {
  const rng = mulberry32(seed);
  const out: Item[] = [];
  while (out.length < n) out.push(...shuffled(pool, rng).slice(0, n - out.length));
  return out;
}

function distinctTokens(items: readonly Item[]): number {
  const s = new Set<string>();
  for (const it of items) for (const f of it.features) s.add(f);
  return s.size;
}

function tokenCount(items: readonly Item[]): number {
  let n = 0;
  for (const it of items) n += it.features.length;
  return n;
}

export interface ClassifierData {
  rows: Array<{ name: string; n: number; trainMs: number; classifyMsPerBlock: number; macroF1: number }>;
}

export async function classifierSection(opts: ClassifierOptions): Promise<Section & { data: ClassifierData }> {
  const { blocks, source, files } = loadBlocks();
  log(`classifier: ${blocks.length} labelled blocks from ${source}`);

  // Feature extraction, shared by all three classifiers (timed once, for reference).
  const texts = blocks.map((b) => b.text);
  const extractT = await measure('extract', () => {
    for (const t of texts) extractFeatures(normalizeForScoring(t));
  }, { time: 0, iterations: 2, warmup: 1 });
  const all: Item[] = blocks.map((b: Block) => ({ features: extractFeatures(normalizeForScoring(b.text)), label: b.label }));

  // Stratified held-out split (seeded).
  const rng = mulberry32(20240601);
  const pool: Item[] = [];
  let heldOut: Item[] = [];
  const labelsPresent = [...new Set(all.map((i) => i.label))].sort();
  for (const l of labelsPresent) {
    const ofLabel = shuffled(all.filter((i) => i.label === l), rng);
    const k = Math.round(ofLabel.length * opts.heldOutShare);
    heldOut.push(...ofLabel.slice(0, k));
    pool.push(...ofLabel.slice(k));
  }
  heldOut = shuffled(heldOut, rng);
  const heldGold = heldOut.map((i) => i.label);
  const heldFeatures = heldOut.map((i) => i.features);
  log(`classifier: pool ${pool.length}, held out ${heldOut.length}`);

  const rows: Array<{ name: Name; n: number; trainMs: number; classifyMsPerBlock: number; scores: Scores }> = [];

  // dechaff and wink at every size (plus dechaff pruned as the shipped model is). Classification
  // is timed in interleaved rounds (dechaff, pruned, wink, dechaff, …) and the median round kept,
  // so that a busy machine's drift hits all three alike.
  const NAMES = ['dechaff', 'dechaff-pruned', 'wink'] as const;
  for (const n of opts.sizes) {
    const train = sample(pool, n, 1000 + n);
    const big = n >= 10_000;
    const trained: Partial<Record<(typeof NAMES)[number], { model: Trained; trainMs: number; rounds: number[] }>> = {};
    for (const name of NAMES) {
      let model: Trained | undefined;
      const t = await measure(`${name} train ${n}`, () => { model = TRAINERS[name](train); }, { time: big ? 0 : 1000, iterations: big ? 1 : 3, warmup: big ? 0 : 1 });
      trained[name] = { model: model!, trainMs: t.mean, rounds: [] };
    }
    for (let round = 0; round < 3; round++) {
      for (const name of NAMES) {
        const m = trained[name]!.model;
        const c = await measure(`${name} classify`, () => { for (const f of heldFeatures) m.predict(f); }, { time: 0, iterations: 1, warmup: round === 0 ? 1 : 0 });
        trained[name]!.rounds.push(c.mean);
      }
    }
    for (const name of NAMES) {
      const { model, trainMs, rounds } = trained[name]!;
      const classifyMs = median(rounds);
      const predicted = heldFeatures.map((f) => model.predict(f));
      rows.push({ name, n, trainMs, classifyMsPerBlock: classifyMs / heldFeatures.length, scores: score(heldGold, predicted) });
      log(`classifier: ${name} n=${n} train ${num(trainMs)} ms, classify ${num((classifyMs / heldFeatures.length) * 1000)} µs/block, acc ${pct(rows.at(-1)!.scores.accuracy)}`);
    }
  }

  // natural: cap its training set by a time budget. Its train() builds, for every document, a
  // dense 0/1 vector over the whole vocabulary with Array.indexOf over the document's tokens, so
  // its cost is ≈ c × vocabulary(n) × tokens(n). Calibrate c on 100 blocks, then take the largest
  // size whose projected training time fits the budget.
  const natBase = sample(pool, Math.max(opts.naturalMaxBlocks, 200), 1000 + opts.naturalMaxBlocks);
  const cost = (n: number): number => { const s = natBase.slice(0, n); return distinctTokens(s) * tokenCount(s); };
  let t0 = performance.now();
  trainNatural(natBase.slice(0, 100));
  const probe100 = performance.now() - t0;
  t0 = performance.now();
  trainNatural(natBase.slice(0, 200));
  const probeMs = performance.now() - t0;
  // vocabulary × tokens is the work; its time grows a little faster (bigger objects, more GC):
  // fit the exponent on the two probes (clamped to 1–1.5).
  const e = Math.min(1.5, Math.max(1, Math.log(probeMs / probe100) / Math.log(cost(200) / cost(100))));
  const candidates = [...new Set([opts.naturalMaxBlocks, 750, 500, 400, 300, 200])].filter((n) => n <= opts.naturalMaxBlocks);
  let natN = 200;
  const projections: string[] = [];
  for (const n of candidates) {
    const projected = probeMs * Math.pow(cost(n) / cost(200), e);
    projections.push(`${n} blocks ≈ ${num(projected / 1000, 2)} s`);
    if (projected <= opts.naturalTrainBudgetMs) { natN = n; break; }
  }
  const natTrain = natBase.slice(0, natN);
  log(`classifier: natural capped at ${natN} training blocks (probes: 100 blocks in ${num(probe100)} ms, 200 in ${num(probeMs)} ms; ${projections.join(', ')})`);
  let natural: Trained | undefined;
  const natT = await measure('natural train', () => { natural = trainNatural(natTrain); }, { time: 0, iterations: 1, warmup: 0 });
  // The same n for dechaff and wink, for a like-for-like ratio.
  const same: Record<string, { train: number; model: Trained }> = {};
  for (const name of ['dechaff', 'wink'] as const) {
    let model: Trained | undefined;
    const t = await measure(`${name} train ${natN}`, () => { model = TRAINERS[name](natTrain); }, { time: 1000, iterations: 5, warmup: 1 });
    same[name] = { train: t.mean, model: model! };
  }

  // natural's held-out run: as many held-out blocks (in the seeded order) as fit the budget,
  // estimated from 5 blocks; the timed run over them (tinybench, one call) gives both its speed
  // and its predictions. dechaff and wink are timed and scored on the same blocks.
  const t0e = performance.now();
  for (const f of heldFeatures.slice(0, 10)) natural!.predict(f);
  const perBlockEstimate = (performance.now() - t0e) / 10;
  const k = Math.max(10, Math.min(heldFeatures.length, 500, Math.floor(opts.naturalEvalBudgetMs / perBlockEstimate)));
  const subGold = heldGold.slice(0, k);
  const subFeatures = heldFeatures.slice(0, k);
  let natPred: string[] = [];
  const natC = await measure('natural classify', () => { natPred = subFeatures.map((f) => natural!.predict(f)); }, { time: 0, iterations: 1, warmup: 0 });
  const evalMs = natC.mean;
  const natScores = score(subGold, natPred);
  log(`classifier: natural classified ${k} held-out blocks in ${num(evalMs)} ms, acc ${pct(natScores.accuracy)}`);
  const batch = subFeatures;
  const sameC: Record<string, number> = {};
  const sameScores: Record<string, Scores> = {};
  for (const name of ['dechaff', 'wink'] as const) {
    const m = same[name].model;
    const c = await measure(`${name} classify batch`, () => { for (const f of batch) m.predict(f); }, { time: 500, iterations: 10, warmup: 2 });
    sameC[name] = c.mean / batch.length;
    sameScores[name] = score(subGold, subFeatures.map((f) => m.predict(f)));
  }
  const natPerBlock = natC.mean / batch.length;

  // --- report ----------------------------------------------------------------------------------
  const perS = (ms: number, n: number): number => (n * 1000) / ms;
  const byKey = (name: Name, n: number) => rows.find((r) => r.name === name && r.n === n)!;
  const sizeTable = table(
    ['training blocks', 'classifier', 'train (blocks/s)', 'train: dechaff speed-up', 'classify (blocks/s)', 'classify: dechaff speed-up', 'accuracy', 'macro F1'],
    rows.map((r) => {
      const d = byKey('dechaff', r.n);
      return [
        num(r.n, 2), TITLE[r.name],
        num(perS(r.trainMs, r.n)), ratio(r.trainMs / d.trainMs),
        num(1000 / r.classifyMsPerBlock), ratio(r.classifyMsPerBlock / d.classifyMsPerBlock),
        pct(r.scores.accuracy), pct(r.scores.macroF1),
      ];
    }),
  );
  const headTable = table(
    ['classifier', `train ${natN} blocks (blocks/s)`, 'train: dechaff speed-up', `classify (blocks/s, same ${k} blocks)`, 'classify: dechaff speed-up', `accuracy (first ${k} held out)`, 'macro F1'],
    (['dechaff', 'wink', 'natural'] as const).map((name) => {
      const tr = name === 'natural' ? natT.mean : same[name].train;
      const cl = name === 'natural' ? natPerBlock : sameC[name];
      const sc = name === 'natural' ? natScores : sameScores[name];
      return [TITLE[name], num(perS(tr, natN)), ratio(tr / same.dechaff.train), num(1000 / cl), ratio(cl / sameC.dechaff), pct(sc.accuracy), pct(sc.macroF1)];
    }),
  );

  const vsNatural = natPerBlock / sameC.dechaff;
  const largest = opts.sizes[opts.sizes.length - 1];
  const vsWink = opts.sizes.map((n) => byKey('wink', n).classifyMsPerBlock / byKey('dechaff', n).classifyMsPerBlock);
  const minVsWink = Math.min(...vsWink);
  const accOkWink = opts.sizes.every((n) => byKey('dechaff', n).scores.macroF1 >= byKey('wink', n).scores.macroF1 - 0.005);
  const accOkNatural = sameScores.dechaff.macroF1 >= natScores.macroF1 - 0.005;
  const targets: Target[] = [
    {
      name: "Classification vs natural's BayesClassifier",
      goal: '≥ 1000× faster at equal or better accuracy (macro F1 at most 0.5 points lower)',
      measured: `${ratio(vsNatural)} faster (both trained on ${natN} blocks); macro F1 ${pct(sameScores.dechaff.macroF1)} vs ${pct(natScores.macroF1)}`,
      met: vsNatural >= 1000 && accOkNatural,
    },
    {
      name: 'Classification vs wink-naive-bayes-text-classifier',
      goal: '≥ 2× faster at equal or better accuracy (macro F1 at most 0.5 points lower), at every training size',
      measured: `${ratio(minVsWink)}–${ratio(Math.max(...vsWink))} faster over ${opts.sizes.map((n) => num(n, 2)).join(' / ')} training blocks; macro F1 ${opts.sizes.map((n) => `${pct(byKey('dechaff', n).scores.macroF1)} vs ${pct(byKey('wink', n).scores.macroF1)}`).join(', ')}`,
      met: minVsWink >= 2 && accOkWink,
    },
    {
      name: 'Same, dechaff pruned as shipped (for information: not a target of the issue)',
      goal: '≥ 2× faster than wink at equal or better accuracy',
      measured: `${opts.sizes.map((n) => ratio(byKey('wink', n).classifyMsPerBlock / byKey('dechaff-pruned', n).classifyMsPerBlock)).join(' / ')} faster; macro F1 ${opts.sizes.map((n) => pct(byKey('dechaff-pruned', n).scores.macroF1)).join(' / ')}`,
      met: opts.sizes.every((n) => byKey('wink', n).classifyMsPerBlock / byKey('dechaff-pruned', n).classifyMsPerBlock >= 2 && byKey('dechaff-pruned', n).scores.macroF1 >= byKey('wink', n).scores.macroF1 - 0.005),
    },
  ];

  const counts = labelsPresent.map((l) => `${l} ${all.filter((i) => i.label === l).length}`).join(', ');
  const body = [
    `Data: ${source} (${files.map((f) => '`' + f + '`').join(', ')}), ${all.length} blocks (${counts}; label \`chat\` counted as \`body\`). ` +
      `A stratified ${pct(opts.heldOutShare)} of each label (seeded) is held out: ${heldOut.length} blocks; the remaining ${pool.length} are the training pool, ` +
      `from which each training set is drawn by a seeded shuffle, repeated when the set is larger than the pool (so ${num(largest, 2)} blocks see every pool block about ${num(largest / pool.length, 2)} times).`,
    '',
    `Every classifier receives the same token arrays, \`extractFeatures(normalizeForScoring(text))\` (mean ${num(tokenCount(all) / all.length)} tokens per block), computed once before timing; ` +
      `natural gets them through \`addDocument(tokens, label)\`/\`classify(tokens)\`, wink through an identity \`definePrepTasks\` step. ` +
      `Each classifier runs with its own default smoothing (dechaff α = 0.5 with per-class normalization, wink 1, natural 1). ` +
      `Training time includes what each needs before it can classify (dechaff's log-probability table, wink's \`consolidate()\`, natural's \`train()\`). ` +
      `Prediction is the most probable label (dechaff: argmax of the posterior; dechaff has a \`commentary\` class that these corpora never train, it counts as an error if predicted). ` +
      `Feature extraction itself — shared by all three and not part of these figures — runs at ${num((texts.length * 1000) / extractT.mean)} blocks/s.`,
    '',
    `### Training size sweep (dechaff and wink; held-out set of ${heldOut.length} blocks)`,
    '',
    sizeTable,
    '',
    '"dechaff speed-up" is the other classifier\'s time ÷ dechaff\'s time on the same work (above 1: dechaff is faster). Classification speed is over the whole held-out set, median of 3 interleaved rounds.',
    '',
    `### Head to head with natural's BayesClassifier (capped)`,
    '',
    `natural's \`train()\` turns every document into a dense 0/1 vector over the whole vocabulary (\`Array.indexOf\` per vocabulary entry) and \`classify()\` does the same for the input, ` +
      `so both cost O(vocabulary × tokens). **Cap:** natural is trained once on the largest of ${candidates.join(' / ')} blocks whose projected training time fits a ${num(opts.naturalTrainBudgetMs / 1000, 2)} s budget ` +
      `(calibrated on 100 and 200 blocks: ${num(probe100)} and ${num(probeMs)} ms, time ∝ (vocabulary × tokens)^${num(e, 3)}; projections ${projections.join('; ')}): **${natN} blocks** (vocabulary ${num(distinctTokens(natTrain), 3)} tokens), which took ${num(natT.mean / 1000, 3)} s. ` +
      `Its accuracy and its classification speed are measured on the first **${k}** held-out blocks (at most 500: as many as its speed on the first 10 says fit ${num(opts.naturalEvalBudgetMs / 1000, 2)} s; one timed pass, ${num(evalMs / 1000, 3)} s), and dechaff and wink, trained on the same ${natN} blocks, are timed and scored on the same ${k}. Larger training sets are out of natural's reach (its cost grows with vocabulary × data), so the ratio at ${natN} blocks is the most favourable one natural gets.`,
    '',
    headTable,
  ].join('\n');

  return {
    title: '1. Classifier: training and classification throughput, accuracy',
    body,
    targets,
    data: { rows: rows.map((r) => ({ name: r.name, n: r.n, trainMs: r.trainMs, classifyMsPerBlock: r.classifyMsPerBlock, macroF1: r.scores.macroF1 })) },
    summary: [
      `classify vs natural: ${ratio(vsNatural)} (n=${natN}); vs wink: ${vsWink.map(ratio).join(' / ')}`,
      `macro F1 dechaff/wink/natural at n=${natN} on ${k}: ${pct(sameScores.dechaff.macroF1)} / ${pct(sameScores.wink.macroF1)} / ${pct(natScores.macroF1)}`,
    ],
  };
}
