/**
 * Features are looked up by a 64-bit key: every vocabulary entry is found at its row, features
 * that are not in the vocabulary are not, astral characters included, and a key computed step by
 * step (as the block scan does) equals the key of the whole string.
 */
import { describe, expect, it } from 'vitest';
import { KEY1_BASIS, KEY2_BASIS, keyOf, keysOf, step1, step2 } from '../../src/feature-key.js';
import { KeyIndex } from '../../src/key-index.js';

const entries = ['#len3', 'a', 'ab', 'abc', 'b', 'hello', 'hello world', '中', '中文', '文', '𠀀', '𠀀中'];
const probes = [...entries, '', 'aa', 'abcd', 'hell', 'hello worl', '中文字', '𠀁', 'zzz', '#len'];

describe('KeyIndex', () => {
  it('finds every entry at its row and nothing else', () => {
    const index = new KeyIndex(keysOf(entries));
    const keys = keysOf(probes);
    expect(probes.map((_, i) => index.get(keys[2 * i], keys[2 * i + 1]))).toEqual(probes.map((p) => entries.indexOf(p)));
    expect(index.size).toBe(entries.length);
  });

  it('handles an empty vocabulary', () => {
    const index = new KeyIndex(new Uint32Array(0));
    expect(index.size).toBe(0);
    expect(index.get(1, 2)).toBe(-1);
  });

  it('refuses two rows with the same key', () => {
    expect(() => new KeyIndex(keysOf(['a', 'b', 'a'])).get(0, 0)).toThrow(/same 64-bit key/);
  });
});

describe('feature keys', () => {
  it('are the same computed at once or one code unit at a time', () => {
    for (const text of ['hello world', '中文', '𠀀中', 'a']) {
      let a = KEY1_BASIS;
      let b = KEY2_BASIS;
      for (let i = 0; i < text.length; i++) {
        a = step1(a, text.charCodeAt(i));
        b = step2(b, text.charCodeAt(i));
      }
      const out = new Uint32Array(2);
      keyOf(text, 0, text.length, out, 0);
      expect([a >>> 0, b >>> 0]).toEqual([...out]);
    }
  });

  it('differ for different short strings (no collision among 200,000 features)', () => {
    const seen = new Set<string>();
    const out = new Uint32Array(2);
    let n = 0;
    for (let i = 0; i < 200_000; i++) {
      const f = i < 40_000 ? String.fromCharCode(0x4e00 + (i % 20_000), 0x4e00 + Math.floor(i / 2)) : `w${i.toString(36)} x${(i * 7).toString(36)}`;
      keyOf(f, 0, f.length, out, 0);
      seen.add(`${out[0]},${out[1]}`);
      n++;
    }
    expect(seen.size).toBe(n);
  });
});
