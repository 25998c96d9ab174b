import { scanBlock, type BlockScan } from './features.js';
import { normalizeForScoring } from './normalize.js';
import type { BlockContext, DocumentContext } from './rules/rule.js';
import { blockScripts, documentCjkShare, type ScriptCounts, type TextCounts } from './rules/script-mismatch.js';
import { TUNABLES } from './tunables.js';
import type { Script, Segment } from './types.js';

/** A block with everything computed once for the rules. */
export type ScoredInput = BlockContext;

/** What a block's text yields, kept across the passes over one document. */
export interface KnownBlock {
  text: string;
  norm: string;
  units: number;
  /** Topic words, hashed (in text order, with repeats). */
  topic: Uint32Array;
  /** Long n-grams, hashed (in text order, with repeats). */
  shingles: Uint32Array;
  /** Which scanned shapes `norm` matches (see `BlockScan.shapes`). */
  shapes: number;
  /** `norm`'s code-unit flags (see `BlockScan.flags`). */
  flags: number;
  /** Script counts over the part `script-mismatch` reads, and the text's counts (see `blockScripts`). */
  scripts: { sample: ScriptCounts; whole: TextCounts };
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
 * @param scratch hash tables for `sharedCounts` kept across the passes over one document
 * @returns per-block contexts and the document context
 */
export function buildContext(
  segments: readonly Segment[],
  language: string,
  script: Script,
  cache?: Map<string, KnownBlock>,
  onFeatures?: (text: string, scan: BlockScan) => void,
  strings = false,
  scratch?: CountingTables,
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
      k = { text: s.text, norm, units: scan.units, topic: scan.topic, shingles: scan.shingles, shapes: scan.shapes, flags: scan.flags, scripts: blockScripts(s.text) };
      cache?.set(s.text, k);
    }
    return k;
  });
  const topic = sharedCounts(known.map((k) => k.topic), HASH_MAX_VALUES, scratch);
  const shingles = sharedCounts(known.map((k) => k.shingles), HASH_MAX_VALUES, scratch);
  const blocks: ScoredInput[] = known.map((k, i) => ({
    text: k.text,
    norm: k.norm,
    units: k.units,
    index: segments[i].index,
    topic: { words: topic.distinct[i], shared: topic.shared[i] },
    echo: { shingles: shingles.distinct[i], repeated: shingles.shared[i] },
    scripts: k.scripts.sample,
    counts: k.scripts.whole,
    shapes: k.shapes,
    flags: k.flags,
    phrases: undefined,
  }));
  return { blocks, doc: { language, script, blocks, cjkShare: documentCjkShare(known.map((k) => k.scripts.whole)) } };
}

/** Lists holding more values than this in all are counted by sorting (see `sharedCounts`). */
const HASH_MAX_VALUES = 1 << 20;
/** Hash tables up to this many slots are kept between calls (9 MB at most, once a document of
 * ~500,000 values has needed them); larger ones are kept for one document (`PassCache.tables`).
 * A fresh table costs the first touch of each of its pages (~10 µs each on the machines we measure
 * on): with 65,536 slots kept, the first count of a 1 MB document took 21 ms and the five after it
 * 4 ms each; with its tables kept from the document before, the first takes 5 ms too. */
const KEEP_SLOTS = 1 << 20;
const kept: CountingTables = countingTables();
/** `sharedCounts`' slot of each value, grown as needed (at most `HASH_MAX_VALUES`: 4 MB). */
let slotOf = new Int32Array(1024);

/**
 * The hash tables of `sharedCounts`, to reuse: a caller that counts several times over one large
 * document (topic words, then n-grams, in every pass) keeps them for the document's duration.
 * A table of 2^19 slots (a 1 MB document) is 4.5 MB of fresh memory, and fresh memory costs its
 * first touch (~10 µs a page on the machines we measure on): allocated anew for each of the six
 * counts of a 1 MB document, the tables were 13 % of its `clean()` (42 of 329 ms).
 */
export interface CountingTables {
  keys: Uint32Array;
  owners: Int32Array;
  counts: Uint8Array;
}

/**
 * Empty tables for `sharedCounts` to grow.
 *
 * @returns tables of no slots
 */
export function countingTables(): CountingTables {
  return { keys: new Uint32Array(0), owners: new Int32Array(0), counts: new Uint8Array(0) };
}

