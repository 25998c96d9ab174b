import { TUNABLES } from './tunables.js';
import { closesFence, opensFence, type FenceOpening } from './markdown-fence.js';
import { LINE_BREAK } from './segment.js';

/**
 * Scraped Markdown: what a reader sees of it. Scrapers that turn pages into Markdown (reader
 * services, crawlers for language models) write a page's menu as `* [Home](https://…)`, its logo
 * as `[![Logo](…/logo.png)](/)` and its headline as `# Title` or a line of `====` under it. The
 * rules and the classifier should read "Home", not a URL: a block's view is its visible text —
 * link and image text without their targets, without list, heading and quote markers, emphasis
 * marks and escapes — and the decisions made on the views are mapped back to the input's lines,
 * which `clean()` returns verbatim.
 *
 * The view keeps every line break of the input, so that line n of the view is line n of the
 * input. Lines with nothing to read (a setext underline, a thematic break, a code fence, a link
 * definition, an image without alt text) are blank in the view; they follow the blocks around
 * them (see `MarkdownLine.follows`).
 *
 * Written here rather than with a Markdown parser, measured unfit for this: mdast-util-from-markdown
 * (micromark) builds a whole syntax tree where one pass over each line's inline links is needed,
 * at 2.78 MB/s on the dev composites written as Markdown against the view's 24.5 MB/s
 * (BENCHMARKS.md, section 8; 3.2× the time of `clean()` itself on the same documents), and at
 * 0.50 MB/s on the dev pages written the same way (whole pages of up to 100 KB).
 */

/** How a line of the input relates to the view. */
export type MarkdownLineKind =
  /** Read through its view. */
  | 'text'
  /** Blank in the input. */
  | 'blank'
  /** Nothing to read (setext underline, thematic break, code fence, link definition, table
   * delimiter row, image without alt text, HTML comment): blank in the view, decided by its
   * neighbours. */
  | 'mark'
  /** A line of a fenced code block: blank in the view, kept when a block beside it is kept. */
  | 'code'
  /** The header a reader service writes before the page ("Title:", "URL Source:", "Markdown
   * Content:"): a description of the fetch, not the page. */
  | 'header';

/** One line of the input, as the view sees it. */
export interface MarkdownLine {
  kind: MarkdownLineKind;
  /** Whether a text line is a breadcrumb trail (see `LineInfo.trail`). */
  trail?: boolean;
  /** A text line's heading level: 1–6 for `#`…`######`, 1 or 2 for a line underlined with `=`
   * or `-`. */
  heading?: number;
  /** For a `mark`: `previous` when it belongs to the block above it (a setext underline), else
   * `both` (kept only between two kept blocks); for `code`: `either`. */
  follows?: 'previous' | 'both' | 'either';
  /** Inline links on the line (an image inside a link is the link's text; an image alone is no link). */
  links: number;
  /** Characters of text inside link text, and all characters of text (not spaces, punctuation
   * or separators; see `visibleChars`). */
  linkChars: number;
  chars: number;
}

/** A document's view (same line breaks, so the same line numbers) and its lines. */
export interface MarkdownView {
  text: string;
  lines: MarkdownLine[];
  /** The Markdown text's own lines, as written (line n at n − 1). */
  raw: string[];
  /** By the view of a line with text, what its links are (the least linked line, when two lines
   * have the same view) and its heading level. */
  info: Map<string, LineInfo>;
}

/** What the view knows of a line with text beyond its text: its links, whether it is a heading. */
export interface LineInfo {
  /** The share of its characters of text inside link text (see `visibleChars`). */
  share: number;
  /** Whether the line is a breadcrumb trail: two or more links, each followed by a separator
   * (`/`, `>`, `›`, `»`, `→`), then at most the current page's unlinked title ("[Home](/) /
   * [Posts](/posts/) / Retrying with backoff"). Counted as all link text. */
  trail: boolean;
  /** Its heading level (see `MarkdownLine.heading`), 0 for a line that is no heading. */
  heading: number;
}

