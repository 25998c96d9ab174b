/** Character classes the tokenizers need, cached per code point: the Unicode property regexes
 * they replace cost a regex call per character (measured: 12 % of clean() in buildContext). */
export const OTHER = 0;
/** A Han, hiragana, katakana or hangul character. */
export const CJK = 1;
/** Any other letter or digit. */
export const WORD = 2;

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HAN_RE = /\p{Script=Han}/u;
const WORD_RE = /[\p{L}\p{N}]/u;
const LATIN_RE = /\p{Script=Latin}/u;
const HIRAGANA_RE = /\p{Script=Hiragana}/u;
const KATAKANA_RE = /\p{Script=Katakana}/u;
/** Bit set in a cached entry for a Han character. */
const HAN_BIT = 8;
/** Bit set in a cached entry for a Latin-script character. */
const LATIN_BIT = 16;

/** 0 = not computed yet, else (class + 1) | HAN_BIT for Han, for the Basic Multilingual Plane. */
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const k = CJK_RE.test(ch) ? CJK : WORD_RE.test(ch) ? WORD : OTHER;
  return (k + 1) | (HAN_RE.test(ch) ? HAN_BIT : 0) | (LATIN_RE.test(ch) ? LATIN_BIT : 0);
}

function entry(cp: number): number {
  if (cp < 0x10000) {
    let e = bmp[cp];
    if (e === 0) bmp[cp] = e = compute(cp);
    return e;
  }
  let e = astral.get(cp);
  if (e === undefined) astral.set(cp, (e = compute(cp)));
  return e;
}

/**
 * The class of one code point.
 *
 * @param cp a code point (a lone surrogate is `OTHER`)
 * @returns `CJK`, `WORD` or `OTHER`
 */
export function classOf(cp: number): number {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) ? WORD : OTHER;
  return (entry(cp) & 7) - 1;
}

/**
 * Whether a code point is a Han character (the script of topic bigrams).
 *
 * @param cp a code point
 */
export function isHan(cp: number): boolean {
  return cp >= 0x80 && (entry(cp) & HAN_BIT) !== 0;
}

/** What `japaneseScript` answers. */
export const HIRAGANA = 1;
export const KATAKANA = 2;

/**
 * Whether a code point is of the Hiragana or the Katakana script (`\p{Script=…}`).
 *
 * @param cp a code point
 * @returns `HIRAGANA`, `KATAKANA` or 0
 */
export function japaneseScript(cp: number): number {
  if (cp < 0x80) return 0;
  // Kept apart from `entry`, which every scanned character pays for: only page mode asks.
  if (cp < 0x10000) {
    let k = kana[cp];
    if (k === 0) kana[cp] = k = computeKana(cp) + 1;
    return k - 1;
  }
  let k = kanaAstral.get(cp);
  if (k === undefined) kanaAstral.set(cp, (k = computeKana(cp)));
  return k;
}

/** 0 = not computed yet, else `japaneseScript` + 1, for the Basic Multilingual Plane. */
const kana = new Uint8Array(0x10000);
const kanaAstral = new Map<number, number>();

function computeKana(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return HIRAGANA_RE.test(ch) ? HIRAGANA : KATAKANA_RE.test(ch) ? KATAKANA : 0;
}

/**
 * Whether a code point is a letter of the Latin script (ASCII letters included, digits not).
 *
 * @param cp a code point
 */
export function isLatinLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  return (entry(cp) & LATIN_BIT) !== 0 && (entry(cp) & 7) - 1 === WORD;
}

/** Spaces that NFKC makes a plain space (no-break, en to hair, narrow no-break, medium
 * mathematical, ideographic). */
const WIDE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * A block's text with its other spaces made plain spaces, as `norm` has them, its case and
 * characters otherwise kept: for the rules that read the text as written (a name's capitals) and
 * split it at spaces. Scraped text often has no-break spaces (&nbsp;) where words part: with every
 * space of the dev documents made one, 11 of 562 documents were decided otherwise (a byline, an
 * author's bio, a list of dated items no longer seen).
 *
 * @param text any text
 * @returns the text, the same string when it has none of those spaces
 */
export function plainSpaces(text: string): string {
  return text.search(WIDE_SPACES) < 0 ? text : text.replace(WIDE_SPACES, ' ');
}

/**
 * The class of one character (a code point, as iterated with `for…of`).
 *
 * @param ch one code point
 * @returns `CJK`, `WORD` or `OTHER`
 */
export function charClass(ch: string): number {
  return classOf(ch.codePointAt(0)!);
}

/**
 * Whether a code point (or code unit) is white space as `/\s/` and `trim()` read it: ECMAScript's
 * WhiteSpace and LineTerminator. The block scan keeps a word bigram across it; `segment()` finds
 * blank lines with it (test/core/segment.test.ts checks every code unit against `trim()`).
 *
 * @param c a code point or code unit
 */
export function isSpace(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether a UTF-16 code unit shows two columns wide: a CJK character (Han, kana, hangul) or a CJK
 * or full-width mark (、。「」，！). Astral characters (surrogates) are left to the caller.
 *
 * @param c a UTF-16 code unit
 */
export function isWide(c: number): boolean {
  if (c < 0x1100) return false;
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || classOf(c) === CJK;
}
