/**
 * Page mode takes the short line right before the main text as its headline, unless that line
 * has the shape of page furniture: a counter of readers and comments or a page's date and source
 * line stands there on many news pages, and is no headline.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { furnitureShape } from '../../src/page-text-shape.js';
import { textUnits } from '../../src/features.js';

// A news page written for this test: menus, a breadcrumb, the article, a share bar, related
// links and a footer.
const NAV = ['首页', '新闻', '国内', '国际', '财经', '科技', '体育', '娱乐', '汽车', '房产', '登录', '注册'];
const ARTICLE = [
  '本报讯 昨日清晨六点，城市地铁十号线正式开通运营。首班列车从北站发出时，车厢里已经坐满了赶来体验的市民，不少人拿着手机记录下这一刻。',
  '据地铁运营公司介绍，十号线全长三十二公里，共设二十二座车站，连接城市北部的居住区和南部的高新园区，全程运行时间约五十分钟，高峰时段行车间隔为三分钟。',
  '运营首日，全线客流超过二十万人次，其中换乘客流占四成以上。运营公司表示，将根据客流变化及时调整行车组织，并在早晚高峰增派站务人员引导乘客。',
  '家住北部新区的王女士说，以前到园区上班要换两次公交，单程将近一个半小时，现在坐地铁四十分钟就能到，每天能多睡半个小时。',
];
const SHARE = ['分享到：', '微信', '微博', 'QQ空间'];
const RELATED = ['相关新闻', '地铁十一号线年底试运行', '公交线路优化方案公布', '共享单车停放新规实施'];
const FOOTER = ['关于我们', '联系我们', '广告服务', '网站地图', '版权所有 © 2024 城市新闻网', '京ICP备00000000号'];
const page = (before: string): string => [...NAV, '首页 > 科技 > 正文', before, ...ARTICLE, ...SHARE, ...RELATED, ...FOOTER].join('\n');
const body = `${ARTICLE.join('\n')}\n`;

describe('the line before the main text', () => {
  it('is not taken as the headline when it counts readers and comments', () => {
    const text = page('57人参与11评论');
    expect(analyze(text).mode).toBe('page');
    expect(clean(text)).toBe(body);
  });

  it("is not taken as the headline when it is the page's date and source line", () => {
    expect(clean(page('2019-09-26 10:56:28 城市新闻网'))).toBe(body);
  });

  it('is taken when it is a headline', () => {
    const title = '城市地铁十号线开通首日客流超过二十万人次';
    expect(clean(page(title))).toBe(`${title}\n${body}`);
  });

  it('reads counters of comments and participants in Chinese', () => {
    expect(furnitureShape('1032人参与308评论', textUnits, 8)).toBe('counter');
    expect(furnitureShape('2530人参与', textUnits, 8)).toBe('counter');
    expect(furnitureShape('本次活动共有五百人参与。', textUnits, 8)).toBeUndefined();
  });
});
