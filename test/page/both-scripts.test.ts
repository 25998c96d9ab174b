/**
 * One model and one page reading for both Chinese scripts: a Simplified text and its Traditional
 * rendering normalize alike and are decided alike. The character table once mapped 么 (the
 * Simplified form of 麼) on to 幺, so that 什么 and 什麼 were two features, and the stopword list
 * of page mode missed Traditional forms such as 隻 and 説, so that a page was found in one script
 * and not in the other.
 */
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { analyze, normalizeForScoring } from '../../src/index.js';
import { stopwordDensity } from '../../src/page-text-shape.js';
import { ARTICLE, BREADCRUMB, FOOTER, NAV, RELATED, SHARE, TITLE } from './zh-news-page.js';

const toHongKong = Converter({ from: 'cn', to: 'hk' });
const toTaiwan = Converter({ from: 'cn', to: 'tw' });

describe('Simplified and Traditional text', () => {
  it('normalize alike, 么 and 麼 included', () => {
    for (const [s, t] of [['什么', '什麼'], ['怎么', '怎麼'], ['这么', '這麼'], ['那么', '那麽']]) {
      expect(normalizeForScoring(t)).toBe(normalizeForScoring(s));
      expect(normalizeForScoring(s)).toBe(s);
    }
  });

  it('have the same stopword density, Hong Kong and Taiwan forms included', () => {
    const line = '他说那只猫当时就在这里，我们只是没看见而已。';
    for (const convert of [toHongKong, toTaiwan]) expect(stopwordDensity(convert(line))).toEqual(stopwordDensity(line));
    expect(stopwordDensity('他説那隻貓當時就在這裏')).toEqual(stopwordDensity('他说那只猫当时就在这里'));
  });

  it('are decided alike on a whole page', () => {
    const page = [...NAV, BREADCRUMB, TITLE, '为什么十号线这么受欢迎？', ...ARTICLE, ...SHARE, ...RELATED, ...FOOTER].join('\n');
    const decisions = (text: string) => analyze(text).blocks.map((b) => [b.label, b.removed, b.region]);
    const simplified = decisions(page);
    for (const convert of [toHongKong, toTaiwan]) expect(decisions(convert(page))).toEqual(simplified);
  });
});
