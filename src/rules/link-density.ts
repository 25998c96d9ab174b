import { TUNABLES } from '../tunables.js';
import type { LineInfo } from '../markdown-view.js';
import type { BlockContext, DocumentContext, Rule } from './rule.js';

/** A line that announces what follows ("Sources:", "Further reading:"): the links under it are
 * the article's list, not the page's. */
const ANNOUNCES = /[:：]\s*$/;

/** Per document (its blocks), the length of the run of link lines each block is in (0 for a block
 * that is not a link line, or whose run is announced), computed once: the rule runs on every
 * block, and a menu can be hundreds of lines. */
const runsByDocument = new WeakMap<readonly BlockContext[], Int32Array>();

function linkRuns(doc: DocumentContext, links: ReadonlyMap<string, LineInfo>): Int32Array {
  const blocks = doc.blocks;
  let runs = runsByDocument.get(blocks);
  if (runs) return runs;
  runs = new Int32Array(blocks.length);
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && (links.get(blocks[j].text)?.share ?? 0) >= TUNABLES.linkDensityMin) j++;
    const announced = i > 0 && ANNOUNCES.test(blocks[i - 1].text);
    if (!announced) runs.fill(j - i, i, j);
    i = j === i ? i + 1 : j;
  }
  runsByDocument.set(blocks, runs);
  return runs;
}

/**
 * A line of scraped Markdown whose visible text is (nearly) all link text: a menu item
 * (`* [Home](/)`), a logo (`[![Logo](…)](/)`), a teaser headline, a row of share or footer links,
 * a breadcrumb trail (`[Home](/) / [Posts](/posts/) / This post`).
 * jusText's link density, which text without markup cannot have: a scraper that writes Markdown
 * keeps the links, so the text says which words were links. An article's sentence is mostly not a
 * link. Only for texts read as Markdown (see src/markdown-view.ts).
 *
 * One of a run of `linkRunMinBlocks` link lines counts `linkRunStrength` times: a menu, a "most
 * read" box, a footer's links, whose headlines the classifier reads as body text. A run under a
 * line that ends with a colon ("Sources:") is the article's own list and counts as single lines.
 */
export const rule: Rule = {
  id: 'link-density',
  description: 'A line of scraped Markdown whose visible text is nearly all link text (a menu item, a teaser, a row of links).',
  label: 'boilerplate',
  // Alone, enough at a document's edges (2.5) but not inside the body (2.9): a link on a line of
  // its own between paragraphs ("See the full report") can be the article's. In a run of link
  // lines, 6.25 (`linkRunStrength`): a box of headline links goes even where the classifier reads
  // them as body.
  weight: 2.5,
  contextual: true,
  // A page of links is not an article about links.
  neverTopical: true,
  test(block, doc) {
    const links = doc.markdown;
    const info = links?.get(block.text);
    if (links === undefined || info === undefined || info.share < TUNABLES.linkDensityMin) return null;
    const note = info.trail ? 'a breadcrumb trail of links' : `${Math.round(100 * info.share)}% of its text is link text`;
    const run = linkRuns(doc, links)[block.index];
    if (run < TUNABLES.linkRunMinBlocks) return { note };
    return { note: `${note}, one of a run of ${run} such lines`, strength: TUNABLES.linkRunStrength };
  },
};
