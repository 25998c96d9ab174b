import { DechaffError } from './errors.js';
import { entryStarts } from './entry-starts.js';
import { keyOf } from './feature-key.js';
import { bucketBits, bucketOf, KeyIndex } from './key-index.js';
import { channelOf, CHANNELS, type ModelRows } from './model-rows.js';

/**
 * The packed (binary) form of a naive Bayes model, what the build ships and what `loadModel()`
 * reads fastest. Layout, all integers little-endian:
 *
 * | bytes | what |
 * |---|---|
 * | 4 | magic `DCNB` |
 * | 1 | format version (4) |
 * | 4 | header length H |
 * | H | header: UTF-8 JSON `{ classes, settings, documents, rows, countScale, bucketBits, keys, overflowRows, vocabularyBytes, channelTotals, channelRows, checksum }`, padded with spaces so that what follows starts at a multiple of 4 |
 * | 8 × rows | each row's key: two 32-bit hashes of the feature (`src/feature-key.ts`); absent when the header says `"keys": false` |
 * | 4 × (2^bucketBits + 1) | where each key bucket's rows start (`src/key-index.ts`), then the number of rows; absent with `"keys": false` |
 * | 4 × E | the rows holding a count byte of 255 (E = `overflowRows`), ascending |
 * | 8 × E × k | for each of them, every class's count × `countScale` as two 32-bit words (low, high) |
 * | k × rows | per row and class, the count × `countScale` as a byte; 255 means "255 or more: see the overflow rows" |
 * | ⌈rows / 4⌉ | the rows' channels (CJK, word, shape), two bits each, row r at bits 2(r mod 4) of byte ⌊r / 4⌋ |
 * | vocabularyBytes | the vocabulary, distinct entries, UTF-8, joined by `\n` |
 *
 * Rows are in key-bucket order (by bucket, then by feature), so that the key index is the file
 * itself. `channelTotals` are the sums of count × `countScale` per channel and class, `channelRows` the
 * number of rows per channel. `checksum` is
 * FNV-1a (32 bits) over every byte after the header, taken four bytes (little-endian) at a time,
 * then over the header's other fields as canonical JSON, as 8 hex digits.
 *
 * Why this layout: reading it needs no loop over the rows, and reading one row's counts needs no
 * other row. Version 2 (vocabulary and varints only) was decoded whole on load (~60 ms of every
 * cold start, --cpu-prof). Version 3 stored the keys and buckets but kept varint counts, decoded 32
 * rows at a time: a 3.7 KB document touched 615 of the shipped model's 3,125 chunks, and decoding
 * ~20,000 rows to read ~700 was ~20 ms of the first `clean()` in a fresh process (decoding all of
 * them up front: 18–24 ms). Here a row's counts are bytes at a fixed place: 96.5 % of the shipped
 * model's rows have every count × 4 below 255, and the other 3,514 are looked up by binary search
 * in the overflow list. The file is 2.19 MB (version 3: 1.87 MB).
 */
export const BINARY_MAGIC = 'DCNB';
/** The packed format's version byte. */
export const BINARY_VERSION = 4;
/** Largest packed model accepted, in bytes (the shipped one is ~2.1 MB). */
const MAX_BINARY_BYTES = 32 * 1024 * 1024;
/** The vocabulary's separator: a feature never holds a line break (blocks are lines). */
const SEPARATOR = 10;
/** The count byte that sends a reader to the overflow rows. */
const OVERFLOW = 255;
const TWO_32 = 2 ** 32;

/** What a packed model holds. */
export interface PackedModel {
  classes: string[];
  settings: { alpha: number; logPriors: number[] | null; tokenCap: number };
  documents: number[];
  /** The rows: keys in place, counts decoded on demand. */
  rows: ModelRows;
}

/**
 * Pack a model's data.
 *
 * @param m classes, settings, documents, the vocabulary (sorted, distinct, no line breaks) and
 *   its counts
 * @param options `keys: false` leaves out the keys and their buckets (header `"keys": false`):
 *   1.26 MB for the shipped model instead of 2.19, and the reader computes them
 *   from the vocabulary (~20 ms more to load). The browser build carries its model inline this way.
 * @returns the packed bytes
 */
