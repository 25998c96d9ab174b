/**
 * A read-only string → row index over a vocabulary packed into one string.
 *
 * Why not a `Map`: building a 100,000-entry `Map` from the shipped vocabulary took 56 ms in a
 * fresh process (the split alone allocates 100,000 strings), this table 13 ms; it is built on the
 * first `clean()` of every process, so it is most of the cold start's model cost. The entries stay
 * in the packed string; the table holds only row numbers (open addressing, linear probing, load
 * ≤ 0.5).
 */
export class VocabIndex {
  /** The vocabulary, entries separated by one separator character. */
  readonly packed: string;
  /** Start offset of every entry in `packed`, plus one past the end (length `size + 1`). */
  readonly starts: Uint32Array;
  /** The first row whose entry repeats an earlier one, or -1: a vocabulary must be distinct. */
  readonly duplicate: number = -1;
  private readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * @param packed the entries joined by one separator character
   * @param starts the start of each entry and, last, the end of the last entry plus one
   */
  constructor(packed: string, starts: Uint32Array) {
    this.packed = packed;
    this.starts = starts;
    const n = starts.length - 1;
    let size = 16;
    while (size < n * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    // Full hashes, to compare entries only when they agree (duplicate detection for free).
    const hashes = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      const h = hashRange(packed, starts[r], starts[r + 1] - 1);
      hashes[r] = h;
      let s = h & this.mask;
      for (let o = this.slots[s]; o !== 0; o = this.slots[s]) {
        if (this.duplicate < 0 && hashes[o - 1] === h && this.same(o - 1, r)) this.duplicate = r;
        s = (s + 1) & this.mask;
      }
      this.slots[s] = r + 1;
    }
  }

  private same(a: number, b: number): boolean {
    const la = this.starts[a + 1] - 1 - this.starts[a];
    if (la !== this.starts[b + 1] - 1 - this.starts[b]) return false;
    for (let i = 0; i < la; i++) if (this.packed.charCodeAt(this.starts[a] + i) !== this.packed.charCodeAt(this.starts[b] + i)) return false;
    return true;
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
    const len = key.length;
    let s = hashRange(key, 0, len) & this.mask;
    for (;;) {
      const r = this.slots[s];
      if (r === 0) return -1;
      const a = this.starts[r - 1];
      if (this.starts[r] - 1 - a === len && this.packed.startsWith(key, a)) return r - 1;
      s = (s + 1) & this.mask;
    }
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

/** FNV-1a over the UTF-16 code units of `text[from, to)`, as a signed 32-bit integer. */
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // Mix the high bits down: the table is indexed by the low bits.
  return h ^ (h >>> 15);
}
