/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units, as 8 hex digits. Not cryptographic: it tells
 * a corrupted or hand-edited model from the one the trainer wrote. Pure JS so the core runs in
 * browsers and edge runtimes without `node:crypto`.
 *
 * @param text the canonical serialization
 * @returns 8 lower-case hex digits
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
