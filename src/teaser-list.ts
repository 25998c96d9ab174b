/**
 * Teaser lists after an article: "more from the site" boxes whose records are a headline, an
 * author, a date line and a summary, or a section label and a headline shown twice (as the
 * picture's caption and as the link). Their summaries are prose, so the main-text search of page
 * mode (`src/page.ts`) took them for more of the article. A list is told by its record markers
 * recurring every few blocks: a line that is a date and nothing else, a headline with its date
 * glued on at the end, or a headline repeated right after itself.
 *
 * A record's byline ("By Jim Geraghty") is a marker too. The article's own byline, above the
 * main text, has the teasers' form, so bylines are looked for from the main text's first block
 * on; one inside the main text before the run (a blog index's first post, taken for the
 * article) vetoes it as a date line does. What also tells teasers from the posts of a blog index
 * is the size of the records: a teaser is a headline and a line or two of summary, far shorter
 * than the article before it (`teaserArticleRecords`, checked in `src/page.ts`).
 *
 * Not markers: repeated short lines ("Advertisement" between an article's paragraphs, "___"
 * between an interview's sections, a plan's "Eat every 2–3 hours": all of them inside the gold
 * text of dev pages).
 */
import { dateOnly, trailingDate } from './page-text-shape.js';
import { headForm } from './comment-thread.js';

/** A sentence's or a clause's end, which a headline or a name line has not (a question mark it may
 * have: "What made Joker so popular?"). */
const SENTENCE_END = /[.…:;,。：；，]\s*$/;

/** Longest byline read as a marker, in characters. */
const BYLINE_MAX_CHARS = 50;
/** A capitalised name or initial. */
const NAME = /^\p{Lu}[\p{L}.'’-]*$/u;
const SPACES = /\s+/;

/**
 * Whether a line is a byline and nothing else: "By" and one to five capitalised names, maybe
 * joined by "and" ("By Andrew C. McCarthy", "By Jim Geraghty and Kevin Williamson"). Word by word:
 * one pattern for the whole line could not be shown free of catastrophic backtracking.
 *
 * @param s the line, trimmed
 */
function isByline(s: string): boolean {
  if (s.length > BYLINE_MAX_CHARS) return false;
  const words = s.split(SPACES);
  if (words.length < 2 || words[0].toLowerCase() !== 'by') return false;
  let names = 0;
  for (let i = 1; i < words.length; i++) {
    if (words[i] === 'and' && i > 1 && i < words.length - 1) continue;
    if (!NAME.test(words[i])) return false;
    names++;
  }
  return names <= 5;
}

/** A run of record markers of one kind: where a teaser list starts, and how far its markers go. */
export interface TeaserRun {
  /** The first marker's block. */
  start: number;
  /** The last marker's block. */
  last: number;
  /** How many markers. */
  markers: number;
}

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
 * A block's record marker: `date` and the form of a date-only line (see `headForm`), `byline` for
 * a byline alone (`isByline`), `dated` and the date's form for a headline with its date glued on
 * at the end ("香港家长：还孩子安宁守法的生活环境2019年10月20日"; a fact-check's sources, "Federal
 * Reserve Board, "Beige Book," Oct. 16, 2019", are such records too: dev en pages 0.9364 →
 * 0.9375, two pages up, none down), `headline` for a headline that the block after it or the one
 * after that repeats, or undefined.
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
  if (isByline(s)) return 'byline';
  // A headline with its date glued on at the end: one record a line.
  const dated = trailingDate(s);
  if (dated !== undefined) {
    const units = unitsOf(dated.head);
    if (units >= t.teaserHeadlineMinUnits && units <= t.teaserHeadlineMaxUnits && !SENTENCE_END.test(dated.head)) return 'dated ' + headForm(dated.date);
  }
  const twice = (j: number): boolean => j >= 0 && j < count && texts(j) === s;
  // The second showing of a headline is no marker of its own.
  if (twice(i - 1) || twice(i - 2) || !(twice(i + 1) || twice(i + 2))) return undefined;
  const units = unitsOf(s);
  return units >= t.teaserHeadlineMinUnits && units <= t.teaserHeadlineMaxUnits ? 'headline' : undefined;
}

/**
 * The teaser lists among the first `count` blocks of a page, in page order: runs of at least
 * `teaserMinMarkers` blocks with the same marker, each at most `teaserMaxGap` blocks after the one
 * before (once in a run twice that: a record without its marker), with a short line that is no
 * sentence between two date lines (a headline, an author's name: a timeline's dated entries are
 * paragraphs). A run counts only where its marker first occurs on the page: a marker seen before
 * (the article's own date line in the form of its teasers', a blog index whose first post, taken
 * as the main text, has its date like every later post) means the records are the page's content.
 * Bylines are read from block `from` on (see above).
 *
 * @param texts the text of the page's block at an index
 * @param count the number of blocks
 * @param unitsOf how long a piece of text is, in units (one per CJK character, 1.5 per word)
 * @param t the tunables
 * @param from the main text's first block: bylines before it are the article's own
 * @returns the runs, by their first marker
 */
export function teaserRuns(texts: (i: number) => string, count: number, unitsOf: (s: string) => number, t: TeaserTunables, from = 0): TeaserRun[] {
  const trimmed: string[] = [];
  for (let i = 0; i < count; i++) trimmed.push(texts(i).trim());
  const at = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const m = markerAt((j) => trimmed[j], count, i, unitsOf, t);
    if (m === undefined || (m === 'byline' && i < from)) continue;
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
  const runs: TeaserRun[] = [];
  for (const [marker, list] of at) {
    const isDate = marker.startsWith('date ');
    let k = 1;
    // One record of a run may lack its marker (a video teaser without a byline): one gap of up
    // to twice `teaserMaxGap`.
    let missing = 1;
    for (; k < list.length && (!isDate || headlineBetween(list[k - 1], list[k])); k++) {
      const gap = list[k] - list[k - 1];
      if (gap <= t.teaserMaxGap) continue;
      if (missing === 0 || gap > 2 * t.teaserMaxGap) break;
      missing--;
    }
    if (k >= t.teaserMinMarkers) runs.push({ start: list[0], last: list[k - 1], markers: k });
  }
  return runs.sort((a, b) => a.start - b.start);
}
