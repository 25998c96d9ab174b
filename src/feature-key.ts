/**
 * A feature's key: two 32-bit hashes of its UTF-16 code units, taken in one loop. The classifier
 * looks features up by key, so that `clean()` never builds a string per CJK character, bigram and
 * word bigram (about one string per character of text), and the model's table is plain integers
 * that the packed file stores ready to use.
 *
 * Two independent hashes make a 64-bit key: among the shipped model's 100,000 features, the chance
 * that an unseen feature's key equals a known one is about 100,000 / 2⁶⁴ per lookup (≈ 5 × 10⁻¹⁵),
 * and model building refuses two features with the same key.
 *
 * Both hashes are kept raw (not finalized), so that a key can be extended one code unit at a time:
 * a word bigram's key is its first word's key stepped over `' '` and the second word.
 */

/** FNV-1a offset basis: the first hash's state before any code unit. */
export const KEY1_BASIS = 0x811c9dc5;
/** The second hash's starting state (an arbitrary odd constant, the fractional bits of √2). */
export const KEY2_BASIS = 0x6a09e667;

/** One step of the first hash (FNV-1a 32). */
export function step1(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** One step of the second hash: add, multiply by the golden-ratio constant, fold the high bits. */
export function step2(h: number, c: number): number {
  h = Math.imul(h + c, 0x9e3779b1);
  return h ^ (h >>> 15);
}

/**
 * The key of `text[from, to)`, written into `out` at `at` (two unsigned 32-bit values).
 *
 * @param text any text
 * @param from start offset
 * @param to end offset
 * @param out where the two hashes go
 * @param at index of the first
 */
export function keyOf(text: string, from: number, to: number, out: Uint32Array, at: number): void {
  extendKey(KEY1_BASIS, KEY2_BASIS, text, from, to, out, at);
}

/**
 * A key (a, b) stepped over `text[from, to)`, written into `out` at `at`: the key of the text the
 * key was of, followed by these code units (a CJK bigram from its first character's key, a word
 * bigram from its first word's).
 *
 * @param a the key's first hash (raw state)
 * @param b the key's second hash (raw state)
 * @param text the code units to step over
 * @param from start offset
 * @param to end offset
 * @param out where the two hashes go
 * @param at index of the first
 */
export function extendKey(a: number, b: number, text: string, from: number, to: number, out: Uint32Array, at: number): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    a = step1(a, c);
    b = step2(b, c);
  }
  out[at] = a;
  out[at + 1] = b;
}

/**
 * The keys of features, two values per feature.
 *
 * @param features feature strings
 * @param out where to write them (at least two values per feature; a reused buffer), by default
 *   a new array
 * @returns `out`, the keys flattened at its start
 */
export function keysOf(features: readonly string[], out = new Uint32Array(features.length * 2)): Uint32Array {
  for (let i = 0; i < features.length; i++) keyOf(features[i], 0, features[i].length, out, i * 2);
  return out;
}
