import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { classOf, CJK, isHan, isSpace, WORD } from './chars.js';
import { fnv1aRange } from './checksum.js';
import { extendKey, KEY1_BASIS, KEY2_BASIS, keyOf, step1, step2 } from './feature-key.js';
import { matchShape, SCANNED_SHAPES, type SHAPES } from './shapes.js';
import { unitFlags } from './unit-flags.js';

/** Most distinct words kept in the word cache, cleared when full: 50k words cover a large English
 * vocabulary (the dev corpus has ~19k distinct ASCII words). The cache is its table (4 MB), the
 * stems' strings and their code units (`STEM_UNITS_MAX`). */
const STEM_CACHE_SIZE = 50_000;
/** Most code units of stems kept (8 MB): long "words" (base64, glued URLs) are kept whole, so a
 * text of many long distinct ones empties the cache before its count of words does. */
const STEM_UNITS_MAX = 1 << 22;
/** Words longer than this are not stemmed (tokens such as URLs glued into words). */
const STEM_MAX_LENGTH = 24;

/**
 * The word cache: what a word yields — its stem, the stem's feature key (see
 * `src/feature-key.ts`), its digit bucket and its topic-word hash — by the word's 64-bit key,
 * computed as the scan reads the word, so that a cached word costs no string: slicing every word
 * and looking it up in a `Map<string, …>` (which hashes the fresh string again) was 8 % of
 * clean() (--cpu-prof). Two words with the same 64-bit key would share an entry (see
 * `src/feature-key.ts` for the odds).
 *
 * Open addressing, a slot being eight 32-bit values side by side (`SLOT_*`), the stem's code
 * units in one pool: a word costs one cache line and its stem's units (for the word bigram's key).
 * With the entry an object (`{ stem, a, b, digits, topic }`) found through an array of keys and
 * one of indexes, a word was four dependent reads, the object's a cache miss of its own: reading
 * its first field was the scan's hottest line (22 % of `scanBlock`'s time, --cpu-prof by line).
 * Typed, so that it is zeroed memory from the start: an array of 131,072 `undefined` took ~5–9 ms
 * of every cold start.
 */
const STEM_SLOTS = 1 << 17;
/** Values of a slot: the word's key (two), 1 + the stem's index in `stemStrings` (0: empty
 * slot), the stem's key (two), its topic hash, its `INFO`, the start of its units in the pool. */
const SLOT_A = 0;
const SLOT_B = 1;
const SLOT_ENTRY = 2;
const SLOT_STEM_A = 3;
const SLOT_STEM_B = 4;
const SLOT_TOPIC = 5;
const SLOT_INFO = 6;
const SLOT_UNITS = 7;
/** `INFO`: bit 0 set for a topic word (see `BlockScan.topic`); bits 1–2 the digit bucket + 1
 * (`#digits` bucket 0, 1, 2 for a word of digits only; 0 for other words); from bit 3 the stem's
 * length in code units. */
const INFO_TOPIC = 1;
const INFO_LENGTH_SHIFT = 3;
const stemTable = new Int32Array(STEM_SLOTS * 8);
/** The stems, by entry (for feature strings). */
let stemStrings: string[] = [];
/** The stems' code units, one after another. */
let stemUnits = new Uint16Array(1 << 16);
let stemUnitsUsed = 0;
const stemKey = new Uint32Array(2);

/**
 * The slot of the word with key (a, b), made from `text[from, to)` when not cached.
 *
 * @returns the index of the slot's first value in `stemTable`
 */
