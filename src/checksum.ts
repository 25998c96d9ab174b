/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units, as 8 hex digits. Not cryptographic: it tells
 * a corrupted or hand-edited model from the one the trainer wrote. Pure JS so the core runs in
 * browsers and edge runtimes without `node:crypto`.
 *
 * @param text the canonical serialization
 * @returns 8 lower-case hex digits
 */
export function fnv1a(text: string): string {
  return (fnv1aRange(text, 0, text.length) >>> 0).toString(16).padStart(8, '0');
}

/**
 * FNV-1a 32-bit over the UTF-16 code units of `text[from, to)`, as a signed 32-bit integer: the
 * one loop behind the model checksum, the vocabulary index and the topic and n-gram hashes.
 *
 * @param text any text
 * @param from start offset
 * @param to end offset
 * @returns the hash (callers mix or format it as they need)
 */
export function fnv1aRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