/** What a line with nothing to read becomes in the view: a space, not an empty string, which
 * after a lone CR and before an LF would make the two breaks one CRLF and shift every line after. */
const BLANK = ' ';
/** An inline link or image: `[text](target)`, `![alt](src "title")`. */
const INLINE_LINK = /!?\[[^\]\n]{0,300}\]\([^)\s]{1,2000}/g;
/** A setext heading's underline. */
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** A link reference definition: `[id]: https://…`. */
const DEFINITION = /^ {0,3}\[[^\]\n]{1,300}\]:[ \t]*\S/;
/** A reader service's header fields (r.jina.ai and those that copy its format). */
const HEADER_FIELD = /^(?:Title|URL Source|Published Time|Description|Warning|Number of Pages):/;
/** The header's last line. */
const HEADER_END = /^Markdown Content:\s*$/;
/** Block markers before a line's text: quote marks, a list bullet, a task box, a heading's hashes. */
const QUOTE = /^ {0,3}(?:>[ \t]?)+/;
/** A bullet list item's marker and task box. An ordered item's number stays: it is text a plain
 * scraper gives too ("1. Chop the onion"), and runs of numbered titles are read by it
 * (`link-list`). */
const LIST_ITEM = /^[ \t]*[*+-][ \t]+(?:\[[ xX]\][ \t]+)?/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const ATX_CLOSE = /[ \t]+#+[ \t]*$/;
/** The number a reader service puts before a picture's alt text: "Image 3", "Image 1: ". */
const READER_IMAGE_NUMBER = /^Image \d{1,4}(?::[ \t]*|$)/;
/** An HTML tag inline (`<br>`, `<span class="x">`, `</div>`). */
const HTML_TAG = /^<\/?[a-z][a-z0-9-]{0,30}(?:\s[^<>\n]{0,300})?\/?>/i;
/** An autolink: `<https://…>`, `<name@host>`. */
const AUTOLINK = /^<([a-z][a-z0-9+.-]{1,31}:[^<>\s]{1,2000}|[\w.+-]{1,64}@[\w.-]{1,255})>/i;

/**
 * Whether a text is scraped Markdown: it has `TUNABLES.markdownMinLinks` inline links or images, or it
 * opens with a reader service's header.
 *
 * @param text any text
 */
export function looksLikeMarkdown(text: string): boolean {
  if (readerHeaderEnd(text.split(LINE_BREAK, TUNABLES.markdownHeaderMaxLines)) >= 0) return true;
  INLINE_LINK.lastIndex = 0;
  let n = 0;
  while (INLINE_LINK.exec(text) !== null) if (++n >= TUNABLES.markdownMinLinks) return true;
  return false;
}

/** The index of the header's last line ("Markdown Content:") when the lines open with a reader
 * service's header ("Title:" or "URL Source:" first, "URL Source:" among them), else -1. */
function readerHeaderEnd(lines: readonly string[]): number {
  let source = false;
  for (let i = 0; i < Math.min(lines.length, TUNABLES.markdownHeaderMaxLines); i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    if (HEADER_END.test(line)) return source ? i : -1;
    if (!HEADER_FIELD.test(line)) return -1;
    if (line.startsWith('URL Source:')) source = true;
  }
  return -1;
}

/**
 * The view of a Markdown text: each line replaced by what a reader sees of it.
 *
 * @param text scraped Markdown
 * @returns the view (same line breaks as `text`) and what each line is
 */
