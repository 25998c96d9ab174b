/**
 * Page mode takes the short line right before the main text as its headline, unless that line
 * has the shape of page furniture: a counter of readers and comments or a page's date and source
 * line stands there on many news pages, and is no headline.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { furnitureShape } from '../../src/page-text-shape.js';
import { textUnits } from '../../src/features.js';
import { ARTICLE, BREADCRUMB, FOOTER, NAV, RELATED, SHARE, TITLE } from './zh-news-page.js';

// The test page with another line before its article.
const page = (before: string): string => [...NAV, BREADCRUMB, before, ...ARTICLE, ...SHARE, ...RELATED, ...FOOTER].join('\n');
const body = `${ARTICLE.join('\n')}\n`;

describe('the line before the main text', () => {
  it('is not taken as the headline when it counts readers and comments', () => {
    const text = page('86人参与23评论');
    expect(analyze(text).mode).toBe('page');
    expect(clean(text)).toBe(body);
  });

  it("is not taken as the headline when it is the page's date and source line", () => {
    expect(clean(page('2026-03-04 09:41:07 城市新闻网'))).toBe(body);
  });

  it('is taken when it is a headline', () => {
    expect(clean(page(TITLE))).toBe(`${TITLE}\n${body}`);
  });

  it('reads counters of comments and participants in Chinese', () => {
    expect(furnitureShape('4120人参与517评论', textUnits, 8)).toBe('counter');
    expect(furnitureShape('3804人参与', textUnits, 8)).toBe('counter');
    expect(furnitureShape('本次活动共有五百人参与。', textUnits, 8)).toBeUndefined();
  });
});
