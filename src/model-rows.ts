import { entryStarts } from './entry-starts.js';
import { keyOf } from './feature-key.js';

/** Feature channels: 0 CJK characters and bigrams, 1 words, 2 shape and length tokens. */
export const CHANNELS = 3;
/** Rows decoded together from a packed model, as a power of two: a document touches a few
 * thousand of the 100,000 rows, and 32 rows are ~300 bytes of varints (8-row chunks were no faster
 * on a cold start: first clean() 74 vs 72 ms, interleaved runs). */
export const CHUNK_BITS = 5;

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
 * and the counts' totals per channel and class. A packed model decodes its counts a chunk of rows
 * at a time, on first use (`ensure`), and its vocabulary strings only when asked.
 */
export interface ModelRows {
  /** Number of rows. */
  readonly rows: number;
  /** Two 32-bit hashes per row (see `src/feature-key.ts`), flattened. */
  readonly keys: Uint32Array;
  /** The key buckets, when rows are stored in bucket order (see `src/key-index.ts`). */
  readonly buckets?: { bits: number; offsets: Uint32Array };
  /** `k` counts per row, flattened; valid for the chunks `ensure` has decoded. */
  readonly counts: Float64Array;
  /** The channel of every row; valid for the chunks `ensure` has decoded. */
  readonly channels: Uint8Array;
  /** Sum of the counts per channel and class (`CHANNELS × k`). */
  readonly channelTotals: Float64Array;
  /** Number of rows per channel. */
  readonly channelRows: Float64Array;
  /** Decode chunk `c` (rows `c << CHUNK_BITS` onwards) if it is not yet. */
  ensure(c: number): void;
  /** The vocabulary: entries joined by `\n`, and each entry's start (then the end of the last + 1). */
  vocabulary(): { packed: string; starts: Uint32Array };
}

/**
 * Rows from a decoded vocabulary and counts (a JSON model, a trained one): keys, channels and
 * totals computed here, every chunk ready.
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
  return { rows, keys, counts, channels, channelTotals, channelRows, ensure: noop, vocabulary: () => ({ packed, starts: st }) };
}

function noop(): void {}
