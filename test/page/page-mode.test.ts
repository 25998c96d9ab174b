import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';

// A whole scraped news page, written for this test: menus, a breadcrumb, the article, a share
// bar, related links and a footer, one visible block per line.
const NAV = ['首页', '新闻', '国内', '国际', '财经', '科技', '体育', '娱乐', '汽车', '房产', '登录', '注册'];
const BREADCRUMB = '首页 > 科技 > 正文';
const TITLE = '城市地铁十号线开通首日客流超过二十万人次';
const ARTICLE = [
  '本报讯 昨日清晨六点，城市地铁十号线正式开通运营。首班列车从北站发出时，车厢里已经坐满了赶来体验的市民，不少人拿着手机记录下这一刻。',
  '据地铁运营公司介绍，十号线全长三十二公里，共设二十二座车站，连接城市北部的居住区和南部的高新园区，全程运行时间约五十分钟，高峰时段行车间隔为三分钟。',
  '运营首日，全线客流超过二十万人次，其中换乘客流占四成以上。运营公司表示，将根据客流变化及时调整行车组织，并在早晚高峰增派站务人员引导乘客。',
  '家住北部新区的王女士说，以前到园区上班要换两次公交，单程将近一个半小时，现在坐地铁四十分钟就能到，每天能多睡半个小时。',
];
const SHARE = ['分享到：', '微信', '微博', 'QQ空间'];
const RELATED = ['相关新闻', '地铁十一号线年底试运行', '公交线路优化方案公布', '共享单车停放新规实施'];
const FOOTER = ['关于我们', '联系我们', '广告服务', '网站地图', '版权所有 © 2024 城市新闻网', '京ICP备00000000号'];

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
