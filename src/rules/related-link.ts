import { LABEL_LISTS } from '../generated/labels.js';
import { colonLabel, colonLabels } from './colon-label.js';
import type { Rule } from './rule.js';

/** The labels (data/labels/related-link.txt). */
const LABELS = colonLabels(LABEL_LISTS['related-link']);
/** Longest block that is a label and a headline: a paragraph that opens with "More:" is not one. */
const MAX_CHARS = 160;
/** A headline after the label: two words (the end of one, a space, the start of the next), or four
 * CJK characters. */
const HEADLINE = /\p{L}\p{L}\s\p{L}|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{4}/u;

/**
 * A link to another story under a label, on its own line: "Related: Possible water plumes on
 * Europa", "READ MORE: China plague outbreak confirmed", 推荐阅读：…. On the dev and unlabelled
 * pages it fires on 11 lines, none in a gold body, and on none of the 9,464 body blocks of the
 * corpora or the composites' lines (dev en pages F1 0.9198 → 0.9202, 7 up, none down).
 */
export const rule: Rule = {
  id: 'related-link',
  description: 'A link to another story under a label ("Related: …", "Read more: …", 相关阅读：…).',
  label: 'boilerplate',
  // Enough alone to pass the threshold inside a body (2.9, tunables.ts) even where the classifier
  // reads the headline as body text (as much as −1): a headline after "Related:" is another
  // story, whatever its words.
  weight: 4,
  neverTopical: true,
  test(block) {
    const norm = block.norm;
    if (norm.length > MAX_CHARS) return null;
    const found = colonLabel(norm, LABELS);
    return found && HEADLINE.test(found.rest) ? { match: found.label } : null;
  },
};
