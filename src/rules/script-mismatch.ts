import { classOf, CJK, isLatinLetter } from '../chars.js';
import { CAPITAL_SHIFT, LETTER_SHIFT, unitFlagTable } from '../unit-flags.js';
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

/** What one pass over a block's raw text counts: its scripts, and for the rules that read the
 * raw text (shouting, arrow) its ASCII letters and capitals and its code units' flags. */
export interface TextCounts extends ScriptCounts {
  /** ASCII letters (what `/[a-z]/gi` matches). */
  readonly letters: number;
  /** ASCII capitals (what `/[A-Z]/g` matches). */
  readonly capitals: number;
  /** The text's code-unit flags (see `src/unit-flags.ts`). */
  readonly flags: number;
}

/**
 * A block's counts: its scripts over the part `script-mismatch` reads (`sample`), and everything
 * over all of it (`whole`: the document's script share, the shouting and arrow rules). Computed
 * once per block text and kept across the passes (both counts were recounted for every block in
 * every pass: 3 % of clean()).
 *
 * @param text the block's text
 * @returns both counts (the same object when the block is not longer than the sample)
 */
export function blockScripts(text: string): { sample: ScriptCounts; whole: TextCounts } {
  const whole = textCounts(text);
  return { sample: text.length > SAMPLE ? textCounts(text.slice(0, SAMPLE)) : whole, whole };
}

/**
 * CJK characters and Latin letters of a text, its ASCII letters and capitals, and its code units'
 * flags, in one pass over its code units: a flag table lookup for every unit (letters and
 * capitals are added from its bits, without a branch), the cached character classes for the
 * non-ASCII ones. (A regex `match` here built an array of every CJK character: 10 million of them
 * for a 10 MB line; the shouting and arrow rules walked the text again, with a branch per
 * character that English text mispredicts at every change of case.)
 *
 * @param text any text
 * @returns the counts
 */
export function textCounts(text: string): TextCounts {
  const table = unitFlagTable();
  let cjk = 0;
  let latin = 0;
  let letters = 0;
  let capitals = 0;
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = table[c];
    flags |= f;
    letters += (f >> LETTER_SHIFT) & 1;
    capitals += (f >> CAPITAL_SHIFT) & 1;
    if (c < 0x80) continue;
    const cp = text.codePointAt(i)!;
    // A pair's low surrogate has no flags (src/unit-flags.ts), so skipping it loses none.
    if (cp > 0xffff) i++;
    if (classOf(cp) === CJK) cjk++;
    else if (isLatinLetter(cp)) latin++;
  }
  return { cjk, latin: latin + letters, letters, capitals, flags };
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
