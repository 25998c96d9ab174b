import type { Rule } from './rule.js';

/** Reporting verbs of news prose: someone said something. */
const SAID = /(?:说(?!明)|表示|告诉|透露|强调说|(?<![a-z])(?:said|says|told|according to)(?![a-z]))/;

/** Evidence for the body: news prose reports speech; ads and commentary rarely do. */
export const rule: Rule = {
  id: 'reported-speech',
  description: 'Reported speech (說, 表示, said, according to): evidence for the body.',
  label: 'body',
  weight: 0.7,
  test(block) {
    const m = SAID.exec(block.norm);
    return m ? { match: m[0] } : null;
  },
};
