import type { Rule } from './rule.js';

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
    // One pass counts ASCII letters and capitals (what /[a-z]/gi and /[A-Z]/g match) and notes
    // whether a mark is there at all: the two global matches built an array of every letter of
    // every block, 5 % of clean() (--cpu-prof).
    const t = block.text;
    let letters = 0;
    let caps = 0;
    let marks = false;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) letters++;
      else if (c >= 0x41 && c <= 0x5a) {
        letters++;
        caps++;
      } else if (c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f) marks = true;
    }
    const m = marks ? MARKS.exec(t) : null;
    if (m) return { match: m[0] };
    if (letters >= MIN_LETTERS && caps / letters >= CAPS_SHARE) return { note: 'mostly capitals' };
    return null;
  },
};
