import { titleItemNumber, titleRunAt } from '../numbered-titles.js';
import type { Rule } from './rule.js';

/**
 * A ranked list of links: one of a run of five or more blocks numbered 1, 2, 3, … whose items are
 * titles (see `src/numbered-titles.ts`). On the dev and unlabelled pages: 17 such runs, 125
 * items, none of them in a gold body.
 */
export const rule: Rule = {
  id: 'link-list',
  description: 'One of a run of five or more blocks numbered 1, 2, 3, … that are titles, not sentences (a "most read" box).',
  label: 'boilerplate',
  // Evidence, not a verdict: the classifier reads headlines as body text, and an article can have
  // a list of titles of its own. Alone it passes only a tail's lowered threshold beside other
  // chaff; in page mode such a list is furniture anyway (src/page.ts).
  weight: 2,
  contextual: true,
  neverTopical: true,
  test(block, doc) {
    const run = titleRunAt((i) => doc.blocks[i].norm, doc.blocks.length, block.index);
    return run === 0 ? null : { note: `item ${titleItemNumber(block.norm)} of a numbered run of ${run} titles` };
  },
};
