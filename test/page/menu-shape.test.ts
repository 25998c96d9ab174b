import { describe, expect, it } from 'vitest';
import { isMenuShaped } from '../../src/page-text-shape.js';
import { textUnits } from '../../src/features.js';

const menu = (s: string): boolean => isMenuShaped(s, textUnits, 8);

// Invented furniture lines and prose lines.
describe('menu-like shapes', () => {
  it('sees menus and breadcrumbs between separators', () => {
    expect(menu('首页 | 新闻 | 体育 | 财经 | 科技')).toBe(true);
    expect(menu('Home › Travel › Islands')).toBe(true);
    expect(menu('首页 > 生活 > 正文')).toBe(true);
  });

  it('sees date and time stamps with little else', () => {
    expect(menu('2021/05/04 18:22')).toBe(true);
    expect(menu('#3 小林 於 2019/11/02 09:15')).toBe(true);
    expect(menu('Posted Mar 3 2020')).toBe(true);
  });

  it('sees labels with counters', () => {
    expect(menu('留言 (17)')).toBe(true);
    expect(menu('128 comments')).toBe(true);
  });

  it('sees copyright lines', () => {
    expect(menu('© 2023 Example Media. All rights reserved.')).toBe(true);
    expect(menu('版权所有 城市晚报社')).toBe(true);
  });

  it('leaves prose alone, dated or not', () => {
    expect(menu('2020年3月5日，我们第一次来到这座小城，街上还很冷清，只有几家早餐店开着门。')).toBe(false);
    expect(menu('The bridge opened in 1998 and has carried traffic ever since.')).toBe(false);
    expect(menu('山路很窄 两边都是竹林 走了一个多小时才看到村子')).toBe(false);
  });
});
