import { CJK, classOf, isSpace, isWide } from './chars.js';
import { fragmentJoins } from './fragment-lines.js';
import { TUNABLES, type Tunables } from './tunables.js';
import type { Segment } from './types.js';

/**
 * Hard-wrapped text: paragraphs broken into lines of at most a fixed width, as html2text (78
 * columns), lynx and w3m dumps, e-mail and `fmt` write them. Read one line a block, a wrapped
 * paragraph is a run of short lines cut mid-sentence: the rules and the classifier judge
 * fragments, and page mode takes the article for a menu (dev en pages wrapped at 78 columns: F1
 * 0.848 against 0.936 unwrapped, recall 0.860). The lines of a wrapped paragraph are one block.
 *
 * A break is forced when the next line's first word would not have fitted on the line: the
 * wrapper had to break there, where a writer who ends a paragraph, a menu item or a heading breaks
 * anywhere. A text is wrapped at width W when at least `wrapMinBreaks` breaks are forced at W
 * mid-sentence, W being one of the longest line lengths (a wrapped text's longest lines are its
 * width; a few longer lines, an unbreakable URL or a table row, are allowed). Text written one
 * paragraph a line has most of its paragraphs longer than any wrapping width, and is left as it
 * is. Two lines are joined where the break was forced and the second reads on from the first.
 *
 * CJK text has no words to fit: it is wrapped when most of its widest lines, by display width (two
 * columns a CJK character), fill one width and break mid-sentence (`cjkMeasure`), as BBS and
 * e-mail dumps and pdftotext write Chinese (zh composites wrapped at 60, 70 and 80 columns: F1
 * 0.987, 0.989, 0.992 read line by line, 0.9965, 0.996, 0.996 joined; 0.997 unwrapped).
 *
 * A text wrapped neither way may have its paragraphs split at their links, a text node a line
 * (src/fragment-lines.ts): the lines of such a paragraph are joined the same way.
 */

/**
 * The blocks of a text with the lines of each hard-wrapped paragraph joined into one block: its
 * text the input from its first line's start to its last line's end, line breaks included
 * (verbatim), its line the first line's. Blocks of a text that is not wrapped are returned as they
 * are.
 *
 * The view of scraped Markdown (src/markdown-view.ts) is joined by its Markdown text's lines
 * (`raw`): their lengths are what the writer wrapped, and a line that starts a list item, a
 * heading, a table row or a quote (after a line outside it) starts a block of its own.
 *
 * @param text the input (or a Markdown text's view)
 * @param lines its line blocks (`segment(text)`)
 * @param t the tunables
 * @param raw a view's Markdown text, by line (line n at n − 1)
 * @returns the blocks
 */
export function joinWrappedLines(text: string, lines: readonly Segment[], t: Tunables = TUNABLES, raw?: readonly string[]): readonly Segment[] {
  return joinLines(text, lines, t, raw).blocks;
}

/**
 * `joinWrappedLines`, and how the text was read: why the lines of its blocks of several lines are
 * one block, for `analyze()` to say ("the text is hard-wrapped at 78 characters, …"); undefined when no line was
 * joined to another.
 *
 * @param text the input (or a Markdown text's view)
 * @param lines its line blocks (`segment(text)`)
 * @param t the tunables
 * @param raw a view's Markdown text, by line (line n at n − 1)
 * @returns the blocks, and how their lines were joined
 */
