import { hasArrow, SHAPES } from '../shapes.js';
import { ARROW } from '../unit-flags.js';
import type { Rule } from './rule.js';

/** Arrows and pointing hands that lead the eye to an offer (➜, →, 👉, >>>). */
export const rule: Rule = {
  id: 'arrow',
  description: 'An arrow or pointing hand leading to an offer (➜, →, 👉, >>>).',
  label: 'promo',
  weight: 0.8,
  test(block) {
    // NFKC only of a block that holds an arrow or a character whose NFKC form is one (the
    // `ARROW` flag of its text's counts, see `hasArrow`).
    if (block.counts ? (block.counts.flags & ARROW) === 0 : !hasArrow(block.text)) return null;
    const m = SHAPES.arrow.exec(block.text.normalize('NFKC'));
    return m ? { match: m[0] } : null;
  },
};
