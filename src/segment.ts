import { isSpace } from './chars.js';
import type { Segment } from './types.js';

/** A line break as `segment()` reads them: CRLF, or a lone CR or LF. */
export const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Split text into line blocks, keeping UTF-16 offsets. Blank (whitespace-only) lines are
 * separators, not blocks. LF, CRLF and lone CR all end a line; nothing is normalized, so the
 * input can be rebuilt exactly from the blocks and the gaps between them.
 *
 * Line ends are found with `indexOf` and a line's blankness from its leading code units (a global
 * regex for the breaks and `trim()` of every line was 6 % of `clean()` on a 1 MB document, which
 * every pass splits again; --cpu-prof).
 *
 * @param text the input
 * @returns the non-blank lines, in order
 */
export function segment(text: string): Segment[] {
  const blocks: Segment[] = [];
  const n = text.length;
  let start = 0;
  let line = 1;
  // The next CR and LF at or after `start` (n when none), found by the native search.
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  if (cr < 0) cr = n;
  if (lf < 0) lf = n;
  for (;;) {
    const end = cr < lf ? cr : lf;
    // Blank unless a code unit that trim() keeps is there: only leading blanks are read.
    let i = start;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i < end) blocks.push({ index: blocks.length, text: text.slice(start, end), start, end, line });
    if (end === n) break;
    start = end + (end === cr && lf === end + 1 ? 2 : 1);
    line++;
    if (cr < start) {
      cr = text.indexOf('\r', start);
      if (cr < 0) cr = n;
    }
    if (lf < start) {
      lf = text.indexOf('\n', start);
      if (lf < 0) lf = n;
    }
  }
  return blocks;
}

/**
 * Rebuild the output from the kept blocks. When every block is kept the input comes back
 * unchanged. Otherwise kept blocks come back verbatim; between two kept blocks stands the
 * separator that preceded the later one in the input (so its paragraph break survives); text
 * before the first kept block is kept only when that block was the document's first; the last
 * kept block keeps the line break that ends its line (a kept line comes back with its terminator,
 * as a scraped file's body lines do: `expected-body.txt` of the specimen ends with one), and the
 * rest of the input after it only when it was the document's last block.
 *
 * @param text the input
 * @param blocks every block of the input, in order
 * @param keep whether each block (by index) is kept
 * @returns the kept text
 */
export function render(text: string, blocks: readonly Segment[], keep: readonly boolean[]): string {
  if (keep.every(Boolean)) return text;
  let out = '';
  let prev = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (!keep[i]) continue;
    const b = blocks[i];
    if (prev === -1) {
      out += i === 0 ? text.slice(0, b.start) : '';
    } else {
      const before = blocks[i - 1];
      out += prev === i - 1 ? text.slice(before.end, b.start) : separatorBefore(text, before.end, b.start);
    }
    out += b.text;
    prev = i;
  }
  if (prev !== -1) out += prev === blocks.length - 1 ? text.slice(blocks[prev].end) : lineEndAfter(text, blocks[prev].end);
  return out;
}

/**
 * The line break that ends the line of a block ending at `from`, after blanks other than line
 * breaks: `\r\n`, `\n` or `\r`, or '' when the text ends there.
 */
function lineEndAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && text[i] !== '\r' && text[i] !== '\n' && isSpace(text.charCodeAt(i))) i++;
  if (text[i] === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
  return text[i] === '\n' ? '\n' : '';
}

/** The line terminator(s) and blank lines that precede a block, without the removed block's
 * trailing spaces: everything from the first line break on. */
function separatorBefore(text: string, from: number, to: number): string {
  const gap = text.slice(from, to);
  const at = gap.search(/[\r\n]/);
  return at === -1 ? gap : gap.slice(at);
}
