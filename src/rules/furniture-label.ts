import { LABEL_LISTS } from '../generated/labels.js';
import type { Rule } from './rule.js';

/** The labels, normalized (data/labels/furniture-label.txt). */
const LABELS: ReadonlySet<string> = new Set(LABEL_LISTS['furniture-label']);
/** The longest label: a longer block is not tested. */
const LONGEST = Math.max(...LABEL_LISTS['furniture-label'].map((l) => l.length));
/** What may stand around a label on its line: brackets and quotes, bullets and separators
 * before it, stops, ellipses and arrows after it ("» Share", "【广告】", "Continue reading…"). Not a
 * colon: "Email:" is a form's or a contact block's field label, content of the page. */
const EDGES = /^[\s"'“”「」『』【】《》()[\]*•·|>»›\-–—]+|[\s"'“”「」『』【】《》()[\].。!！…»›>|\-–—]+$/g;
/** Most characters of edges around a label. */
const EDGE_SLACK = 8;

/**
 * A block that is only a button, link or slot label of the page ("Advertisement", "Share",
 * "Skip to main content", 返回顶部, 相关阅读): on the dev pages, 1,307 lines are only one of the
 * listed labels, none of them in a gold body (the labels that are, once each — read more,
 * previous, report, comments, 责任编辑 — are left out of the list). The headings of teaser boxes
 * ("Top stories", "Latest news", 为您推荐) added later: 150 lines on the dev and unlabelled pages,
 * none in a gold body; in page mode they end the main text (see `chaffTrimmedEnd`).
 */
export const rule: Rule = {
  id: 'furniture-label',
  description: 'The whole block is a button, link or slot label of the page ("Advertisement", "Share on Facebook", 返回顶部).',
  label: 'boilerplate',
  // Enough alone to pass the threshold inside a body (2.9, tunables.ts): a label alone on its
  // line is nothing else, and the list leaves out labels an article could use as headings.
  weight: 3,
  neverTopical: true,
  test(block) {
    const norm = block.norm;
    if (norm.length > LONGEST + EDGE_SLACK) return null;
    const label = norm.replace(EDGES, '');
    return label !== '' && LABELS.has(label) ? { match: label } : null;
  },
};
