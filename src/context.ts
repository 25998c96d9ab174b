import { isWide } from './chars.js';
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
    // A hard-wrapped paragraph (src/wrapped-lines.ts) is scored as one line.
    const text = asOneLine(s.text);
    let k = cache?.get(text);
    if (!k) {
      // Scoring reads at most the first `maxScoredChars` of a block: chaff is short, the
      // classifier's vote is capped at `tokenCap` features anyway, and a 10 MB single-line
      // document would otherwise build tens of millions of features and shingles.
      const norm = normalizeForScoring(text.length > TUNABLES.maxScoredChars ? text.slice(0, TUNABLES.maxScoredChars) : text);
      const scan = scanBlock(norm, true, strings);
      onFeatures?.(text, scan);
      k = { text, norm, units: scan.units, topic: scan.topic, shingles: scan.shingles, shapes: scan.shapes, flags: scan.flags, scripts: blockScripts(text) };
      cache?.set(text, k);
    }
    return k;
  });
  const topic = sharedCounts(known.map((k) => k.topic));
  const shingles = sharedCounts(known.map((k) => k.shingles));
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

/** A line break inside a block, with the blanks around it (a wrapped paragraph's lines). */
const WRAP_BREAK = /[ \t]*(?:\r\n|\r|\n)[ \t]*/g;

/**
 * A block as one line, as it is scored: a hard-wrapped paragraph's line breaks (src/wrapped-lines.ts)
 * read as a space, or as nothing between two CJK characters.
 *
 * @param text the block's text
 */
export function asOneLine(text: string): string {
  return hasLineBreak(text) ? text.replace(WRAP_BREAK, joinedBreak) : text;
}

/** What a wrapped paragraph's line break reads as: nothing between two CJK characters (CJK text
 * has no spaces between words), else a space. */
function joinedBreak(brk: string, at: number, whole: string): string {
  return isWide(whole.charCodeAt(at - 1)) && isWide(whole.charCodeAt(at + brk.length)) ? '' : ' ';
}

/**
 * Whether a text holds a line break (a block of a wrapped or split paragraph's lines).
 *
 * @param s the text
 */
export function hasLineBreak(s: string): boolean {
  return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
}

/** Values in one partition of `sharedCounts`, about (the values are hashes, so partitions by their
 * top bits are even): a table of twice as many slots, 9 bytes each (~600 KB), meant to stay in
 * the CPU's cache (partitions of 4,096 to 65,536 values measured within 10 % of each other). A
 * 10 MB document's counts, made by sorting to bound memory before, cost 190 ns a value (1.3 of
 * its 2.1 s in `clean()`, measured by wrapping the function); by partitions, 43. */
const PARTITION_VALUES = 1 << 15;
/** Up to this many values in all, the lists are counted as they are, in one table (2.3 MB at
 * most): gathering them first cost 1.3–1.5× as much for a small document's counts (18 against
 * 24 ns a value over 300 synthetic documents of 3,000 values), and one table is as fast as
 * partitions up to ~200,000 values (21 against 31 ns a value at 90,000; 92 against 32 at 900,000). */
const DIRECT_MAX = 1 << 17;
/** Values gathered at once, about (two 4-byte arrays, kept between calls: ~8 MB); a larger count
 * gathers one range of partitions at a time, each range a pass over every list. Gathering 3.3
 * million values at once took 124 against 187 ms (synthetic lists, five counts), but 32 MB kept,
 * or touched fresh every time (~10 µs a page here), is more than the gain. */
const GATHER_MAX = 1 << 20;

/** The gathered values (as 32-bit integers: values over 2^31 kept as unsigned made V8 handle
 * them as doubles) and the list of each, in list order (see `sharedCounts`). */
let gatheredValues = new Int32Array(1024);
let gatheredLists = new Uint32Array(1024);
/** A partition's hash table: each slot's value, the last list that had it (negative once counted
 * as shared), and in how many lists it was seen (1 or 2+); with each entry's slot. */
let slotKeys = new Int32Array(1024);
let slotOwners = new Int32Array(1024);
let slotCounts = new Uint8Array(1024);
let entrySlots = new Int32Array(1024);

/**
 * For each list of values (hashes, in any order, with repeats), how many distinct values it has
 * and how many of those occur in at least one other list.
 *
 * Up to `DIRECT_MAX` values, one hash table counts the lists as they are. Beyond, the values are
 * gathered with their list's index, in list order, into partitions by their top
 * bits (of about `PARTITION_VALUES` each), and each partition is counted with a hash table small
 * enough to stay in cache. A value is in one partition only, so the counts are exact. A `Map`
 * from value to count held every distinct n-gram of a large document (~40 bytes each); sorting
 * every list and then all values, 11 % of `clean()` on the dev documents.
 *
 * @param lists the values of each list
 * @param options a smaller count in one table, smaller partitions and gathers (tests)
 * @returns the number of distinct values per list, and of those shared with another list
 */