function stemAt(a: number, b: number, text: string, from: number, to: number): number {
  a |= 0;
  b |= 0;
  let s = (a ^ (a >>> 15) ^ Math.imul(b, 0x9e3779b1)) & (STEM_SLOTS - 1);
  for (;;) {
    const at = 8 * s;
    if (stemTable[at + SLOT_ENTRY] === 0) break;
    if (stemTable[at + SLOT_A] === a && stemTable[at + SLOT_B] === b) return at;
    s = (s + 1) & (STEM_SLOTS - 1);
  }
  const word = text.slice(from, to);
  const digits = isDigits(word) ? (word.length >= 5 ? 2 : word.length >= 3 ? 1 : 0) : -1;
  const stem = digits >= 0 || word.length > STEM_MAX_LENGTH || !/^[a-z]+$/.test(word) ? word : porterStemmer.stem(word);
  if (stemStrings.length >= STEM_CACHE_SIZE || (stemUnitsUsed > 0 && stemUnitsUsed + stem.length > STEM_UNITS_MAX)) {
    stemTable.fill(0);
    stemStrings = [];
    stemUnitsUsed = 0;
    return stemAt(a, b, text, from, to);
  }
  const topic = digits < 0 && stem.length >= 4 && CONTENT_WORD.test(stem) && !STOPWORDS.has(stem);
  if (stemUnitsUsed + stem.length > stemUnits.length) {
    const grown = new Uint16Array(Math.max(stemUnits.length * 2, stemUnitsUsed + stem.length));
    grown.set(stemUnits.subarray(0, stemUnitsUsed));
    stemUnits = grown;
  }
  for (let i = 0; i < stem.length; i++) stemUnits[stemUnitsUsed + i] = stem.charCodeAt(i);
  const at = 8 * s;
  keyOf(stem, 0, stem.length, stemKey, 0);
  stemTable[at + SLOT_STEM_A] = stemKey[0];
  stemTable[at + SLOT_STEM_B] = stemKey[1];
  stemTable[at + SLOT_A] = a;
  stemTable[at + SLOT_B] = b;
  stemTable[at + SLOT_TOPIC] = topic ? hashString(stem) : 0;
  stemTable[at + SLOT_INFO] = (stem.length << INFO_LENGTH_SHIFT) | ((digits + 1) << 1) | (topic ? INFO_TOPIC : 0);
  stemTable[at + SLOT_UNITS] = stemUnitsUsed;
  stemUnitsUsed += stem.length;
  stemStrings.push(stem);
  stemTable[at + SLOT_ENTRY] = stemStrings.length;
  return at;
}

/** Length bucket boundaries, in units. */
const LENGTH_BUCKETS = [4, 8, 16, 32, 64, 128, 256];
/** Length of a CJK shingle, in characters: 6 Han characters are a clause fragment, rarely
 * repeated by chance within one article. */
const CJK_SHINGLE = 6;
/** Length of a word shingle, in words. */
const WORD_SHINGLE = 4;
/** Short, common English words that say nothing about a topic. */
const STOPWORDS = new Set('the and for that with this from have are was were but not you your they their there what when which will would about into more than been has had its his her our out who all can one also just like some only other over such them then these very'.split(' '));
/** A topic word of the Latin script: a stem of four letters or more. */
const CONTENT_WORD = /^[a-z]{4,}$/;

/** What one scan of a normalized block yields. */
export interface BlockScan {
  /** Classifier features, with repetition (see `extractFeatures`); empty unless asked for. */
  features: string[];
  /** The features' keys (see `src/feature-key.ts`), two values per feature, in the same order. A
   * view of a buffer the next scan overwrites: read or copy it before scanning again. */
  keys: Uint32Array;
  /** Number of features. */
  count: number;
  /** Which shapes the text matched: bit `SCANNED_SHAPES.indexOf(name)` (see `src/shapes.ts`). */
  shapes: number;
  /** The text's code-unit flags (`unitFlags`, see `src/unit-flags.ts`), which gated the shapes. */
  flags: number;
  /** Length in units (see `textUnits`). */
  units: number;
  /** Topic words, hashed, in text order with repeats: Han bigrams and stemmed Latin words of four
   * letters or more, without stopwords. */
  topic: Uint32Array;
  /** Long n-grams, hashed, in text order with repeats: runs of 6 CJK characters (other
   * characters skipped) and of 4 words. */
  shingles: Uint32Array;
}

