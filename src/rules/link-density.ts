import { TUNABLES } from '../tunables.js';
import type { Rule } from './rule.js';

/**
 * A line of scraped Markdown whose visible text is (nearly) all link text: a menu item
 * (`* [Home](/)`), a logo (`[![Logo](…)](/)`), a teaser headline, a row of share or footer links.
 * jusText's link density, which text without markup cannot have: a scraper that writes Markdown
 * keeps the links, so the text says which words were links. An article's sentence is mostly not a
 * link; a paragraph that is one link gets the classifier's body vote against this weight.
 * Only for texts read as Markdown (see src/markdown-view.ts).
 */
export const rule: Rule = {
  id: 'link-density',
  description: 'A line of scraped Markdown whose visible text is nearly all link text (a menu item, a teaser, a row of links).',
  label: 'boilerplate',
  // Enough alone at a document's edges (2.5) and inside the body (2.9), where a short link has
  // little classifier vote either way; a long paragraph that is all one link keeps a confident
  // body vote (up to −2.85) against it and stays.
  weight: 3,
  contextual: true,
  // A page of links is not an article about links.
  neverTopical: true,
  test(block, doc) {
    const share = doc.linkShare?.get(block.text);
    if (share === undefined || share < TUNABLES.linkDensityMin) return null;
    return { note: `${Math.round(100 * share)}% of its visible text is link text` };
  },
};
