/**
 * Never lose or alter text: clean()'s output is an in-order subsequence of the input's blocks,
 * byte for byte (every kept block appears verbatim and in order; nothing outside the input
 * appears), for hostile strings and realistic documents alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clean, createCleaner, segment } from '../../src/index.js';
import { hostileString, realisticDocument, SEED } from './arbitraries.js';
import { verbatimViolation } from './verbatim.js';

function check(x: string, cleaner: { clean(t: string): string; analyze(t: string): ReturnType<typeof analyze> } = { clean, analyze }): void {
  const out = cleaner.clean(x);
  const a = cleaner.analyze(x);
  expect(verbatimViolation(x, a.blocks, out)).toBeUndefined();
  // Independently: the output's blocks are exactly the kept blocks, in order.
  expect(segment(out).map((b) => b.text)).toEqual(a.blocks.filter((b) => !b.removed).map((b) => b.text));
}

describe('clean() returns the kept blocks verbatim, in order', () => {
  it('on hostile Unicode strings', () => {
    fc.assert(fc.property(hostileString, (x) => check(x)), { seed: SEED, numRuns: 300 });
  });

  it('on documents assembled from realistic lines (some are removed)', () => {
    let removedSome = 0;
    fc.assert(
      fc.property(realisticDocument, (x) => {
        check(x);
        if (clean(x) !== x) removedSome++;
      }),
      { seed: SEED, numRuns: 200 },
    );
    // The property is only meaningful if removal actually happens on a good share of the runs.
    expect(removedSome).toBeGreaterThan(20);
  });

  it('at maximum sensitivity with no safety valve (most removal)', () => {
    const eager = createCleaner({ sensitivity: 1, maxRemovedShare: 1 });
    fc.assert(fc.property(realisticDocument, (x) => check(x, eager)), { seed: SEED + 1, numRuns: 150 });
  });

  it('keeps lone surrogates, NUL and bidi controls of kept lines byte for byte', () => {
    const body = 'The city council voted on Tuesday to extend the night bus network to three new districts.';
    const odd = `${body} \uD800\u0000\u202E\u2066x\u2069 \uDFFF`;
    const ad = '🔥 Get Spotify Premium for only $2.99/month! No VPN needed ➜ DM us on Telegram @cheapsubs';
    const text = `${ad}\r\n${body}\r${odd}\n${body}\n`;
    const out = clean(text);
    expect(out).toContain(odd);
    expect(out).not.toContain('Spotify');
    check(text);
  });
});
