import type { Tunables } from './tunables.js';
import type { BlockAnalysis, Label, NoiseLabel } from './types.js';

/** The per-block evidence the decision starts from. */
export interface Evidence {
  /** Summed score per chaff label. */
  scores: Record<NoiseLabel, number>;
  /** Length in units. */
  units: number;
  /** Length in characters. */
  chars: number;
}

/** The decision for one block. */
export interface Decision {
  label: Label;
  suspect: Label;
  score: number;
  region: BlockAnalysis['region'];
  threshold: number;
  note: string;
}

/**
 * Decide every block with its position and neighbours:
 * 1. anchors: long blocks with little chaff evidence are body for certain;
 * 2. regions: blocks before the first anchor are `head`, after the last `tail`, between `inner`;
 * 3. thresholds: edges need `edgeThreshold`, the inner body `innerThreshold`;
 * 4. runs: an edge block between the edge and removed chaff needs `runBonus` less (ads and
 *    commentary come in runs at the document's edges).
 *
 * @param evidence per-block scores
 * @param t the tunables
 * @param shift threshold shift from the sensitivity (negative removes more)
 * @param notes write each decision's `note` (for explanations); without, every note is empty:
 *   `clean()` reads none, and writing them built two strings for every block of every pass (on a
 *   10 MB document, 134,000 concatenated strings, 4 MB of a 150 MB heap)
 * @returns one decision per block
 */
export function decide(evidence: readonly Evidence[], t: Tunables, shift: number, notes = true): Decision[] {
  const n = evidence.length;
  const best = evidence.map((e) => {
    let label: NoiseLabel = 'promo';
    for (const l of ['commentary', 'boilerplate'] as const) if (e.scores[l] > e.scores[label]) label = l;
    return { label, score: e.scores[label] };
  });
  const { first, last } = findAnchors(best.map((b) => b.score), evidence.map((e) => e.units), t);
  const region = (i: number): Decision['region'] => regionOf(i, n, first, last, t);
  const out: Decision[] = best.map((b, i) => {
    const r = region(i);
    const threshold = (r === 'inner' ? t.innerThreshold : t.edgeThreshold) + shift;
    const chaff = b.score >= threshold;
    return {
      label: chaff ? b.label : 'body',
      suspect: b.score > 0 ? b.label : 'body',
      score: round(b.score),
      region: r,
      threshold: round(threshold),
      note: !notes ? '' : first === -1 ? 'no body anchor found: every block is judged as inner' : `${r} block: threshold ${round(threshold)}`,
    };
  });
  // Runs at the edges: walk inward from each edge while blocks are chaff or nearly so.
  const extend = (from: number, step: 1 | -1, inRegion: (i: number) => boolean): void => {
    for (let i = from; i >= 0 && i < n && inRegion(i); i += step) {
      const d = out[i];
      if (d.region === 'inner') break;
      if (d.label !== 'body') continue;
      const sides = chaffSides(out, i);
      const bonus = sides === 2 ? t.sandwichBonus : t.runBonus;
      const lowered = d.threshold - bonus;
      if (sides > 0 && best[i].score >= lowered) {
        d.label = best[i].label;
        if (notes) d.note = `${d.region} block in a run of chaff: threshold lowered by ${bonus} to ${round(lowered)}`;
      } else break;
    }
  };
  if (first !== -1) {
    extend(0, 1, (i) => i < first);
    extend(n - 1, -1, (i) => i > last);
  }
  if (notes) {
    for (const d of out) {
      if (d.label === 'body' && d.score > 0) d.note += `; kept: chaff score ${d.score} is under ${d.threshold}`;
    }
  }
  return out;
}

/** How many of a block's two sides are chaff; the document's edge counts as chaff when the
 * other side is (the block then sits in a run of chaff that reaches the edge). */
function chaffSides(out: readonly Decision[], i: number): number {
  const before = i > 0 && out[i - 1].label !== 'body';
  const after = i + 1 < out.length && out[i + 1].label !== 'body';
  if ((i === 0 && after) || (i === out.length - 1 && before)) return 2;
  return (before ? 1 : 0) + (after ? 1 : 0);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * The first and last body anchors: blocks long enough and with little chaff evidence.
 *
 * @param scores each block's strongest chaff score
 * @param units each block's length in units
 * @param t the tunables
 * @returns indexes of the first and last anchor, -1 when there is none
 */
export function findAnchors(scores: readonly number[], units: readonly number[], t: Tunables): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] < t.anchorMaxScore && units[i] >= t.anchorMinUnits) {
      if (first === -1) first = i;
      last = i;
    }
  }
  return { first, last };
}

/**
 * Where a block sits: `head` before the first anchor and `tail` after the last, within
 * `maxEdgeBlocks` of the edge; `inner` otherwise (and everywhere when there is no anchor).
 *
 * @param i the block's index
 * @param n the number of blocks
 * @param first the first anchor, -1 when none
 * @param last the last anchor
 * @param t the tunables
 */
export function regionOf(i: number, n: number, first: number, last: number, t: Tunables): Decision['region'] {
  if (first === -1 || (i >= first && i <= last)) return 'inner';
  if (i < first) return i < t.maxEdgeBlocks ? 'head' : 'inner';
  return n - 1 - i < t.maxEdgeBlocks ? 'tail' : 'inner';
}