/**
 * Scan a normalized block once for everything scoring needs: classifier features, length in
 * units, topic words and long n-grams. One pass over the code units, words and bigrams sliced from
 * the text (the four separate passes it replaces iterated code points as strings and ran a regex
 * per feature: 30 % of `clean()` on dev-composite, by --cpu-prof).
 *
 * Topic words and shingles are 32-bit hashes (FNV-1a, mixed) in typed arrays: they are
 * only counted across blocks, and 4 bytes a value is a fraction of what strings in sets and maps
 * cost (a 20 MB document holds ~20 million of them). Within a 5,000-character article the chance
 * that two of its ~5,000 n-grams collide is about 0.3 %, and a collision only nudges one share.
 *
 * @param normalized the block after `normalizeForScoring`
 * @param context also collect topic words and shingles (not needed to train or classify)
 * @returns features, units, topic words and shingles
 */
export function scanBlock(normalized: string, context = true, strings = true): BlockScan {
  const features: string[] = [];
  // At most two features per code unit (a CJK character and its bigram; a word and its bigram
  // have a code unit each at least), plus the shapes and the length bucket.
  const most = 2 * (2 * normalized.length + SHAPE_FEATURES.length + 1);
  if (keyBuffer.length < most) keyBuffer = new Uint32Array(Math.max(most, keyBuffer.length * 2));
  const keys = keyBuffer;
  /** Next free slot in `keys` (two per feature). */
  let at = 0;
  if (context && valueBuffers.topic.length < normalized.length) growValueBuffers(normalized.length);
  const { topic, cjk, words: wordHashes } = valueBuffers;
  let topics = 0;
  let cjks = 0;
  let words = 0;
  let units = 0;
  // CJK run state: start of the previous CJK character directly before this one (for bigrams),
  // and that character's key: a bigram's key is it stepped over the second character.
  let prevCjkStart = -1;
  let prevA = 0;
  let prevB = 0;
  let prevHan = false;
  // `cjk`: the block's CJK code points (non-CJK skipped), for 6-character shingles;
  // `wordHashes`: its words' hashes, for 4-word shingles.
  // The previous word's stem key, when a word bigram can be formed with the next word (and its
  // stem, for feature strings).
  let havePrev = false;
  let wordA = 0;
  let wordB = 0;
  let prevStem = '';
  const n = normalized.length;
  let i = 0;
  while (i < n) {
    const cp = normalized.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k === CJK) {
      havePrev = false;
      keyOf(normalized, i, i + len, keys, at);
      const charAt = at;
      at += 2;
      if (strings) features.push(normalized.slice(i, i + len));
      const han = isHan(cp);
      if (prevCjkStart >= 0) {
        extendKey(prevA, prevB, normalized, i, i + len, keys, at);
        // The bigram's first hash is its FNV-1a: its topic hash is that, mixed.
        if (context && han && prevHan) topic[topics++] = fmix(keys[at]);
        at += 2;
        if (strings) features.push(normalized.slice(prevCjkStart, i + len));
      }
      prevA = keys[charAt];
      prevB = keys[charAt + 1];
      prevCjkStart = i;
      prevHan = han;
      units++;
      if (context) cjk[cjks++] = cp;
      i += len;
    } else if (k === WORD) {
      prevCjkStart = -1;
      const start = i;
      // The word's key, code unit by code unit as the word is read (its first hash is also the
      // word's FNV-1a, what the 4-word shingles are made of), to find it in the word cache
      // without slicing it.
      let wa = KEY1_BASIS;
      let wb = KEY2_BASIS;
      while (i < n) {
        const c2 = normalized.codePointAt(i)!;
        if (classOf(c2) !== WORD) break;
        for (const end = i + (c2 > 0xffff ? 2 : 1); i < end; i++) {
          wa = step1(wa, normalized.charCodeAt(i));
          wb = step2(wb, normalized.charCodeAt(i));
        }
      }
      const st = stemAt(wa, wb, normalized, start, i);
      const info = stemTable[st + SLOT_INFO];
      units += 1.5;
      if (context) wordHashes[words++] = fmix(wa);
      const d = ((info >> 1) & 3) - 1;
      if (d >= 0) {
        keys[at++] = DIGIT_KEYS[2 * d];
        keys[at++] = DIGIT_KEYS[2 * d + 1];
        if (strings) features.push(DIGIT_FEATURES[d]);
        havePrev = false;
      } else {
        const sa = stemTable[st + SLOT_STEM_A];
        const sb = stemTable[st + SLOT_STEM_B];
        keys[at++] = sa;
        keys[at++] = sb;
        const w = strings ? stemStrings[stemTable[st + SLOT_ENTRY] - 1] : '';
        if (strings) features.push(w);
        if (havePrev) {
          // The bigram "prev w": the first word's key stepped over the space and the second
          // word's stem (its code units from the pool).
          let ba = step1(wordA, 32);
          let bb = step2(wordB, 32);
          const from = stemTable[st + SLOT_UNITS];
          const end = from + (info >>> INFO_LENGTH_SHIFT);
          for (let u = from; u < end; u++) {
            const c = stemUnits[u];
            ba = step1(ba, c);
            bb = step2(bb, c);
          }
          keys[at++] = ba;
          keys[at++] = bb;
          if (strings) features.push(prevStem + ' ' + w);
        }
        havePrev = true;
        wordA = sa;
        wordB = sb;
        if (strings) prevStem = w;
        if (context && (info & INFO_TOPIC) !== 0) topic[topics++] = stemTable[st + SLOT_TOPIC];
      }
    } else {
      prevCjkStart = -1;
      if (!isSpace(cp)) havePrev = false;
      i += len;
    }
  }
  let shapes = 0;
  const flags = unitFlags(normalized);
  for (let s = 0; s < SHAPE_FEATURES.length; s++) {
    if (!matchShape(SHAPE_FEATURES[s][1], normalized, flags)) continue;
    shapes |= 1 << s;
    keys[at++] = SHAPE_KEYS[2 * s];
    keys[at++] = SHAPE_KEYS[2 * s + 1];
    if (strings) features.push(SHAPE_FEATURES[s][0]);
  }
  let b = 0;
  while (b < LENGTH_BUCKETS.length && units >= LENGTH_BUCKETS[b]) b++;
  keys[at++] = LENGTH_KEYS[2 * b];
  keys[at++] = LENGTH_KEYS[2 * b + 1];
  if (strings) features.push(LENGTH_FEATURES[b]);
  if (!context) return { features, keys: keys.subarray(0, at), count: at >> 1, shapes, flags, units, topic: NO_VALUES, shingles: NO_VALUES };
  const shingles = take(Math.max(0, cjks - CJK_SHINGLE + 1) + Math.max(0, words - WORD_SHINGLE + 1));
  let sh = 0;
  for (let s = 0; s + CJK_SHINGLE <= cjks; s++) shingles[sh++] = hashCodes(cjk, s, CJK_SHINGLE, 0x3c6ef372);
  for (let s = 0; s + WORD_SHINGLE <= words; s++) shingles[sh++] = hashCodes(wordHashes, s, WORD_SHINGLE, 0x2545f491);
  return { features, keys: keys.subarray(0, at), count: at >> 1, shapes, flags, units, topic: topics ? take(topics, topic) : NO_VALUES, shingles };
}

