/**
 * The vocabulary index answers the same before and after it switches from binary search to its
 * hash table (after 25,000 lookups), for present and absent keys, astral characters included.
 */
import { describe, expect, it } from 'vitest';
import { entryStarts, VocabIndex } from '../../src/vocab-index.js';

const entries = ['#len3', 'a', 'ab', 'abc', 'b', 'hello', 'hello world', '中', '中文', '文', '𠀀', '𠀀中'].sort((x, y) => (x < y ? -1 : 1));
const packed = entries.join('\n');
const probes = [...entries, '', 'aa', 'abcd', 'hell', 'hello worl', '中文字', '𠀁', 'zzz', '#len'];

describe('VocabIndex', () => {
  it('finds every entry and only those, before and after building its hash table', () => {
    const index = new VocabIndex(packed, entryStarts(packed, 10));
    const expected = probes.map((p) => entries.indexOf(p));
    expect(probes.map((p) => index.get(p))).toEqual(expected);
    for (let i = 0; i < 30_000; i++) index.get(probes[i % probes.length]);
    expect(probes.map((p) => index.get(p))).toEqual(expected);
    expect(entries.map((_, r) => index.entry(r))).toEqual(entries);
  });

  it('handles an empty vocabulary', () => {
    const index = new VocabIndex('', entryStarts('', 10));
    expect(index.size).toBe(0);
    expect(index.get('a')).toBe(-1);
  });
});
