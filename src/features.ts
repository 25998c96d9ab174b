import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { charClass, CJK, WORD } from './chars.js';
import { SHAPES } from './shapes.js';

/**
 * Features of one block for the naive Bayes classifier, from its normalized text
 * (see `normalizeForScoring`):
 * - Han, kana and hangul characters, and bigrams of adjacent ones;
 * - Latin-script words, stemmed with natural's Porter stemmer, and word bigrams;
 * - shape tokens (`#price`, `#url`, `#phone`, `#emoji`, …) and a length bucket (`#len3`).
 * Feature strings of different kinds cannot collide: words start with a Latin letter or digit,
 * shapes with `#`, CJK tokens with a CJK character.
 */


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

/** Length in "units": one per CJK character, 1.5 per other word (a word carries about as much
 * text as one and a half Han characters, judged from parallel zh/en news). */
export function textUnits(normalized: string): number {
  let units = 0;
  let inWord = false;
  for (const ch of normalized) {
    const k = charClass(ch);
    if (k === CJK) { units++; inWord = false; } else if (k === WORD) {
      if (!inWord) units += 1.5;
      inWord = true;
    } else inWord = false;
  }
  return units;
}

/** Length bucket boundaries, in units. */
const LENGTH_BUCKETS = [4, 8, 16, 32, 64, 128, 256];

/**
 * Extract the features of a normalized block.
 *
 * @param normalized the block after `normalizeForScoring`
 * @returns the features, with repetition (multinomial counts)
 */
export function extractFeatures(normalized: string): string[] {
  const out: string[] = [];
  let prevCjk = '';
  let prevWord = '';
  let word = '';
  let units = 0;
  const flushWord = (): void => {
    if (!word) return;
    if (/^\d+$/.test(word)) {
      out.push(word.length >= 5 ? '#digits5' : word.length >= 3 ? '#digits3' : '#digits1');
      prevWord = '';
    } else {
      const w = stemWord(word);
      out.push(w);
      if (prevWord) out.push(prevWord + ' ' + w);
      prevWord = w;
    }
    units += 1.5;
    word = '';
  };
  for (const ch of normalized) {
    const k = charClass(ch);
    if (k === CJK) {
      flushWord();
      prevWord = '';
      out.push(ch);
      if (prevCjk) out.push(prevCjk + ch);
      prevCjk = ch;
      units++;
    } else if (k === WORD) {
      prevCjk = '';
      word += ch;
    } else {
      flushWord();
      prevCjk = '';
      if (!/\s/.test(ch)) prevWord = '';
    }
  }
  flushWord();
  for (const [name, re] of SHAPE_FEATURES) if (re.test(normalized)) out.push(name);
  let b = 0;
  while (b < LENGTH_BUCKETS.length && units >= LENGTH_BUCKETS[b]) b++;
  out.push('#len' + b);
  return out;
}

const SHAPE_FEATURES: Array<[string, RegExp]> = [
  ['#price', SHAPES.price],
  ['#period', SHAPES.perPeriod],
  ['#percent', SHAPES.percent],
  ['#url', SHAPES.url],
  ['#email', SHAPES.email],
  ['#phone', SHAPES.phone],
  ['#handle', SHAPES.handle],
  ['#hashtag', SHAPES.hashtag],
  ['#emoji', SHAPES.emoji],
  ['#arrow', SHAPES.arrow],
];