export function markdownView(text: string): MarkdownView {
  const parts = text.split(/(\r\n|\r|\n)/);
  const raw: string[] = [];
  for (let i = 0; i < parts.length; i += 2) raw.push(parts[i]);
  const headerEnd = readerHeaderEnd(raw);
  const lines: MarkdownLine[] = [];
  const views: string[] = [];
  let fence: FenceOpening | undefined;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    // The first character after the indentation says which block patterns can match: most lines
    // start with a letter and are tried against none (all of them on every line were a third of
    // the view's time).
    const lead = leadChar(line);
    const blank = lead === '';
    // A fence (src/markdown-fence.ts) opens a code block, which a fence of the same character at
    // least as long closes.
    const opens = fence === undefined && (lead === '`' || lead === '~' || lead === '>') ? opensFence(line) : undefined;
    const closes = fence !== undefined && !blank && closesFence(line, fence);
    if (fence !== undefined || opens) {
      if (opens) fence = opens;
      else if (closes) fence = undefined;
      const mark = opens !== undefined || closes;
      lines.push({ kind: blank ? 'blank' : mark ? 'mark' : 'code', follows: mark ? 'both' : 'either', links: 0, linkChars: 0, chars: 0 });
      views.push(BLANK);
      continue;
    }
    if (blank) {
      lines.push({ kind: 'blank', links: 0, linkChars: 0, chars: 0 });
      views.push(line);
      continue;
    }
    if (i <= headerEnd) {
      lines.push({ kind: 'header', links: 0, linkChars: 0, chars: 0 });
      views.push(BLANK);
      continue;
    }
    const previousText = i > 0 && lines[i - 1].kind === 'text';
    if (previousText && (lead === '=' || lead === '-') && SETEXT.test(line)) {
      lines[i - 1].heading = lead === '=' ? 1 : 2;
      lines.push({ kind: 'mark', follows: 'previous', links: 0, linkChars: 0, chars: 0 });
      views.push(BLANK);
      continue;
    }
    // Thematic breaks (`---`, `* * *`) and table delimiter rows (`|---|:-:|`) need no test of
    // their own: their view has no characters of text, so they are marks below.
    if ((lead === '[' || lead === '<') && (DEFINITION.test(line) || isHtmlComment(line))) {
      lines.push({ kind: 'mark', follows: 'both', links: 0, linkChars: 0, chars: 0 });
      views.push(BLANK);
      continue;
    }
    const stats: InlineStats = { links: 0, linkChars: 0 };
    const bare = BLOCK_LEADS.has(lead) ? blockText(line) : line;
    const view = inlineView(bare, stats, false);
    const chars = visibleChars(view);
    if (chars === 0) {
      lines.push({ kind: 'mark', follows: 'both', links: 0, linkChars: 0, chars: 0 });
      views.push(BLANK);
      continue;
    }
    const level = lead === '#' ? headingLevel(line) : 0;
    lines.push({ kind: 'text', links: stats.links, linkChars: stats.linkChars, chars, ...(stats.links >= 2 && isTrail(bare, stats.ends ?? bracketEnds(bare)) && { trail: true }), ...(level > 0 && { heading: level }) });
    views.push(view);
  }
  let out = '';
  const info = new Map<string, LineInfo>();
  for (let i = 0; i < views.length; i++) {
    out += views[i] + (parts[2 * i + 1] ?? '');
    const line = lines[i];
    if (line.kind !== 'text') continue;
    const mine: LineInfo = { share: line.trail ? 1 : line.linkChars / line.chars, trail: line.trail === true, heading: line.heading ?? 0 };
    const known = info.get(views[i]);
    // Two lines with the same view: the least linked, and a heading only when both are.
    if (known === undefined) info.set(views[i], mine);
    else info.set(views[i], { ...(mine.share < known.share ? mine : known), heading: mine.heading && known.heading ? Math.min(mine.heading, known.heading) : 0 });
  }
  return { text: out, lines, raw, info };
}

/** The separators of a breadcrumb trail. */
const TRAIL_SEPARATORS = new Set(['/', '>', '›', '»', '→']);

/**
 * Whether a line (without block markers) is a breadcrumb trail: two or more inline links, each
 * followed by a separator, then at most `TUNABLES.markdownTrailTitleMaxChars` of unlinked text without
 * brackets (the current page's title).
 *
 * @param s the line
 * @param ends its `bracketEnds`
 */