/**
 * For each list of values (hashes, in any order, with repeats), how many distinct values it has
 * and how many of those occur in at least one other list.
 *
 * Up to a million values in all, one hash table: each slot holds a value, the last list that had
 * it and in how many lists it was seen (1 or 2+). Sorting every list and then all values together
 * (what larger documents still do, to bound memory: 4 bytes a value instead of ~18) was 11 % of
 * clean() on the dev documents (--cpu-prof). A `Map` from value to count held every distinct
 * n-gram of a large document as an entry (~40 bytes each).
 *
 * @param lists the values of each list
 * @param hashMax most values in all counted by the hash table (tests set 0 to sort)
 * @param scratch tables to use when large enough, and to keep larger ones in (see `CountingTables`);
 *   without, tables up to `KEEP_SLOTS` slots are kept between calls
 * @returns the number of distinct values per list, and of those shared with another list
 */
export function sharedCounts(lists: readonly Uint32Array[], hashMax = HASH_MAX_VALUES, scratch?: CountingTables): { distinct: Uint32Array; shared: Uint32Array } {
  const distinct = new Uint32Array(lists.length);
  const shared = new Uint32Array(lists.length);
  let total = 0;
  for (const l of lists) total += l.length;
  if (total === 0) return { distinct, shared };
  if (total > hashMax) return sortedSharedCounts(lists);
  let size = 16;
  while (size < total * 2) size *= 2;
  const mask = size - 1;
  const tables = scratch !== undefined && size > KEEP_SLOTS ? scratch : kept;
  let { keys, owners, counts } = tables;
  if (size > keys.length) {
    keys = new Uint32Array(size);
    owners = new Int32Array(size);
    counts = new Uint8Array(size);
    if (tables === scratch || size <= KEEP_SLOTS) {
      tables.keys = keys;
      tables.owners = owners;
      tables.counts = counts;
    }
  } else {
    owners.fill(0, 0, size);
  }
  // Where phase 1 found each value (in list order), so that phase 2 does not probe again (the
  // second probe loop was a fifth of sharedCounts' time, --cpu-prof by line).
  if (slotOf.length < total) slotOf = new Int32Array(Math.max(total, slotOf.length * 2));
  const where = slotOf;
  let n = 0;
  // 1. Each value once per list: which lists saw it (1 or 2+), and each list's distinct values.
  for (let b = 0; b < lists.length; b++) {
    const l = lists[b];
    const owner = b + 1;
    for (let i = 0; i < l.length; i++) {
      const v = l[i];
      let s = v & mask;
      while (owners[s] !== 0 && keys[s] !== v) s = (s + 1) & mask;
      where[n++] = s;
      if (owners[s] === 0) {
        keys[s] = v;
        owners[s] = owner;
        counts[s] = 1;
        distinct[b]++;
      } else if (owners[s] !== owner) {
        owners[s] = owner;
        counts[s] = 2;
        distinct[b]++;
      }
    }
  }
  // 2. Each list's values seen in 2+ lists, each once (the owner turns negative when counted).
  n = 0;
  for (let b = 0; b < lists.length; b++) {
    const l = lists[b];
    const mark = -(b + 1);
    for (let i = 0; i < l.length; i++) {
      const s = where[n++];
      if (counts[s] === 2 && owners[s] !== mark) {
        owners[s] = mark;
        shared[b]++;
      }
    }
  }
  return { distinct, shared };
}

/** `sharedCounts` by sorting: each list sorted and deduplicated in place, then all values
 * together. In place (no copy of the lists, which on a 10 MB document are ~30 MB): a list is left
 * sorted with its distinct values first and some of them again after; its set of values, all that
 * either way of counting reads, is unchanged. */
function sortedSharedCounts(input: readonly Uint32Array[]): { distinct: Uint32Array; shared: Uint32Array } {
  const lists = input.map(sortedDistinct);
  const distinct = Uint32Array.from(lists, (l) => l.length);
  const out = new Uint32Array(lists.length);
  let total = 0;
  for (const l of lists) total += l.length;
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
  if (shared === 0) return { distinct, shared: out };
  lists.forEach((l, b) => {
    let n = 0;
    for (let v = 0; v < l.length; v++) if (contains(all, shared, l[v])) n++;
    out[b] = n;
  });
  return { distinct, shared: out };
}

/** The distinct values, sorted (a native numeric sort in place, then one pass moving the
 * distinct values to the front): a view of the front of `values`. */
function sortedDistinct(values: Uint32Array): Uint32Array {
  if (values.length === 0) return values;
  const a = values.sort();
  let n = 1;
  for (let i = 1; i < a.length; i++) if (a[i] !== a[n - 1]) a[n++] = a[i];
  return n === a.length ? a : a.subarray(0, n);
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
