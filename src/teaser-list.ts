/**
 * Teaser lists after an article: "more from the site" boxes whose records are a headline, an
 * author, a date line and a summary, or a section label and a headline shown twice (as the
 * picture's caption and as the link). Their summaries are prose, so the main-text search of page
 * mode (`src/page.ts`) took them for more of the article. A list is told by its record markers
 * recurring every few blocks: a line that is a date and nothing else, or a headline repeated
 * right after itself.
 *
 * Not markers: repeated short lines ("Advertisement" between an article's paragraphs, "___"
 * between an interview's sections, a plan's "Eat every 2–3 hours": all of them inside the gold
 * text of dev pages), bylines (an article's own byline has the form of its teasers').
 */
import { dateOnly } from './page-text-shape.js';
import { headForm } from './comment-thread.js';

/** A sentence's or a clause's end, which a headline or a name line has not (a question mark it may
 * have: "What made Joker so popular?"). */
const SENTENCE_END = /[.…:;,。：；，]\s*$/;

/** How a teaser list is recognised (the tunables of `src/tunables.ts` that apply). */
export interface TeaserTunables {
  /** Fewest markers of one kind in a list. */
  teaserMinMarkers: number;
  /** Most blocks from one marker to the next. */
  teaserMaxGap: number;
  /** Longest date line read as a marker, in characters. */
  teaserDateMaxChars: number;
  /** Shortest and longest headline read as a marker when repeated, in units. */
  teaserHeadlineMinUnits: number;
  teaserHeadlineMaxUnits: number;
  /** Shortest line that is no sentence between two date markers (a headline, a name), in units. */
  teaserLineMinUnits: number;
}

/**
 * A block's record marker: `date` and the form of a date-only line (see `headForm`), `headline`
 * for a headline that the block after it or the one after that repeats, or undefined.
 *
 * @param texts the trimmed text of the page's block at an index
 * @param count the number of blocks
 * @param i the block
 * @param unitsOf how long a piece of text is, in units
 * @param t the tunables
 */
function markerAt(texts: (i: number) => string, count: number, i: number, unitsOf: (s: string) => number, t: TeaserTunables): string | undefined {
  const s = texts(i);
  if (s.length === 0) return undefined;
  if (s.length <= t.teaserDateMaxChars && dateOnly(s)) return 'date ' + headForm(s);
  const twice = (j: number): boolean => j >= 0 && j < count && texts(j) === s;
  // The second showing of a headline is no marker of its own.
  if (twice(i - 1) || twice(i - 2) || !(twice(i + 1) || twice(i + 2))) return undefined;
  const units = unitsOf(s);
  return units >= t.teaserHeadlineMinUnits && units <= t.teaserHeadlineMaxUnits ? 'headline' : undefined;
}

/**
 * Where teaser lists start among the first `count` blocks of a page, in page order: the first
 * marker of each run of at least `teaserMinMarkers` blocks with the same marker, each at most
 * `teaserMaxGap` blocks after the one before, with a short line that is no sentence between two
 * date lines (a headline, an author's name: a timeline's dated entries are paragraphs). A run
 * counts only where its marker first occurs on the page: a marker seen before (the article's own
 * date line in the form of its teasers', a blog index whose first post, taken as the main text,
 * has its date like every later post) means the records are the page's content.
 *
 * @param texts the text of the page's block at an index
 * @param count the number of blocks
 * @param unitsOf how long a piece of text is, in units (one per CJK character, 1.5 per word)
 * @param t the tunables
 */
export function teaserListStarts(texts: (i: number) => string, count: number, unitsOf: (s: string) => number, t: TeaserTunables): number[] {
  const trimmed: string[] = [];
  for (let i = 0; i < count; i++) trimmed.push(texts(i).trim());
  const at = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const m = markerAt((j) => trimmed[j], count, i, unitsOf, t);
    if (m === undefined) continue;
    const list = at.get(m);
    if (list) list.push(i);
    else at.set(m, [i]);
  }
  // Between two date lines of a teaser list stands a short line that is no sentence (a headline,
  // an author's name); between those of a timeline or a diary inside an article, its entries'
  // paragraphs.
  const headlineBetween = (from: number, to: number): boolean => {
    for (let i = from + 1; i < to; i++) {
      const units = unitsOf(trimmed[i]);
      if (units >= t.teaserLineMinUnits && units <= t.teaserHeadlineMaxUnits && !SENTENCE_END.test(trimmed[i])) return true;
    }
    return false;
  };
  const starts: number[] = [];
  for (const [marker, list] of at) {
    let k = 1;
    while (k < list.length && list[k] - list[k - 1] <= t.teaserMaxGap && (marker === 'headline' || headlineBetween(list[k - 1], list[k]))) k++;
    if (k >= t.teaserMinMarkers) starts.push(list[0]);
  }
  return starts.sort((a, b) => a - b);
}
