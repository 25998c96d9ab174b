import type { Rule } from './rule.js';

/** Least topic words a block needs before its topicality is judged. */
const MIN_WORDS = 5;
/** Share of a block's topic words found in other blocks under which it is off topic. On the dev
 * composites, 2 % of body blocks (with 5+ topic words) share none of their topic words with the
 * rest of the document, against 46 % of inserted chaff; under 15 %: 10 % of body, 67 % of chaff. */
const MAX_SHARED = 0.15;

/** Inserted ads share no vocabulary with the article around them. */
export const rule: Rule = {
  id: 'off-topic',
  description: 'Shares almost none of its topic words (Han bigrams, content words) with the rest of the document.',
  label: 'promo',
  weight: 1.2,
  contextual: true,
  test(block, doc) {
    const { words, shared } = block.topic;
    if (words < MIN_WORDS || doc.blocks.length < 3) return null;
    const share = shared / words;
    if (share >= MAX_SHARED) return null;
    return { strength: share === 0 ? 1 : 0.5, note: `${shared} of its ${words} topic words occur elsewhere in the document` };
  },
};
