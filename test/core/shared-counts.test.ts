/**
 * `sharedCounts` (topic words and n-grams a block shares with the rest of its document) gives the
 * same counts by its hash table and by sorting, and both match a plain count with sets: distinct
 * values per list, and of those the ones that occur in another list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countingTables, sharedCounts } from '../../src/context.js';

function plain(lists: number[][]): { distinct: number[]; shared: number[] } {
  const sets = lists.map((l) => new Set(l));
  const seen = new Map<number, number>();
  for (const s of sets) for (const v of s) seen.set(v, (seen.get(v) ?? 0) + 1);
  return { distinct: sets.map((s) => s.size), shared: sets.map((s) => [...s].filter((v) => seen.get(v)! >= 2).length) };
}

// Small value ranges make repeats within and across lists common; 0 and 2³² − 1 included.
const value = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0, 0xffffffff, 0x80000000), fc.integer({ min: 0, max: 0xffffffff }));
const lists = fc.array(fc.array(value, { maxLength: 30 }), { maxLength: 12 });

describe('sharedCounts', () => {
  it('hash table, sorting and a plain count agree', () => {
    fc.assert(
      fc.property(lists, (ls) => {
        const typed = ls.map((l) => Uint32Array.from(l));
        const expected = plain(ls);
        for (const hashMax of [Infinity, 0]) {
          const got = sharedCounts(typed, hashMax);
          expect([...got.distinct]).toEqual(expected.distinct);
          expect([...got.shared]).toEqual(expected.shared);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('counts a value repeated inside one list once, and not as shared', () => {
    const got = sharedCounts([Uint32Array.from([7, 7, 7]), Uint32Array.from([8])]);
    expect([...got.distinct]).toEqual([1, 1]);
    expect([...got.shared]).toEqual([0, 0]);
  });

  it('reuses its table between calls without carrying values over', () => {
    sharedCounts([Uint32Array.from([1, 2, 3]), Uint32Array.from([1, 2, 3])]);
    const got = sharedCounts([Uint32Array.from([1]), Uint32Array.from([2])]);
    expect([...got.shared]).toEqual([0, 0]);
  });

  it('counts large documents in the tables it is given, kept for the next count and cleared between', () => {
    // 800,000 values: a table of 2,097,152 slots, larger than those kept between calls.
    const big = Array.from({ length: 8 }, (_, b) => Uint32Array.from({ length: 100_000 }, (_, i) => (b % 2 ? i * 7 : i * 3 + b)));
    const scratch = countingTables();
    const expected = plain(big.map((l) => [...l]));
    const first = sharedCounts(big, Infinity, scratch);
    expect({ distinct: [...first.distinct], shared: [...first.shared] }).toEqual(expected);
    const keys = scratch.keys;
    expect(keys.length).toBeGreaterThanOrEqual(2 * 800_000);
    // A smaller large count (600,000 values, the same table size) reuses the same tables, with
    // nothing carried over.
    const half = big.slice(0, 6).map((l) => l.map((v) => v + 1_000_000));
    const second = sharedCounts(half, Infinity, scratch);
    expect(scratch.keys).toBe(keys);
    const expectedHalf = plain(half.map((l) => [...l]));
    expect({ distinct: [...second.distinct], shared: [...second.shared] }).toEqual(expectedHalf);
  });
});
