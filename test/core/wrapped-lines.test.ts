/**
 * Hard-wrapped text (src/wrapped-lines.ts): the lines of a paragraph wrapped at a fixed width
 * (html2text, lynx, e-mail) are one block, which comes back verbatim with its line breaks. Text
 * written a paragraph a line, lists of headlines and Chinese text are never taken for wrapped by
 * words (CJK text wrapped at a fixed width has a test of its own: cjk-wrapped-lines.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean, createCleaner } from '../../src/index.js';
import { checkDocument } from '../../src/cli/document.js';
import { segment } from '../../src/segment.js';
import { joinWrappedLines, wrapWidth } from '../../src/wrapped-lines.js';
import { wrapText } from '../reliability/arbitraries.js';

const wrap = (paragraph: string, width: number): string => wrapText(paragraph, width);

// A local news page written for this test.
const NAV = ['Home', 'News', 'Sport', 'Weather', 'Contact'];
const TITLE = 'Village bakery reopens after the flood';
const ARTICLE = [
  'The bakery on Mill Lane opened its doors again on Saturday morning, four months after the river burst its banks and filled the shop with a metre of muddy water.',
  'Its owners, who have run the business for twenty-two years, said that the first customers were queuing outside before seven, and that the morning batch of rye loaves had sold out within the hour.',
  'Neighbours helped to strip the walls and carry the old ovens out in the days after the flood, and a collection in the village pub raised enough to pay for a new floor and a second-hand mixer.',
  'The parish council said it would ask the county again next month for a flood wall along the lower part of the lane, where six houses and the bakery were flooded for the second time in ten years.',
];
const PITCH = 'Sign up to our free weekly newsletter and get the best local stories delivered to your inbox every Friday morning.';
const FOOTER = ['About us', 'Privacy policy', '© 2024 Valley Gazette'];

const page = (width: number, between: string): string =>
  [...NAV, TITLE, ...ARTICLE.map((p) => wrap(p, width)), wrap(PITCH, width), ...FOOTER].join(between);

describe('hard-wrapped text', () => {
  it('is found, at its width, with or without blank lines between paragraphs', () => {
    for (const between of ['\n\n', '\n']) {
      const text = page(72, between);
      const width = wrapWidth(segment(text));
      expect(width).toBeGreaterThanOrEqual(60);
      expect(width).toBeLessThanOrEqual(72);
    }
  });

  it('makes each wrapped paragraph one block, verbatim, with its offsets and first line', () => {
    const text = page(72, '\n');
    const blocks = joinWrappedLines(text, segment(text));
    for (const p of ARTICLE) {
      const b = blocks.find((x) => x.text === wrap(p, 72));
      expect(b).toBeDefined();
      expect(text.slice(b!.start, b!.end)).toBe(b!.text);
      expect(b!.line).toBe(text.slice(0, b!.start).split('\n').length);
    }
    expect(blocks.map((b) => b.index)).toEqual(blocks.map((_, i) => i));
    // The menu's and the footer's lines stay lines.
    for (const l of [...NAV, ...FOOTER]) expect(blocks.some((b) => b.text === l)).toBe(true);
  });

  it('keeps the wrapped article whole and removes the wrapped pitch and the furniture around it', () => {
    for (const between of ['\n\n', '\n']) {
      const text = page(72, between);
      const out = clean(text);
      for (const p of ARTICLE) expect(out).toContain(wrap(p, 72));
      expect(out).not.toContain('newsletter');
      expect(out).not.toContain('Valley Gazette');
      const pitch = analyze(text).blocks.find((b) => b.text.includes('newsletter'))!;
      expect(pitch.text).toBe(wrap(PITCH, 72));
      expect(pitch.removed).toBe(true);
    }
  });

  it('is cleaned idempotently', () => {
    for (const width of [50, 72, 100]) {
      for (const between of ['\n\n', '\n', '\r\n']) {
        const text = page(width, between);
        expect(clean(clean(text))).toBe(clean(text));
      }
    }
  });

  it('is cleaned the same by `dechaff clean` and `check --fix`, whole wrapped blocks at a time', () => {
    const text = page(72, '\n');
    const cleaner = createCleaner();
    const checked = checkDocument(text, cleaner);
    expect(checked.fixed).toBe(cleaner.clean(text));
    expect(checked.fixed).not.toContain('inbox');
  });
});

describe('text that is not wrapped', () => {
  it('a paragraph a line', () => {
    const text = [...NAV, TITLE, ...ARTICLE, PITCH, ...FOOTER].join('\n');
    expect(wrapWidth(segment(text))).toBeUndefined();
  });

  it('a list of headlines, each nearly as long as the longest', () => {
    const headlines = [
      'Council approves the new cycle lane on the high street after long debate',
      'Flood defences for the lower lane to be discussed again in the spring',
      'Rugby club celebrates its centenary with a match against old rivals',
      'School choir wins the regional final with a medley of folk songs today',
      'Roadworks on the bypass will close two lanes for the next three weeks',
      'Library extends its opening hours on Saturdays from the first of May',
    ];
    expect(wrapWidth(segment([...NAV, ...headlines, ...FOOTER].join('\n')))).toBeUndefined();
  });

  it('list items with their links under them', () => {
    const items = ['Classic arcade cabinet, half size, with sixty built-in games', 'Slot car racing set with two cars, a lap counter and a bridge', 'Handheld puzzle game with a monochrome screen and a belt clip', 'Robot construction kit with a remote control and spare wheels'];
    const text = items.flatMap((item, k) => [item, `https://shop.example/item/${1000 + k}`]).join('\n');
    expect(wrapWidth(segment(text))).toBeUndefined();
  });

  it('Chinese text with spaces between its phrases', () => {
    const lines = [
      '新竹 一日遊 行程 推薦 內灣老街 合興車站 北埔 冷泉 走走 停停 吃吃 喝喝 好 悠閒 的 一天',
      '早上 從 竹北 出發 先到 內灣 老街 吃 野薑花 粽子 再 搭 小火車 到 合興 車站 拍照 打卡',
      '中午 在 北埔 老街 吃 客家 菜 擂茶 很 有 特色 下午 去 冷泉 泡腳 放鬆 一下 真的 很 舒服',
      '傍晚 回到 市區 逛 城隍廟 夜市 米粉 貢丸 湯 都 是 必吃 的 美食 推薦 給 大家 參考 看看',
    ];
    expect(wrapWidth(segment(lines.join('\n')))).toBeUndefined();
  });
});
