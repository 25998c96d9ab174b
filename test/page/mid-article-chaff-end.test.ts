/**
 * Chaff that also stands between an article's paragraphs (a dateline, a picture's credit:
 * `Rule.midArticle`) does not end a page's main text, and since session 13 it does not add to it
 * either (`chaffTrimmedEnd` in src/page.ts): a "发布日期：… 所属分类：…" line after the article,
 * which the CJK classes read as text, used to pay for the page's like/comment/read-count bar
 * between it and the article, which then stayed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

// A Chinese local-news page written for this test: a menu, a breadcrumb, the article, the page's
// like/comment bar, a dateline, a tag label, a source line with the same time stamp, other
// headlines and a footer.
const MENU = ['首页', '要闻', '本地', '财经', '体育', '娱乐', '科技', '教育', '健康', '旅游', '房产', '汽车'];
const ARTICLE = [
  '城西社区举办邻里读书节',
  '为丰富居民的业余文化生活，城西社区上周末在社区活动中心举办了第一届邻里读书节，吸引了附近几个小区的两百多位居民参加，现场气氛十分热烈。',
  '活动现场设置了图书交换角，居民们带来自己读过的书，换回一本新书，不少孩子还在志愿者的带领下完成了读书笔记和手抄报，受到家长们的欢迎。',
  '社区负责人表示，今后读书节将每年举办一次，并计划在活动中心开设固定的阅览室，让居民在家门口就能借书、读书，营造良好的阅读氛围。',
];
const BAR = ['赞 0 赏 分享', '查看评论', '阅读 539', '隐藏边栏'];
const AFTER = ['发布日期：2024-05-20 09:30:15 所属分类： 头条', '标签：', '版权声明 来源：城西晚报 时间：2024-05-20 09:30:15 作者：'];
const HEADLINES = ['城东新开一座口袋公园', '夏季用电高峰将至 供电部门提醒节约用电', '本周末全市多处道路施工 请提前绕行', '老旧小区加装电梯工作启动'];
const FOOTER = ['关于我们', '联系我们', '广告服务', '网站地图', '意见反馈', '招聘信息'];

describe('chaff that also stands between paragraphs, after a page’s article', () => {
  const page = [...MENU, '首页 > 本地 > 正文', ...ARTICLE, ...BAR, ...AFTER, '热门文章', ...HEADLINES, ...FOOTER].join('\n');

  it('is read as a page, and the article is kept', () => {
    const a = analyze(page);
    expect(a.mode).toBe('page');
    for (const p of ARTICLE.slice(1)) expect(a.blocks.find((b) => b.text === p)?.removed).toBe(false);
  });

  it('does not pay for the page furniture between the article and it', () => {
    const a = analyze(page);
    for (const line of BAR) expect(a.blocks.find((b) => b.text === line)?.removed, line).toBe(true);
  });
});
