/** Character classes the tokenizers need, cached per code point: the Unicode property regexes
 * they replace cost a regex call per character (measured: 12 % of clean() in buildContext). */
export const OTHER = 0;
/** A Han, hiragana, katakana or hangul character. */
export const CJK = 1;
/** Any other letter or digit. */
export const WORD = 2;

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_RE = /[\p{L}\p{N}]/u;
/** 0 = not computed yet, else class + 1, for the Basic Multilingual Plane. */
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(ch: string): number {
  return CJK_RE.test(ch) ? CJK : WORD_RE.test(ch) ? WORD : OTHER;
}

/**
 * The class of one character (a code point, as iterated with `for…of`).
 *
 * @param ch one code point
 * @returns `CJK`, `WORD` or `OTHER`
 */
export function charClass(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) ? WORD : OTHER;
  }
  if (cp < 0x10000) {
    const c = bmp[cp];
    if (c !== 0) return c - 1;
    const k = classify(ch);
    bmp[cp] = k + 1;
    return k;
  }
  let k = astral.get(cp);
  if (k === undefined) {
    k = classify(ch);
    astral.set(cp, k);
  }
  return k;
}
