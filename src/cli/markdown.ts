/**
 * Markdown awareness: which lines of a Markdown/MDX document the cleaner must not see, either
 * because they are not prose (front matter, code, HTML comments, tables, MDX import/export) or
 * because an inline comment turned checking off for them.
 */
import { closesFence, opensFence, skipBlanks, type FenceOpening } from '../markdown-fence.js';

/** Why a line is left alone. */
export type SkipKind =
  | 'front-matter'
  | 'code-fence'
  | 'indented-code'
  | 'html-comment'
  | 'table'
  | 'mdx-esm'
  | 'disabled' // between <!-- dechaff-disable --> and <!-- dechaff-enable -->
  | 'ignore-next'; // the block after <!-- dechaff-ignore-next -->

/** One line of a document, by UTF-16 offsets, without its terminator. */
export interface LineSpan {
  /** 1-based line number. */
  line: number;
  /** Offset of the first code unit. */
  start: number;
  /** Offset just past the line (before its terminator). */
  end: number;
}

/** The lines of a document and which of them are skipped. */
export interface MarkdownScan {
  /** Every line, as `segment()` counts them (LF, CRLF and lone CR end a line). */
  lines: LineSpan[];
  /** Per line (0-based index), why it is skipped, or undefined for prose the cleaner sees. */
  skip: Array<SkipKind | undefined>;
}

/** The directives, as inline HTML comments. */
export const DIRECTIVES = {
  disable: 'dechaff-disable',
  enable: 'dechaff-enable',
  ignoreNext: 'dechaff-ignore-next',
} as const;

const DIRECTIVE = /<!--\s*(dechaff-disable|dechaff-enable|dechaff-ignore-next)\s*-->/;
const INDENTED = /^(?: {4}|\t)/;
const MDX_ESM = /^(?:import|export)\b/;

/**
 * Split a document into lines with offsets, the same way `segment()` does.
 *
 * @param text the document
 * @returns every line, blank ones included
 */
export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ line: lines.length + 1, start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ line: lines.length + 1, start, end: text.length });
  return lines;
}

/** Options of `scanMarkdown`. */
export interface ScanOptions {
  /** Treat top-level `import`/`export` statements as code (MDX). */
  mdx?: boolean;
}

/**
 * Find the lines to leave alone in a Markdown document.
 *
 * @param text the document
 * @param options MDX or plain Markdown
 * @returns the lines and why each is skipped
 */
export function scanMarkdown(text: string, options: ScanOptions = {}): MarkdownScan {
  const lines = splitLines(text);
  const src = lines.map((l) => text.slice(l.start, l.end));
  const skip: Array<SkipKind | undefined> = new Array(lines.length).fill(undefined);
  const blank = (i: number): boolean => i < 0 || i >= src.length || src[i].trim() === '';
  let i = frontMatter(src, skip);
  let fence: FenceOpening | undefined;
  let inComment = false;
  let inEsm = false;
  let disabled = false;
  let ignorePending = false;
  let ignoring = false;
  for (; i < src.length; i++) {
    const s = src[i];
    if (fence) {
      skip[i] = 'code-fence';
      if (closesFence(s, fence)) fence = undefined;
      continue;
    }
    if (inComment) {
      skip[i] = 'html-comment';
      if (s.includes('-->') && !opensComment(s.slice(s.lastIndexOf('-->')))) inComment = false;
      applyDirective(s);
      continue;
    }
    if (skip[i]) continue; // a table row found by look-ahead
    if (blank(i)) {
      ignoring = false;
      inEsm = false;
      continue;
    }
    if (inEsm) {
      skip[i] = 'mdx-esm';
      continue;
    }
    const open = opensFence(s);
    if (open) {
      skip[i] = 'code-fence';
      fence = open;
      consumeIgnore();
      continue;
    }
    if (s.includes('<!--')) {
      skip[i] = 'html-comment';
      if (opensComment(s)) inComment = true;
      applyDirective(s);
      continue;
    }
    if (INDENTED.test(s) && (blank(i - 1) || skip[i - 1] === 'indented-code' || i === 0)) {
      skip[i] = 'indented-code';
      consumeIgnore();
      continue;
    }
    if (s.includes('|') && i + 1 < src.length && isTableDelimiter(src[i + 1]) && (src[i + 1].includes('|') || s.trim().startsWith('|'))) {
      skip[i] = 'table';
      skip[i + 1] = 'table';
      for (let j = i + 2; j < src.length && !blank(j) && src[j].includes('|'); j++) skip[j] = 'table';
      consumeIgnore();
      continue;
    }
    if (options.mdx && MDX_ESM.test(s)) {
      skip[i] = 'mdx-esm';
      inEsm = true;
      consumeIgnore();
      continue;
    }
    // Prose.
    if (ignorePending) {
      ignorePending = false;
      ignoring = true;
    }
    if (ignoring) skip[i] = 'ignore-next';
    else if (disabled) skip[i] = 'disabled';
  }
  return { lines, skip };

  function applyDirective(s: string): void {
    const m = DIRECTIVE.exec(s);
    if (!m) return;
    if (m[1] === DIRECTIVES.disable) disabled = true;
    else if (m[1] === DIRECTIVES.enable) disabled = false;
    else ignorePending = true;
  }

  function consumeIgnore(): void {
    // The block after the directive is code, a table or the like: protected anyway.
    ignorePending = false;
  }
}

