import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { ARTICLE, BREADCRUMB, FOOTER, NAV, RELATED, SHARE, TITLE } from './zh-news-page.js';

const page = [...NAV, BREADCRUMB, TITLE, ...ARTICLE, ...SHARE, ...RELATED, ...FOOTER].join('\n');

describe('page mode', () => {
  it('finds the article in a whole page by itself (auto mode)', () => {
    const a = analyze(page);
    expect(a.mode).toBe('page');
    expect(clean(page)).toBe(`${[TITLE, ...ARTICLE].join('\n')}\n`);
  });

  it('explains every removed piece of page furniture', () => {
    for (const b of analyze(page).blocks.filter((x) => x.removed)) {
      expect(b.reasons.some((r) => r.id === 'position' && /page mode|threshold/.test(r.note ?? ''))).toBe(true);
    }
  });

  it('mode: "article" leaves the furniture to the ordinary rules', () => {
    const a = analyze(page, { mode: 'article' });
    expect(a.mode).toBe('article');
    expect(clean(page, { mode: 'article' })).toContain('首页\n新闻');
  });

  it('does not treat a list-heavy article as a page', () => {
    const recipe = [
      '番茄炒蛋的做法',
      '番茄炒蛋是一道家常菜，做法简单，酸甜可口，几乎每个家庭都会做。下面介绍一种不容易失败的做法，关键在于先炒蛋、后炒番茄，最后合在一起翻炒。',
      ...Array.from({ length: 30 }, (_, i) => `材料${i + 1}：适量`),
      '第一步，把鸡蛋打散，加少许盐搅匀。锅里放油，油热后倒入蛋液，凝固后立刻盛出，这样炒出来的蛋比较嫩。',
      '第二步，番茄切块下锅，中火翻炒出汁，加一点糖和盐调味，再把炒好的鸡蛋倒回锅里，翻炒均匀即可出锅。',
    ].join('\n');
    expect(analyze(recipe).mode).toBe('article');
    expect(clean(recipe)).toBe(recipe);
  });

  it('rejects an unknown mode', () => {
    expect(() => analyze(page, { mode: 'html' as never })).toThrow(/"mode"/);
  });
});