export function encodeModel(m: { classes: readonly string[]; settings: PackedModel['settings']; documents: readonly number[]; vocabulary: readonly string[]; counts: ArrayLike<number> }, options: { keys?: boolean } = {}): Uint8Array {
  const withKeys = options.keys ?? true;
  const k = m.classes.length;
  if (k > 4) throw new DechaffError('E_MODEL', `a packed model holds at most 4 classes, not ${k}`);
  for (const f of m.vocabulary) if (f.includes('\n') || LONE_SURROGATE.test(f)) throw new DechaffError('E_MODEL', `feature ${JSON.stringify(f)} cannot be packed (a line break or a lone surrogate)`);
  const rows = m.vocabulary.length;
  const countScale = SCALES.find((s) => allIntegral(m.counts, s)) ?? 1000;
  // Rows in key-bucket order; within a bucket in the order given (sorted features: deterministic).
  const given = new Uint32Array(rows * 2);
  m.vocabulary.forEach((f, r) => keyOf(f, 0, f.length, given, 2 * r));
  const bits = bucketBits(rows);
  const buckets = Array.from({ length: rows }, (_, r) => bucketOf(given[2 * r], given[2 * r + 1], bits));
  const order = Array.from({ length: rows }, (_, r) => r).sort((x, y) => buckets[x] - buckets[y] || x - y);
  const offsets = new Uint32Array((1 << bits) + 1);
  for (const q of buckets) offsets[q + 1]++;
  for (let q = 0; q < 1 << bits; q++) offsets[q + 1] += offsets[q];
  const vocab = new TextEncoder().encode(order.map((r) => m.vocabulary[r]).join('\n'));
  const keys = new Uint32Array(rows * 2);
  const totals = new Array<number>(CHANNELS * k).fill(0);
  const perChannel = new Array<number>(CHANNELS).fill(0);
  const countBytes = new Uint8Array(rows * k);
  const channelBytes = new Uint8Array(Math.ceil(rows / 4));
  const overflowRows: number[] = [];
  const overflowWords: number[] = [];
  for (let r = 0; r < rows; r++) {
    const from = order[r];
    const f = m.vocabulary[from];
    keys[2 * r] = given[2 * from];
    keys[2 * r + 1] = given[2 * from + 1];
    const ch = channelOf(f.charCodeAt(0));
    perChannel[ch]++;
    channelBytes[r >> 2] |= ch << ((r & 3) << 1);
    const values = Array.from({ length: k }, (_, c) => Math.round(m.counts[from * k + c] * countScale));
    values.forEach((v, c) => {
      totals[ch * k + c] += v;
      countBytes[r * k + c] = Math.min(v, OVERFLOW);
    });
    if (!values.some((v) => v >= OVERFLOW)) continue;
    overflowRows.push(r);
    for (const v of values) overflowWords.push(v % TWO_32, Math.floor(v / TWO_32));
  }
  const words = withKeys ? [...keys, ...offsets, ...overflowRows, ...overflowWords] : [...overflowRows, ...overflowWords];
  const body = new Uint8Array(words.length * 4 + countBytes.length + channelBytes.length + vocab.length);
  const view = new DataView(body.buffer);
  words.forEach((w, i) => view.setUint32(i * 4, w, true));
  body.set(countBytes, words.length * 4);
  body.set(channelBytes, words.length * 4 + countBytes.length);
  body.set(vocab, words.length * 4 + countBytes.length + channelBytes.length);
  const fields = { classes: [...m.classes], settings: m.settings, documents: [...m.documents], rows, countScale, bucketBits: bits, keys: withKeys, overflowRows: overflowRows.length, vocabularyBytes: vocab.length, channelTotals: totals, channelRows: perChannel };
  let header = JSON.stringify({ ...fields, checksum: checksum(body, fields) });
  let headerBytes = new TextEncoder().encode(header);
  // Pad so that the body (the keys, read as 32-bit words in place) starts at a multiple of 4.
  header += ' '.repeat((4 - ((9 + headerBytes.length) % 4)) % 4);
  headerBytes = new TextEncoder().encode(header);
  const out = new Uint8Array(9 + headerBytes.length + body.length);
  for (let i = 0; i < 4; i++) out[i] = BINARY_MAGIC.charCodeAt(i);
  out[4] = BINARY_VERSION;
  new DataView(out.buffer).setUint32(5, headerBytes.length, true);
  out.set(headerBytes, 9);
  out.set(body, 9 + headerBytes.length);
  return out;
}

/**
 * Whether bytes start like a packed model.
 *
 * @param bytes any bytes
 */
export function isPackedModel(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) === BINARY_MAGIC;
}

