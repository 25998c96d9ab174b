/**
 * `textUnits` counts what the block scan counts (one unit per CJK character, 1.5 per word) without
 * scanning for features.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanBlock, textUnits } from '../../src/features.js';

const piece = fc.constantFrom('abc', 'Word', '123', '中文', '漢字', 'ひらがな', '한국', '𠀀', ' ', ',', '。', '-', "'", '\ud800', 'é', 'ß', '١٢', '#');
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

describe('textUnits', () => {
  it('equals the units of the full block scan', () => {
    fc.assert(fc.property(text, (t) => textUnits(t) === scanBlock(t, false, false).units), { numRuns: 3000 });
  });

  it('counts a CJK character as 1 and a word as 1.5', () => {
    expect(textUnits('中文 and more')).toBe(2 + 1.5 * 2);
  });
});
