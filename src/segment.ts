import type { Segment } from './types.js';

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Split text into line blocks, keeping UTF-16 offsets. Blank (whitespace-only) lines are
 * separators, not blocks. LF, CRLF and lone CR all end a line; nothing is normalized, so the
 * input can be rebuilt exactly from the blocks and the gaps between them.
 *
 * @param text the input
 * @returns the non-blank lines, in order
 */
export function segment(text: string): Segment[] {
  const blocks: Segment[] = [];
  let start = 0;
  let line = 1;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    if (raw.trim() !== '') blocks.push({ index: blocks.length, text: raw, start, end, line });
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
    line++;
  }
  push(text.length);
  return blocks;
}

/**
 * Rebuild the output from the kept blocks. When every block is kept the input comes back
 * unchanged. Otherwise kept blocks come back verbatim; between two kept blocks stands the
 * separator that preceded the later one in the input (so its paragraph break survives), and text
 * before the first and after the last kept block is kept only when that block was the document's
 * first or last.
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
  if (prev !== -1 && prev === blocks.length - 1) out += text.slice(blocks[prev].end);
  return out;
}

/** The line terminator(s) and blank lines that precede a block, without the removed block's
 * trailing spaces: everything from the first line break on. */
function separatorBefore(text: string, from: number, to: number): string {
  const gap = text.slice(from, to);
  const at = gap.search(/[\r\n]/);
  return at === -1 ? gap : gap.slice(at);
}