/** The scans' buffers of topic hashes, CJK code points and word hashes (at most one a code unit),
 * grown as needed. */
const valueBuffers = { topic: new Uint32Array(1024), cjk: new Uint32Array(1024), words: new Uint32Array(1024) };

function growValueBuffers(n: number): void {
  const size = Math.max(n, valueBuffers.topic.length * 2);
  valueBuffers.topic = new Uint32Array(size);
  valueBuffers.cjk = new Uint32Array(size);
  valueBuffers.words = new Uint32Array(size);
}

/** The scans' key buffer, grown as needed (one per process: a scan runs to its end uninterrupted). */
let keyBuffer = new Uint32Array(4096);

const NO_VALUES = new Uint32Array(0);

/** Values in a chunk that `take` hands out views of (256 KB). */
const CHUNK_VALUES = 1 << 16;
let chunk = new Uint32Array(CHUNK_VALUES);
let chunkUsed = 0;

/**
 * A new array of `n` values (a copy of `from`'s first `n` when given), as a view of a shared
 * chunk: a block's topic words and shingles were two `Uint32Array`s of their own, each with a
 * backing store outside the heap to allocate and later free (--cpu-prof by line: 18 % of the scan's
 * own time). A chunk lives while any view of it does; lists longer than a sixteenth of a chunk
 * get a buffer of their own.
 */