export function joinLines(text: string, lines: readonly Segment[], t: Tunables = TUNABLES, raw?: readonly string[]): { blocks: readonly Segment[]; how: string | undefined } {
  const m = measure(lines, raw);
  const width = widthOf(lines, m, t, raw);
  let joins: (i: number) => boolean;
  let how: string;
  if (width !== undefined) {
    joins = (i) => forced(lines, m, i, width, raw) && continues(lines[i].text, lines[i + 1].text);
    how = `the text is hard-wrapped at ${width} characters, and its lines break where the next word would not have fitted, mid-sentence`;
  } else {
    // Not wrapped by words: maybe CJK text wrapped at a fixed display width.
    const cjk = raw === undefined ? cjkMeasure(lines, t) : undefined;
    if (cjk !== undefined) {
      joins = (i) => cjkBreak(lines, cjk.widths, i, cjk.width);
      how = `the text is wrapped at ${cjk.width} display columns (two a CJK character), and its full lines break mid-sentence`;
    } else {
      // Nor wrapped at all: maybe paragraphs split at their links (src/fragment-lines.ts).
      const fragments = raw === undefined ? fragmentJoins(lines, t) : undefined;
      if (fragments === undefined) return { blocks: lines, how: undefined };
      joins = fragments;
      how = 'the text has its paragraphs split at their links (a text node a line), and each next line reads on mid-sentence';
    }
  }
  const out: Segment[] = [];
  let first = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i + 1 < lines.length && joins(i)) continue;
    const a = lines[first];
    const b = lines[i];
    out.push(first === i ? { ...a, index: out.length } : { index: out.length, text: text.slice(a.start, b.end), start: a.start, end: b.end, line: a.line });
    first = i + 1;
  }
  return { blocks: out, how: out.length < lines.length ? how : undefined };
}

/**
 * The width a text is wrapped at, or undefined when it is not wrapped: of the longest line
 * lengths (lines with a space), the one at which most breaks are forced before a lower-case word
 * (mid-sentence: a list of headlines, each nearly as long as the longest, breaks before capitals),
 * when those are at least `wrapMinBreaks` and at most `wrapMaxLonger` lines are longer.
 *
 * @param lines the text's line blocks
 * @param t the tunables
 * @param raw a view's Markdown text, by line (see `joinWrappedLines`)
 */
export function wrapWidth(lines: readonly Segment[], t: Tunables = TUNABLES, raw?: readonly string[]): number | undefined {
  return widthOf(lines, measure(lines, raw), t, raw);
}

/** What the wrap test reads of each line, measured once: its length as written (without trailing
 * white space; -1 for a line without an inner space, which no wrapper could break) and the length
 * of its first word. */
interface Measures {
  length: Int32Array;
  firstWord: Int32Array;
}

function measure(lines: readonly Segment[], raw?: readonly string[]): Measures {
  const length = new Int32Array(lines.length);
  const firstWord = new Int32Array(lines.length);
  lines.forEach((l, i) => {
    const s = written(l, raw);
    const n = visibleLength(s);
    length[i] = hasInnerSpace(s, n) ? n : -1;
    const start = wordStart(l.text);
    firstWord[i] = wordEnd(l.text, start) - start;
  });
  return { length, firstWord };
}

function widthOf(lines: readonly Segment[], m: Measures, t: Tunables, raw?: readonly string[]): number | undefined {
  if (lines.length < t.wrapMinBreaks + 1) return undefined;
  const allowed = Math.max(t.wrapMaxLonger, t.wrapMaxLongerShare * lines.length);
  // Lines too long for any width: most texts written a paragraph a line stop here.
  let tooLong = 0;
  const lengths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const n = m.length[i];
    if (n > t.wrapMaxWidth) tooLong++;
    else if (n >= t.wrapMinWidth) lengths.push(n);
  }
  if (tooLong > allowed || lengths.length < t.wrapMinBreaks) return undefined;
  return bestWidth(lengths, t, (w) => {
    let breaks = 0;
    let longer = 0;
    for (let i = 0; i < lines.length; i++) {
      if (m.length[i] > w) longer++;
      if (i + 1 < lines.length && forced(lines, m, i, w, raw) && startsLowerWord(lines[i + 1].text)) breaks++;
    }
    return longer > allowed ? -1 : breaks;
  });
}

/**
 * Of a text's widest line lengths (the `wrapWidthCandidates` longest distinct ones), the one at
 * which most lines break as a wrapper breaks them, when those are at least `wrapMinBreaks`.
 *
 * @param lengths the lengths of the lines that could be full
 * @param t the tunables
 * @param breaksAt how many lines break as wrapped at a width, or -1 when the width is ruled out
 */
