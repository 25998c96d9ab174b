import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { byCategory } from '../fixtures/index.js';

// Machine-written "editor" commentary after the article, in each language.
describe('commentary tails are removed', () => {
  const docs = byCategory('commentary');

  it('covers Traditional, Simplified and English', () => {
    expect(docs.map((d) => d.script).sort()).toEqual(['Hans', 'Hant', 'Latn']);
  });

  for (const d of docs) {
    describe(d.file, () => {
      it('clean() returns the article without the commentary, its last line with its line break', () => {
        const out = clean(d.text);
        expect(out).toBe(d.expected);
        expect(out.endsWith(`${d.lines[Math.min(...d.remove) - 2]}\n`)).toBe(true);
      });

      it('analyze() labels the tail lines commentary, in the tail region', () => {
        const blocks = analyze(d.text).blocks;
        const removed = blocks.filter((b) => b.removed);
        expect(removed.map((b) => b.line)).toEqual(d.remove);
        for (const b of removed) {
          expect(b.label).toBe('commentary');
          expect(b.region).toBe('tail');
        }
      });
    });
  }
});
