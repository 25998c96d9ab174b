/**
 * The link-list rule and page mode: a run of five or more blocks numbered 1, 2, 3, … whose items
 * are titles is a ranked link list ("热点文章 1 … 10"); an article's own numbered list, whose
 * items are sentences, and shorter runs are not.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { titleItemNumber } from '../../src/numbered-titles.js';

// Written for this test: a Chinese news page whose article is followed by two ranked boxes of
// question-style headlines and a footer.
const ARTICLE = [
  '市交通局昨日公布，新的夜间公交线路将于下月一日起开通，覆盖东区和南区的主要住宅区，末班车延至凌晨一点。',
  '交通局表示，过去一年夜间出行需求增长明显，不少市民反映下夜班后只能打车回家，费用较高。新线路开通后，沿线居民的夜间出行时间预计可缩短二十分钟。',
  '据介绍，夜间线路将采用新能源车辆，车内设有实时到站显示屏，乘客也可以通过手机查询车辆位置。',
  '交通局还提醒市民，夜间线路票价与日间相同，并支持各类乘车卡和手机支付。',
];
const BOX = (title: string, items: string[]): string[] => [title, ...items.map((x, i) => `${i + 1} ${x}`)];
// Question-style headlines, as full of function characters as prose (是, 的, 吗, 什么): the
// stopword test alone reads them as text, and they are too long to be short lines.
const HOT = ['为什么地铁晚上不能一直运营到天亮呢', '公交卡在外地是不是也可以直接使用呢', '打车软件哪一个才是真的最便宜的呢', '夜班车到底是从几点开始一直开到几点', '共享单车的押金现在还能不能退回来', '驾照过期了以后应该怎么去补办才对', '坐地铁的时候可以带着宠物一起上车吗', '公交车上的座位为什么越来越少了呢'];
const MORE = ['城市里哪一个区的房价是现在最低的', '电动车上牌到底需要准备一些什么材料', '高速公路在夜间的限速是不是更低呢', '路边停车费一般是怎么样来收取的呢', '网约车司机的收入到底是高还是低呢', '为什么有的地铁站晚上会提前关门呢', '坐公交车的时候可以吃东西和喝水吗', '新能源车是不是真的比油车更省钱呢'];
const NAV = ['首页', '新闻', '本地', '交通', '财经', '生活', '教育', '健康', '旅游', '房产'];
const FOOTER = ['关于我们', '联系我们', '网站地图', '版权所有 城市生活网'];
const page = [...NAV, '新夜间公交线路下月开通', ...ARTICLE, ...BOX('热点文章', HOT), ...BOX('推荐阅读', MORE), ...FOOTER].join('\n');

describe('ranked link lists', () => {
  it('page mode takes numbered headline boxes for furniture and keeps the article', () => {
    const a = analyze(page);
    expect(a.mode).toBe('page');
    expect(clean(page)).toBe(`${['新夜间公交线路下月开通', ...ARTICLE].join('\n')}\n`);
  });

  it('explains the items with the link-list rule', () => {
    const item = analyze(page).blocks.find((b) => b.text === `3 ${HOT[2]}`)!;
    expect(item.reasons.find((r) => r.id === 'link-list')?.note).toBe('item 3 of a numbered run of 8 titles');
  });

  it('does not take an article’s own numbered steps for a link list', () => {
    const steps = ['新线路的站点设置如下：', '1、东区段设十二个站点，其中三个与地铁站相连。', '2、南区段设九个站点，途经两所医院。', '3、两段在市中心广场交汇，乘客可免费换乘。', '4、每个站点都设有候车亭和照明设施，方便夜间候车。', '5、部分站点附近将增设共享单车停放点。'];
    const text = [...ARTICLE.slice(0, 2), ...steps, ARTICLE[3]].join('\n');
    expect(clean(text)).toBe(text);
    expect(analyze(text).blocks.some((b) => b.reasons.some((r) => r.id === 'link-list'))).toBe(false);
  });

  it('needs five items in a row, numbered from 1', () => {
    const four = [ARTICLE[0], ...BOX('热点文章', HOT.slice(0, 4)), ARTICLE[1]].join('\n');
    expect(analyze(four).blocks.some((b) => b.reasons.some((r) => r.id === 'link-list'))).toBe(false);
    expect(titleItemNumber('01 地铁为什么晚上不运营')).toBe(1);
    expect(titleItemNumber('１０．驾照过期了怎么办？')).toBe(10);
    expect(titleItemNumber('2 缴纳工本费，领取回执。')).toBe(0);
  });
});
