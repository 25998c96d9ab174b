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
  /** Fewest lines under the heading. */
  teaserBoxMinItems: number;
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
    if (blocks[i].units >= t.anchorMinUnits || SENTENCE_END.test(text) || BRACKETED.test(text)) return -1;
    items++;
  }
  return items >= t.teaserBoxMinItems ? heading : -1;
}
