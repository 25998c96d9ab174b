import { fnv1a } from './checksum.js';
import { DechaffError } from './errors.js';
import { keysOf } from './feature-key.js';
import { extractFeatures } from './features.js';
import { KeyIndex } from './key-index.js';
import { decodeModel, encodeModel, isPackedModel } from './model-binary.js';
import { CHANNELS, eagerRows, type ModelRows } from './model-rows.js';
import { normalizeForScoring } from './normalize.js';
import { LABELS, type Label } from './types.js';

/** One labelled training example. */
export interface TrainingExample {
  /** The block's text, as it appears in a document (it is normalized here). */
  text: string;
  /** Its label. */
  label: Label;
  /** How much the example counts (default 1). */
  weight?: number;
}

/** Training settings, stored with the model. */
export interface NaiveBayesSettings {
  /** Lidstone smoothing added to every (feature, class) count after per-class normalization. */
  alpha: number;
  /** Log prior per class, in `LABELS` order, or `null` for the empirical priors: the (weighted)
   * share of training examples in each class, smoothed by one example per class. */
  logPriors: number[] | null;
  /** A block's log-likelihood is scaled by min(1, tokenCap / n) for n known features, so that a
   * long block cannot reach absurd certainty from many weak features (NB's independence
   * assumption overcounts correlated character bigrams). */
  tokenCap: number;
}

/** The serialized form of a model (`model.toJSON()`, `loadModel()`). */
export interface ModelJSON {
  format: 'dechaff-naive-bayes';
  version: 1;
  classes: Label[];
  settings: NaiveBayesSettings;
  /** Examples seen per class. */
  documents: number[];
  /** Features, sorted by code unit. */
  vocabulary: string[];
  /** Feature counts, `classes.length` per vocabulary entry, flattened. */
  counts: number[];
  /** FNV-1a of the canonical JSON of every field above. */
  checksum: string;
}

/** The result of classifying one text. */
export interface Classification {
  /** Posterior probability per label. */
  probabilities: Record<Label, number>;
  /** Known features (in the vocabulary) the text produced. */
  features: number;
  /** All features the text produced, known or not. */
  total: number;
  /** The features that pushed most toward the most probable label, with their log-ratio. */
  evidence: Array<{ feature: string; weight: number }>;
}

/** Default smoothing: 0.5 (Jeffreys-like) measured best of {0.1, 0.5, 1} on 5-fold CV. */
const DEFAULT_ALPHA = 0.5;
/** Default cap on features counted per block (see `NaiveBayesSettings.tokenCap`). */
const DEFAULT_TOKEN_CAP = 40;
const FORMAT = 'dechaff-naive-bayes';
const VERSION = 1;
const K = LABELS.length;
/** `classifyFeatures`'s key buffer, grown as needed. */
let keyScratch = new Uint32Array(1024);

/**
 * Why our own classifier: natural's BayesClassifier turns every document into a dense vector over
 * the whole vocabulary, so it is O(vocabulary) per document (measured here: 2,000 short documents
 * took 51 s to train and 31 ms per classification; on the same 500-block training set this class
 * classifies 999–1,633× faster over three bench runs, at macro F1 80.0 % vs 32.1 %), and its
 * tokenizers drop CJK.
 * wink-naive-bayes-text-classifier is sparse too, but on the same features it classified 2.5–3.9×
 * slower at 1k/10k/50k training blocks with macro F1 73.8/84.3/76.8 % against 83.1/84.4/85.5 %,
 * and it has no per-class normalization. Figures: BENCHMARKS.md (`npm run bench`).
 *
 * A multinomial naive Bayes over block features, with per-class count normalization: every
 * class's counts are rescaled to the same total before smoothing, so that a class with 35× more
 * text (body) does not make every feature it has barely seen vote for the small classes. Sparse:
 * classifying costs O(features of the block), not O(vocabulary).
 */
export class NaiveBayes {
  /** Raw (weighted) counts per feature, one slot per class; built on first update of a loaded
   * model (a loaded model keeps its counts flat in `frozen` until then). */
  private thawed: Map<string, Float64Array> | undefined;
  /** A loaded model's rows: keys, counts (a packed model's decoded on demand), vocabulary. */
  private frozen: ModelRows | undefined;
  private readonly docs = new Float64Array(K);
  /** Settings in force. */
  readonly settings: NaiveBayesSettings;
  /** Compiled log-probabilities: feature → row, `K` log P(feature | class) per row. */
  private compiled: LogTable | undefined;

