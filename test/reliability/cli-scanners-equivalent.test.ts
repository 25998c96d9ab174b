/**
 * The CLI scanners rewritten for linear time (src/cli/markdown.ts `isTableDelimiter` and
 * src/markdown-fence.ts `fenceOpening`, src/cli/ignore.ts `trimIgnoreLine` and the trailing-slash trim of
 * `compileIgnorePattern`) give
 * exactly what the originals gave, on random strings over the characters that matter to each. The
 * originals are kept here verbatim as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trailingRunStart, trimIgnoreLine } from '../../src/cli/ignore.js';
import { isTableDelimiter } from '../../src/cli/markdown.js';
import { fenceOpening } from '../../src/markdown-fence.js';
import { SEED } from './arbitraries.js';

const ORIGINAL = {
  tableDelimiter: /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/,
  fenceOpen: /^[ \t>]*(`{3,}|~{3,})(.*)$/,
  trimIgnoreLine: (raw: string): string => raw.replace(/(?<!\\)\s+$/, ''),
  trimSlashes: (p: string): string => p.replace(/\/+$/, ''),
};

/** Strings over a small alphabet of pieces: short, so that every interleaving gets tried. */
const over = (pieces: string[], maxLength = 24): fc.Arbitrary<string> => fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));

describe('linear-time rewrites of the CLI scanners give what the originals gave', () => {
  it('isTableDelimiter accepts exactly the lines the original pattern accepted', () => {
    fc.assert(
      fc.property(over([' ', '\t', '>', '|', '-', '---', ':', 'x', '\n']), (s) => {
        expect(isTableDelimiter(s)).toBe(ORIGINAL.tableDelimiter.test(s));
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('isTableDelimiter on typical delimiter rows and near misses', () => {
    const rows = ['|---|---|', '| --- | :-: |', '---|---', ':--', '> | -- |', '|-', '| - | - |  ', '|', '||', '|:|', '--- x', '|---|x|', '> >', '', '   ', '\t|\t-\t|\t'];
    for (const r of rows) expect([r, isTableDelimiter(r)]).toEqual([r, ORIGINAL.tableDelimiter.test(r)]);
  });

  it('fenceOpening finds what the original pattern matched: fence character, run length, info string', () => {
    const viaRegex = (s: string): unknown => {
      const m = ORIGINAL.fenceOpen.exec(s);
      return m ? { char: m[1][0], length: m[1].length, info: m[2] } : undefined;
    };
    fc.assert(
      fc.property(over([' ', '\t', '>', '`', '```', '~', '~~~', 'js', ' x', '\u2028', '\u2029', '\r', '\n']), (s) => {
        expect(fenceOpening(s)).toEqual(viaRegex(s));
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('trimIgnoreLine is raw.replace(/(?<!\\\\)\\s+$/, "")', () => {
    fc.assert(
      fc.property(over([' ', '\t', '\\', 'a', '/', '#', '*', '\u00a0', '\u3000', '\ufeff', '\v', '\f', '中']), (s) => {
        expect(trimIgnoreLine(s)).toBe(ORIGINAL.trimIgnoreLine(s));
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('trimIgnoreLine on every single character (what counts as whitespace)', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}`;
      if (trimIgnoreLine(s) !== ORIGINAL.trimIgnoreLine(s)) expect([c, trimIgnoreLine(s)]).toEqual([c, ORIGINAL.trimIgnoreLine(s)]);
    }
  });

  it('the trailing-slash trim of compileIgnorePattern is p.replace(/\\/+$/, "")', () => {
    fc.assert(
      fc.property(over(['/', '//', 'a', '*', '\\', ' ']), (s) => {
        expect(s.slice(0, trailingRunStart(s, (c) => c === '/'))).toBe(ORIGINAL.trimSlashes(s));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
