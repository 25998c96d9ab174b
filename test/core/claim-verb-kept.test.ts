/**
 * 领取 ("to collect") is how notices say where to pick up a card or a certificate; only 免费领取
 * and 点击领取 are offer phrases. An article's steps for collecting a document stay.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

// Written for this test.
const ARTICLE = [
  '市交通局昨日公布，新的夜间公交线路将于下月一日起开通，覆盖东区和南区的主要住宅区，末班车延至凌晨一点。',
  '交通局表示，过去一年夜间出行需求增长明显，不少市民反映下夜班后只能打车回家，费用较高。新线路开通后，沿线居民的夜间出行时间预计可缩短二十分钟。',
  '办理夜间乘车优惠卡的方法如下：',
  '1、携带身份证到服务窗口，填写申请表。',
  '2、缴纳工本费，领取回执。',
  '3、十个工作日后，凭回执领取新证。',
  '交通局还提醒市民，夜间线路票价与日间相同，并支持各类乘车卡和手机支付。',
];

describe('an article with steps for collecting a card', () => {
  it('keeps every paragraph', () => {
    const text = ARTICLE.join('\n');
    expect(clean(text)).toBe(text);
  });
});
