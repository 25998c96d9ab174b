/**
 * Properties of Markdown reading on generated documents: realistic lines wrapped in every kind of
 * Markdown the view reads (links, images, bullets, headings, quotes, fences, setext underlines,
 * thematic breaks, link definitions, escapes, code spans, unclosed brackets), with mixed line
 * breaks. analyze() never throws, its blocks are the input's lines with their offsets, clean()
 * drops whole lines only, and cleaning twice changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { EN_BODY, SEED, ZH_BODY, AD_LINES, CHAFF_LINES, hostileString } from '../reliability/arbitraries.js';
import { inputLines, verbatimViolation } from '../reliability/verbatim.js';

const text = fc.oneof(fc.constantFrom(...EN_BODY), fc.constantFrom(...ZH_BODY), fc.constantFrom(...AD_LINES), fc.constantFrom(...CHAFF_LINES), fc.constantFrom('Home', 'Share', '首页', 'Read more'));
const url = fc.constantFrom('https://x.example/a', '/b', 'c.md', 'https://x.example/a_(b)', '<https://x.example/c d>');

/** One line of Markdown around a realistic text. */
const mdLine: fc.Arbitrary<string> = fc.oneof(
  text,
  fc.tuple(text, url).map(([t, u]) => `[${t}](${u})`),
  fc.tuple(text, url).map(([t, u]) => `* [${t}](${u})`),
  fc.tuple(text, url).map(([t, u]) => `[![${t}](${u})](${u})`),
  fc.tuple(text, url, text).map(([a, u, b]) => `[Home](/) / [${a}](${u}) / ${b}`),
  text.map((t) => `## ${t}`),
  text.map((t) => `> **${t}**`),
  text.map((t) => `1. _${t}_ \`code\``),
  fc.constantFrom('```', '~~~~', '---', '* * *', '====', '[1]: https://x.example', '| a | b |', '|---|---|', '<!-- c -->', '![](x.png)', ''),
  fc.constantFrom('[unclosed', '](', '\\[x\\]', '`', '**', '<a href="x">', 'Title: x', 'URL Source: https://x.example', 'Markdown Content:'),
  hostileString.filter((s) => !/[\r\n]/.test(s)),
);

const markdownDocument: fc.Arbitrary<string> = fc
  .array(fc.tuple(mdLine, fc.constantFrom('\n', '\r\n', '\r', '\n\n')), { maxLength: 30 })
  .map((lines) => lines.map(([l, br]) => l + br).join(''));

describe('Markdown reading on generated documents', () => {
  it('blocks are the input lines, with their offsets', () => {
    fc.assert(
      fc.property(markdownDocument, (x) => {
        const { blocks } = analyze(x, { markdown: true });
        const lines = inputLines(x);
        const nonBlank = lines.map((l, i) => [l, i + 1] as const).filter(([l]) => l.trim() !== '');
        expect(blocks.map((b) => [b.text, b.line])).toEqual(nonBlank);
        blocks.forEach((b, i) => {
          expect(b.index).toBe(i);
          expect(x.slice(b.start, b.end)).toBe(b.text);
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('clean() drops whole lines only, and is idempotent', () => {
    fc.assert(
      fc.property(markdownDocument, (x) => {
        const out = clean(x, { markdown: true });
        expect(verbatimViolation(x, analyze(x, { markdown: true }).blocks, out)).toBeUndefined();
        expect(clean(out, { markdown: true })).toBe(out);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