export function sharedCounts(
  lists: readonly Uint32Array[],
  options: { directMax?: number; partitionValues?: number; gatherMax?: number } = {},
): { distinct: Uint32Array; shared: Uint32Array } {
  const partitionValues = options.partitionValues ?? PARTITION_VALUES;
  const gatherMax = options.gatherMax ?? GATHER_MAX;
  const distinct = new Uint32Array(lists.length);
  const shared = new Uint32Array(lists.length);
  let total = 0;
  for (const l of lists) total += l.length;
  if (total === 0) return { distinct, shared };
  if (total <= (options.directMax ?? DIRECT_MAX)) {
    countLists(lists, total, distinct, shared);
    return { distinct, shared };
  }
  // 2^bits partitions, gathered 2^groupBits partitions at a time.
  let bits = 0;
  while (bits < 16 && partitionValues << bits < total) bits++;
  let groupBits = 0;
  while (groupBits < bits && gatherMax << groupBits < total) groupBits++;
  const perGroup = 1 << (bits - groupBits);
  // Entries per partition, in one pass over the lists.
  const sizes = new Uint32Array(1 << bits);
  for (const l of lists) for (let i = 0; i < l.length; i++) sizes[bits === 0 ? 0 : l[i] >>> (32 - bits)]++;
  const starts = new Uint32Array(perGroup + 1);
  for (let g = 0; g < 1 << groupBits; g++) {
    // This group's partitions' places, then its entries, in list order.
    for (let q = 0; q < perGroup; q++) starts[q + 1] = starts[q] + sizes[g * perGroup + q];
    const n = starts[perGroup];
    if (n === 0) continue;
    if (gatheredValues.length < n) {
      gatheredValues = new Int32Array(n);
      gatheredLists = new Uint32Array(n);
    }
    const values = gatheredValues;
    const owners = gatheredLists;
    const next = starts.slice(0, perGroup);
    for (let b = 0; b < lists.length; b++) {
      const l = lists[b];
      for (let i = 0; i < l.length; i++) {
        const p = bits === 0 ? 0 : l[i] >>> (32 - bits);
        if (p >>> (bits - groupBits) !== g) continue;
        const at = next[p & (perGroup - 1)]++;
        values[at] = l[i] | 0;
        owners[at] = b;
      }
    }
    for (let q = 0; q < perGroup; q++) countPartition(values, owners, starts[q], starts[q + 1], distinct, shared);
  }
  return { distinct, shared };
}

/**
 * A cleared table for counting `entries` values (a power of two slots, at least twice as many),
 * and room for each entry's slot.
 *
 * @returns the slot mask
 */
function table(entries: number): number {
  let size = 16;
  while (size < entries * 2) size *= 2;
  if (entrySlots.length < entries) entrySlots = new Int32Array(Math.max(entries, entrySlots.length * 2));
  if (slotKeys.length < size) {
    slotKeys = new Int32Array(size);
    slotOwners = new Int32Array(size);
    slotCounts = new Uint8Array(size);
  } else {
    slotOwners.fill(0, 0, size);
  }
  return size - 1;
}

/** `countPartition` over the lists as they are, for a count small enough for one table: the
 * same two phases, the list's index the loop's own. */
function countLists(lists: readonly Uint32Array[], total: number, distinct: Uint32Array, shared: Uint32Array): void {
  const mask = table(total);
  const keys = slotKeys;
  const seen = slotOwners;
  const counts = slotCounts;
  const where = entrySlots;
  let n = 0;
  for (let b = 0; b < lists.length; b++) {
    const l = lists[b];
    const owner = b + 1;
    for (let i = 0; i < l.length; i++) {
      const v = l[i] | 0;
      let s = v & mask;
      while (seen[s] !== 0 && keys[s] !== v) s = (s + 1) & mask;
      where[n++] = s;
      if (seen[s] === 0) {
        keys[s] = v;
        seen[s] = owner;
        counts[s] = 1;
        distinct[b]++;
      } else if (seen[s] !== owner) {
        seen[s] = owner;
        counts[s] = 2;
        distinct[b]++;
      }
    }
  }
  n = 0;
  for (let b = 0; b < lists.length; b++) {
    const l = lists[b];
    const mark = -(b + 1);
    for (let i = 0; i < l.length; i++) {
      const s = where[n++];
      if (counts[s] === 2 && seen[s] !== mark) {
        seen[s] = mark;
        shared[b]++;
      }
    }
  }
}

/**
 * Count one partition's entries (`values[from, to)` with their lists in `owners`, in list order, so
 * that a list's entries stand together): each value once per list, which lists saw it (1 or 2+),
 * and then each list's values seen in 2+ lists, each once.
 */
function countPartition(values: Int32Array, owners: Uint32Array, from: number, to: number, distinct: Uint32Array, shared: Uint32Array): void {
  const m = to - from;
  if (m === 0) return;
  const mask = table(m);
  const keys = slotKeys;
  const seen = slotOwners;
  const counts = slotCounts;
  const where = entrySlots;
  // 1. Each value once per list: which lists saw it (1 or 2+), and each list's distinct values.
  // (The values of a partition share their top bits; their low bits are as even as any.)
  for (let i = from; i < to; i++) {
    const v = values[i];
    const owner = owners[i] + 1;
    let s = v & mask;
    while (seen[s] !== 0 && keys[s] !== v) s = (s + 1) & mask;
    where[i - from] = s;
    if (seen[s] === 0) {
      keys[s] = v;
      seen[s] = owner;
      counts[s] = 1;
      distinct[owner - 1]++;
    } else if (seen[s] !== owner) {
      seen[s] = owner;
      counts[s] = 2;
      distinct[owner - 1]++;
    }
  }
  // 2. Each list's values seen in 2+ lists, each once (the owner turns negative when counted).
  for (let i = from; i < to; i++) {
    const s = where[i - from];
    const mark = -(owners[i] + 1);
    if (counts[s] === 2 && seen[s] !== mark) {
      seen[s] = mark;
      shared[owners[i]]++;
    }
  }
}
