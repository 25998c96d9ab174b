/**
 * clean() and analyze() never throw on any string: lone surrogates, NUL, bidi controls, combining
 * marks, ZWJ emoji, BOMs, mixed CRLF/CR/LF, and documents assembled from realistic lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clean, createCleaner } from '../../src/index.js';
import { HOSTILE_PIECES, hostileString, realisticDocument, SEED } from './arbitraries.js';

describe('clean() and analyze() never throw', () => {
  it('on hostile Unicode strings', () => {
    fc.assert(
      fc.property(hostileString, (x) => {
        expect(typeof clean(x)).toBe('string');
        expect(Array.isArray(analyze(x).blocks)).toBe(true);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('on documents assembled from realistic lines', () => {
    fc.assert(
      fc.property(realisticDocument, (x) => {
        expect(typeof clean(x)).toBe('string');
        expect(Array.isArray(analyze(x).blocks)).toBe(true);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('with every option combination that changes the code path (page mode, no model, extremes)', () => {
    const cleaners = [
      createCleaner({ mode: 'page' }),
      createCleaner({ mode: 'article', model: false }),
      createCleaner({ sensitivity: 0, maxRemovedShare: 0 }),
      createCleaner({ sensitivity: 1, maxRemovedShare: 1, strip: ['promo'] }),
      createCleaner({ language: 'zh' }),
    ];
    fc.assert(
      fc.property(fc.oneof(hostileString, realisticDocument), fc.integer({ min: 0, max: cleaners.length - 1 }), (x, i) => {
        expect(typeof cleaners[i].clean(x)).toBe('string');
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('on each hostile piece alone, repeated, and as a whole line', () => {
    for (const p of HOSTILE_PIECES) {
      for (const x of [p, p.repeat(50), `正文。\n${p}\nBody text.`, `${p}\r\n${p}\r${p}\n`]) {
        expect(() => clean(x)).not.toThrow();
        expect(() => analyze(x)).not.toThrow();
      }
    }
  });

  it('on the empty string and whitespace-only input (returned unchanged)', () => {
    for (const x of ['', ' ', '\n', '\r\n\r\n', '\uFEFF', '\t\u3000\u00A0\n']) expect(clean(x)).toBe(x);
  });
});
