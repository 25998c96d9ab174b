/**
 * A headline with its date glued on at the end ("…的生活环境2019年10月20日", "Beige Book," Oct. 16,
 * 2019) marks a teaser list's records (src/teaser-list.ts): one record a line, no date line of its
 * own. A list of them after the article ends a page's main text; the lines stayed before.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { teaserRuns } from '../../src/teaser-list.js';
import { trailingDate } from '../../src/page-text-shape.js';
import { textUnits } from '../../src/features.js';
import { TUNABLES } from '../../src/tunables.js';

// A Chinese news page written for this test: a menu, the article, a list of other headlines each
// with its date, a footer.
const MENU = ['首页', '新闻', '本地', '国内', '国际', '财经', '体育', '娱乐', '科技', '教育', '健康', '旅游', '房产', '汽车', '图片', '视频'];
const ARTICLE = [
  '河滨公园步道改造完工',
  '经过半年施工，河滨公园沿江步道改造工程近日完工，全长三公里的步道铺设了透水材料，并新增了十二处休息座椅和四座公共卫生间，周边居民晨练散步更加方便。',
  '施工方介绍，改造过程中保留了步道两侧的老树，并在低洼路段加装了排水设施，雨季时不再出现积水，夜间照明也换成了更省电的灯具。',
  '不少市民表示，步道改造后环境更好了，周末带孩子来骑车、放风筝的人明显多了起来，希望今后能把步道继续向上游延伸。',
];
const DATED = [
  '城东新开一座口袋公园，不过放心，周末市民纷纷前来打卡拍照2024年05月20日',
  '夏季用电高峰将至！供电部门提醒：空调温度别低于二十六度2024年05月19日',
  '本周末全市多处道路施工，交警提醒市民出行请提前规划绕行2024年05月19日',
  '老旧小区加装电梯怎么办？街道办：居民同意后就能尽快开工2024年05月18日',
];
const FOOTER = ['关于我们', '联系我们', '广告服务', '网站地图', '意见反馈', '招聘信息', '版权声明', '友情链接'];
const page = [...MENU, ...ARTICLE, ...DATED, ...FOOTER].join('\n');

describe('headlines with their date glued on', () => {
  it('are read as a headline and a date', () => {
    expect(trailingDate('老旧小区加装电梯工作启动2024年05月18日')).toEqual({ head: '老旧小区加装电梯工作启动', date: '2024年05月18日' });
    expect(trailingDate('Federal Reserve Board, "Beige Book," Oct. 16, 2019')).toEqual({ head: 'Federal Reserve Board, "Beige Book,"', date: 'Oct. 16, 2019' });
    expect(trailingDate('The vote was held on November 19, 2024.')).toBeUndefined();
    expect(trailingDate('No date here')).toBeUndefined();
  });

  it('mark a teaser list, one record a line', () => {
    const blocks = page.split('\n');
    const runs = teaserRuns((i) => blocks[i], blocks.length, textUnits, TUNABLES);
    expect(runs.map((r) => r.start)).toEqual([blocks.indexOf(DATED[0])]);
  });

  it('end a page’s main text where the list starts', () => {
    expect(analyze(page).mode).toBe('page');
    const out = clean(page);
    for (const p of ARTICLE.slice(1)) expect(out).toContain(p);
    for (const d of DATED) expect(out).not.toContain(d);
  });

  it('are no marker when the line is a sentence before its date', () => {
    const blocks = ['An article paragraph.', ...['The library opened on time. 2024-05-20', 'The market closed early. 2024-05-19', 'The ferry ran late. 2024-05-18'], 'End.'];
    expect(teaserRuns((i) => blocks[i], blocks.length, textUnits, TUNABLES)).toEqual([]);
  });
});
