/**
 * The code-unit flags the gates and the raw-text counts read are exactly their definitions, for
 * every code unit; and one pass of `textCounts` counts what the separate loops and regexes it
 * replaced counted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classOf, CJK, isLatinLetter } from '../../src/chars.js';
import { textCounts } from '../../src/rules/script-mismatch.js';
import { ARROW, AT, BAI, CAPITAL, COLON, DIGIT, DOT, HASH, LETTER, MARK, PERCENT, PICTOGRAPHIC, unitFlags } from '../../src/unit-flags.js';

/** Each flag's definition, written out as a plain predicate on one code unit. */
const DEFINITIONS: Array<[string, number, (c: number) => boolean]> = [
  ['DIGIT', DIGIT, (c) => c >= 0x30 && c <= 0x39],
  ['AT', AT, (c) => c === 0x40],
  ['HASH', HASH, (c) => c === 0x23],
  ['PERCENT', PERCENT, (c) => c === 0x25],
  ['BAI', BAI, (c) => String.fromCharCode(c) === '百'],
  ['DOT', DOT, (c) => c === 0x2e],
  ['COLON', COLON, (c) => c === 0x3a || c === 0xff1a],
  ['PICTOGRAPHIC', PICTOGRAPHIC, (c) => c === 0xa9 || c === 0xae || (c >= 0x203c && c <= 0x2b55) || (c >= 0xd83c && c <= 0xd83f) || [0x3030, 0x303d, 0x3297, 0x3299].includes(c)],
  ['ARROW', ARROW, (c) => '>＞﹥￫'.includes(String.fromCharCode(c)) || (c >= 0x2192 && c <= 0x27a1) || c === 0xd83d],
  ['LETTER', LETTER, (c) => /[a-z]/i.test(String.fromCharCode(c))],
  ['CAPITAL', CAPITAL, (c) => /[A-Z]/.test(String.fromCharCode(c))],
  ['MARK', MARK, (c) => '!?！？'.includes(String.fromCharCode(c))],
];

describe('unit flags', () => {
  it('every code unit has exactly the flags whose definitions it meets', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const got = unitFlags(String.fromCharCode(c));
      for (const [name, bit, holds] of DEFINITIONS) {
        if (((got & bit) !== 0) !== holds(c)) expect.fail(`${name} on U+${c.toString(16)}`);
      }
    }
  });

  it('no low surrogate has a flag (a pass that skips them loses none)', () => {
    for (let c = 0xdc00; c <= 0xdfff; c++) expect(unitFlags(String.fromCharCode(c))).toBe(0);
  });

  it('the flags of a text are the union of its code units', () => {
    expect(unitFlags('')).toBe(0);
    expect(unitFlags('a1@')).toBe(LETTER | DIGIT | AT);
    expect(unitFlags('百分之五 ➜ 👉')).toBe(BAI | ARROW | PICTOGRAPHIC);
  });
});

describe('textCounts', () => {
  const ALPHABET = [...'aZ9 !?！？>→百中文漢字éÉßЖ😀\u{20000}', '\ud800', '\udc00', 'HELLO', 'Wörld'];
  const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((a) => a.join(''));

  it('counts what the per-rule loops counted: scripts, ASCII letters and capitals, flags', () => {
    fc.assert(
      fc.property(text, (t) => {
        let cjk = 0;
        let latin = 0;
        for (const ch of t) {
          const cp = ch.codePointAt(0)!;
          if (classOf(cp) === CJK) cjk++;
          else if (isLatinLetter(cp)) latin++;
        }
        const got = textCounts(t);
        expect(got).toEqual({
          cjk,
          latin,
          letters: (t.match(/[a-z]/gi) ?? []).length,
          capitals: (t.match(/[A-Z]/g) ?? []).length,
          flags: unitFlags(t),
        });
      }),
      { numRuns: 2000 },
    );
  });
});
