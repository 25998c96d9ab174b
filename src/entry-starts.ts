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
