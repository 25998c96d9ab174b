import { MARK } from '../unit-flags.js';
import type { Rule } from './rule.js';
import { textCounts } from './script-mismatch.js';

/** Runs of three or more exclamation or question marks, or a long all-capitals block. */
const MARKS = /[!！]{3,}|[?？]{3,}|[!?]{2,}[!?]+/;
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
    // ASCII letters and capitals (what /[a-z]/gi and /[A-Z]/g match) and whether a mark is there
    // at all, from the block's counts (one pass over the text for this rule, the arrow rule and
    // the script counts; see `textCounts`): the two global matches built an array of every letter
    // of every block, 5 % of clean() (--cpu-prof).
    const t = block.text;
    const { letters, capitals, flags } = block.counts ?? textCounts(t);
    const m = (flags & MARK) !== 0 ? MARKS.exec(t) : null;
    if (m) return { match: m[0] };
    if (letters >= MIN_LETTERS && capitals / letters >= CAPS_SHARE) return { note: 'mostly capitals' };
    return null;
  },
};