  /** @param settings smoothing, priors and token cap (defaults when omitted) */
  constructor(settings: Partial<NaiveBayesSettings> = {}) {
    this.settings = {
      alpha: settings.alpha ?? DEFAULT_ALPHA,
      logPriors: settings.logPriors ?? null,
      tokenCap: settings.tokenCap ?? DEFAULT_TOKEN_CAP,
    };
  }

  private counts(): Map<string, Float64Array> {
    if (this.thawed) return this.thawed;
    const map = new Map<string, Float64Array>();
    if (this.frozen) {
      const { packed, starts, counts } = decodedRows(this.frozen);
      for (let i = 0; i < starts.length - 1; i++) map.set(packed.slice(starts[i], starts[i + 1] - 1), counts.slice(i * K, i * K + K));
      this.frozen = undefined;
    }
    this.thawed = map;
    return map;
  }

  /** Every feature with its counts, in storage order. */
  private *rows(): Generator<[string, Float64Array | { base: Float64Array; at: number }]> {
    if (this.frozen) {
      const { packed, starts, counts } = decodedRows(this.frozen);
      for (let i = 0; i < starts.length - 1; i++) yield [packed.slice(starts[i], starts[i + 1] - 1), { base: counts, at: i * K }];
    } else if (this.thawed) {
      yield* this.thawed;
    }
  }

  /**
   * Learn from more examples (incremental: counts add up).
   *
   * @param examples labelled texts
   * @returns this model
   */
  update(examples: Iterable<TrainingExample>): this {
    let n = 0;
    for (const ex of examples) {
      n++;
      const c = LABELS.indexOf(ex?.label);
      if (typeof ex?.text !== 'string' || c < 0) {
        throw new DechaffError('E_TRAIN', `example ${n}: needs a string "text" and a "label" among ${LABELS.join(', ')}`);
      }
      const w = ex.weight ?? 1;
      if (!(w >= 0) || !Number.isFinite(w)) throw new DechaffError('E_TRAIN', `example ${n}: "weight" must be a finite number ≥ 0`);
      this.addFeatures(extractFeatures(normalizeForScoring(ex.text)), c, w);
    }
    return this;
  }

  /** @internal add one example's features. */
  addFeatures(features: readonly string[], c: number, w = 1): void {
    const counts = this.counts();
    this.docs[c] += w;
    for (const f of features) {
      let row = counts.get(f);
      if (!row) { row = new Float64Array(K); counts.set(f, row); }
      row[c] += w;
    }
    this.compiled = undefined;
  }

