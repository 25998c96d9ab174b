import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { byCategory } from '../fixtures/index.js';

// An obvious spam line (contact handle + price + call to action) in the middle of a long article.
describe('an inline spam line is removed, its neighbours kept', () => {
  for (const d of byCategory('inline')) {
    describe(d.file, () => {
      const [ad] = d.remove;

      it('the fixture has one spam line with body paragraphs on both sides', () => {
        expect(d.remove).toHaveLength(1);
        expect(ad).toBeGreaterThan(3);
        expect(d.lines.length - ad).toBeGreaterThanOrEqual(3);
      });

      it('clean() drops only the spam line', () => {
        expect(clean(d.text)).toBe(d.expected);
      });

      it('the neighbours come back joined by one line break', () => {
        expect(clean(d.text)).toContain(d.lines[ad - 2] + '\n' + d.lines[ad] + '\n');
      });

      it('the spam line is promo in the inner region, with price, contact-handle and call-to-action evidence', () => {
        const b = analyze(d.text).blocks.find((x) => x.line === ad)!;
        expect(b.removed).toBe(true);
        expect(b.label).toBe('promo');
        expect(b.region).toBe('inner');
        const ids = b.reasons.filter((r) => r.weight > 0).map((r) => r.id);
        expect(ids).toEqual(expect.arrayContaining(['price', 'contact-handle', 'call-to-action']));
      });
    });
  }
});
