/**
 * Every analyze() block satisfies text.slice(start, end) === block.text, and `line` is its 1-based
 * line number (LF, CRLF and lone CR each end a line); a block is one line, or consecutive lines of
 * a hard-wrapped paragraph (src/wrapped-lines.ts); no non-blank line is missing from the blocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { hostileString, realisticDocument, SEED, wrappedDocument } from './arbitraries.js';
import { inputLines, lineAt } from './verbatim.js';

function check(x: string): void {
  const { blocks } = analyze(x);
  const lines = inputLines(x);
  let prevEnd = 0;
  const covered: Array<readonly [string, number]> = [];
  blocks.forEach((b, i) => {
    expect(b.index).toBe(i);
    expect(x.slice(b.start, b.end)).toBe(b.text);
    expect(b.start).toBeGreaterThanOrEqual(prevEnd);
    expect(b.line).toBe(lineAt(x, b.start));
    // The block's lines are the input's, one after another, none blank.
    const own = inputLines(b.text);
    own.forEach((l, k) => {
      expect(lines[b.line - 1 + k]).toBe(l);
      expect(l.trim()).not.toBe('');
      covered.push([l, b.line + k]);
    });
    prevEnd = b.end;
  });
  // Every non-blank input line is in a block (nothing is silently skipped).
  const nonBlank = lines.map((l, i) => [l, i + 1] as const).filter(([l]) => l.trim() !== '');
  expect(covered).toEqual(nonBlank);
}

describe('analyze() offsets and line numbers', () => {
  it('on hostile Unicode strings', () => {
    fc.assert(fc.property(hostileString, check), { seed: SEED, numRuns: 400 });
  });

  it('on documents assembled from realistic lines with mixed line breaks', () => {
    fc.assert(fc.property(realisticDocument, check), { seed: SEED, numRuns: 200 });
  });

  it('on hard-wrapped documents (multi-line blocks)', () => {
    fc.assert(fc.property(wrappedDocument, check), { seed: SEED, numRuns: 200 });
  });

  it('CR before LF at a line end is one break; CR CR LF is two', () => {
    const x = 'a\r\nb\r\r\nc\n\rd';
    expect(analyze(x).blocks.map((b) => [b.text, b.line])).toEqual([['a', 1], ['b', 2], ['c', 4], ['d', 6]]);
    check(x);
  });
});
