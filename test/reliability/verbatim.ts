/**
 * An independent check that `clean()` only ever drops whole blocks: its output is the input's
 * kept blocks, byte for byte and in order, with nothing between them but (a suffix of) the blank
 * text that stood before each kept block in the input, and after the last one the line break that
 * ended its line (all the rest of the input when it was the last block).
 */
import type { BlockAnalysis } from '../../src/index.js';

const LINE_BREAK = /\r\n|\r|\n/;

/** The input's lines, split as dechaff splits them (LF, CRLF, lone CR). */
export function inputLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The 1-based line number of the code unit at `offset`, counted independently of segment(). */
export function lineAt(text: string, offset: number): number {
  const before = text.slice(0, offset);
  return (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/**
 * Why `output` is not the input's blocks in order with their separators, or undefined when it is.
 *
 * @param input what clean() was given
 * @param blocks analyze(input).blocks
 * @param output clean(input)
 */
export function verbatimViolation(input: string, blocks: readonly BlockAnalysis[], output: string): string | undefined {
  const kept = blocks.filter((b) => !b.removed);
  if (kept.length === blocks.length) return output === input ? undefined : 'nothing was removed, yet the output differs from the input';
  let pos = 0;
  let prevEnd = -1;
  for (const [k, b] of kept.entries()) {
    const at = output.indexOf(b.text, pos);
    if (at === -1) return `kept block ${b.index} (line ${b.line}) ${JSON.stringify(b.text)} is missing from the output after offset ${pos}`;
    const piece = output.slice(pos, at);
    if (k === 0) {
      const allowed = b.index === 0 ? input.slice(0, b.start) : '';
      if (piece !== allowed) return `text before the first kept block: ${JSON.stringify(piece)}, expected ${JSON.stringify(allowed)}`;
    } else {
      const gap = input.slice(prevEnd, b.start);
      if (!gap.endsWith(piece)) return `separator before block ${b.index} ${JSON.stringify(piece)} is not the end of the input's gap ${JSON.stringify(gap)}`;
      if (piece.trim() !== '') return `separator before block ${b.index} holds text: ${JSON.stringify(piece)}`;
      if (!/[\r\n]/.test(piece)) return `separator before block ${b.index} has no line break: ${JSON.stringify(piece)}`;
    }
    pos = at + b.text.length;
    prevEnd = b.end;
  }
  const last = kept.at(-1);
  const tail = output.slice(pos);
  const allowedTail = last === undefined ? '' : last.index === blocks.length - 1 ? input.slice(last.end) : lineBreakAfter(input, last.end);
  if (tail !== allowedTail) return `text after the last kept block: ${JSON.stringify(tail)}, expected ${JSON.stringify(allowedTail)}`;
  return undefined;
}

/** The line break that ends the line of a block ending at `end` (after blanks other than line
 * breaks only), or ''. */
function lineBreakAfter(input: string, end: number): string {
  let i = end;
  while (i < input.length && input[i] !== '\r' && input[i] !== '\n' && input[i].trim() === '') i++;
  if (input.startsWith('\r\n', i)) return '\r\n';
  return input[i] === '\n' || input[i] === '\r' ? input[i] : '';
}