/**
 * Read a packed model. Throws `DechaffError` `E_MODEL` naming what is wrong.
 *
 * @param bytes the packed model
 * @param classes the classes this dechaff knows, in order
 * @param verify check everything: the checksum, every row's counts, overflow rows and channel, the
 *   totals, the key buckets, that every key is its feature's and that the vocabulary is distinct.
 *   Only the model shipped inside the package (checked by its tests, and by npm's integrity check
 *   on install) is read without, which makes loading it independent of its size
 * @param readVocabulary when given, `bytes` end where the vocabulary starts (see `packedPrefixLength`)
 *   and this returns the vocabulary's bytes, called when the vocabulary is first needed (the
 *   feature strings of `analyze()`'s evidence, `toJSON()`): `clean()` never reads them
 * @returns the model's data
 */
export function decodeModel(bytes: Uint8Array, classes: readonly string[], verify = true, readVocabulary?: () => Uint8Array): PackedModel {
  const fail = (what: string): never => {
    throw new DechaffError('E_MODEL', `model: ${what}`);
  };
  if (bytes.length > MAX_BINARY_BYTES) fail(`${bytes.length} bytes, more than the ${MAX_BINARY_BYTES} accepted`);
  const { headerLength, h } = readHeader(bytes, fail);
  for (const key of Object.keys(h)) if (FORBIDDEN_KEYS.has(key)) fail(`"${key}" is a forbidden key`);
  const k = classes.length;
  if (!Array.isArray(h.classes) || h.classes.join() !== classes.join()) fail(`"classes" must be ${JSON.stringify(classes)}`);
  const s = h.settings as Record<string, unknown>;
  if (!s || typeof s !== 'object' || Array.isArray(s)) fail('"settings" is missing');
  for (const key of Object.keys(s)) if (FORBIDDEN_KEYS.has(key)) fail(`"settings.${key}" is a forbidden key`);
  if (typeof s.alpha !== 'number' || !(s.alpha > 0)) fail('"settings.alpha" must be a number > 0');
  if (s.logPriors !== null && !isNumbers(s.logPriors, k)) fail(`"settings.logPriors" must be null or ${k} finite numbers`);
  if (typeof s.tokenCap !== 'number' || !(s.tokenCap >= 1)) fail('"settings.tokenCap" must be a number ≥ 1');
  if (!isNumbers(h.documents, k) || (h.documents as number[]).some((d) => d < 0)) fail(`"documents" must be ${k} finite numbers ≥ 0`);
  const rows = h.rows as number;
  const scale = h.countScale as number;
  const vocabBytes = h.vocabularyBytes as number;
  const over = h.overflowRows as number;
  const bits = h.bucketBits as number;
  if (!Number.isSafeInteger(rows) || rows < 0) fail('"rows" must be an integer ≥ 0');
  if (bits !== bucketBits(rows)) fail(`"bucketBits" must be ${bucketBits(rows)} for ${rows} rows`);
  if (!SCALES.includes(scale)) fail(`"countScale" must be one of ${SCALES.join(', ')}`);
  if (!isNumbers(h.channelTotals, CHANNELS * k) || (h.channelTotals as number[]).some((t) => t < 0)) fail(`"channelTotals" must be ${CHANNELS * k} finite numbers ≥ 0`);
  if (!isNumbers(h.channelRows, CHANNELS) || (h.channelRows as number[]).reduce((a, b) => a + (Number.isSafeInteger(b) && b >= 0 ? b : NaN), 0) !== rows) fail(`"channelRows" must be ${CHANNELS} integers ≥ 0 that add up to "rows"`);
  const bodyAt = 9 + headerLength;
  if (bodyAt % 4 !== 0) fail('the header is not padded to a multiple of 4 bytes');
  if (typeof h.keys !== 'boolean') fail('"keys" must be true or false');
  if (!Number.isSafeInteger(vocabBytes) || vocabBytes < 0) fail('"vocabularyBytes" must be an integer ≥ 0');
  if (!Number.isSafeInteger(over) || over < 0 || over > rows) fail('"overflowRows" must be an integer from 0 to "rows"');
  const stored = h.keys as boolean;
  const { offsetsAt, overflowAt, wordsAt, countsAt, channelsAt, vocabAt } = layoutOf(rows, bits, stored, over, k);
  let vocabBytesRead: Uint8Array | undefined;
  if (readVocabulary) {
    if (bodyAt + vocabAt !== bytes.length) fail(`the model's first part holds ${bytes.length} bytes, the header announces ${bodyAt + vocabAt}`);
    if (verify) {
      // Checked whole: the checksum covers the vocabulary.
      const whole = new Uint8Array(bytes.length + vocabBytes);
      whole.set(bytes);
      const rest = readVocabulary();
      if (rest.length !== vocabBytes) fail(`the vocabulary holds ${rest.length} bytes, the header announces ${vocabBytes}`);
      whole.set(rest, bytes.length);
      bytes = whole;
      readVocabulary = undefined;
    }
  } else if (bodyAt + vocabAt + vocabBytes !== bytes.length) fail(`the file holds ${bytes.length} bytes, the header announces ${bodyAt + vocabAt + vocabBytes} (truncated or extended)`);
  const body = bytes.subarray(bodyAt);
  const fields = { classes: h.classes, settings: { alpha: s.alpha, logPriors: s.logPriors, tokenCap: s.tokenCap }, documents: h.documents, rows, countScale: scale, bucketBits: bits, keys: stored, overflowRows: over, vocabularyBytes: vocabBytes, channelTotals: h.channelTotals, channelRows: h.channelRows };
  const sum = verify ? checksum(body, fields) : h.checksum;
  if (h.checksum !== sum) fail(`checksum mismatch (file says ${String(h.checksum)}, content hashes to ${sum}): the model was corrupted or edited`);
  let keys = stored ? u32(bytes, bodyAt, rows * 2) : new Uint32Array(0);
  let offsets = stored ? u32(bytes, bodyAt + offsetsAt, (1 << bits) + 1) : new Uint32Array(0);
  const overflowRows = u32(bytes, bodyAt + overflowAt, over);
  const overflowWords = u32(bytes, bodyAt + wordsAt, over * k * 2);
  const countBytes = body.subarray(countsAt, channelsAt);
  const channelBytes = body.subarray(channelsAt, vocabAt);
  const channelTotals = Float64Array.from(h.channelTotals as number[], (t) => t / scale);
  let vocabulary: { packed: string; starts: Uint32Array } | undefined;

  const channel = (r: number): number => (channelBytes[r >> 2] >> ((r & 3) << 1)) & 3;
  /** A count × `countScale` from the overflow words of overflow row `i`. */
  const wide = (i: number, c: number): number => overflowWords[2 * (i * k + c)] + overflowWords[2 * (i * k + c) + 1] * TWO_32;
  const count = (r: number, c: number): number => {
    const b = countBytes[r * k + c];
    if (b !== OVERFLOW) return b / scale;
    // Binary search: the overflow rows are ascending (checked when verified).
    let lo = 0;
    let hi = over - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (overflowRows[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    if (overflowRows[lo] !== r) fail(`row ${r} has a count byte of ${OVERFLOW} and is not among the overflow rows`);
    return wide(lo, c) / scale;
  };

  const decodeVocabulary = (): { packed: string; starts: Uint32Array } => {
    let packed: string;
    if (readVocabulary && !vocabBytesRead) {
      vocabBytesRead = readVocabulary();
      if (vocabBytesRead.length !== vocabBytes) fail(`the vocabulary holds ${vocabBytesRead.length} bytes, the header announces ${vocabBytes}`);
    }
    try {
      packed = new TextDecoder('utf-8', { fatal: true }).decode(vocabBytesRead ?? body.subarray(vocabAt, vocabAt + vocabBytes));
    } catch {
      return fail('the vocabulary is not valid UTF-8');
    }
    const starts = entryStarts(packed, SEPARATOR, rows);
    if (starts.length - 1 !== rows) fail(`the vocabulary holds ${starts.length - 1} entries, the header says ${rows}`);
    return { packed, starts };
  };

  if (!stored) {
    // Keys from the vocabulary; buckets by counting (the rows are stored in bucket order).
    vocabulary = decodeVocabulary();
    const { packed, starts } = vocabulary;
    keys = new Uint32Array(rows * 2);
    offsets = new Uint32Array((1 << bits) + 1);
    for (let r = 0; r < rows; r++) {
      keyOf(packed, starts[r], starts[r + 1] - 1, keys, 2 * r);
      offsets[bucketOf(keys[2 * r], keys[2 * r + 1], bits) + 1]++;
    }
    for (let q = 0; q < 1 << bits; q++) offsets[q + 1] += offsets[q];
  }

  if (verify) {
    // The overflow rows ascending, each holding a 255 byte whose count is ≥ 255 and the others
    // their byte; every row with a 255 byte listed; every row's channel that of its feature (no
    // unused bits set); every key its feature's and in its bucket, no key twice (so no feature
    // twice); totals as announced.
    for (let i = 0; i < over; i++) {
      const r = overflowRows[i];
      if (r >= rows || (i > 0 && r <= overflowRows[i - 1])) fail(`overflow row ${i} (${r}) is out of order or out of range`);
      let any = false;
      for (let c = 0; c < k; c++) {
        const v = wide(i, c);
        if (overflowWords[2 * (i * k + c) + 1] >= 2 ** 21) fail(`row ${r}: a count is too large`);
        const b = countBytes[r * k + c];
        if (b === OVERFLOW ? v < OVERFLOW : v !== b) fail(`row ${r}: overflow count ${v} does not match its byte ${b}`);
        if (b === OVERFLOW) any = true;
      }
      if (!any) fail(`overflow row ${r} has no count byte of ${OVERFLOW}`);
    }
    let listed = 0;
    for (let r = 0; r < rows; r++) for (let c = 0; c < k; c++) if (countBytes[r * k + c] === OVERFLOW) { listed++; break; }
    if (listed !== over) fail(`${listed} rows have a count byte of ${OVERFLOW}, the header lists ${over}`);
    if (rows % 4 !== 0 && channelBytes[channelBytes.length - 1] >> ((rows % 4) * 2) !== 0) fail('unused channel bits are set');
    vocabulary ??= decodeVocabulary();
    const { packed, starts } = vocabulary;
    if (offsets[0] !== 0 || offsets[1 << bits] !== rows) fail('the key buckets do not cover the rows');
    for (let q = 0; q < 1 << bits; q++) {
      if (offsets[q + 1] < offsets[q]) fail(`key bucket ${q} ends before it starts`);
      for (let r = offsets[q]; r < offsets[q + 1]; r++) if (bucketOf(keys[2 * r], keys[2 * r + 1], bits) !== q) fail(`row ${r} is not in its key's bucket`);
    }
    const dup = new KeyIndex(keys, { bits, offsets }).duplicate();
    if (dup) fail(`the vocabulary must be distinct (entries ${dup[0]} and ${dup[1]} have the same key)`);
    const key = new Uint32Array(2);
    const totals = new Float64Array(CHANNELS * k);
    const perChannel = new Float64Array(CHANNELS);
    for (let r = 0; r < rows; r++) {
      if (starts[r + 1] - 1 === starts[r]) fail(`the vocabulary has an empty entry (${r})`);
      keyOf(packed, starts[r], starts[r + 1] - 1, key, 0);
      if (key[0] !== keys[2 * r] || key[1] !== keys[2 * r + 1]) fail(`row ${r}: the key is not its feature's`);
      const ch = channel(r);
      if (ch !== channelOf(packed.charCodeAt(starts[r]))) fail(`row ${r}: the channel is not its feature's`);
      perChannel[ch]++;
      for (let j = 0; j < k; j++) totals[ch * k + j] += Math.round(count(r, j) * scale);
    }
    for (let ch = 0; ch < CHANNELS; ch++) if (perChannel[ch] !== (h.channelRows as number[])[ch]) fail(`"channelRows[${ch}]" is ${(h.channelRows as number[])[ch]}, the vocabulary has ${perChannel[ch]}`);
    const announced = h.channelTotals as number[];
    for (let i = 0; i < totals.length; i++) if (totals[i] !== announced[i]) fail(`"channelTotals[${i}]" is ${announced[i]}, the counts sum to ${totals[i]}`);
  }

  return {
    classes: h.classes as string[],
    settings: { alpha: s.alpha as number, logPriors: s.logPriors as number[] | null, tokenCap: s.tokenCap as number },
    documents: h.documents as number[],
    rows: {
      rows,
      keys,
      buckets: { bits, offsets },
      channelTotals,
      channelRows: Float64Array.from(h.channelRows as number[]),
      channel,
      count,
      vocabulary() {
        vocabulary ??= decodeVocabulary();
        return vocabulary;
      },
    },
  };
}

/**
 * The magic, version, header length and JSON header of a packed model (what `decodeModel` and
 * `packedPrefixLength` both read first).
 *
 * @param bytes the model's bytes, or at least its first bytes up to the end of the header
 * @param fail called with what is wrong (it throws)
 * @returns the header's length in bytes and the header, an object
 */
function readHeader(bytes: Uint8Array, fail: (what: string) => never): { headerLength: number; h: Record<string, unknown> } {
  if (!isPackedModel(bytes)) fail(`not a packed dechaff model (no "${BINARY_MAGIC}" magic)`);
  if (bytes.length < 9) fail('truncated header');
  if (bytes[4] !== BINARY_VERSION) fail(`packed format version ${bytes[4]}, this dechaff reads version ${BINARY_VERSION}${bytes[4] < BINARY_VERSION ? ' (pack it again with this version: `loadModel(json).toBinary()`)' : ''}`);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(5, true);
  if (9 + headerLength > bytes.length) fail('truncated header');
  let h: Record<string, unknown>;
  try {
    h = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(9, 9 + headerLength))) as Record<string, unknown>;
  } catch (e) {
    return fail(`header is not JSON: ${(e as Error).message}`);
  }
  if (h === null || typeof h !== 'object' || Array.isArray(h)) fail('header is not an object');
  return { headerLength, h };
}

