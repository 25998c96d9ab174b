import { isSpace, plainSpaces } from './chars.js';
import { wordCases } from './page-text-shape.js';
import type { Tunables } from './tunables.js';
import type { Segment } from './types.js';

/**
 * Paragraphs split at their inline elements: a scraper that writes every text node of a page on a
 * line of its own (Scrapy's `//text()`, BeautifulSoup's `get_text('\n')`, lxml's `itertext()`)
 * breaks a paragraph wherever a link, a bold word or an emphasis starts or ends, so that "…the
 * report, according to [Reuters], was …" comes as three lines, the middle one a name. Read one
 * line a block, each fragment is judged alone: short ones look like menu items, and page mode
 * ends the article at the first run of them. Dev en pages with half their long lines split at
 * capitalized names and random spans: F1 0.883, all of them: 0.811, against 0.938 unsplit
 * (0.917 and 0.888 with the joins below).
 *
 * A line break is inside a paragraph where the next line reads on in mid-sentence: the line ends
 * no sentence and no date, and the next starts with the punctuation that follows a word (", who",
 * "'s", ")"), or in lower case after a word no sentence ends with ("…according to" / "the
 * agency"), or in lower case as running text after a line of a few words. A link's own short line
 * between two parts of a sentence goes with them. A text is read so only when it has at least
 * `fragmentMinBreaks` such breaks: text written a paragraph a line has few (the unsplit dev sets
 * and the unlabelled pages are the same with and without the joins). Latin-script prose only: a
 * Chinese line, a brand in lower case ("iPhone") and code are left apart.
 */

/** A line that ends a sentence: final punctuation, maybe closed by a quote or a bracket. */
const SENTENCE_END = /[.!?…:;]["”’»)\]]?\s*$/;
/** What starts the rest of a sentence: a lower-case letter, or the punctuation that follows a word
 * (a comma, a closing bracket or quote, a possessive, a full stop). Not a list's dash or bullet. */
const READS_ON = /^\s*(?:\p{Ll}(?!\p{L}*\p{Lu})|[,;)\]”’]|'s\b|\.(?=\s|$))/u;
/** The punctuation that follows a word, at a line's start: the rest of a sentence whatever its
 * length (", the company said."). */
const PUNCTUATION_START = /^\s*(?:[,;)\]”’]|'s\b|\.(?=\s|$))/;
/** A line that leaves its sentence open: it ends with a comma or a word that a sentence does not
 * end with (English articles, prepositions, conjunctions, auxiliaries, "said", "according"). */