  /**
   * Drop rare features to shrink the model: those seen fewer than `minCount` times in all, then
   * all but the `maxVocabulary` most frequent.
   *
   * @param minCount least total count kept
   * @param maxVocabulary most features kept
   * @returns this model
   */
  prune(minCount: number, maxVocabulary = Infinity): this {
    const counts = this.counts();
    const rows = [...counts].map(([f, r]) => [f, r.reduce((a, b) => a + b, 0)] as const);
    const keep = rows.filter((r) => r[1] >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const kept = new Set(keep.slice(0, maxVocabulary).map((r) => r[0]));
    for (const [f] of rows) if (!kept.has(f)) counts.delete(f);
    this.compiled = undefined;
    return this;
  }

  /** Number of features in the vocabulary. */
  get vocabularySize(): number {
    return this.frozen ? this.frozen.rows : (this.thawed?.size ?? 0);
  }

  private compile(): LogTable {
    if (this.compiled) return this.compiled;
    const alpha = this.settings.alpha;
    // Per channel (CJK, Latin-script words, shapes) and per class, counts are rescaled to the
    // channel's mean class total. Without channels the classes' different language mixes leak
    // into every likelihood: body text is mostly Chinese in the corpora and promo mostly English,
    // so every English word looked like promo (measured: English prose blocks at P(promo) ≈ 1).
    let rows: ModelRows;
    if (this.frozen) {
      // A loaded model: keys and totals at hand, each row's counts read when first needed.
      rows = this.frozen;
    } else {
      const entries = [...(this.thawed ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : 1));
      const raw = new Float64Array(entries.length * K);
      entries.forEach(([, row], i) => raw.set(row, i * K));
      rows = eagerRows(entries.map((e) => e[0]).join('\n'), undefined, raw, K);
    }
    const totals = rows.channelTotals;
    const sizes = rows.channelRows;
    const scale = new Float64Array(CHANNELS * K);
    const denom = new Float64Array(CHANNELS);
    /** log P(f | c) of a feature never seen in class c, per channel and class. */
    const unseen = new Float64Array(CHANNELS * K);
    for (let ch = 0; ch < CHANNELS; ch++) {
      let sum = 0;
      let live = 0;
      for (let c = 0; c < K; c++) if (totals[ch * K + c] > 0) { sum += totals[ch * K + c]; live++; }
      const target = live ? sum / live : 1;
      for (let c = 0; c < K; c++) scale[ch * K + c] = totals[ch * K + c] > 0 ? target / totals[ch * K + c] : 0;
      denom[ch] = Math.log(target + alpha * Math.max(1, sizes[ch]));
      for (let c = 0; c < K; c++) unseen[ch * K + c] = Math.log(alpha) - denom[ch];
    }
    this.compiled = new LogTable(new KeyIndex(rows.keys, rows.buckets), rows, scale, denom, unseen, alpha, this.priors());
    return this.compiled;
  }

  /** The log priors in force: the settings' or the empirical ones. */
  priors(): number[] {
    if (this.settings.logPriors) return this.settings.logPriors;
    const total = this.docs.reduce((a, b) => a + b, 0) + K;
    return [...this.docs].map((d) => Math.log((d + 1) / total));
  }

  /**
   * Classify a text.
   *
   * @param text a block's text (normalized here)
   * @returns posterior probabilities and the strongest evidence
   */
  classify(text: string): Classification {
    return this.classifyFeatures(extractFeatures(normalizeForScoring(text)));
  }

  /**
   * Classify pre-extracted features (see `extractFeatures`).
   *
   * @param features the block's features
   * @param explain how many strongest features to return as evidence
   */
  classifyFeatures(features: readonly string[], explain = 0): Classification {
    // Keys into a reused buffer (a new array per call was a third of this method's time).
    if (keyScratch.length < features.length * 2) keyScratch = new Uint32Array(Math.max(features.length * 2, keyScratch.length * 2));
    const keys = keysOf(features, keyScratch);
    const c = this.classifyKeys(keys, features.length);
    if (explain > 0) c.evidence = this.evidence(features, keys, c.probabilities, explain);
    return c;
  }

  /**
   * Classify a block by its features' keys (see `src/feature-key.ts`): what `clean()` calls, with
   * keys computed as the block is scanned, so that no feature string is built.
   *
   * @param keys two values per feature, flattened
   * @param count number of features (keys read: `2 × count`)
   * @returns posterior probabilities (no evidence)
   */
  classifyKeys(keys: Uint32Array, count: number): Classification {
    const table = this.compile();
    const { index, priors } = table;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const row = index.get(keys[2 * i], keys[2 * i + 1]);
      if (row < 0) continue;
      n++;
      const at = table.row(row);
      const logProbs = table.logProbs;
      s0 += logProbs[at];
      s1 += logProbs[at + 1];
      s2 += logProbs[at + 2];
      s3 += logProbs[at + 3];
    }
    const sums = [s0, s1, s2, s3];
    const scale = n > this.settings.tokenCap ? this.settings.tokenCap / n : 1;
    const logits = new Float64Array(K);
    let max = -Infinity;
    for (let c = 0; c < K; c++) {
      logits[c] = priors[c] + sums[c] * scale;
      if (logits[c] > max) max = logits[c];
    }
    let z = 0;
    for (let c = 0; c < K; c++) z += Math.exp(logits[c] - max);
    const probabilities = {} as Record<Label, number>;
    for (let c = 0; c < K; c++) probabilities[LABELS[c]] = Math.exp(logits[c] - max) / z;
    return { probabilities, features: n, total: count, evidence: [] };
  }

