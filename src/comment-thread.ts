/**
 * Comment threads after an article: readers' comments are running text, so the main-text search
 * of page mode (`src/page.ts`) took them for more of the article — the largest share of the noise
 * kept on the dev English pages (a 300-character blog post followed by 7,600 characters of
 * comments; 70 comments under a four-paragraph sports story). A thread is told by its comment
 * heads, not by its prose: the author line ("thelastchargersfan says:"), the time stamp
 * ("November 19, 2019 at 6:34 am", "2 days ago at 07:52 am", "10H ago"), the buttons and the
 * votes ("Reply", "Rating: 36 Votes"), repeating every few blocks.
 */
import { plainSpaces } from './chars.js';
import { dateTimeCount, furnitureShape, hasRelativeTime } from './page-text-shape.js';

/** What a comment head is (see `commentHead`). */
export type CommentHead = 'author' | 'time' | 'button';

/** An author line: a name, maybe with the time, ending in "says:" ("Alex on September 17, 2018 at
 * 6:34 am said:"). The length is bounded by `HEAD_MAX`, the test is anchored at the end. */
const AUTHOR = /\s(?:says|said|wrote|writes)\s?:?$/i;
/** A clock time: a comment's time stamp has one beside its date ("November 19, 2019 at 6:34 am");
 * a post's or a listing's date line mostly has not ("December 31, 2004"), and a clock time alone
 * is as often a video's duration ("1:41") or a post's own footer ("Posted by … at 09:41 PM"). */
const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?!\d)/;
/** The buttons and links under a comment, alone on their line. */
const BUTTON = /^(?:reply|report|flag|quote|permalink|log in to reply|reply ↓|report abuse|report comment)$/i;
/** A vote or like count ("Rating: 36 Votes", "12 likes", "5 points"). */
const VOTES = /\b(?:votes?|likes?|points?)$/i;
/** Longest text read as a head, in characters: a head is a short line. */
const HEAD_MAX = 100;

/**
 * Whether a block is a comment head, and which kind: `author` ("name says:"), `time` (a relative
 * time stamp, or a date line with a clock time), `button` ("Reply", "Report", a vote count).
 *
 * @param text the block's text
 * @param unitsOf how long a piece of text is, in units (one per CJK character, 1.5 per word)
 * @param maxResidualUnits see `furnitureShape`
 * @returns the kind, or undefined for any other block
 */
export function commentHead(text: string, unitsOf: (s: string) => number, maxResidualUnits: number): CommentHead | undefined {
  const s = plainSpaces(text).trim();
  if (s.length === 0 || s.length > HEAD_MAX) return undefined;
  if (AUTHOR.test(s)) return 'author';
  if (BUTTON.test(s)) return 'button';
  const shape = furnitureShape(s, unitsOf, maxResidualUnits);
  if (shape === 'relative-time' || (shape === 'date' && CLOCK.test(s) && (dateTimeCount(s) >= 2 || hasRelativeTime(s)))) return 'time';
  if (shape === 'counter' && VOTES.test(s)) return 'button';
  return undefined;
}

/** How a thread is recognised (the tunables of `src/tunables.ts` that apply). */
export interface ThreadTunables {
  /** Fewest heads in a thread. */
  threadMinHeads: number;
  /** … of which at least this many are author lines or time stamps (buttons alone are no thread:
   * "Report" links and vote counts stand beside other content too). */
  threadMinNamedHeads: number;
  /** Most blocks from one head to the next within a thread (a comment's paragraphs between). */
  threadMaxGap: number;
  /** See `furnitureShape`. */
  pageMenuResidualUnits: number;
}

/**
 * The first comment thread of a page, when it follows other content: the index of its first head,
 * or −1. A thread is a run of at least `threadMinHeads` heads, each at most `threadMaxGap` blocks
 * after the one before, at least `threadMinNamedHeads` of them author lines or time stamps. When a
 * block before the run is a head of the same form as one of the run's (`headForm`), the run
 * continues what comes before it — a forum's or a blog's posts, each with its own head, the first
 * of them what a main-text search finds — and there is no thread after the content: −1.
 *
 * @param texts the text of the page's block at an index
 * @param count the number of blocks
 * @param unitsOf how long a piece of text is, in units
 * @param t the tunables
 */
export function commentThreadStart(texts: (i: number) => string, count: number, unitsOf: (s: string) => number, t: ThreadTunables): number {
  let start = -1;
  let last = -1;
  let heads = 0;
  let forms: string[] = [];
  // The forms of the named heads before the run: every head before it belonged to an earlier run.
  const before = new Set<string>();
  for (let i = 0; i < count; i++) {
    const head = commentHead(texts(i), unitsOf, t.pageMenuResidualUnits);
    if (head === undefined) continue;
    if (start < 0 || i - last > t.threadMaxGap) {
      for (const f of forms) before.add(f);
      start = i;
      heads = 0;
      forms = [];
    }
    last = i;
    heads++;
    if (head !== 'button') forms.push(headForm(texts(i)));
    if (heads >= t.threadMinHeads && forms.length >= t.threadMinNamedHeads) return forms.some((f) => before.has(f)) ? -1 : start;
  }
  return -1;
}

/**
 * A head's form: its text lower-cased with every run of letters as "a" and of digits as "0"
 * ("05-06-2005, 05:28 PM" → "0-0-0, 0:0 a"; "-- Affek @ 2:36PM Wed 19 Jul 2006" → "-- a @ 0:0a a 0
 * a 0"): the heads of one thread share it, whoever wrote the comment and when.
 *
 * @param text the head's text
 */
export function headForm(text: string): string {
  return text.trim().toLowerCase().replace(LETTERS, 'a').replace(DIGITS, '0').replace(SPACES, ' ');
}

const LETTERS = /\p{L}+/gu;
const DIGITS = /\d+/g;
const SPACES = /\s+/g;