/** Where each part of a packed model's body starts, in bytes from the body's start (see the layout
 * table above). */
function layoutOf(rows: number, bits: number, keys: boolean, overflowRows: number, k: number) {
  const offsetsAt = keys ? rows * 8 : 0;
  const overflowAt = offsetsAt + (keys ? ((1 << bits) + 1) * 4 : 0);
  const wordsAt = overflowAt + overflowRows * 4;
  const countsAt = wordsAt + overflowRows * k * 8;
  const channelsAt = countsAt + rows * k;
  const vocabAt = channelsAt + Math.ceil(rows / 4);
  return { offsetsAt, overflowAt, wordsAt, countsAt, channelsAt, vocabAt };
}

/**
 * How many bytes of a packed model come before its vocabulary, from its first bytes: what a
 * reader needs for `clean()`, the vocabulary (0.6 MB of the shipped 2.2 MB) being read only when
 * asked (see `decodeModel`'s `readVocabulary`). Reading the whole shipped file took ~8.5 ms in a fresh
 * process, ~4 µs per KB (a fresh page's first touch costs ~10 µs on the machines we measure on).
 *
 * @param head the file's first bytes (the magic, version, header length and header)
 * @returns the length, or undefined when `head` is too short or not a packed model this version
 *   reads (read the whole file: `decodeModel` says what is wrong)
 */
