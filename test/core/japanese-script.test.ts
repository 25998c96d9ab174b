/**
 * `japaneseScript` (page mode's kana counts) answers as `\p{Script=Hiragana}` and
 * `\p{Script=Katakana}` do, for every code point of the Basic Multilingual Plane and the kana
 * blocks beyond it.
 */
import { describe, expect, it } from 'vitest';
import { HIRAGANA, japaneseScript, KATAKANA } from '../../src/chars.js';

describe('japaneseScript', () => {
  it('agrees with the Unicode script properties', () => {
    const wrong: string[] = [];
    const check = (cp: number): void => {
      const c = String.fromCodePoint(cp);
      const expected = /\p{Script=Hiragana}/u.test(c) ? HIRAGANA : /\p{Script=Katakana}/u.test(c) ? KATAKANA : 0;
      if (japaneseScript(cp) !== expected) wrong.push(cp.toString(16));
    };
    for (let cp = 0; cp < 0x10000; cp++) if (cp < 0xd800 || cp > 0xdfff) check(cp);
    for (let cp = 0x1aff0; cp <= 0x1b16f; cp++) check(cp);
    check(0x1f200);
    expect(wrong).toEqual([]);
    expect(japaneseScript('あ'.codePointAt(0)!)).toBe(HIRAGANA);
    expect(japaneseScript('カ'.codePointAt(0)!)).toBe(KATAKANA);
  });
});
