/** Length of a CJK shingle, in characters: 6 Han characters are a clause fragment, rarely
 * repeated by chance within one article. */
const CJK_SHINGLE = 6;
/** Length of a word shingle, in words. */
const WORD_SHINGLE = 4;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The long n-grams of a normalized block: 6-character runs of its CJK characters (punctuation and
 * spaces skipped) and 4-word runs of its other words.
 *
 * @param norm normalized text
 * @returns the distinct shingles
 */
export function shingles(norm: string): Set<string> {
  const out = new Set<string>();
  const cjk: string[] = [];
  for (const ch of norm) if (CJK.test(ch)) cjk.push(ch);
  for (let i = 0; i + CJK_SHINGLE <= cjk.length; i++) out.add(cjk.slice(i, i + CJK_SHINGLE).join(''));
  const words = norm.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu, ' ').match(WORD) ?? [];
  for (let i = 0; i + WORD_SHINGLE <= words.length; i++) out.add(words.slice(i, i + WORD_SHINGLE).join(' '));
  return out;
}
