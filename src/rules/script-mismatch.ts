import { classOf, CJK, isLatinLetter } from '../chars.js';
import type { Rule } from './rule.js';

/** A Latin letter weighs a fifth of a CJK character (as in language detection). */
const LATIN_WEIGHT = 0.2;
/** Least weighed letters for a block's script to be judged. */
const MIN_LETTERS = 5;
/** The document's script must hold at least this share of its weighed letters. */
const DOMINANT_SHARE = 0.7;
/** How much of a block is read to tell its script. */
const SAMPLE = 20_000;
/** CJK characters and Latin letters. */
export interface ScriptCounts {
  readonly cjk: number;
  readonly latin: number;
}

/**
 * A block's script counts: over the part the rule reads (`sample`) and over all of it (`whole`,
 * for the document's share). Computed once per block text and kept across the passes (both
 * counts were recounted for every block in every pass: 3 % of clean()).
 *
 * @param text the block's text
 * @returns both counts (the same object when the block is not longer than the sample)
 */
export function blockScripts(text: string): { sample: ScriptCounts; whole: ScriptCounts } {
  const sample = scriptCounts(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
  return { sample, whole: text.length > SAMPLE ? scriptCounts(text) : sample };
}

/** CJK characters and Latin letters of a text, counted in one pass over its code units with the
 * cached character classes (a regex `match` here built an array of every CJK character: 10
 * million of them for a 10 MB line). */
export function scriptCounts(text: string): ScriptCounts {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (classOf(cp) === CJK) cjk++;
    else if (isLatinLetter(cp)) latin++;
  }
  return { cjk, latin };
}

function share({ cjk, latin }: { cjk: number; latin: number }): { share: number; letters: number } {
  const letters = cjk + latin * LATIN_WEIGHT;
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
  contextual: true,
  test(block, doc) {
    const own = share(block.scripts);
    if (own.letters < MIN_LETTERS) return null;
    const docShare = doc.cjkShare;
    if (docShare >= DOMINANT_SHARE && own.share < 1 - DOMINANT_SHARE) return { note: `a Latin-script block in a ${Math.round(docShare * 100)}% CJK document` };
    if (docShare <= 1 - DOMINANT_SHARE && own.share > DOMINANT_SHARE) return { note: `a CJK block in a ${Math.round((1 - docShare) * 100)}% Latin-script document` };
    return null;
  },
};

/**
 * The share of a document's weighed letters that are CJK.
 *
 * @param counts the script counts of the document's blocks (whole blocks)
 * @returns 0 (all Latin) to 1 (all CJK); 0 when there are no letters
 */
export function documentCjkShare(counts: Iterable<ScriptCounts>): number {
  const total = { cjk: 0, latin: 0 };
  for (const c of counts) {
    total.cjk += c.cjk;
    total.latin += c.latin;
  }
  return share(total).share;
}
