/**
 * `toSimplified` and `countTraditional` (src/normalize.ts) read a code-unit table built from the
 * generated pairs; they must agree with the plain reading of the pairs (a `Map` from each
 * Traditional code point to its Simplified string, applied per code point) on every pair and on
 * text mixing astral characters, lone surrogates and untouched characters (text without a BMP Han
 * character is returned as it is, as before).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { T2S_FROM, T2S_TO } from '../../src/generated/t2s.js';
import { countTraditional, toSimplified } from '../../src/normalize.js';

const reference = new Map<number, string>();
const from = Array.from(T2S_FROM);
const to = Array.from(T2S_TO);
from.forEach((f, i) => reference.set(f.codePointAt(0)!, to[i]));

/** Text without a BMP Han character passes through unchanged (the function's cheap gate). */
function plainSimplified(text: string): string {
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return text;
  let out = '';
  for (const ch of text) out += reference.get(ch.codePointAt(0)!) ?? ch;
  return out;
}

function plainCount(text: string): number {
  let n = 0;
  for (const ch of text) if (reference.has(ch.codePointAt(0)!)) n++;
  return n;
}

const pieces = [...from.slice(0, 400), ...from.filter((f) => f.length === 2), ...to.filter((t) => t.length === 2), '\ud840', '\udc00', 'a', ' ', '中', '國', '𠀀', '😀', '\ud83d'];

describe('the Traditional → Simplified table', () => {
  it('has the generated pairs, astral ones included', () => {
    expect(from).toHaveLength(to.length);
    expect(from.some((f) => f.length === 2) && to.some((t) => t.length === 2)).toBe(true);
    expect(toSimplified(T2S_FROM)).toBe(T2S_TO);
    expect(countTraditional(T2S_FROM)).toBe(from.length);
  });

  it('converts and counts every pair alone and between other text as the plain per-code-point reading does', () => {
    for (const f of from) {
      for (const text of [f, `x${f}y`, `${f}\ud800`, `中${f}`]) {
        expect(toSimplified(text)).toBe(plainSimplified(text));
        expect(countTraditional(text)).toBe(plainCount(text));
      }
    }
  });

  it('agrees with the plain reading on mixed text (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), (parts, noise) => {
        const text = parts.join('') + noise + parts.reverse().join('');
        expect(toSimplified(text)).toBe(plainSimplified(text));
        expect(countTraditional(text)).toBe(plainCount(text));
      }),
      { numRuns: 500 },
    );
  });
});
