import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { classOf, CJK, isHan, WORD } from './chars.js';
import { fnv1aRange } from './checksum.js';
import { matchShape, type SHAPES } from './shapes.js';

/** Most distinct stems kept in the cache: a bounded Map, cleared when full. 50k stems cover a
 * large English vocabulary; each entry is ~100 bytes, so at most ~5 MB. */
const STEM_CACHE_SIZE = 50_000;
/** Words longer than this are not stemmed (tokens such as URLs glued into words). */
const STEM_MAX_LENGTH = 24;

const stemCache = new Map<string, string>();

/** Stem an English word with natural's Porter stemmer, cached. */
export function stemWord(word: string): string {
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  s = word.length > STEM_MAX_LENGTH || !/^[a-z]+$/.test(word) ? word : porterStemmer.stem(word);
  if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(word, s);
  return s;
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
  /** Classifier features, with repetition (see `extractFeatures`). */
  features: string[];
  /** Length in units (see `textUnits`). */
  units: number;
  /** Topic words, hashed, distinct and sorted: Han bigrams and stemmed Latin words of four
   * letters or more, without stopwords. */
  topic: Uint32Array;
  /** Long n-grams, hashed, distinct and sorted: runs of 6 CJK characters (other characters
   * skipped) and of 4 words. */
  shingles: Uint32Array;
}

/**
 * Scan a normalized block once for everything scoring needs: classifier features, length in
 * units, topic words and long n-grams. One pass over the code units, words and bigrams sliced from
 * the text (the four separate passes it replaces iterated code points as strings and ran a regex
 * per feature: 30 % of `clean()` on dev-composite, by --cpu-prof).
 *
 * Topic words and shingles are 32-bit hashes (FNV-1a, mixed) in sorted typed arrays: they are
 * only counted across blocks, and 4 bytes a value is a fraction of what strings in sets and maps
 * cost (a 20 MB document holds ~20 million of them). Within a 5,000-character article the chance
 * that two of its ~5,000 n-grams collide is about 0.3 %, and a collision only nudges one share.
 *
 * @param normalized the block after `normalizeForScoring`
 * @param context also collect topic words and shingles (not needed to train or classify)
 * @returns features, units, topic words and shingles
 */
export function scanBlock(normalized: string, context = true): BlockScan {
  const features: string[] = [];
  const topic: number[] = [];
  const shingles: number[] = [];
  let units = 0;
  // CJK run state: start of the previous CJK character directly before this one (for bigrams).
  let prevCjkStart = -1;
  let prevHan = false;
  // The block's CJK code points (non-CJK skipped), for 6-character shingles.
  const cjk: number[] = [];
  // Word hashes (pairs), for 4-word shingles.
  const wordHashes: number[] = [];
  let prevWord = '';
  const n = normalized.length;
  let i = 0;
  while (i < n) {
    const cp = normalized.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k === CJK) {
      prevWord = '';
      const ch = normalized.slice(i, i + len);
      features.push(ch);
      const han = isHan(cp);
      if (prevCjkStart >= 0) {
        const bigram = normalized.slice(prevCjkStart, i + len);
        features.push(bigram);
        if (context && han && prevHan) topic.push(hashString(bigram));
      }
      prevCjkStart = i;
      prevHan = han;
      units++;
      if (context) cjk.push(cp);
      i += len;
    } else if (k === WORD) {
      prevCjkStart = -1;
      const start = i;
      i += len;
      while (i < n) {
        const c2 = normalized.codePointAt(i)!;
        if (classOf(c2) !== WORD) break;
        i += c2 > 0xffff ? 2 : 1;
      }
      const word = normalized.slice(start, i);
      units += 1.5;
      if (context) wordHashes.push(hashString(word));
      if (isDigits(word)) {
        features.push(word.length >= 5 ? '#digits5' : word.length >= 3 ? '#digits3' : '#digits1');
        prevWord = '';
      } else {
        const w = stemWord(word);
        features.push(w);
        if (prevWord) features.push(prevWord + ' ' + w);
        prevWord = w;
        if (context && w.length >= 4 && CONTENT_WORD.test(w) && !STOPWORDS.has(w)) topic.push(hashString(w));
      }
    } else {
      prevCjkStart = -1;
      if (!isSpace(cp)) prevWord = '';
      i += len;
    }
  }
  for (const [name, shape] of SHAPE_FEATURES) if (matchShape(shape, normalized)) features.push(name);
  let b = 0;
  while (b < LENGTH_BUCKETS.length && units >= LENGTH_BUCKETS[b]) b++;
  features.push('#len' + b);
  if (context) {
    for (let s = 0; s + CJK_SHINGLE <= cjk.length; s++) shingles.push(hashCodes(cjk, s, CJK_SHINGLE, 0x3c6ef372));
    for (let s = 0; s + WORD_SHINGLE <= wordHashes.length; s++) shingles.push(hashCodes(wordHashes, s, WORD_SHINGLE, 0x2545f491));
  }
  return { features, units, topic: sortedValues(topic), shingles: sortedValues(shingles) };
}

const NO_VALUES = new Uint32Array(0);

/** The distinct values, sorted (a native numeric sort, then one pass dropping repeats). */
function sortedValues(values: readonly number[]): Uint32Array {
  if (values.length === 0) return NO_VALUES;
  const a = Uint32Array.from(values).sort();
  let n = 1;
  for (let i = 1; i < a.length; i++) if (a[i] !== a[n - 1]) a[n++] = a[i];
  return n === a.length ? a : a.slice(0, n);
}

/**
 * Length in "units": one per CJK character, 1.5 per other word (a word carries about as much
 * text as one and a half Han characters, judged from parallel zh/en news).
 *
 * @param normalized the block after `normalizeForScoring`
 * @returns the length in units
 */
export function textUnits(normalized: string): number {
  return scanBlock(normalized, false).units;
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

/** What `/\s/` matches, by code point. */
function isSpace(cp: number): boolean {
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
}

/** A 32-bit hash of a string: FNV-1a with a final avalanche (murmur3's fmix32). */
function hashString(text: string): number {
  return fmix(fnv1aRange(text, 0, text.length));
}

/** A 32-bit hash of `count` values from `at` (code points or word hashes), seeded per kind. */
function hashCodes(values: readonly number[], at: number, count: number, seed: number): number {
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

const SHAPE_FEATURES: Array<[string, keyof typeof SHAPES]> = [
  ['#price', 'price'],
  ['#period', 'perPeriod'],
  ['#percent', 'percent'],
  ['#url', 'url'],
  ['#email', 'email'],
  ['#phone', 'phone'],
  ['#handle', 'handle'],
  ['#hashtag', 'hashtag'],
  ['#emoji', 'emoji'],
  ['#arrow', 'arrow'],
];
