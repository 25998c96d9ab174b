/**
 * Teaser boxes after an article: a heading of links to other stories ("Related articles", "You may
 * also like", 相关推荐, 作者最新文章; data/labels/teaser-heading.txt) and the headlines under it,
 * with their sources, counts and date lines. The heading goes as page furniture (the
 * furniture-label rule), but each headline is a short line of plain words that no rule and no
 * classifier can tell from an article's subheading, so the headlines stayed: 223 lines of such
 * boxes on 7 of the 62 unlabelled Chinese news pages (a portal's "为您推荐" of 55 headlines, each
 * with its source and a comment count of "0"; a blog's "作者最新文章" with a date under each).
 *
 * A box is read only after the article's last body anchor (a long block with little chaff
 * evidence, see `findAnchors` in src/decide.ts), and only when everything left under the heading
 * is short and no sentence: a box inside an article ("Related" between two paragraphs) has
 * paragraphs after it, and an article's own last lines after a heading (a short closing
 * sentence, a bracketed credit) end as sentences do or stand in brackets. When in doubt, the
 * lines stay.
 *
 * A box whose teasers each have a line of summary under the headline ("Top stories", then a
 * headline and one or two sentences, four times) has paragraphs in it, and the last of them is
 * the page's last body anchor, so the box of headlines is never found after it. Such a box is
 * read from its heading to the end of the article's text instead (`teaserSummaryBoxAfter`): every
 * line left under the heading must be a headline or a short summary right after one, and the
 * summaries must be about other stories: an article's own sections after a box heading (an inline
 * "Related" link, then subheads with a paragraph each) share its topic words.
 */
import { dateOnly } from './page-text-shape.js';

/** What the box test needs of a block. */
export interface BoxBlock {
  /** The block's text. */
  text: string;
  /** Length in units (one per CJK character, 1.5 per word). */
  units: number;
}

/** The tunables that apply (see src/tunables.ts). */
export interface BoxTunables {
  /** A block this long (units) is a paragraph, no headline. */
  anchorMinUnits: number;
  /** Fewest lines under the heading (fewest summaries in a box with summaries). */
  teaserBoxMinItems: number;
  /** Longest summary of a teaser (units). */
  teaserSummaryMaxUnits: number;
  /** Least text before a box with summaries, as a multiple of the box's own text (units). */
  teaserSummaryArticleShare: number;
  /** Least distinct topic words of a summary whose topic is judged. */
  teaserSummaryMinTopicWords: number;
  /** The summaries' median share of topic words found in the text before the box is under this. */
  teaserSummaryMaxShared: number;
}

/** A sentence's end as a short paragraph has it, maybe inside closing quotes or brackets
 * ("Officials did not comment.", 。); a headline ends in a word, a question or an exclamation. */
