import { DechaffError } from './errors.js';

/**
 * A read-only map from feature key (see `src/feature-key.ts`) to vocabulary row, by buckets: a
 * key's bucket is the top `bits` bits of a multiplicative hash of it, `offsets[q]` is where bucket
 * q's rows start in bucket order, and a lookup compares the keys of its bucket's rows (about 3).
 *
 * A packed model stores its rows in bucket order with the offsets, so that the shipped model is
 * searched in place: building an open-addressing table over its 100,000 keys took 13 ms in a fresh
 * process and 5.5 ms warm (random writes into 1 MB), the string index before it ~20 ms (decoding
 * the vocabulary). A model whose rows are in another order (trained, or read from JSON) gets its
 * buckets by one counting sort, and an `order` from bucket position to row.
 */
export class KeyIndex {
  /** Two hashes per row, flattened. */
  readonly keys: Uint32Array;
  /** Bucket bits: 2^bits buckets. */
  readonly bits: number;
  /** Start of every bucket in bucket order, then the number of rows (length 2^bits + 1). */
  readonly offsets: Uint32Array;
  /** Row at each bucket position, when rows are not stored in bucket order. */
  private readonly order: Uint32Array | undefined;

  /**
   * @param keys two 32-bit hashes per row, flattened
   * @param stored the buckets of rows stored in bucket order (a packed model); without, they are
   *   computed here
   */
  constructor(keys: Uint32Array, stored?: { bits: number; offsets: Uint32Array }) {
    this.keys = keys;
    if (stored) {
      this.bits = stored.bits;
      this.offsets = stored.offsets;
      return;
    }
    const n = keys.length >> 1;
    const bits = bucketBits(n);
    const offsets = new Uint32Array((1 << bits) + 1);
    const buckets = new Uint32Array(n);
    for (let r = 0; r < n; r++) {
      buckets[r] = bucketOf(keys[2 * r], keys[2 * r + 1], bits);
      offsets[buckets[r] + 1]++;
    }
    for (let q = 0; q < 1 << bits; q++) offsets[q + 1] += offsets[q];
    const next = offsets.slice(0, 1 << bits);
    const order = new Uint32Array(n);
    for (let r = 0; r < n; r++) order[next[buckets[r]]++] = r;
    this.bits = bits;
    this.offsets = offsets;
    this.order = order;
    const dup = this.duplicate();
    if (dup) throw new DechaffError('E_MODEL', `model: features ${dup[0]} and ${dup[1]} have the same 64-bit key; retrain with a changed vocabulary`);
  }

  /**
   * Two rows with the same key, if any (compared within each bucket).
   *
   * @returns the two rows, or undefined
   */
  duplicate(): [number, number] | undefined {
    const { keys, offsets, order } = this;
    for (let q = 0; q + 1 < offsets.length; q++) {
      for (let i = offsets[q]; i < offsets[q + 1]; i++) {
        const r = order ? order[i] : i;
        for (let j = i + 1; j < offsets[q + 1]; j++) {
          const s = order ? order[j] : j;
          if (keys[2 * r] === keys[2 * s] && keys[2 * r + 1] === keys[2 * s + 1]) return [Math.min(r, s), Math.max(r, s)];
        }
      }
    }
    return undefined;
  }

  /** Number of rows. */
  get size(): number {
    return this.keys.length >> 1;
  }

  /**
   * The row of a key.
   *
   * @param a the key's first hash
   * @param b the key's second hash
   * @returns the row, or -1 when no feature has this key
   */
  get(a: number, b: number): number {
    a >>>= 0;
    b >>>= 0;
    const keys = this.keys;
    const q = bucketOf(a, b, this.bits);
    const end = this.offsets[q + 1];
    const order = this.order;
    for (let j = this.offsets[q]; j < end; j++) {
      const r = order === undefined ? j : order[j];
      if (keys[2 * r] === a && keys[2 * r + 1] === b) return r;
    }
    return -1;
  }
}

/**
 * Bucket bits for `rows` rows: 3 to 6 rows a bucket (a bucket's keys share a cache line or two;
 * the offsets are 4 bytes a bucket, 128 KB for the shipped model's 100,000 rows).
 *
 * @param rows number of rows
 * @returns the bits, 4 to 24
 */
export function bucketBits(rows: number): number {
  let bits = 4;
  while (bits < 24 && 1 << bits < rows / 4) bits++;
  return bits;
}

/**
 * A key's bucket: the top `bits` bits of a multiplicative hash of both halves.
 *
 * @param a the key's first hash
 * @param b the key's second hash
 * @param bits bucket bits
 * @returns the bucket, 0 to 2^bits − 1
 */
export function bucketOf(a: number, b: number, bits: number): number {
  return Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits);
}