const OPEN_END = /(?:,|(?<![\p{L}\p{N}'’])(?:the|a|an|of|to|in|on|at|by|for|with|from|into|about|via|per|and|or|but|nor|as|that|than|which|who|whose|whom|is|are|was|were|be|been|being|has|have|had|will|would|can|could|said|says|according|including|like|such|its|their|his|her|our|your|my|this|these|those))\s*$/u;
/** A URL's or an address's marks in a line's first word: lists put those under their items in
 * lower case ("www.example.com", "info@…"). */
const NOT_A_WORD = /^\s*\S*(?:[/@]|\.\p{L})/u;
/** A date or a time at a line's end ("05-06-2005, 05:41 PM", "Posted 3 days ago"): a forum post's
 * head, which the post's text follows in lower case. */
const TIME_END = /(?:\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?|\d{4}|\bago)$/i;
/** What running Latin-script text does not hold: CJK characters, and code's operators and
 * brackets ("client = redis.Redis()", "if (x) {"). */
const NOT_PROSE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef=<>{}[\]]|\(\)/u;

/**
 * Which line breaks of a text fall inside a paragraph split at its inline elements (see above), or
 * undefined when the text is not split so.
 *
 * @param lines the text's line blocks
 * @param t the tunables
 * @returns whether the break after line block `i` joins it to the next
 */
export function fragmentJoins(lines: readonly Segment[], t: Tunables): ((i: number) => boolean) | undefined {
  const n = lines.length;
  if (n < t.fragmentMinBreaks + 1) return undefined;
  const joins = new Uint8Array(n);
  // Read with plain spaces: a no-break space parts words as a space does.
  const texts = lines.map((l) => plainSpaces(l.text));
  // Whether each line starts as the rest of a sentence does (1 yes, 2 no, 0 not read yet): most
  // lines of most texts do not, and then the line before is not read at all.
  const starts = new Uint8Array(n);
  const startsOn = (k: number): boolean => (starts[k] ||= READS_ON.test(texts[k]) && !NOT_A_WORD.test(texts[k]) && !NOT_PROSE.test(texts[k]) ? 1 : 2) === 1;
  let breaks = 0;
  for (let i = 0; i + 1 < n; i++) {
    if (!adjacent(lines, i)) continue;
    const linkAfter = i + 2 < n && adjacent(lines, i + 1) && startsOn(i + 2);
    if ((!startsOn(i + 1) && !linkAfter) || !leavesOpen(texts[i])) continue;
    const x = texts[i];
    const y = texts[i + 1];
    const on = startsOn(i + 1) && readsOn(x, y, t);
    // A link between two parts of a sentence: "…according to" / "Reuters" / ", the company said".
    const link = linkAfter && wordCount(x) >= t.fragmentMinWords && wordCount(y) <= t.fragmentLinkMaxWords && leavesOpen(y) && goesOn(x, texts[i + 2], t);
    if (!on && !link) continue;
    joins[i] = 1;
    if (link) joins[i + 1] = 1;
    breaks++;
  }
  return breaks < t.fragmentMinBreaks ? undefined : (i) => joins[i] === 1;
}

/** Whether a line ends no sentence and no date line, and is Latin-script prose at all: no CJK
 * text (a Chinese line that starts with "iPhone" reads on from nothing) and no code (see
 * `fragmentJoins`). */
function leavesOpen(x: string): boolean {
  return !SENTENCE_END.test(x) && !TIME_END.test(x.trimEnd()) && !NOT_PROSE.test(x);
}

/** Whether line `y`, which starts as the rest of a sentence does (`READS_ON`, not a URL, prose),
 * is the rest of the sentence that line `x`, which leaves it open, began: it starts with the
 * punctuation after a word; or in lower case, when `x` ends on a word no sentence ends with, or
 * both lines are a few words long and `y` reads as running text (most of its words in lower
 * case). A menu's "Skip to content" and "accedi", a headline and its "letture" count, a post and
 * its "posted by Aaron J. Seigo at 1:02 PM" read neither way. */
function readsOn(x: string, y: string, t: Tunables): boolean {
  if (PUNCTUATION_START.test(y) || OPEN_END.test(x)) return true;
  return wordCount(x) >= t.fragmentMinWords && wordCount(y) >= t.fragmentMinWords && runningText(y);
}

/** Whether line `z`, which starts as the rest of a sentence does, goes on from a link after line
 * `x`: `z` starts with the punctuation after a word (", the company said"), or `x` ends on a word
 * no sentence ends with and `z` has a few words ("…according to" / "Reuters" / "on Tuesday
 * morning"). */
function goesOn(x: string, z: string, t: Tunables): boolean {
  return PUNCTUATION_START.test(z) || (OPEN_END.test(x) && wordCount(z) >= t.fragmentMinWords);
}

/** Whether most of a line's words start in lower case, as running text's do (a menu's or a
 * byline's are mostly names). */
function runningText(y: string): boolean {
  const { lower, upper } = wordCases(y);
  return lower > upper;
}

/** Whether line block `a` and the next are consecutive lines (no blank line between). */
function adjacent(lines: readonly Segment[], a: number): boolean {
  return lines[a + 1].line === lines[a].line + 1;
}

/** Words of a line: runs of non-space characters. */
function wordCount(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