/**
 * Whether a line is a table's delimiter row (`| --- | :-: |`, `---|---`, quoted with `>`): what
 * `/^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/` accepts, decided in one
 * left-to-right pass. That pattern, used before, let two quantifiers share a run of spaces (around
 * its optional pipes), so a long run of spaces in a line that was not a delimiter took quadratic
 * time (≈ 5 s for 100,000 spaces). Same answers: test/reliability/cli-scanners-equivalent.test.ts;
 * linear time: cli-scanners-linear-time.test.ts.
 *
 * @param s one line, without its terminator
 * @returns true for a delimiter row
 */
export function isTableDelimiter(s: string): boolean {
  let i = skipBlanks(s, 0, true);
  if (s[i] === '|') i = skipBlanks(s, i + 1);
  for (;;) {
    // A cell: `:?-+:?`, then blanks.
    if (s[i] === ':') i++;
    if (s[i] !== '-') return false;
    while (s[i] === '-') i++;
    if (s[i] === ':') i++;
    i = skipBlanks(s, i);
    if (i === s.length) return true;
    if (s[i] !== '|') return false;
    i = skipBlanks(s, i + 1);
    if (i === s.length) return true; // a closing pipe
  }
}

/** Whether a line leaves an HTML comment open (a `<!--` after the last `-->`). */
function opensComment(s: string): boolean {
  const open = s.lastIndexOf('<!--');
  return open !== -1 && s.indexOf('-->', open + 4) === -1;
}

/** Mark front matter (`---` … `---`/`...`, or `+++` … `+++`) at the very top; returns the next line. */
function frontMatter(src: readonly string[], skip: Array<SkipKind | undefined>): number {
  const first = (src[0] ?? '').replace(/^\uFEFF/, '').trimEnd();
  if (first !== '---' && first !== '+++') return 0;
  for (let j = 1; j < src.length; j++) {
    const s = src[j].trimEnd();
    if (s === first || (first === '---' && s === '...')) {
      for (let k = 0; k <= j; k++) skip[k] = 'front-matter';
      return j + 1;
    }
  }
  return 0;
}

/**
 * Blank out skipped lines (every code unit becomes a space), so that offsets and line numbers
 * stay the same while the cleaner sees the lines as blank separators.
 *
 * @param text the document
 * @param scan its scan
 * @returns the text the cleaner analyzes
 */
export function maskSkipped(text: string, scan: MarkdownScan): string {
  let out = '';
  let at = 0;
  scan.lines.forEach((l, i) => {
    if (!scan.skip[i] || l.end === l.start) return;
    out += text.slice(at, l.start) + ' '.repeat(l.end - l.start);
    at = l.end;
  });
  return out + text.slice(at);
}

/**
 * Whether a file is Markdown (or MDX), by its extension.
 *
 * @param file a file name
 * @returns 'mdx', 'markdown' or undefined for plain text
 */
export function markdownFlavour(file: string): 'markdown' | 'mdx' | undefined {
  const m = /\.([a-z]+)$/i.exec(file);
  const ext = m ? m[1].toLowerCase() : '';
  if (ext === 'mdx') return 'mdx';
  if (['md', 'markdown', 'mdown', 'mkd', 'mkdn'].includes(ext)) return 'markdown';
  return undefined;
}