function take(n: number, from?: Uint32Array): Uint32Array {
  let out: Uint32Array;
  if (n > CHUNK_VALUES >> 4) out = new Uint32Array(n);
  else {
    if (chunkUsed + n > CHUNK_VALUES) {
      chunk = new Uint32Array(CHUNK_VALUES);
      chunkUsed = 0;
    }
    out = chunk.subarray(chunkUsed, chunkUsed + n);
    chunkUsed += n;
  }
  if (from) out.set(from.subarray(0, n));
  return out;
}

/**
 * Length in "units": one per CJK character, 1.5 per other word (a word carries about as much
 * text as one and a half Han characters, judged from parallel zh/en news).
 *
 * @param normalized the block after `normalizeForScoring`
 * @returns the length in units
 */
export function textUnits(normalized: string): number {
  // The units of `scanBlock`, without its features: one per CJK code point, 1.5 per run of word
  // characters (page mode measures menu items with it; the full scan stemmed their words and ran
  // the ten shape patterns only to count).
  let units = 0;
  let inWord = false;
  for (let i = 0; i < normalized.length; i++) {
    const cp = normalized.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const k = classOf(cp);
    if (k === WORD) {
      if (!inWord) units += 1.5;
      inWord = true;
    } else {
      inWord = false;
      if (k === CJK) units++;
    }
  }
  return units;
}

/**
 * Extract the features of a normalized block for the naive Bayes classifier:
 * - Han, kana and hangul characters, and bigrams of adjacent ones;
 * - Latin-script words, stemmed with natural's Porter stemmer, and word bigrams (across spaces,
 *   not across punctuation); runs of digits as `#digits1` / `#digits3` / `#digits5`;
 * - shape tokens (`#price`, `#url`, `#phone`, `#emoji`, …) and a length bucket (`#len3`).
 * Feature strings of different kinds cannot collide: words start with a Latin letter or digit,
 * shapes with `#`, CJK tokens with a CJK character.
 *
 * @param normalized the block after `normalizeForScoring`
 * @returns the features, with repetition (multinomial counts)
 */
export function extractFeatures(normalized: string): string[] {
  return scanBlock(normalized, false).features;
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A 32-bit hash of a string: FNV-1a with a final avalanche (murmur3's fmix32). */
function hashString(text: string): number {
  return fmix(fnv1aRange(text, 0, text.length));
}

/** A 32-bit hash of `count` values from `at` (code points or word hashes), seeded per kind. */
function hashCodes(values: Uint32Array, at: number, count: number, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = at; i < at + count; i++) h = Math.imul(h ^ values[i], 0x01000193);
  return fmix(h);
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const DIGIT_FEATURES = ['#digits1', '#digits3', '#digits5'];
/** `#len0` … `#len7`: the length bucket features. */
const LENGTH_FEATURES = Array.from({ length: LENGTH_BUCKETS.length + 1 }, (_, b) => '#len' + b);

/** The keys of fixed feature strings, two values each. */
function fixedKeys(names: readonly string[]): Uint32Array {
  const out = new Uint32Array(names.length * 2);
  names.forEach((f, i) => keyOf(f, 0, f.length, out, 2 * i));
  return out;
}

/** Feature names of the scanned shapes (`#price`, `#period`, …). */
const SHAPE_FEATURE_NAMES: Record<(typeof SCANNED_SHAPES)[number], string> = {
  price: 'price',
  perPeriod: 'period',
  percent: 'percent',
  url: 'url',
  email: 'email',
  phone: 'phone',
  handle: 'handle',
  hashtag: 'hashtag',
  emoji: 'emoji',
  arrow: 'arrow',
};
/** The shape features, in the order of `SCANNED_SHAPES` (bit s of `BlockScan.shapes`). */
const SHAPE_FEATURES: Array<[string, keyof typeof SHAPES]> = SCANNED_SHAPES.map((name) => ['#' + SHAPE_FEATURE_NAMES[name], name]);

const DIGIT_KEYS = fixedKeys(DIGIT_FEATURES);
const LENGTH_KEYS = fixedKeys(LENGTH_FEATURES);
const SHAPE_KEYS = fixedKeys(SHAPE_FEATURES.map((f) => f[0]));
