import type { Rule } from './rule.js';

/** A block that opens with a pictograph or a decorative marker (after spaces and brackets). */
const LEAD = /^[\s【「『\[(]*(?:\p{Extended_Pictographic}|[★☆✅✔✨❗❤♥✪➤➜→👉▶►])/u;

/** Lines led by an emoji: the house style of social-media ads. */
export const rule: Rule = {
  id: 'emoji-lead',
  description: 'The block opens with an emoji or a decorative marker (🎬, 🔥, ✅, ➜).',
  label: 'promo',
  weight: 1.0,
  test(block) {
    const m = LEAD.exec(block.text);
    return m ? { match: m[0].trim() } : null;
  },
};
