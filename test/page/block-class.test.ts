import { describe, expect, it } from 'vitest';
import { classifyBlock } from '../../src/page-classify.js';
import { textUnits } from '../../src/features.js';
import { TUNABLES } from '../../src/tunables.js';

const cls = (s: string): string => classifyBlock(s, textUnits(s), TUNABLES);

// Invented blocks, one per class.
describe('jusText-style block classes (text only, CJK-aware length)', () => {
  it('calls a few characters short, measured in characters for Han text', () => {
    expect(cls('晚饭吃了火锅')).toBe('short');
    expect(cls('Read more')).toBe('short');
  });

  it('calls furniture shapes bad whatever their length', () => {
    expect(cls('关于我们 | 联系我们 | 广告服务 | 招聘信息 | 网站地图')).toBe('bad');
  });

  it('calls a line of names and nouns bad', () => {
    expect(cls('城北科技园区物业办公室综合服务窗口')).toBe('bad');
  });

  it('calls an unpunctuated line rich in function words near-good', () => {
    expect(cls('我们到了山上以后才发现这里的风景比想象中还要好看得多')).toBe('near-good');
  });

  it('calls punctuated prose rich in function words good', () => {
    expect(cls('我们到了山上以后才发现，这里的风景比想象中还要好看得多。')).toBe('good');
  });

  it('calls long formal prose good even when it is poor in function words', () => {
    const formal = '市政府办公厅发布通知，明确全市老旧小区改造计划，涉及小区一百二十个、居民三万余户，改造内容包括供水管网、屋面防水、外墙保温和电梯加装等项目。';
    expect(cls(formal)).toBe('good');
  });

  it('uses English stopwords for English text', () => {
    expect(cls('We walked to the old harbour and sat there for an hour while the boats came in.')).toBe('good');
  });
});
