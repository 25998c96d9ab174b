import type { Rule } from './rule.js';

/** Runs of three or more exclamation or question marks, or a long all-capitals block. */
const MARKS = /[!！]{3,}|[?？]{3,}|[!?]{2,}[!?]+/;
const LETTERS = /[a-z]/gi;
const CAPS = /[A-Z]/g;
/** Least Latin letters before capitals are judged, and the capital share from which a block
 * shouts (headlines in capitals are short; a shouting ad is long). */
const MIN_LETTERS = 40;
const CAPS_SHARE = 0.8;

/** Shouting: spam writes "!!!" and whole sentences in capitals. */
export const rule: Rule = {
  id: 'shouting',
  description: 'Runs of "!!!" or "???", or 40+ letters mostly in capitals.',
  label: 'promo',
  weight: 0.7,
  test(block) {
    const m = MARKS.exec(block.text);
    if (m) return { match: m[0] };
    const letters = block.text.match(LETTERS)?.length ?? 0;
    if (letters >= MIN_LETTERS && (block.text.match(CAPS)?.length ?? 0) / letters >= CAPS_SHARE) return { note: 'mostly capitals' };
    return null;
  },
};
