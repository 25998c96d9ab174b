/**
 * The benchmark's large documents repeat the corpus; every repeat has its lines made distinct by
 * trailing blanks, so that clean()'s per-call cache of block texts cannot score a repeat for free
 * (bench/lib/data.ts, `buildDocument`). Invented documents only.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../bench/lib/data.js';

const DOCS = [
  'Town hall opens a new library wing.\nThe wing holds twelve thousand books.\n\nOpening hours are posted online.',
  '市政府宣布新的公園計劃。\n公園將於明年春天開放。',
  'A short note.\r\nWith a CRLF line.',
];

describe('buildDocument', () => {
  const text = buildDocument(DOCS, 20_000, 7);
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');

  it('draws each document many times for a large size', () => {
    expect(lines.filter((l) => l.startsWith('Town hall')).length).toBeGreaterThan(10);
  });

  it('makes every drawn line a distinct string', () => {
    // The source documents have no repeated line, so no two lines of the result are equal.
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('changes only trailing blanks: each line is a source line once trimmed', () => {
    const source = new Set(DOCS.flatMap((d) => d.split(/\r?\n/)).filter((l) => l.trim() !== ''));
    for (const l of lines) expect(source.has(l.trimEnd())).toBe(true);
  });

  it('keeps line breaks and blank lines as they were', () => {
    expect(text).toContain('books.\t\n\nOpening');
    expect(text.startsWith(DOCS[0]) || text.startsWith(DOCS[1]) || text.startsWith(DOCS[2])).toBe(true);
  });
});
