import { LABELS, type Label } from '../index.js';
import type { LabelledDocument } from './jsonl.js';

/** Precision, recall and F1 of one label. */
export interface ClassScores {
  /** The label. */
  label: Label;
  /** Correct predictions of the label / all predictions of it (0 when never predicted). */
  precision: number;
  /** Correct predictions of the label / examples of it (0 when there are none). */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
  /** Examples of the label. */
  support: number;
}

/** The classifier's scores on labelled examples. */
export interface ClassifierScores {
  /** Examples scored. */
  examples: number;
  /** Share predicted correctly. */
  accuracy: number;
  /** Mean F1 over the labels that have examples. */
  macroF1: number;
  /** Per label, in `LABELS` order. */
  classes: ClassScores[];
}

/**
 * Per-label precision, recall and F1 from gold and predicted labels.
 *
 * @param gold the true labels
 * @param predicted the predicted labels, same length
 * @returns the scores
 */
export function classifierScores(gold: readonly Label[], predicted: readonly Label[]): ClassifierScores {
  const classes = LABELS.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === label && g === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support: tp + fn };
  });
  const present = classes.filter((c) => c.support > 0);
  const correct = gold.filter((g, i) => predicted[i] === g).length;
  return {
    examples: gold.length,
    accuracy: gold.length > 0 ? correct / gold.length : 0,
    macroF1: present.length > 0 ? present.reduce((a, c) => a + c.f1, 0) / present.length : 0,
    classes,
  };
}

/** Block-level outcome of cleaning one labelled document. */
export interface BlockStats {
  noise: number;
  noiseRemoved: number;
  body: number;
  bodyKept: number;
  bodyChars: number;
  bodyCharsKept: number;
  exact: boolean;
}

/**
 * Which labelled blocks survived in the output, found in order (a cleaner hands back kept blocks
 * verbatim) — the same procedure as the team's evaluation scorer.
 *
 * @param doc the labelled document
 * @param output the cleaner's output
 * @returns counts of noise removed and body kept
 */
export function blockStats(doc: Pick<LabelledDocument, 'blocks'>, output: string): BlockStats {
  let pos = 0;
  let noise = 0;
  let noiseRemoved = 0;
  let body = 0;
  let bodyKept = 0;
  let bodyChars = 0;
  let bodyCharsKept = 0;
  for (const b of doc.blocks) {
    const at = output.indexOf(b.text, pos);
    const kept = at >= 0;
    if (kept) pos = at + b.text.length;
    if (b.label === 'body') {
      body++;
      bodyChars += b.text.length;
      if (kept) {
        bodyKept++;
        bodyCharsKept += b.text.length;
      }
    } else {
      noise++;
      if (!kept) noiseRemoved++;
    }
  }
  return { noise, noiseRemoved, body, bodyKept, bodyChars, bodyCharsKept, exact: noiseRemoved === noise && bodyKept === body };
}

/** The cleaner's scores on labelled documents. */
export interface CleanerScores {
  /** Documents scored. */
  documents: number;
  /** Noise blocks removed / noise blocks (over all documents). */
  noiseRemoved: number;
  /** Body characters kept / body characters (over all documents). */
  bodyKept: number;
  /** Share of documents with every noise block removed and every body block kept. */
  exact: number;
  /** Documents that lost any body block. */
  docsLosingBody: number;
  /** Mean token precision/recall/F1 against `gold`, over documents that have it. */
  gold?: { documents: number; precision: number; recall: number; f1: number };
}

/**
 * Aggregate block statistics as the scorer does: ratios of sums, with at least 1 below the line.
 *
 * @param stats per-document statistics
 * @returns the scores (without gold)
 */
export function cleanerScores(stats: readonly BlockStats[]): CleanerScores {
  const sum = (k: 'noise' | 'noiseRemoved' | 'bodyChars' | 'bodyCharsKept'): number => stats.reduce((a, x) => a + x[k], 0);
  return {
    documents: stats.length,
    noiseRemoved: sum('noiseRemoved') / Math.max(1, sum('noise')),
    bodyKept: sum('bodyCharsKept') / Math.max(1, sum('bodyChars')),
    exact: stats.length > 0 ? stats.filter((x) => x.exact).length / stats.length : 0,
    docsLosingBody: stats.filter((x) => x.bodyKept < x.body).length,
  };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Tokens for comparing with the gold body: one per Han/kana/hangul character, one per run of
 * other letters and digits (lower case, after NFKC); whitespace and punctuation do not count.
 *
 * @param text a text
 * @returns its tokens
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (CJK.test(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (WORD_CHAR.test(ch)) word += ch;
    else if (word) {
      out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
  return out;
}

/**
 * Bag-of-tokens precision, recall and F1 of an output against the gold body.
 *
 * @param output the cleaner's output
 * @param gold the gold body
 * @returns precision, recall, F1
 */
export function tokenPrf(output: string, gold: string): { precision: number; recall: number; f1: number } {
  const o = tokens(output);
  const g = tokens(gold);
  if (o.length === 0 && g.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const bag = new Map<string, number>();
  for (const t of g) bag.set(t, (bag.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of o) {
    const c = bag.get(t);
    if (c) {
      hit++;
      bag.set(t, c - 1);
    }
  }
  const precision = o.length ? hit / o.length : 0;
  const recall = g.length ? hit / g.length : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
