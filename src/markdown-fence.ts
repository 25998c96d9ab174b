/**
 * Code fences (`` ``` ``, `~~~`), as both Markdown readers find them: the cleaner's view of
 * scraped Markdown (src/markdown-view.ts) and the CLI's scan of Markdown files
 * (src/cli/markdown.ts). One recogniser, so that a line the CLI skips as code is code in the view.
 *
 * Looser than CommonMark about where a fence stands: after any blanks and blockquote markers
 * (`>`), so that a fence in a list item (indented four spaces or more) or in a quote is found.
 * CommonMark reads a top-level line indented four spaces as an indented code block instead, whose
 * content is code either way.
 */

/** What a fence line opens: the fence character, the length of its run, and what follows it. */
export interface FenceOpening {
  /** `` ` `` or `~`. */
  char: string;
  /** Length of the run of fence characters (at least 3). */
  length: number;
  /** The rest of the line (the info string). */
  info: string;
}

/** A character that `.` in a regular expression does not match. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/** The index of the first character at or after `i` that is not a space, a tab or (with `quotes`)
 * a blockquote marker. */
export function skipBlanks(s: string, i: number, quotes = false): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || (quotes && s[i] === '>'))) i++;
  return i;
}

/**
 * A fence run at the start of a line (after blanks and `>`): what `/^[ \t>]*(`{3,}|~{3,})(.*)$/`
 * matched, decided in one pass. That pattern, used before, let the fence run and `.*` share the
 * fence characters, so a long run of backticks followed by U+2028 or U+2029 (which `.` does not
 * match, and lines are not split at) took quadratic time. Same answers:
 * test/reliability/cli-scanners-equivalent.test.ts.
 *
 * @param s one line, without its terminator
 * @returns the fence, or undefined when the line does not start with one
 */
export function fenceOpening(s: string): FenceOpening | undefined {
  const start = skipBlanks(s, 0, true);
  const char = s[start];
  if (char !== '`' && char !== '~') return undefined;
  let end = start;
  while (s[end] === char) end++;
  if (end - start < 3) return undefined;
  const info = s.slice(end);
  return LINE_TERMINATOR.test(info) ? undefined : { char, length: end - start, info };
}

/**
 * The fence a line opens, if it opens a fenced code block: a fence run whose info string, for a
 * backtick fence, has no backtick (CommonMark: `` ```js``` `` is inline code, not a fence, and
 * taking it for one made every line after it code).
 *
 * @param s one line, without its terminator
 * @returns the fence, or undefined
 */
export function opensFence(s: string): FenceOpening | undefined {
  const open = fenceOpening(s);
  return open && !(open.char === '`' && open.info.includes('`')) ? open : undefined;
}

/**
 * Whether a line closes the fenced code block `open` opened: a run of the same character at least
 * as long, with nothing after it but blanks.
 *
 * @param s one line, without its terminator
 * @param open the block's opening fence
 */
export function closesFence(s: string, open: FenceOpening): boolean {
  const start = skipBlanks(s, 0, true);
  let end = start;
  while (s[end] === open.char) end++;
  return end - start >= Math.max(3, open.length) && skipBlanks(s, end) === s.length;
}