  /** The known features that pushed most toward the most probable label, strongest first. */
  private evidence(features: readonly string[], keys: Uint32Array, p: Record<Label, number>, explain: number): Classification['evidence'] {
    const table = this.compile();
    const { index } = table;
    let best = 0;
    for (let c = 1; c < K; c++) if (p[LABELS[c]] > p[LABELS[best]]) best = c;
    const evidence: Classification['evidence'] = [];
    const seen = new Set<string>();
    for (let i = 0; i < features.length; i++) {
      const f = features[i];
      const row = index.get(keys[2 * i], keys[2 * i + 1]);
      if (row < 0 || seen.has(f)) continue;
      seen.add(f);
      const at = table.row(row);
      const logProbs = table.logProbs;
      let other = -Infinity;
      for (let c = 0; c < K; c++) if (c !== best && logProbs[at + c] > other) other = logProbs[at + c];
      evidence.push({ feature: f, weight: logProbs[at + best] - other });
    }
    evidence.sort((a, b) => b.weight - a.weight);
    evidence.length = Math.min(evidence.length, explain);
    return evidence;
  }

  /**
   * Serialize deterministically: same counts, byte-identical JSON.
   *
   * @returns the model as plain JSON data
   */
  toJSON(): ModelJSON {
    const rows = [...this.rows()].map(([f, r]) => [f, r instanceof Float64Array ? r : r.base.subarray(r.at, r.at + K)] as const);
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const vocabulary = rows.map((r) => r[0]);
    const counts: number[] = [];
    for (const [, r] of rows) for (const x of r) counts.push(round(x));
    const payload = {
      format: FORMAT,
      version: VERSION,
      classes: [...LABELS],
      settings: { alpha: this.settings.alpha, logPriors: this.settings.logPriors ? this.settings.logPriors.map(round) : null, tokenCap: this.settings.tokenCap },
      documents: [...this.docs].map(round),
      vocabulary,
      counts,
    } as const;
    return { ...payload, classes: [...LABELS], checksum: fnv1a(JSON.stringify(payload)) } as ModelJSON;
  }

  /**
   * Serialize to the packed binary form (see `src/model-binary.ts`): about half the JSON's size
   * and read several times faster by `loadModel()`.
   *
   * @returns the packed model
   */
  toBinary(): Uint8Array {
    const json = this.toJSON();
    return encodeModel(json);
  }

