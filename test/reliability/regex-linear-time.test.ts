/**
 * Linear behaviour on adversarial input, without measuring time: clean() must finish on 100 KB
 * strings built to make each built-in pattern backtrack or rescan (a quadratic pattern takes tens
 * of seconds to minutes on these and hits the per-test timeout). Before the fixes in
 * src/shapes.ts and src/rules/contact-handle.ts, a 100 KB digit run took 24 s and "a-a-a-…" 54 s.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';

const KB100 = 100_000;
const fill = (unit: string, prefix = '', suffix = ''): string => prefix + unit.repeat(Math.ceil(KB100 / unit.length)) + suffix;

/** Three inline links: enough to read a text as Markdown. */
const MD_PREFIX = '[a](https://x.example/a) [b](/b) [c](/c)\n';

/** Stressors by the pattern they target. */
const STRESSORS: Record<string, string> = {
  'digit run (price, percent, phone, longNumber)': fill('1'),
  'full-width digit run (NFKC → digits)': fill('１'),
  'digits and commas (price)': fill('1,'),
  'digits and dots (price, percent, sentenceEnd)': fill('1.'),
  '"a." run (email, url, sentenceEnd)': fill('a.'),
  '"a-" run (url bare domain)': fill('a-'),
  '"_a-" run (url bare domain after an underscore)': fill('_a-'),
  'dashes then a domain (url)': fill('-', 'x', 'a.com'),
  'email local part without an @ (email)': fill('a.+', '', '@'),
  '"a@" run (email, handle)': fill('a@'),
  'long URL without spaces (url)': fill('a', 'http://'),
  'www. and a dashed host (url)': fill('a-', 'www.'),
  'exclamation marks (shouting)': fill('!'),
  'question and exclamation marks (shouting)': fill('?!'),
  'capitals (shouting)': fill('A'),
  'messenger word and spaces (contact-handle HANDLE)': fill(' ', 'line', 'x'),
  'Chinese messenger word and spaces (contact-handle HANDLE)': fill(' ', '加我 号', 'x'),
  'action word and spaces (contact-handle CALL)': fill(' ', 'call', '1'),
  'repeated action words (contact-handle CALL)': fill('call '),
  'punctuation then spaces (sentence end)': fill(' ', '。', 'x'),
  'spaces then a letter': fill(' ', '', 'x'),
  'currency signs and digits (price)': fill('$1,'),
  'hashtags (hashtag)': fill(' #a'),
  'handles (handle)': fill(' @abc.'),
  'phone-like groups (phone)': fill('(12) '),
  'per and slashes (perPeriod)': fill('/ per '),
  '"no need" items (selling-pattern)': fill('不用'),
  'Han run (shingles, topic words)': fill('新聞'),
  'emoji and ZWJ (emoji, emoji-lead)': fill('👨\u200D👩\u200D👧'),
  'combining marks on one letter': fill('\u0301', 'e'),
  'arrows (arrow)': fill('>'),
  'phrase fragments (phrase lists)': fill('click her'),
  'lookbehind guards (phrase lists)': fill('aaaaaaaaaa'),
  // Scraped Markdown (src/markdown-view.ts): three links make the text Markdown, then the line.
  'unclosed brackets (Markdown view)': fill('[', MD_PREFIX),
  'brackets and parens (Markdown view)': fill('[a](', MD_PREFIX),
  'nested links (Markdown view)': fill('[[', MD_PREFIX, ']]'),
  'backtick runs (Markdown view)': fill('`` ` ', MD_PREFIX),
  'breadcrumb links (Markdown view)': fill('[a](b) / ', MD_PREFIX),
  'emphasis marks (Markdown view)': fill('*_~', MD_PREFIX),
  'angle brackets (Markdown view)': fill('<a ', MD_PREFIX),
};

describe('clean() is linear on 100 KB adversarial strings (completes within the test timeout)', () => {
  for (const [name, text] of Object.entries(STRESSORS)) {
    it(name, { timeout: 15_000 }, () => {
      const out = clean(text);
      expect(typeof out).toBe('string');
    });
  }

  it('many short lines (page mode, context building) and one block per stressor', { timeout: 30_000 }, () => {
    const lines = Object.values(STRESSORS).map((s) => s.slice(0, 3000));
    const text = [...lines, ...Array.from({ length: 2000 }, (_, i) => `menu item ${i}`)].join('\n');
    expect(analyze(text).blocks.length).toBe(text.split('\n').filter((l) => l.trim() !== '').length);
  });
});