function isTrail(s: string, ends: Int32Array): boolean {
  let i = 0;
  let links = 0;
  for (;;) {
    while (s[i] === ' ' || s[i] === '\t') i++;
    if (s[i] !== '[') break;
    const label = ends[i];
    if (label === 0 || s[label] !== '(' || ends[label] === 0) return false;
    i = ends[label];
    while (s[i] === ' ' || s[i] === '\t') i++;
    if (i >= s.length) return links >= 1;
    if (!TRAIL_SEPARATORS.has(s[i])) return false;
    links++;
    i++;
  }
  const rest = s.slice(i).trim();
  return links >= 2 && rest.length <= TUNABLES.markdownTrailTitleMaxChars && !rest.includes('[') && !rest.includes('](');
}

/** An HTML comment on a line of its own. */
function isHtmlComment(line: string): boolean {
  const t = line.trim();
  return t.startsWith('<!--') && t.endsWith('-->') && t.length >= 7;
}

/** First characters of the lines that can have block markers (quote, heading, bullet, table row). */
const BLOCK_LEADS: ReadonlySet<string> = new Set(['>', '#', '*', '+', '-', '|']);

/** A line's first character that is not a space or a tab, or '' for a blank line. */
function leadChar(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20 || c === 0x09) continue;
    // Other white space (no-break, ideographic, line separators) as `trim()` reads it.
    return (c < 0x21 || c > 0x7e) && line.trim() === '' ? '' : line[i];
  }
  return '';
}

/** The level of an ATX heading line (`## Title` → 2), or 0. */
function headingLevel(line: string): number {
  const m = ATX.exec(line);
  if (!m) return 0;
  let n = 0;
  for (const c of m[0]) if (c === '#') n++;
  return n;
}

/** A line without its block markers (quote, list item, heading) and, for a table row, its pipes. */
function blockText(line: string): string {
  let s = line.replace(QUOTE, '');
  const heading = ATX.exec(s);
  if (heading) return s.slice(heading[0].length).replace(ATX_CLOSE, '');
  s = s.replace(LIST_ITEM, '');
  const t = s.trim();
  if (t.startsWith('|') && t.endsWith('|') && t.length > 1) return t.slice(1, -1).split('|').map((c) => c.trim()).join('  ');
  return s;
}

/** The characters that count as a line's text: not spaces, ASCII punctuation or the separators
 * of link rows (· • – — « » ‹ › ｜), so that "首页 | 国内 | 国际" is all link text. */
function visibleChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || (c < 0x7f && isAsciiPunctuation(c)) || SEPARATOR_CHARS.has(c)) continue;
    n++;
  }
  return n;
}

const SEPARATOR_CHARS: ReadonlySet<number> = new Set([0xa0, 0xab, 0xb7, 0xbb, 0x2013, 0x2014, 0x2022, 0x2039, 0x203a, 0x3000, 0xff5c]);

function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/** The length of the run of backticks at `i`. */
function backtickRun(s: string, i: number): number {
  let n = 1;
  while (s[i + n] === '`') n++;
  return n;
}

/** The end (exclusive) of the code span whose opening run of backticks is at `i`: just past the
 * next run of the same length, or, when none closes it, just past the opening run. */
function codeSpanEnd(s: string, i: number): number {
  const n = backtickRun(s, i);
  const close = s.indexOf('`'.repeat(n), i + n);
  return close > 0 ? close + n : i + n;
}

/**
 * Where each bracket of a line closes: for the index of every `[` and `(`, the index just past
 * its matching `]` or `)` (brackets of the same kind nest; backslash escapes and code spans are
 * skipped), or 0 when it does not close. One pass with a stack per kind: searching forward from
 * every `[` was quadratic on a line of unclosed brackets.
 */
function bracketEnds(s: string): Int32Array {
  const ends = new Int32Array(s.length);
  const squares: number[] = [];
  const rounds: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '`') i = codeSpanEnd(s, i) - 1;
    else if (c === '[') squares.push(i);
    else if (c === '(') rounds.push(i);
    else if (c === ']' && squares.length > 0) ends[squares.pop()!] = i + 1;
    else if (c === ')' && rounds.length > 0) ends[rounds.pop()!] = i + 1;
  }
  return ends;
}

