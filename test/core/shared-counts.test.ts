/**
 * `sharedCounts` (topic words and n-grams a block shares with the rest of its document) matches a
 * plain count with sets — distinct values per list, and of those the ones that occur in another
 * list — whether it counts the lists in one table, in one partition or many, gathered at once or
 * range by range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedCounts } from '../../src/context.js';

function plain(lists: ArrayLike<number>[]): { distinct: number[]; shared: number[] } {
  const sets = lists.map((l) => new Set(Array.from(l)));
  const seen = new Map<number, number>();
  for (const s of sets) for (const v of s) seen.set(v, (seen.get(v) ?? 0) + 1);
  return { distinct: sets.map((s) => s.size), shared: sets.map((s) => [...s].filter((v) => seen.get(v)! >= 2).length) };
}

// Small value ranges make repeats within and across lists common; 0, 2³¹ and 2³² − 1 included,
// and values with high bits set, which land in other partitions.
const value = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0, 0xffffffff, 0x80000000), fc.integer({ min: 0, max: 40 }).map((x) => (x * 0x0c000001) >>> 0), fc.integer({ min: 0, max: 0xffffffff }));
const lists = fc.array(fc.array(value, { maxLength: 30 }), { maxLength: 12 });

describe('sharedCounts', () => {
  it('agrees with a plain count in one partition, in many, and gathered range by range', () => {
    fc.assert(
      fc.property(lists, (ls) => {
        const typed = ls.map((l) => Uint32Array.from(l));
        const expected = plain(ls);
        for (const options of [{}, { directMax: 0 }, { directMax: 0, partitionValues: 4 }, { directMax: 0, partitionValues: 2, gatherMax: 8 }, { directMax: 0, partitionValues: 1, gatherMax: 1 }]) {
          const got = sharedCounts(typed, options);
          expect({ distinct: [...got.distinct], shared: [...got.shared] }, JSON.stringify(options)).toEqual(expected);
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

  it('reuses its tables between calls without carrying values over', () => {
    sharedCounts([Uint32Array.from([1, 2, 3]), Uint32Array.from([1, 2, 3])]);
    const got = sharedCounts([Uint32Array.from([1]), Uint32Array.from([2])]);
    expect([...got.shared]).toEqual([0, 0]);
  });

  it('counts a large document (2.4 million values: 128 partitions, gathered in four ranges)', () => {
    let x = 12345;
    const random = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
    // Lists with repeats inside and across them: values from a pool smaller than the total.
    const pool = Uint32Array.from({ length: 600_000 }, random);
    const big = Array.from({ length: 24 }, () => Uint32Array.from({ length: 100_000 }, () => pool[random() % pool.length]));
    const expected = plain(big);
    const got = sharedCounts(big);
    expect({ distinct: [...got.distinct], shared: [...got.shared] }).toEqual(expected);
    const again = sharedCounts(big.slice(0, 3));
    expect({ distinct: [...again.distinct], shared: [...again.shared] }).toEqual(plain(big.slice(0, 3)));
  });
});
