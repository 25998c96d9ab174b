import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { byCategory } from '../fixtures/index.js';

// 1–4 ad lines before an article, in each language: the ad lines go, the title and body stay verbatim.
describe('preamble ads are removed', () => {
  const docs = byCategory('preamble');

  it('covers Traditional, Simplified and English', () => {
    expect(docs.map((d) => d.script).sort()).toEqual(['Hans', 'Hant', 'Latn']);
  });

  for (const d of docs) {
    describe(d.file, () => {
      it('clean() returns the title and body verbatim', () => {
        expect(clean(d.text)).toBe(d.expected);
      });

      it('the output starts with the title line', () => {
        const title = d.lines[Math.max(...d.remove)];
        expect(clean(d.text).startsWith(title + '\n')).toBe(true);
      });

      it('analyze() removes exactly the ad lines, as promo, in the head', () => {
        const removed = analyze(d.text).blocks.filter((b) => b.removed);
        expect(removed.map((b) => b.line)).toEqual(d.remove);
        for (const b of removed) {
          expect(b.label).toBe('promo');
          expect(b.region).toBe('head');
        }
      });
    });
  }
});
