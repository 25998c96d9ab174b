import { phraseRule } from './rule.js';

/** The text pointing at itself (這篇文章, 本文, this article). */
export const rule = phraseRule({
  id: 'meta-reference',
  description: 'The text pointing at itself (這篇文章, 本文, this article).',
  label: 'commentary',
  weight: 1.2,
  extra: 0.3,
  cap: 1.6,
});
