import type { Rule } from './rule.js';

/** Least shingles a block needs before its echo is measured (shorter blocks say too little). */
const MIN_SHINGLES = 4;
/** Share of a block's shingles found in other blocks from which it echoes the body. Body
 * paragraphs of one article share names and terms, but rarely 6-character runs: on the
 * team corpus articles, under 10 % of a paragraph's shingles recur elsewhere. */
const MIN_ECHO = 0.2;

/** Commentary restates the body: it repeats the body's long n-grams (whole clauses, in the seed). */
export const rule: Rule = {
  id: 'body-echo',
  description: "Repeats the document's long n-grams (6-character or 4-word runs found in other blocks), as summaries of the article do.",
  label: 'commentary',
  weight: 1.0,
  contextual: true,
  test(block) {
    const { shingles, repeated } = block.echo;
    if (shingles < MIN_SHINGLES) return null;
    const share = repeated / shingles;
    if (share < MIN_ECHO) return null;
    return { strength: Math.min(1.5, share / 0.4), note: `${Math.round(share * 100)}% of its ${shingles} long n-grams occur elsewhere in the document` };
  },
};
