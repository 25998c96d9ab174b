import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { byCategory } from '../fixtures/index.js';

// Articles without chaff come back byte for byte.
describe('clean articles are returned unchanged', () => {
  const docs = byCategory('clean');

  it('include news, feature, encyclopedic, list-heavy, a one-paragraph note and an English blog post', () => {
    expect(docs.length).toBeGreaterThanOrEqual(6);
    expect(docs.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['news', 'feature', 'encyclopedic', 'list-heavy', 'short one-paragraph note', 'English blog post']),
    );
  });

  for (const d of docs) {
    it(`${d.file} (${d.kind}): clean(x) === x`, () => {
      expect(clean(d.text)).toBe(d.text);
    });

    it(`${d.file}: every block is labelled body`, () => {
      const a = analyze(d.text);
      expect(a.blocks.map((b) => b.label)).toEqual(d.lines.map(() => 'body'));
      expect(a.counts).toEqual({ body: d.lines.length, promo: 0, commentary: 0, boilerplate: 0 });
      expect(a.fallback).toBeUndefined();
    });
  }

  it('the one-paragraph note is a single block and comes back unchanged without its final newline too', () => {
    const note = docs.find((d) => d.kind === 'short one-paragraph note')!;
    expect(note.lines).toHaveLength(1);
    const bare = note.text.trimEnd();
    expect(clean(bare)).toBe(bare);
  });
});
