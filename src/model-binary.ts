import { DechaffError } from './errors.js';
import { entryStarts } from './vocab-index.js';

/**
 * The packed (binary) form of a naive Bayes model, what the build ships and what `loadModel()`
 * reads fastest. Layout, all integers little-endian:
 *
 * | bytes | what |
 * |---|---|
 * | 4 | magic `DCNB` |
 * | 1 | format version (2) |
 * | 4 | header length H |
 * | H | header: UTF-8 JSON `{ classes, settings, documents, rows, countScale, vocabularyBytes, checksum }` |
 * | vocabularyBytes | the vocabulary, distinct entries sorted by code unit, UTF-8, joined by `\n` |
 * | rest | per row: a byte whose bit c says class c's count is not zero, then for each such class the count × `countScale` as an unsigned LEB128 varint |
 *
 * `checksum` is FNV-1a (32 bits) over every byte after the header, taken four bytes (little-endian)
 * at a time, then over the header's other fields as canonical JSON, as 8 hex digits. Why this layout: the JSON model (1.75 MB) took 130 ms to parse,
 * validate and index in a fresh process; this one is 0.93 MB (most counts are 0: one bit), read
 * without building 100,000 strings.
 */
export const BINARY_MAGIC = 'DCNB';
/** The packed format's version byte. */
export const BINARY_VERSION = 2;
/** Largest packed model accepted, in bytes (the shipped one is ~0.93 MB). */
const MAX_BINARY_BYTES = 32 * 1024 * 1024;
/** The vocabulary's separator: a feature never holds a line break (blocks are lines). */
const SEPARATOR = 10;

/** What a packed model holds, decoded and validated. */
export interface PackedModel {
  classes: string[];
  settings: { alpha: number; logPriors: number[] | null; tokenCap: number };
  documents: number[];
  /** The vocabulary joined by `\n`. */
  vocabulary: string;
  /** Start of each entry in `vocabulary`, then the end of the last plus one. */
  starts: Uint32Array;
  /** `classes.length` counts per entry, flattened. */
  counts: Float64Array;
}

/**
 * Pack a model's data.
 *
 * @param m classes, settings, documents, the vocabulary (sorted, distinct, no line breaks) and
 *   its counts
 * @returns the packed bytes
 */