/** What `inlineView` counts of a line. */
interface InlineStats {
  /** Inline links (not images). */
  links: number;
  /** Characters of text inside them (see `visibleChars`). */
  linkChars: number;
  /** The line's `bracketEnds`, once computed. */
  ends?: Int32Array;
}

/**
 * The visible text of a line's inline Markdown: link and image text without targets, code spans'
 * text, no emphasis marks, escapes or HTML tags; counts links and the characters of their text.
 *
 * @param s the line without block markers
 * @param stats links and linked characters, added to; `ends`, the line's `bracketEnds`, set when
 *   it was computed
 * @param inLink whether `s` is a link's text (its images are not counted again)
 */
function inlineView(s: string, stats: InlineStats, inLink: boolean): string {
  let out = '';
  let ends: Int32Array | undefined;
  for (let i = 0; i < s.length; ) {
    // Plain characters up to the next one that can open markup, copied as one slice.
    let j = i;
    while (j < s.length && !isMarkupChar(s.charCodeAt(j))) j++;
    if (j > i) {
      out += s.slice(i, j);
      i = j;
      if (i === s.length) break;
    }
    const c = s[i];
    if (c === '\\' && i + 1 < s.length && isAsciiPunctuation(s.charCodeAt(i + 1))) {
      out += s[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      // A code span's text as it is; an unclosed run of backticks is text.
      const end = codeSpanEnd(s, i);
      const n = backtickRun(s, i);
      out += end - i > n ? s.slice(i + n, end - n) : s.slice(i, end);
      i = end;
      continue;
    }
    if ((c === '[' || (c === '!' && s[i + 1] === '[')) && i + 1 < s.length) {
      const image = c === '!';
      const open = image ? i + 1 : i;
      ends ??= stats.ends = bracketEnds(s);
      const labelEnd = ends[open];
      if (labelEnd > 0) {
        const next = s[labelEnd];
        const end = next === '(' || next === '[' ? ends[labelEnd] : 0;
        if (end > 0) {
          const inner = { links: 0, linkChars: 0 };
          let label = inlineView(s.slice(open + 1, labelEnd - 1), inner, true);
          // A reader service numbers a page's pictures in their alt text ("Image 3", "Image 1:
          // A ferry…"): the number is its, not the page's text.
          if (image) label = label.replace(READER_IMAGE_NUMBER, '');
          // An image is no link (its alt text is what the reader sees in its place); an image
          // inside a link is the link's text.
          if (!inLink && !image) {
            stats.links++;
            stats.linkChars += visibleChars(label);
          }
          out += label;
          i = end;
          continue;
        }
      }
    }
    if (c === '<') {
      const rest = s.slice(i, i + 2300);
      const auto = AUTOLINK.exec(rest);
      if (auto) {
        if (!inLink) {
          stats.links++;
          stats.linkChars += visibleChars(auto[1]);
        }
        out += auto[1];
        i += auto[0].length;
        continue;
      }
      const tag = HTML_TAG.exec(rest);
      if (tag) {
        out += ' ';
        i += tag[0].length;
        continue;
      }
    }
    if (c === '*' || c === '~' || (c === '_' && !(isWordChar(s, i - 1) && isWordChar(s, i + 1)))) {
      // Emphasis and strike-through marks; a lone `*` between spaces is text ("5 * 3").
      let n = 1;
      while (s[i + n] === c) n++;
      const spaced = (i === 0 || s[i - 1] === ' ') && (i + n >= s.length || s[i + n] === ' ');
      if (c === '~' && n < 2) out += c;
      else if (spaced) out += s.slice(i, i + n);
      i += n;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** `\\`, `` ` ``, `[`, `!`, `<`, `*`, `~`, `_`: the characters at which inline markup can start. */
function isMarkupChar(c: number): boolean {
  return c === 0x5c || c === 0x60 || c === 0x5b || c === 0x21 || c === 0x3c || c === 0x2a || c === 0x7e || c === 0x5f;
}

function isWordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c > 0x7f;
}
