/**
 * `decide` writes each decision's note only when asked (explanations); without, the decisions
 * are the same and every note is empty (clean() reads none).
 */
import { describe, expect, it } from 'vitest';
import { decide, type Evidence } from '../../src/decide.js';
import { TUNABLES } from '../../src/tunables.js';

const ev = (promo: number, units: number, boilerplate = 0): Evidence => ({ scores: { promo, commentary: 0, boilerplate }, units, chars: units * 2 });
// An ad at the top, three long body blocks, a run of boilerplate at the end, and a block just
// under the edge threshold that the run makes chaff.
const evidence = [ev(3.1, 20), ev(0, 60), ev(0.4, 80), ev(0, 70), ev(0, 12, 2.1), ev(0, 10, 2.7)];

describe('decide notes', () => {
  it('decides the same with and without notes', () => {
    const strip = ({ note, ...rest }: { note: string }) => rest;
    const withNotes = decide(evidence, TUNABLES, 0);
    const without = decide(evidence, TUNABLES, 0, false);
    expect(without.map(strip)).toEqual(withNotes.map(strip));
    expect(withNotes.some((d) => d.label !== 'body')).toBe(true);
  });

  it('writes a note for every block only when asked', () => {
    expect(decide(evidence, TUNABLES, 0).every((d) => d.note.length > 0)).toBe(true);
    expect(decide(evidence, TUNABLES, 0, false).every((d) => d.note === '')).toBe(true);
  });
});
