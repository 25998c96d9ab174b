/**
 * segment() splits as its definition says: lines ended by LF, CRLF or a lone CR, blank lines
 * (what `trim()` empties) dropped, offsets and 1-based line numbers of the input. Checked against
 * that definition written plainly (a regex for the breaks, `trim()` for blankness).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment.js';

function reference(text: string): Array<{ index: number; text: string; start: number; end: number; line: number }> {
  const out: Array<{ index: number; text: string; start: number; end: number; line: number }> = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let line = 1;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    if (raw.trim() !== '') out.push({ index: out.length, text: raw, start, end, line });
  };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
    line++;
  }
  push(text.length);
  return out;
}

describe('segment', () => {
  it('a line of one code unit is a block exactly when trim() keeps it', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (c === 0x0a || c === 0x0d) continue;
      if (segment(ch).length !== (ch.trim() === '' ? 0 : 1)) expect.fail(`U+${c.toString(16)}`);
    }
  });

  it('matches the plain definition on text of breaks, blanks and words', () => {
    const piece = fc.constantFrom('\n', '\r', '\r\n', '\n\r', ' ', '\t', '\u3000', '\u00a0', '\ufeff', '\u2028', 'a', '中文', 'word line', '😀', '\ud800');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), (t) => {
        expect(segment(t)).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
  });
});
