/**
 * Scraped Markdown, end to end: pages written for this suite in the shapes scrapers give (a reader
 * service's header, menus as link lists, a logo link, a breadcrumb trail, a heading underlined,
 * a code block, a "most read" or 相关阅读 box, footer links) come back as their article, verbatim,
 * Markdown and all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';

const read = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const PAGES = ['en-reader-news', 'en-blog-code', 'zh-news'];

describe.each(PAGES)('%s.md', (name) => {
  const text = read(`${name}.md`);
  const expected = read(`${name}.expected.md`);

  it('comes back as its article, verbatim', () => {
    expect(clean(text)).toBe(expected);
  });

  it('is read as Markdown, and every removal is explained', () => {
    const a = analyze(text);
    expect(a.markdown).toBe(true);
    for (const b of a.blocks.filter((x) => x.removed)) expect(b.reasons.some((r) => r.weight > 0 || r.note !== undefined)).toBe(true);
  });

  it('keeps every line of its article, and the blocks point at the input', () => {
    const a = analyze(text);
    for (const b of a.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    const kept = a.blocks.filter((b) => !b.removed).map((b) => b.text);
    expect(kept).toEqual(expected.split('\n').filter((l) => l.trim() !== ''));
  });

  it('is idempotent', () => {
    expect(clean(clean(text))).toBe(clean(text));
  });
});

describe('what Markdown reading adds', () => {
  it('removes link boxes that plain-text reading of the same page keeps', () => {
    // The same page as a text scraper gives it: the visible text of each line, no links.
    const text = read('en-reader-news.md');
    const plain = text
      .split('\n')
      .map((l) => l.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^\*\s+/, '').replace(/^\d+\.\s+/, ''))
      .join('\n');
    const keptPlain = analyze(plain, { markdown: false }).blocks.filter((b) => !b.removed).map((b) => b.line);
    const keptMarkdown = analyze(text).blocks.filter((b) => !b.removed).map((b) => b.line);
    // The "most read" headlines (lines 39–41) are read as body without their links.
    expect(keptPlain).toEqual(expect.arrayContaining([39, 40]));
    expect(keptMarkdown).not.toEqual(expect.arrayContaining([39]));
    expect(keptMarkdown).not.toEqual(expect.arrayContaining([40]));
  });

  it("keeps a long page's first-level heading above its byline and picture (page mode)", () => {
    const lines = read('en-reader-news.md').split('\n');
    const menu = Array.from({ length: 30 }, (_, i) => `*   [Section ${i}](https://harbour-times.example/s/${i})`);
    const footer = Array.from({ length: 20 }, (_, i) => `*   [Footer link ${i}](https://harbour-times.example/f/${i})`);
    const page = [...lines.slice(0, 15), ...menu, '', ...lines.slice(15), '', ...footer].join('\n');
    const a = analyze(page);
    expect(a.mode).toBe('page');
    const heading = a.blocks.find((b) => b.text === 'Harbour ferry fares to rise in April')!;
    expect(heading.removed).toBe(false);
    expect(heading.reasons.at(-1)?.note).not.toMatch(/outside the main text/);
    expect(clean(page).startsWith('Harbour ferry fares to rise in April\n====')).toBe(true);
    // Without the Markdown, the same page loses its headline to the picture's caption.
    expect(clean(page, { markdown: false })).not.toContain('Harbour ferry fares to rise in April\n');
  });

  it('keeps a code block with the article around it, and drops it with the chaff', () => {
    const code = ['```sh', 'npm install harbour-client', '```'];
    const article = 'The client library wraps the timetable API and caches the results for a minute, so that a busy page does not hit the service on every request.';
    const text = [article, '', ...code, '', article.replace('client library', 'command line tool'), '', '[Home](/) [Blog](/blog/) [About](/about/)'].join('\n');
    const kept = clean(text);
    expect(kept).toContain(code.join('\n'));
    const tail = [article, '', '[Share](/share) [Tweet](/tweet) [Email](/mail)', '', '```', 'copy link', '```'].join('\n');
    expect(clean(tail)).toBe(`${article}\n`);
  });
});
