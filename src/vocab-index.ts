import { fnv1aRange } from './checksum.js';

/** Lookups answered by binary search over a sorted vocabulary before the hash table is built:
 * building it costs about as much as 20,000–30,000 binary searches (13 ms for the shipped
 * vocabulary, in a fresh process), which a small document never needs. */
const HASH_AFTER_LOOKUPS = 25_000;

/**
 * A read-only string → row index over a vocabulary packed into one string.
 *
 * Why not a `Map`: building a 100,000-entry `Map` from the shipped vocabulary took 56 ms in a
 * fresh process (the split alone allocates 100,000 strings), this table 13 ms, and a sorted
 * vocabulary is first searched in place, so that a one-off `dechaff clean` of a small file never
 * builds either. The entries stay in the packed string; the table holds only row numbers (open
 * addressing, linear probing, load ≤ 0.5).
 */
export class VocabIndex {
  /** The vocabulary, entries separated by one separator character. */
  readonly packed: string;
  /** Start offset of every entry in `packed`, plus one past the end (length `size + 1`). */
  readonly starts: Uint32Array;
  private slots: Int32Array | undefined;
  private mask = 0;
  /** Binary searches left before the table is built (sorted vocabularies only). */
  private searchesLeft: number;

  /**
   * @param packed the entries joined by one separator character
   * @param starts the start of each entry and, last, the end of the last entry plus one
   *   (the entries distinct and sorted by code unit, as the model loaders check)
   */
  constructor(packed: string, starts: Uint32Array) {
    this.packed = packed;
    this.starts = starts;
    this.searchesLeft = HASH_AFTER_LOOKUPS;
  }

  /** Build the hash table. */
  private build(): void {
    const { packed, starts } = this;
    const n = starts.length - 1;
    let size = 16;
    while (size < n * 2) size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size);
    for (let r = 0; r < n; r++) {
      let s = hashRange(packed, starts[r], starts[r + 1] - 1) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = r + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** Number of entries. */
  get size(): number {
    return this.starts.length - 1;
  }

  /**
   * The row of an entry.
   *
   * @param key the entry
   * @returns its row, or -1 when it is not in the vocabulary
   */
  get(key: string): number {
    if (this.searchesLeft > 0) {
      if (--this.searchesLeft > 0) return this.search(key);
      this.build();
    }
    const slots = this.slots!;
    const len = key.length;
    let s = hashRange(key, 0, len) & this.mask;
    for (;;) {
      const r = slots[s];
      if (r === 0) return -1;
      const a = this.starts[r - 1];
      if (this.starts[r] - 1 - a === len && this.packed.startsWith(key, a)) return r - 1;
      s = (s + 1) & this.mask;
    }
  }

  /** Binary search of a sorted vocabulary, comparing in place by code unit. */
  private search(key: string): number {
    const { packed, starts } = this;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const a = starts[mid];
      const end = starts[mid + 1] - 1;
      let i = 0;
      let d = 0;
      for (; a + i < end && i < key.length; i++) {
        d = packed.charCodeAt(a + i) - key.charCodeAt(i);
        if (d !== 0) break;
      }
      if (d === 0) d = end - a - key.length;
      if (d === 0) return mid;
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * The entry at a row.
   *
   * @param row a row number
   * @returns the entry
   */
  entry(row: number): string {
    return this.packed.slice(this.starts[row], this.starts[row + 1] - 1);
  }
}

/**
 * Offsets of the entries of a packed vocabulary.
 *
 * @param packed entries joined by `separator`
 * @param separator the separator's code unit
 * @param count the number of entries, when known (one scan instead of two); a different count
 *   gives an array of the wrong length, so that the caller's length check fails
 * @returns the start of each entry, then the end of the last plus one
 */
export function entryStarts(packed: string, separator: number, count?: number): Uint32Array {
  if (packed.length === 0) return new Uint32Array([0]);
  let n = count ?? 0;
  if (count === undefined) {
    n = 1;
    for (let i = 0; i < packed.length; i++) if (packed.charCodeAt(i) === separator) n++;
  }
  const starts = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < packed.length; i++) {
    if (packed.charCodeAt(i) !== separator) continue;
    // More separators than entries announced: report it as one entry too many.
    if (++k >= n) return new Uint32Array(n + 2);
    starts[k] = i + 1;
  }
  starts[n] = packed.length + 1;
  return k === n - 1 ? starts : new Uint32Array(k + 2);
}

/** FNV-1a of `text[from, to)` with the high bits mixed down: the table is indexed by the low bits. */
function hashRange(text: string, from: number, to: number): number {
  const h = fnv1aRange(text, from, to);
  return h ^ (h >>> 15);
}