export function encodeModel(m: { classes: readonly string[]; settings: PackedModel['settings']; documents: readonly number[]; vocabulary: readonly string[]; counts: ArrayLike<number> }): Uint8Array {
  const k = m.classes.length;
  for (const f of m.vocabulary) if (f.includes('\n') || LONE_SURROGATE.test(f)) throw new DechaffError('E_MODEL', `feature ${JSON.stringify(f)} cannot be packed (a line break or a lone surrogate)`);
  const countScale = SCALES.find((s) => allIntegral(m.counts, s)) ?? 1000;
  const vocab = new TextEncoder().encode(m.vocabulary.join('\n'));
  const counts: number[] = [];
  for (let r = 0; r < m.vocabulary.length; r++) {
    let mask = 0;
    for (let c = 0; c < k; c++) if (m.counts[r * k + c] !== 0) mask |= 1 << c;
    counts.push(mask);
    for (let c = 0; c < k; c++) {
      if (!(mask & (1 << c))) continue;
      let v = Math.round(m.counts[r * k + c] * countScale);
      while (v >= 128) { counts.push((v % 128) | 128); v = Math.floor(v / 128); }
      counts.push(v);
    }
  }
  const body = new Uint8Array(vocab.length + counts.length);
  body.set(vocab, 0);
  body.set(counts, vocab.length);
  const fields = { classes: [...m.classes], settings: m.settings, documents: [...m.documents], rows: m.vocabulary.length, countScale, vocabularyBytes: vocab.length };
  const header = new TextEncoder().encode(JSON.stringify({ ...fields, checksum: checksum(body, fields) }));
  const out = new Uint8Array(9 + header.length + body.length);
  for (let i = 0; i < 4; i++) out[i] = BINARY_MAGIC.charCodeAt(i);
  out[4] = BINARY_VERSION;
  new DataView(out.buffer).setUint32(5, header.length, true);
  out.set(header, 9);
  out.set(body, 9 + header.length);
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
 * Decode and validate a packed model. Throws `DechaffError` `E_MODEL` naming what is wrong.
 *
 * @param bytes the packed model
 * @param classes the classes this dechaff knows, in order
 * @param verify check the checksum and that the vocabulary is sorted and distinct; only the
 *   model shipped inside the package (checked by its tests, and by npm's integrity check on
 *   install) is read without, saving ~30 ms of every cold start
 * @returns the model's data
 */
export function decodeModel(bytes: Uint8Array, classes: readonly string[], verify = true): PackedModel {
  const fail = (what: string): never => {
    throw new DechaffError('E_MODEL', `model: ${what}`);
  };
  if (bytes.length > MAX_BINARY_BYTES) fail(`${bytes.length} bytes, more than the ${MAX_BINARY_BYTES} accepted`);
  if (!isPackedModel(bytes)) fail(`not a packed dechaff model (no "${BINARY_MAGIC}" magic)`);
  if (bytes[4] !== BINARY_VERSION) fail(`packed format version ${bytes[4]}, this dechaff reads version ${BINARY_VERSION}`);
  if (bytes.length < 9) fail('truncated header');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(5, true);
  if (9 + headerLength > bytes.length) fail('truncated header');
  let h: Record<string, unknown>;
  try {
    h = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(9, 9 + headerLength))) as Record<string, unknown>;
  } catch (e) {
    return fail(`header is not JSON: ${(e as Error).message}`);
  }
  if (h === null || typeof h !== 'object' || Array.isArray(h)) fail('header is not an object');
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
  if (!Number.isSafeInteger(rows) || rows < 0) fail('"rows" must be an integer ≥ 0');
  if (!SCALES.includes(scale)) fail(`"countScale" must be one of ${SCALES.join(', ')}`);
  if (!Number.isSafeInteger(vocabBytes) || vocabBytes < 0 || 9 + headerLength + vocabBytes > bytes.length) fail('"vocabularyBytes" is out of range');
  const body = bytes.subarray(9 + headerLength);
  const fields = { classes: h.classes, settings: { alpha: s.alpha, logPriors: s.logPriors, tokenCap: s.tokenCap }, documents: h.documents, rows, countScale: scale, vocabularyBytes: vocabBytes };
  const sum = verify ? checksum(body, fields) : h.checksum;
  if (h.checksum !== sum) fail(`checksum mismatch (file says ${String(h.checksum)}, content hashes to ${sum}): the model was corrupted or edited`);
  let vocabulary: string;
  try {
    vocabulary = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(0, vocabBytes));
  } catch {
    return fail('the vocabulary is not valid UTF-8');
  }
  const starts = entryStarts(vocabulary, SEPARATOR, rows);
  if (starts.length - 1 !== rows) fail(`the vocabulary holds ${starts.length - 1} entries, the header says ${rows}`);
  // Sorted and distinct (binary search relies on it; also rules out empty entries after the first).
  if (verify) for (let r = 1; r < rows; r++) if (compareEntries(vocabulary, starts, r - 1, r) >= 0) fail(`the vocabulary must be sorted and distinct (entry ${r})`);
  if (rows > 0 && starts[1] - 1 === starts[0]) fail('the vocabulary has an empty entry');
  const counts = new Float64Array(rows * k);
  let p = vocabBytes;
  for (let r = 0; r < rows; r++) {
    if (p >= body.length) fail('the counts are truncated');
    const mask = body[p++];
    if (mask >> k) fail(`row ${r}: class mask ${mask} names a class that does not exist`);
    for (let c = 0; c < k; c++) {
      if (!(mask & (1 << c))) continue;
      let v = 0;
      let mul = 1;
      for (;;) {
        if (p >= body.length) fail('the counts are truncated');
        const b = body[p++];
        v += (b & 127) * mul;
        if (b < 128) break;
        mul *= 128;
        if (mul > 2 ** 49) fail(`row ${r}: a count is too large`);
      }
      counts[r * k + c] = v / scale;
    }
  }
  if (p !== body.length) fail(`${body.length - p} bytes after the counts`);
  return { classes: h.classes as string[], settings: { alpha: s.alpha as number, logPriors: s.logPriors as number[] | null, tokenCap: s.tokenCap as number }, documents: h.documents as number[], vocabulary, starts, counts };
}

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
  // Four bytes per step (a quarter of the loop iterations of byte-wise FNV over the ~0.9 MB
  // shipped model, which runs once per process, mostly before the JIT has warmed up).
  const whole = body.length - (body.length % 4);
  for (let i = 0; i < whole; i += 4) h = Math.imul(h ^ (body[i] | (body[i + 1] << 8) | (body[i + 2] << 16) | (body[i + 3] << 24)), 0x01000193);
  for (let i = whole; i < body.length; i++) h = Math.imul(h ^ body[i], 0x01000193);
  const text = JSON.stringify(fields);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Compare entries a and b of a packed vocabulary by code unit, as `<` on strings does. */
function compareEntries(packed: string, starts: Uint32Array, a: number, b: number): number {
  let i = starts[a];
  let j = starts[b];
  const ea = starts[a + 1] - 1;
  const eb = starts[b + 1] - 1;
  while (i < ea && j < eb) {
    const d = packed.charCodeAt(i++) - packed.charCodeAt(j++);
    if (d !== 0) return d;
  }
  return ea - i - (eb - j);
}
