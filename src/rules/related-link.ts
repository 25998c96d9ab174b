import { colonLabelRule } from './colon-label.js';

/** A headline after the label: two words (the end of one, a space, the start of the next), or four
 * CJK characters. */
const HEADLINE = /\p{L}\p{L}\s\p{L}|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{4}/u;

/**
 * A link to another story under a label, on its own line: "Related: Possible water plumes on
 * Europa", "READ MORE: China plague outbreak confirmed", 推荐阅读：…, and the stories before and
 * after this one ("Next Post: …", 上一篇：…). On the dev and unlabelled pages it fires on 25
 * lines, none in a gold body, and on none of the 9,464 body blocks of the corpora or the
 * composites' lines (dev en pages F1 0.9198 → 0.9202, 7 up, none down).
 */
export const rule = colonLabelRule({
  id: 'related-link',
  description: 'A link to another story under a label ("Related: …", "Read more: …", 相关阅读：…).',
  // Enough alone to pass the threshold inside a body (2.9, tunables.ts) where the classifier
  // reads the headline as body text (as much as −2.6), and at an article's edge (2.5) against its
  // strongest vote (−2.85, a Chinese headline after 推荐阅读：): a headline after "Related:" is
  // another story, whatever its words. Dev zh pages 0.9537 → 0.9543 at 5.5 from 4 (2 up, none
  // down; en and composites unchanged; session 9 saw no change from 4 to 5).
  weight: 5.5,
  // A label and a headline: a paragraph that opens with "Read more:" is not one.
  maxChars: 160,
  rest: (rest) => HEADLINE.test(rest),
});
