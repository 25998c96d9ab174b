import { entryStarts } from './entry-starts.js';
import { keyOf } from './feature-key.js';

/** Feature channels: 0 CJK characters and bigrams, 1 words, 2 shape and length tokens. */
export const CHANNELS = 3;
/**
 * The channel of a feature, from its first code unit (see `extractFeatures`): shapes start
 * with `#`; CJK features with a Han, kana or hangul character (BMP ranges or a surrogate pair, as
 * extension Han is astral); words with anything else.
 *
 * @param c the feature's first UTF-16 code unit
 * @returns its channel
 */
export function channelOf(c: number): number {
  if (c === 35) return 2;
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f)) return 0;
  return 1;
}

/**
 * A model's vocabulary rows as the classifier reads them: a key per row, its counts and channel,
 * and the counts' totals per channel and class. A packed model reads a row's counts and channel
 * in place when asked (see `src/model-binary.ts`), and its vocabulary strings only when asked.
 */
export interface ModelRows {
  /** Number of rows. */
  readonly rows: number;
  /** Two 32-bit hashes per row (see `src/feature-key.ts`), flattened. */
  readonly keys: Uint32Array;
  /** The key buckets, when rows are stored in bucket order (see `src/key-index.ts`). */
  readonly buckets?: { bits: number; offsets: Uint32Array };
  /** Sum of the counts per channel and class (`CHANNELS × k`). */
  readonly channelTotals: Float64Array;
  /** Number of rows per channel. */
  readonly channelRows: Float64Array;
  /** Row `r`'s count for class `c`. */
  count(r: number, c: number): number;
  /** Row `r`'s channel. */
  channel(r: number): number;
  /** The vocabulary: entries joined by `\n`, and each entry's start (then the end of the last + 1). */
  vocabulary(): { packed: string; starts: Uint32Array };
}

/**
 * Rows from a decoded vocabulary and counts (a JSON model, a trained one): keys, channels and
 * totals computed here.
 *
 * @param packed the vocabulary joined by `\n`
 * @param starts entry starts (see `entryStarts`)
 * @param counts `k` counts per row
 * @param k number of classes
 * @returns the rows
 */
export function eagerRows(packed: string, starts: Uint32Array | undefined, counts: Float64Array, k: number): ModelRows {
  const st = starts ?? entryStarts(packed, 10);
  const rows = st.length - 1;
  const keys = new Uint32Array(rows * 2);
  const channels = new Uint8Array(rows);
  const channelTotals = new Float64Array(CHANNELS * k);
  const channelRows = new Float64Array(CHANNELS);
  for (let r = 0; r < rows; r++) {
    keyOf(packed, st[r], st[r + 1] - 1, keys, 2 * r);
    const ch = channelOf(packed.charCodeAt(st[r]));
    channels[r] = ch;
    channelRows[ch]++;
    for (let c = 0; c < k; c++) channelTotals[ch * k + c] += counts[r * k + c];
  }
  return {
    rows,
    keys,
    channelTotals,
    channelRows,
    count: (r, c) => counts[r * k + c],
    channel: (r) => channels[r],
    vocabulary: () => ({ packed, starts: st }),
  };
}