function bestWidth(lengths: readonly number[], t: Tunables, breaksAt: (w: number) => number): number | undefined {
  const distinct = [...new Set(lengths)].sort((a, b) => b - a).slice(0, t.wrapWidthCandidates);
  let best: number | undefined;
  let bestBreaks = 0;
  for (const w of distinct) {
    const breaks = breaksAt(w);
    if (breaks > bestBreaks) {
      best = w;
      bestBreaks = breaks;
    }
  }
  return best !== undefined && bestBreaks >= t.wrapMinBreaks ? best : undefined;
}

/** Whether the break after line block `i` was forced by width `w`: the next block is the next
 * line (no blank line between), and its first word would not have fitted on the line (as written:
 * in Markdown, with its marks). A line without an inner space (a URL) breaks nothing. */
function forced(lines: readonly Segment[], m: Measures, i: number, w: number, raw?: readonly string[]): boolean {
  const a = lines[i];
  const b = lines[i + 1];
  const n = m.length[i];
  if (n < 0 || b.line !== a.line + 1 || n > w || n + 1 + m.firstWord[i + 1] <= w) return false;
  return !hasCjk(a.text) && !hasCjk(b.text) && (raw === undefined || goesOn(raw[a.line - 1], raw[b.line - 1]));
}

/** A line as written: the Markdown text's line for a view's line, else the line itself. */
function written(l: Segment, raw?: readonly string[]): string {
  return raw?.[l.line - 1] ?? l.text;
}

/** What starts a Markdown block of its own: a heading, a list item, a quote, a table row, an HTML
 * tag, a fence. */
const MARKDOWN_BLOCK_START = /^\s*(?:[#>|<`~]|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$))/;

/** Whether a Markdown line can go on a wrapped paragraph: the next line starts no block of its own
 * (a quote's next line goes on a quote), and the line is no heading or table row. */
function goesOn(a: string, b: string): boolean {
  const lead = a.trimStart()[0];
  if (lead === '#' || lead === '|') return false;
  if (!MARKDOWN_BLOCK_START.test(b)) return true;
  return lead === '>' && b.trimStart()[0] === '>';
}

/** Whether a line has a CJK character: CJK text breaks between any two characters, so whether a
 * word would have fitted says nothing there (Chinese pages with spaces between phrases were taken
 * for wrapped); CJK text has a test of its own (`cjkMeasure`). */
function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2e80 && classOf(c) === CJK) return true;
  }
  return false;
}

/**
 * CJK text wrapped at a fixed display width (a BBS or e-mail dump, pdftotext): every line of a
 * paragraph but its last fills the width, two columns a CJK or full-width character, one any
 * other, and breaks mid-sentence. A line is full when it is within `cjkWrapSlack` columns of the
 * width (a wide character or a closing mark that did not fit). The width is the one of the
 * longest CJK line widths at which most lines break mid-sentence: at least `wrapMinBreaks` such
 * breaks, and at least `cjkWrapMinFullShare` of the full lines; at most `wrapMaxLonger` CJK lines
 * (or `wrapMaxLongerShare`) are wider.
 *
 * @returns the width and every line's display width (-1 for a line without CJK), or undefined
 */
function cjkMeasure(lines: readonly Segment[], t: Tunables): { width: number; widths: Int32Array } | undefined {
  if (lines.length < t.wrapMinBreaks + 1) return undefined;
  const widths = new Int32Array(lines.length);
  const allowed = Math.max(t.wrapMaxLonger, t.wrapMaxLongerShare * lines.length);
  let tooLong = 0;
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const w = cjkWidth(lines[i].text, t.wrapMaxWidth);
    widths[i] = w;
    // A line wider than any width (CJK or not): most texts, written a paragraph a line, stop here.
    if (w > t.wrapMaxWidth && ++tooLong > allowed) return undefined;
    if (w >= t.wrapMinWidth && w <= t.wrapMaxWidth) candidates.push(w);
  }
  if (candidates.length < t.wrapMinBreaks) return undefined;
  const width = bestWidth(candidates, t, (w) => {
    let longer = 0;
    let full = 0;
    let breaks = 0;
    for (let i = 0; i < lines.length; i++) {
      if (widths[i] > w) longer++;
      if (widths[i] < w - t.cjkWrapSlack || widths[i] > w) continue;
      full++;
      if (i + 1 < lines.length && cjkBreak(lines, widths, i, w)) breaks++;
    }
    return longer > allowed || breaks < full * t.cjkWrapMinFullShare ? -1 : breaks;
  });
  return width === undefined ? undefined : { width, widths };
}