export function packedPrefixLength(head: Uint8Array): number | undefined {
  let header: { headerLength: number; h: Record<string, unknown> };
  try {
    header = readHeader(head, (what) => {
      throw new Error(what);
    });
  } catch {
    return undefined;
  }
  const { headerLength, h } = header;
  const { rows, bucketBits: bits, keys, overflowRows, classes } = h;
  if (!Number.isSafeInteger(rows) || !Number.isSafeInteger(bits) || typeof keys !== 'boolean' || !Number.isSafeInteger(overflowRows) || !Array.isArray(classes)) return undefined;
  return 9 + headerLength + layoutOf(rows as number, bits as number, keys, overflowRows as number, classes.length).vocabAt;
}

/** `count` little-endian 32-bit words of `bytes` from `at`: in place when the platform is
 * little-endian and the offset aligned (the shipped model), else copied. */
function u32(bytes: Uint8Array, at: number, count: number): Uint32Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset + at, count);
  const out = new Uint32Array(count);
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, count * 4);
  for (let i = 0; i < count; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Count scales tried, smallest first: training weights are quarters in the shipped model;
 * `toJSON()` rounds counts to thousandths, so 1000 always fits. */
const SCALES = [1, 2, 4, 8, 10, 100, 1000];

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function allIntegral(xs: ArrayLike<number>, scale: number): boolean {
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i] * scale;
    if (!(v >= 0) || Math.abs(v - Math.round(v)) > 1e-6 || v > Number.MAX_SAFE_INTEGER) return false;
  }
  return true;
}

function isNumbers(x: unknown, length: number): x is number[] {
  return Array.isArray(x) && x.length === length && x.every((v) => typeof v === 'number' && Number.isFinite(v));
}

function checksum(body: Uint8Array, fields: unknown): string {
  let h = 0x811c9dc5;
  // Four bytes per step (a quarter of the loop iterations of byte-wise FNV).
  const whole = body.length - (body.length % 4);
  for (let i = 0; i < whole; i += 4) h = Math.imul(h ^ (body[i] | (body[i + 1] << 8) | (body[i + 2] << 16) | (body[i + 3] << 24)), 0x01000193);
  for (let i = whole; i < body.length; i++) h = Math.imul(h ^ body[i], 0x01000193);
  const text = JSON.stringify(fields);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
