/** Length of a CJK shingle, in characters: 6 Han characters are a clause fragment, rarely
 * repeated by chance within one article. */
const CJK_SHINGLE = 6; // the loop below joins exactly six
/** Length of a word shingle, in words. */
const WORD_SHINGLE = 4; // the loop below joins exactly four
import { charClass, CJK, WORD } from './chars.js';


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
  const words: string[] = [];
  let word = '';
  for (const ch of norm) {
    const k = charClass(ch);
    if (k === WORD) { word += ch; continue; }
    if (word) { words.push(word); word = ''; }
    if (k === CJK) cjk.push(ch);
  }
  if (word) words.push(word);
  for (let i = 0; i + CJK_SHINGLE <= cjk.length; i++) out.add(cjk[i] + cjk[i + 1] + cjk[i + 2] + cjk[i + 3] + cjk[i + 4] + cjk[i + 5]);
  for (let i = 0; i + WORD_SHINGLE <= words.length; i++) out.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2] + ' ' + words[i + 3]);
  return out;
}
