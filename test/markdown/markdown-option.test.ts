/**
 * The `markdown` option: `auto` reads a text as Markdown when it looks like scraped Markdown,
 * `true` always, `false` never; anything else is a typed options error.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean, createCleaner, DechaffError } from '../../src/index.js';

// A short page written for this test: a menu of links, an article, a footer of links.
const MENU = ['* [News](https://paper.example/news)', '* [Sport](https://paper.example/sport)', '* [Weather](https://paper.example/weather)'];
const ARTICLE = [
  'The council agreed on Monday to keep the east pool open through the winter, reversing a plan to close it for repairs until April.',
  'Swimming clubs had collected more than two thousand signatures against the closure, and the repairs will now be done in two stages.',
];
const TEXT = [...MENU, '', ...ARTICLE.flatMap((p) => [p, '']), '[Privacy](https://paper.example/privacy) · [Terms](https://paper.example/terms)'].join('\n');

describe('option markdown', () => {
  it('auto (default) reads scraped Markdown through its view and drops the menu and the footer', () => {
    expect(clean(TEXT)).toBe(`${ARTICLE.join('\n\n')}\n`);
    expect(analyze(TEXT).markdown).toBe(true);
  });

  it('false reads the same text as plain text: no view, no link density', () => {
    const a = analyze(TEXT, { markdown: false });
    expect(a.markdown).toBeUndefined();
    expect(a.blocks.some((b) => b.reasons.some((r) => r.id === 'link-density'))).toBe(false);
    expect(clean(TEXT, { markdown: false })).toContain(MENU[0]);
  });

  it('true reads a text with fewer links as Markdown too', () => {
    const text = ['# Pool stays open', '', ...ARTICLE].join('\n');
    expect(analyze(text).markdown).toBeUndefined();
    const a = analyze(text, { markdown: true });
    expect(a.markdown).toBe(true);
    // The heading's view is its text; the line comes back with its hashes.
    expect(clean(text, { markdown: true }).startsWith('# Pool stays open')).toBe(true);
  });

  it('does not change a plain text read as Markdown when it has no markup', () => {
    const plain = ARTICLE.join('\n');
    expect(clean(plain, { markdown: true })).toBe(clean(plain, { markdown: false }));
  });

  it('rejects other values with a typed error', () => {
    expect(() => createCleaner({ markdown: 'yes' as never })).toThrow(DechaffError);
    expect(() => createCleaner({ markdown: 1 as never })).toThrow(/"markdown" must be "auto", true or false/);
  });
});