const SENTENCE_END = /[.。]["'”’」』)）]?$/;
/** A line in brackets: a credit or a note ("(Reporting by …)", （实习生…对此文亦有贡献）). */
const BRACKETED = /^[(（[【].*[)）\]】]$/;

/**
 * The teaser box after an article, if there is one: the first block after `lastAnchor` that
 * `opensBox` and is `removed`, when every block after it that is kept so far is a headline (short,
 * no sentence end, not bracketed) or a date line, and there are at least `teaserBoxMinItems`
 * headlines.
 *
 * @param blocks the blocks judged (the main text)
 * @param lastAnchor the last body anchor, -1 when none (then there is no box)
 * @param opensBox whether a block is a teaser box's heading
 * @param removed whether a block is already to be removed
 * @param t the tunables
 * @returns the heading's index, or -1
 */
export function teaserBoxAfter(blocks: readonly BoxBlock[], lastAnchor: number, opensBox: (i: number) => boolean, removed: (i: number) => boolean, t: BoxTunables): number {
  if (lastAnchor < 0) return -1;
  let heading = lastAnchor + 1;
  while (heading < blocks.length && !(opensBox(heading) && removed(heading))) heading++;
  if (heading >= blocks.length) return -1;
  let items = 0;
  for (let i = heading + 1; i < blocks.length; i++) {
    if (removed(i)) continue;
    const text = blocks[i].text.trim();
    if (dateOnly(text)) continue;
    if (!isHeadline(blocks[i], text, t)) return -1;
    items++;
  }
  return items >= t.teaserBoxMinItems ? heading : -1;
}

/**
 * The teaser box with summaries after an article, if there is one: the first block after
 * `firstAnchor` that `opensBox` and is `removed`, under which every block kept so far, to the
 * end, is a headline (as in `teaserBoxAfter`), a date line, or a summary: no longer than
 * `teaserSummaryMaxUnits`, not bracketed, right after a headline (date lines between). At least
 * `teaserBoxMinItems` summaries; the text kept before the heading at least
 * `teaserSummaryArticleShare` times the box's; and the summaries about other stories: of those
 * with `teaserSummaryMinTopicWords` topic words or more (at least one), the median share of
 * their topic words found in the text kept before the heading is under `teaserSummaryMaxShared`.
 *
 * @param blocks the blocks judged (the main text)
 * @param firstAnchor the first body anchor, -1 when none (then there is no box)
 * @param opensBox whether a block is a teaser box's heading
 * @param removed whether a block is already to be removed
 * @param topicOf a block's topic words, hashed (`BlockScan.topic`)
 * @param t the tunables
 * @returns the heading's index, or -1
 */
export function teaserSummaryBoxAfter(blocks: readonly BoxBlock[], firstAnchor: number, opensBox: (i: number) => boolean, removed: (i: number) => boolean, topicOf: (i: number) => Uint32Array, t: BoxTunables): number {
  if (firstAnchor < 0) return -1;
  // The units kept before each candidate heading, summed as the search goes.
  let before = 0;
  for (let i = 0; i <= firstAnchor; i++) if (!removed(i)) before += blocks[i].units;
  for (let heading = firstAnchor + 1; heading < blocks.length; heading++) {
    if (!removed(heading)) {
      before += blocks[heading].units;
      continue;
    }
    if (!opensBox(heading)) continue;
    const box = summaryBox(blocks, heading, removed, t);
    if (box && before >= t.teaserSummaryArticleShare * box.units && aboutOtherStories(blocks, heading, box.summaries, removed, topicOf, t)) return heading;
  }
  return -1;
}

/** The units kept under a box heading and its summaries, when they are headlines with summaries
 * (see `teaserSummaryBoxAfter`). */
function summaryBox(blocks: readonly BoxBlock[], heading: number, removed: (i: number) => boolean, t: BoxTunables): { units: number; summaries: number[] } | undefined {
  let units = 0;
  const summaries: number[] = [];
  let afterHeadline = false;
  for (let i = heading + 1; i < blocks.length; i++) {
    if (removed(i)) continue;
    const text = blocks[i].text.trim();
    if (dateOnly(text)) continue;
    units += blocks[i].units;
    if (isHeadline(blocks[i], text, t)) {
      afterHeadline = true;
      continue;
    }
    if (!afterHeadline || blocks[i].units > t.teaserSummaryMaxUnits || BRACKETED.test(text)) return undefined;
    summaries.push(i);
    afterHeadline = false;
  }
  return summaries.length >= t.teaserBoxMinItems ? { units, summaries } : undefined;
}

/** Whether the summaries are about other stories than the text kept before the heading (see
 * `teaserSummaryBoxAfter`); not when none has enough topic words to tell. */
function aboutOtherStories(blocks: readonly BoxBlock[], heading: number, summaries: readonly number[], removed: (i: number) => boolean, topicOf: (i: number) => Uint32Array, t: BoxTunables): boolean {
  const article = new Set<number>();
  for (let i = 0; i < heading; i++) if (!removed(i)) for (const w of topicOf(i)) article.add(w);
  const shares: number[] = [];
  for (const i of summaries) {
    const words = new Set(topicOf(i));
    if (words.size < t.teaserSummaryMinTopicWords) continue;
    let shared = 0;
    for (const w of words) if (article.has(w)) shared++;
    shares.push(shared / words.size);
  }
  if (shares.length === 0) return false;
  shares.sort((a, b) => a - b);
  const mid = shares.length >> 1;
  const median = shares.length % 2 === 1 ? shares[mid] : (shares[mid - 1] + shares[mid]) / 2;
  return median < t.teaserSummaryMaxShared;
}

/** A teaser's headline: short, no sentence, not bracketed. */
function isHeadline(block: BoxBlock, text: string, t: BoxTunables): boolean {
  return block.units < t.anchorMinUnits && !SENTENCE_END.test(text) && !BRACKETED.test(text);
}
