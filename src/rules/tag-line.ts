import { colonLabelRule } from './colon-label.js';

/**
 * A line of the article's tags or categories: "Tags: Alibaba", "Filed under: Eastern Equine
 * Encephalitis, EEE", "Posted in: Music Features", 本文标签：…, 文章关键词：…, or the label alone
 * ("Tags:"). On the dev and unlabelled pages it fires on 32 lines, none in a gold body, and on
 * none of the corpora's 9,464 body blocks or the composites' body lines.
 */
export const rule = colonLabelRule({
  id: 'tag-line',
  description: 'A line of the article\'s tags or categories ("Tags: …", "Filed under: …", 本文标签：…).',
  // As `related-link`: enough alone to pass the threshold inside a body (2.9, tunables.ts) where
  // the classifier reads the tags' words as body text.
  weight: 4,
  // A line of tags: a paragraph that opens with "Topic:" is not one.
  maxChars: 200,
});