  /** @internal restore counts from validated data. */
  static fromValidated(data: { settings: NaiveBayesSettings; documents: ArrayLike<number> } & ({ rows: ModelRows } | { vocabulary: readonly string[]; counts: ArrayLike<number> })): NaiveBayes {
    const m = new NaiveBayes(data.settings);
    for (let c = 0; c < K; c++) m.docs[c] = data.documents[c];
    m.frozen = 'rows' in data ? data.rows : eagerRows(data.vocabulary.join('\n'), undefined, Float64Array.from(data.counts), K);
    return m;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * A compiled model: log P(feature | class) per vocabulary row, computed on the row's first use
 * (its counts read in place, for a packed model). Computing all 400,000 logarithms of the shipped
 * model up front took 37 ms of every cold start (--cpu-prof), while a document touches a few
 * thousand rows. The rows computed so far are kept densely, in the order first asked for, with a
 * slot per row: a 3.2 MB table indexed by row touched a fresh memory page for nearly every row a
 * first document asked for, and a page's first touch costs ~10 µs on the machines we measure on
 * (700 scattered writes to a fresh `Float64Array`: 7–8 ms; again: 0.15 ms) — ~10 ms of the first
 * `clean()` of a 3.7 KB document (--cpu-prof over 15 fresh processes).
 */
class LogTable {
  /** `K` log-probabilities per computed row, at the offset `row()` returns. Replaced when it grows:
   * read it after `row()`. */
  logProbs: Float64Array;
  /** Per row, its offset in `logProbs` + 1; 0 when not computed yet. */
  private readonly slots: Int32Array;
  private used = 0;

  constructor(
    readonly index: KeyIndex,
    private readonly rows: ModelRows,
    private readonly scale: Float64Array,
    private readonly denom: Float64Array,
    private readonly unseen: Float64Array,
    private readonly alpha: number,
    /** The log priors in force. */
    readonly priors: readonly number[],
  ) {
    this.logProbs = new Float64Array(Math.min(rows.rows, LOG_TABLE_START_ROWS) * K);
    this.slots = new Int32Array(rows.rows);
  }

  /** The offset of a row's log-probabilities in `logProbs`, computing them on first use. */
  row(r: number): number {
    const s = this.slots[r];
    return s !== 0 ? s - 1 : this.fill(r);
  }

  private fill(r: number): number {
    const { rows, scale, denom, unseen, alpha } = this;
    let logProbs = this.logProbs;
    const at = this.used;
    if (at + K > logProbs.length) {
      logProbs = new Float64Array(Math.max(logProbs.length * 2, K));
      logProbs.set(this.logProbs);
      this.logProbs = logProbs;
    }
    const ch = rows.channel(r);
    for (let c = 0; c < K; c++) {
      const x = rows.count(r, c);
      logProbs[at + c] = x === 0 ? unseen[ch * K + c] : Math.log(x * scale[ch * K + c] + alpha) - denom[ch];
    }
    this.used = at + K;
    this.slots[r] = at + 1;
    return at;
  }
}

/** Rows the log table has room for before it first grows: a document touches a few thousand. */
const LOG_TABLE_START_ROWS = 4096;

/** A model's vocabulary and every count, decoded (to thaw or serialize it). */
function decodedRows(rows: ModelRows): { packed: string; starts: Uint32Array; counts: Float64Array } {
  const counts = new Float64Array(rows.rows * K);
  for (let r = 0; r < rows.rows; r++) for (let c = 0; c < K; c++) counts[r * K + c] = rows.count(r, c);
  return { ...rows.vocabulary(), counts };
}

/**
 * Train a new model.
 *
 * @param examples labelled texts
 * @param settings smoothing, priors, token cap
 * @returns the trained model
 */
export function train(examples: Iterable<TrainingExample>, settings?: Partial<NaiveBayesSettings>): NaiveBayes {
  return new NaiveBayes(settings).update(examples);
}

/** Largest model JSON accepted, in characters: the shipped one is ~1.4 million. */
const MAX_MODEL_CHARS = 32 * 1024 * 1024;

/**
 * Load and validate a serialized model. Throws a `DechaffError` with code `E_MODEL` naming what is
 * wrong: not JSON, a foreign format, an unknown version, a missing or malformed field, or a
 * checksum that does not match (a corrupted or hand-edited file).
 *
 * @param json the model as a JSON string or parsed object
 * @returns the model
 */
export function loadModel(json: string | Uint8Array | ArrayBuffer | unknown): NaiveBayes {
  return readModel(json, true);
}

/**
 * Load the model shipped inside the package: a packed model read without its checksum and sort
 * check (its tests check both, and npm checks the package's integrity on install).
 *
 * @param data the shipped model's bytes, or its bytes in two parts (`PackedParts`: the Node
 *   builds), or in the sources its JSON object
 * @returns the model
 */
export function loadShippedModel(data: unknown): NaiveBayes {
  if (isPackedParts(data)) {
    const packed = decodeModel(data.bytes, LABELS, false, data.vocabulary);
    return NaiveBayes.fromValidated({ settings: packed.settings, documents: packed.documents, rows: packed.rows });
  }
  return readModel(data, false);
}

/** A packed model read in two parts (see `packedPrefixLength`): what the Node builds' reader of
 * `dist/model.bin` gives. */
export interface PackedParts {
  /** The bytes before the vocabulary. */
  bytes: Uint8Array;
  /** Reads the vocabulary's bytes. */
  vocabulary: () => Uint8Array;
}

function isPackedParts(x: unknown): x is PackedParts {
  return typeof x === 'object' && x !== null && (x as PackedParts).bytes instanceof Uint8Array && typeof (x as PackedParts).vocabulary === 'function';
}

function readModel(json: unknown, verify: boolean): NaiveBayes {
  if (json instanceof ArrayBuffer) json = new Uint8Array(json);
  if (json instanceof Uint8Array) {
    if (!isPackedModel(json)) json = textOf(json);
    else {
      const packed = decodeModel(json as Uint8Array, LABELS, verify);
      return NaiveBayes.fromValidated({ settings: packed.settings, documents: packed.documents, rows: packed.rows });
    }
  }
  let data: unknown = json;
  if (typeof json === 'string') {
    if (json.length > MAX_MODEL_CHARS) throw new DechaffError('E_MODEL', `model is ${json.length} characters, more than the ${MAX_MODEL_CHARS} accepted`);
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new DechaffError('E_MODEL', `model is not JSON: ${(e as Error).message}`);
    }
  }
  const fail = (what: string): never => {
    throw new DechaffError('E_MODEL', `model: ${what}`);
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) fail('not an object');
  const m = data as Record<string, unknown>;
  rejectForbiddenKeys(m, '', fail);
  if (m.format !== FORMAT) fail(`"format" is ${JSON.stringify(m.format)}, expected "${FORMAT}" (not a dechaff model)`);
  if (m.version !== VERSION) fail(`"version" is ${JSON.stringify(m.version)}, this dechaff reads version ${VERSION}`);
  if (!Array.isArray(m.classes) || m.classes.join() !== LABELS.join()) fail(`"classes" must be ${JSON.stringify(LABELS)}`);
  const s = m.settings as Record<string, unknown> | undefined;
  if (!s || typeof s !== 'object') fail('"settings" is missing');
  rejectForbiddenKeys(s!, 'settings.', fail);
  if (typeof s!.alpha !== 'number' || !(s!.alpha > 0)) fail('"settings.alpha" must be a number > 0');
  if (s!.logPriors !== null && !isNumberArray(s!.logPriors, K)) fail(`"settings.logPriors" must be null or ${K} finite numbers`);
  if (typeof s!.tokenCap !== 'number' || !(s!.tokenCap >= 1)) fail('"settings.tokenCap" must be a number ≥ 1');
  if (!isNumberArray(m.documents, K)) fail(`"documents" must be ${K} finite numbers`);
  if (!Array.isArray(m.vocabulary) || !m.vocabulary.every((f) => typeof f === 'string')) fail('"vocabulary" must be an array of strings');
  const vocab = m.vocabulary as string[];
  for (let i = 0; i < vocab.length; i++) if (vocab[i].length === 0 || vocab[i].includes('\n')) fail(`"vocabulary[${i}]" must be a non-empty string without line breaks`);
  if (!Array.isArray(m.counts) || m.counts.length !== vocab.length * K) fail(`"counts" must hold ${vocab.length * K} finite numbers (${K} per vocabulary entry)`);
  // One pass over the counts (400k numbers in the shipped model): finite and not negative.
  const counts = m.counts as unknown[];
  for (let i = 0; i < counts.length; i++) {
    const x = counts[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) fail(`"counts[${i}]" must be a finite number`);
    if ((x as number) < 0) fail(`"counts[${i}]" must not be negative`);
  }
  // Sorted and distinct, as toJSON() writes it: a linear check that also rules out duplicates.
  for (let i = 1; i < vocab.length; i++) if (!(vocab[i - 1] < vocab[i])) fail(`"vocabulary" must be sorted and distinct (entry ${i})`);
  if (typeof m.checksum !== 'string') fail('"checksum" is missing');
  const payload = { format: m.format, version: m.version, classes: m.classes, settings: { alpha: s!.alpha, logPriors: s!.logPriors, tokenCap: s!.tokenCap }, documents: m.documents, vocabulary: vocab, counts: m.counts };
  const sum = fnv1a(JSON.stringify(payload));
  if (sum !== m.checksum) fail(`checksum mismatch (file says ${String(m.checksum)}, content hashes to ${sum}): the model was corrupted or edited`);
  return NaiveBayes.fromValidated(m as unknown as ModelJSON);
}

/** The UTF-8 text of bytes that are not a packed model (a JSON model read as bytes). */
function textOf(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DechaffError('E_MODEL', 'model: neither a packed dechaff model nor UTF-8 JSON');
  }
}

/** Keys that could reach an object's prototype: a model is data, and such a key is never part of one. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function rejectForbiddenKeys(o: object, at: string, fail: (what: string) => never): void {
  for (const k of Object.keys(o)) if (FORBIDDEN_KEYS.has(k)) fail(`"${at}${k}" is a forbidden key`);
}

function isNumberArray(x: unknown, length: number): x is number[] {
  return Array.isArray(x) && x.length === length && x.every((v) => typeof v === 'number' && Number.isFinite(v));
}