/** Whether CJK line `i` is full at width `w` and breaks mid-sentence into the next line: no blank
 * line between, the next line CJK text too, and line `i` ends no sentence and no truncated
 * headline ("…", "..."), which a wrapper does not write. */
function cjkBreak(lines: readonly Segment[], widths: Int32Array, i: number, w: number): boolean {
  const n = widths[i];
  if (n < w - TUNABLES.cjkWrapSlack || n > w || widths[i + 1] < 0 || lines[i + 1].line !== lines[i].line + 1) return false;
  return !CJK_LINE_END.test(lines[i].text);
}

/** What ends a CJK line on purpose: a sentence's end, maybe closed by a quote or a bracket, or an
 * ellipsis. */
const CJK_LINE_END = /(?:[。！？!?…]|\.\.\.)["”’」』）)]?\s*$/;

/**
 * A CJK line's width as a terminal or a fixed-width page shows it: two columns a CJK or full-width
 * character (astral ones too), one any other; trailing white space not counted. Read only as far
 * as `cap`: a wider line is wider than any width.
 *
 * @param s the line
 * @param cap the widest width of interest
 * @returns the width; more than `cap` for a wider line (CJK or not); -1 for a line without CJK
 */
function cjkWidth(s: string, cap: number): number {
  let w = 0;
  let cjk = false;
  const n = visibleLength(s);
  for (let i = 0; i < n && w <= cap; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      w += 2;
      i++;
    } else if (isWide(c)) {
      w += 2;
      cjk = true;
    } else w += 1;
  }
  return w > cap ? w : cjk ? w : -1;
}

/** A lower-case letter. */
const LOWER = /^\p{Ll}/u;
/** What a word does not hold: a URL's or an address's marks ("https://…", "info@…", "site.com"). */
const NOT_A_WORD = /[/@]|[.:]\S/;

/** Whether a line starts with a lower-case word (after its indentation): the rest of a sentence,
 * not a URL or an address, which lists put under their items. */
function startsLowerWord(s: string): boolean {
  const i = wordStart(s);
  const word = s.slice(i, wordEnd(s, i));
  return LOWER.test(word) && !NOT_A_WORD.test(word);
}

/** A line that ends a sentence: final punctuation, maybe closed by a quote or a bracket. */
const SENTENCE_END = /[.!?…:]["”’»)\]]?\s*$/;

/** Whether the next line reads on from a line: it starts in lower case, or the line does not end
 * a sentence. A forced break after a sentence, before a capital, may as well be a paragraph's end:
 * the blocks are left apart there, each of them whole sentences. */
function continues(a: string, b: string): boolean {
  return startsLowerWord(b) || !SENTENCE_END.test(a);
}

/** Length without trailing white space (wrappers differ in whether they leave a space at the
 * break). */
function visibleLength(s: string): number {
  let n = s.length;
  while (n > 0 && isSpace(s.charCodeAt(n - 1))) n--;
  return n;
}

/** Where a line's first word starts: after its indentation. */
function wordStart(s: string): number {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Where the word starting at `i` ends: at the next white space or the line's end. */
function wordEnd(s: string, i: number): number {
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Whether a line has a space between two non-space characters (a line a wrapper could break),
 * its length without trailing white space being `n`. */
function hasInnerSpace(s: string, n: number): boolean {
  return wordEnd(s, wordStart(s)) < n;
}
