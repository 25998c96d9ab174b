import { scanBlock, type BlockScan } from './features.js';
import { normalizeForScoring } from './normalize.js';
import type { BlockContext, DocumentContext } from './rules/rule.js';
import { blockScripts, documentCjkShare, type ScriptCounts } from './rules/script-mismatch.js';
import { TUNABLES } from './tunables.js';
import type { Script, Segment } from './types.js';

/** A block with everything computed once for the rules. */
export type ScoredInput = BlockContext;

/** What a block's text yields, kept across the passes over one document. */
export interface KnownBlock {
  text: string;
  norm: string;
  units: number;
  /** Topic words, hashed, sorted and distinct. */
  topic: Uint32Array;
  /** Long n-grams, hashed, sorted and distinct. */
  shingles: Uint32Array;
  /** Script counts: over the part `script-mismatch` reads, and over the whole text. */
  scripts: { sample: ScriptCounts; whole: ScriptCounts };
}

/**
 * Score inputs of every block, and for each how many of its topic words and long n-grams occur
 * in another block of the document (for `off-topic` and `body-echo`).
 *
 * @param segments the document's blocks
 * @param language detected or hinted language
 * @param script dominant script
 * @param cache what a block's text yields, kept across the passes over one document
 * @param onFeatures called with each newly scanned block's scan: its classifier features (their
 *   keys, and their strings when `strings` is set) are not kept: about one per character, they
 *   were most of the memory on large documents
 * @param strings also make the feature strings (for explanations; `clean()` needs only keys)
 * @returns per-block contexts and the document context
 */
export function buildContext(
  segments: readonly Segment[],
  language: string,
  script: Script,
  cache?: Map<string, KnownBlock>,
  onFeatures?: (text: string, scan: BlockScan) => void,
  strings = false,
): { blocks: ScoredInput[]; doc: DocumentContext } {
  const known: KnownBlock[] = segments.map((s) => {
    let k = cache?.get(s.text);
    if (!k) {
      // Scoring reads at most the first `maxScoredChars` of a block: chaff is short, the
      // classifier's vote is capped at `tokenCap` features anyway, and a 10 MB single-line
      // document would otherwise build tens of millions of features and shingles.
      const norm = normalizeForScoring(s.text.length > TUNABLES.maxScoredChars ? s.text.slice(0, TUNABLES.maxScoredChars) : s.text);
      const scan = scanBlock(norm, true, strings);
      onFeatures?.(s.text, scan);
      k = { text: s.text, norm, units: scan.units, topic: scan.topic, shingles: scan.shingles, scripts: blockScripts(s.text) };
      cache?.set(s.text, k);
    }
    return k;
  });
  const topicShared = sharedCounts(known.map((k) => k.topic));
  const shinglesShared = sharedCounts(known.map((k) => k.shingles));
  const blocks: ScoredInput[] = known.map((k, i) => ({
    text: k.text,
    norm: k.norm,
    units: k.units,
    index: segments[i].index,
    topic: { words: k.topic.length, shared: topicShared[i] },
    echo: { shingles: k.shingles.length, repeated: shinglesShared[i] },
    scripts: k.scripts.sample,
  }));
  return { blocks, doc: { language, script, blocks, cjkShare: documentCjkShare(known.map((k) => k.scripts.whole)) } };
}

/**
 * For each list of distinct values, how many of its values occur in at least one other list.
 * Sort-based: all values in one typed array, sorted, runs of two or more are the shared values,
 * then a binary search per value. A `Map` from value to count held every distinct n-gram of the
 * document as an entry (~40 bytes each: most of the memory of cleaning a 20 MB document).
 *
 * @param lists sorted lists of distinct values
 * @returns the count of shared values per list
 */
export function sharedCounts(lists: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(lists.length);
  let total = 0;
  for (const l of lists) total += l.length;
  if (total === 0) return out;
  const all = new Uint32Array(total);
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  // Shared values, written over the front of `all` (runs of equal values of length ≥ 2).
  let shared = 0;
  for (let i = 0; i < total; ) {
    let j = i + 1;
    while (j < total && all[j] === all[i]) j++;
    if (j - i > 1) all[shared++] = all[i];
    i = j;
  }
  if (shared === 0) return out;
  lists.forEach((l, b) => {
    let n = 0;
    for (let v = 0; v < l.length; v++) if (contains(all, shared, l[v])) n++;
    out[b] = n;
  });
  return out;
}

function contains(sorted: Uint32Array, length: number, x: number): boolean {
  let lo = 0;
  let hi = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid];
    if (v < x) lo = mid + 1;
    else if (v > x) hi = mid - 1;
    else return true;
  }
  return false;
}
