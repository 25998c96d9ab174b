import type { Rule } from './rule.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LATIN = /\p{Script=Latin}/gu;
/** A Latin letter weighs a fifth of a CJK character (as in language detection). */
const LATIN_WEIGHT = 0.2;
/** Least weighed letters for a block's script to be judged. */
const MIN_LETTERS = 5;
/** The document's script must hold at least this share of its weighed letters. */
const DOMINANT_SHARE = 0.7;

function cjkShare(text: string): { share: number; letters: number } {
  const cjk = text.match(CJK)?.length ?? 0;
  const latin = (text.match(LATIN)?.length ?? 0) * LATIN_WEIGHT;
  const letters = cjk + latin;
  return { share: letters ? cjk / letters : 0, letters };
}

/** A block in another script than the document: an English spam comment pasted into a Chinese
 * article, a Chinese group ad inside an English one. On the dev composites 74 such blocks were
 * chaff and 1 was body. */
export const rule: Rule = {
  id: 'script-mismatch',
  description: "Written in another script (CJK vs Latin) than the document's dominant one.",
  label: 'promo',
  weight: 1.2,
  test(block, doc) {
    const own = cjkShare(block.text);
    if (own.letters < MIN_LETTERS) return null;
    const docShare = doc.cjkShare;
    if (docShare >= DOMINANT_SHARE && own.share < 1 - DOMINANT_SHARE) return { note: `a Latin-script block in a ${Math.round(docShare * 100)}% CJK document` };
    if (docShare <= 1 - DOMINANT_SHARE && own.share > DOMINANT_SHARE) return { note: `a CJK block in a ${Math.round((1 - docShare) * 100)}% Latin-script document` };
    return null;
  },
};

/**
 * The share of a text's weighed letters that are CJK.
 *
 * @param text any text
 * @returns 0 (all Latin) to 1 (all CJK); 0 when there are no letters
 */
export function documentCjkShare(text: string): number {
  return cjkShare(text).share;
}
