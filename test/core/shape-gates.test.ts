/**
 * A shape's gate is a necessary condition of its pattern: on any text where the pattern matches,
 * the gate lets it through (so skipping the regex when the gate says no never loses a match).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanBlock } from '../../src/features.js';
import { GATED_SHAPES, hasArrow, matchShape, SCANNED_SHAPES, shapeGate, SHAPES } from '../../src/shapes.js';
import { unitFlags } from '../../src/unit-flags.js';

const gateOf = (name: keyof typeof SHAPES) => (t: string): boolean => shapeGate(name, unitFlags(t), t);

// Characters every pattern cares about, plus ordinary text, so that matches are frequent.
const ALPHABET = [...'0123456789 .:/@#%$¥€£>-_+()abcwhtpsomWCOM元块年月百分之©®😀→➜▶＞‼☎〰㊗\n', 'www.', 'http://', '.com', 'hk$', 'rmb', 'usd', '-->', '>>>', 'ab@', 'cd.', '12345678', '0912345678', '2345'];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((a) => a.join(''));

describe('shape gates', () => {
  for (const name of GATED_SHAPES) {
    const gate = gateOf(name);
    it(`${name}: the pattern never matches where the gate says no`, () => {
      const re = SHAPES[name];
      let matched = 0;
      fc.assert(
        fc.property(text, (t) => {
          re.lastIndex = 0;
          const hit = re.test(t);
          if (hit) matched++;
          return !hit || gate(t);
        }),
        { numRuns: 3000 },
      );
      // The generator reaches the pattern at all (otherwise the property would prove nothing).
      expect(matched).toBeGreaterThan(0);
    });
  }

  it('emoji and arrow: every code point the pattern matches passes the gate', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      for (const name of ['emoji', 'arrow'] as const) {
        const re = SHAPES[name];
        re.lastIndex = 0;
        if (re.test(c)) expect(gateOf(name)(c), `${name} U+${cp.toString(16)}`).toBe(true);
      }
    }
  });

  it('arrow before NFKC (the arrow rule): every code point whose NFKC form matches passes', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      SHAPES.arrow.lastIndex = 0;
      if (SHAPES.arrow.test(c.normalize('NFKC'))) expect(hasArrow(c), `U+${cp.toString(16)}`).toBe(true);
    }
  });

  it("the block scan's shape bits are the shapes' matches (rules reuse them)", () => {
    fc.assert(
      fc.property(text, (t) => {
        const bits = scanBlock(t, false, false).shapes;
        return SCANNED_SHAPES.every((name, s) => ((bits >> s) & 1) === (matchShape(name, t) ? 1 : 0));
      }),
      { numRuns: 2000 },
    );
  });

  it('url: matches in mixed-case and Chinese text pass the gate', () => {
    for (const t of ['見 WWW.EXAMPLE.COM', '網址：http://例子', 'Visit Foo-Bar.Net today', 'www.1a.b', '下載：abc.xyz/app', '電話：12.5元']) {
      const hit = SHAPES.url.test(t);
      if (hit) expect(gateOf('url')(t), t).toBe(true);
    }
  });
});
