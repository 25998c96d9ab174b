import { LABEL_LISTS } from '../generated/labels.js';
import type { Rule } from './rule.js';

/** The labels, normalized (data/labels/related-link.txt). */
const LABELS: ReadonlySet<string> = new Set(LABEL_LISTS['related-link']);
/** The longest label: a colon further into the block does not end one. */
const LONGEST = Math.max(...LABEL_LISTS['related-link'].map((l) => l.length));
/** Longest block that is a label and a headline: a paragraph that opens with "More:" is not one. */
const MAX_CHARS = 160;
/** Bullets, brackets and separators before the label ("» Related:", "【相关阅读】：", "[Read more:"). */
const LEAD = /^[\s"'“”「」『』【】《》()[\]*•·|>»›\-–—]+/;
/** What a label may carry before its colon: a closing bracket or spaces ("【相关阅读】："). */
const TAIL = /[\s」』】》)\]]+$/;
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
    const colon = norm.indexOf(':');
    if (colon < 0 || colon > LONGEST + 8) return null;
    const label = norm.slice(0, colon).replace(LEAD, '').replace(TAIL, '');
    if (!LABELS.has(label)) return null;
    return HEADLINE.test(norm.slice(colon + 1)) ? { match: label } : null;
  },
};
