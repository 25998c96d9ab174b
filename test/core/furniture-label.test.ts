/**
 * The furniture-label rule: a block that is only a button, link or slot label of the page
 * ("Advertisement", "Share", 返回頂部) goes, inside an article too; a block that says anything
 * more, a field label ("Email:") and labels an article can use as headings stay.
 */
import { describe, expect, it } from 'vitest';
import { firesOn } from './rule-fires.js';
import { analyze, clean } from '../../src/index.js';
import { rule } from '../../src/rules/furniture-label.js';

// An article written for this test, with slot and button labels between its paragraphs.
const PARAGRAPHS = [
  'The harbour ferry will return to the islands next spring after a two-year pause, the port authority said on Monday.',
  'Two new boats are being built at the yard in the north basin, and each will carry up to three hundred passengers and forty bicycles.',
  'Residents of the islands have asked for the service since the old boat was retired, saying the bus detour adds an hour to every trip.',
  'The authority expects six crossings a day in summer and four in winter, with the first boat leaving the islands at half past six.',
];

const fires = firesOn(rule);

describe('furniture-label', () => {
  it('removes slot and button labels standing between paragraphs, and explains it', () => {
    const text = [PARAGRAPHS[0], 'Advertisement', PARAGRAPHS[1], PARAGRAPHS[2], '» Share', PARAGRAPHS[3]].join('\n');
    expect(clean(text)).toBe(PARAGRAPHS.join('\n'));
    const ad = analyze(text).blocks[1];
    expect(ad.label).toBe('boilerplate');
    expect(ad.reasons.find((r) => r.id === 'furniture-label')?.weight).toBe(3.5);
  });

  it('is never taken for the topic of a page where the labels repeat', () => {
    const text = PARAGRAPHS.flatMap((p) => [p, 'Close']).join('\n');
    expect(clean(text)).toBe(`${PARAGRAPHS.join('\n')}\n`);
  });

  it('matches the whole block only, in either Chinese script', () => {
    expect(fires('Advertisement')).toBe(true);
    expect(fires('返回頂部')).toBe(true);
    expect(fires('【廣告】')).toBe(true);
    expect(fires('Skip to main content')).toBe(true);
    expect(fires('The advertisement ran for a week.')).toBe(false);
    expect(fires('Email:')).toBe(false);
    expect(fires('Video')).toBe(false);
    expect(fires('')).toBe(false);
  });

  it('reads a row of labels on one line and a heading of several words with a colon', () => {
    expect(fires('Facebook Twitter LinkedIn')).toBe(true);
    expect(fires('Email • Twitter')).toBe(true);
    expect(fires('Share this:')).toBe(true);
    expect(fires('Email:')).toBe(false);
    expect(fires('Share this story with a friend who likes boats')).toBe(false);
  });

  it('reads a row of share targets after a heading with a colon, X among them', () => {
    expect(fires('Share: Facebook X Email')).toBe(true);
    expect(fires('Share on: Facebook Twitter Reddit')).toBe(true);
    expect(fires('Note: Facebook Twitter')).toBe(false);
    expect(fires('Share: the ferry story with your friends')).toBe(false);
  });

  it('knows comment-box, account and print buttons, not one-word headings', () => {
    expect(fires('Show Comments')).toBe(true);
    expect(fires('Add Your Comment')).toBe(true);
    expect(fires('Print this article')).toBe(true);
    expect(fires('Email *')).toBe(true);
    expect(fires('Leave a Reply Cancel reply')).toBe(true);
    expect(fires('Name')).toBe(false);
    expect(fires('Save')).toBe(false);
    expect(fires('Feedback')).toBe(false);
  });

  it('knows Chinese share targets and account buttons, in either script', () => {
    expect(fires('微信')).toBe(true);
    expect(fires('QQ空間')).toBe(true);
    expect(fires('登錄')).toBe(true);
    expect(fires('首页')).toBe(false);
    expect(fires('微信支付的用户数又创新高')).toBe(false);
  });

  it('knows Japanese share buttons and teaser-box headings, not headings an article uses', () => {
    expect(fires('シェア')).toBe(true);
    expect(fires('URLコピー')).toBe(true);
    expect(fires('この記事を見た人におすすめの記事')).toBe(true);
    expect(fires('関連記事')).toBe(true);
    expect(fires('目次')).toBe(false);
    expect(fires('関連記事を読んで、次の店へ向かった。')).toBe(false);
  });

  it('knows footer links and teaser-box buttons, not a sentence that starts with one', () => {
    expect(fires('Privacy Policy')).toBe(true);
    expect(fires('Terms of Use')).toBe(true);
    expect(fires('Advertise With Us')).toBe(true);
    expect(fires('READ MORE')).toBe(true);
    expect(fires("Don't Miss:")).toBe(true);
    expect(fires('Privacy')).toBe(false);
    expect(fires('Read more about the ferry timetable on the port website.')).toBe(false);
    expect(fires('Our privacy policy changed in May, the company said.')).toBe(false);
    expect(fires('Click to share on Twitter (Opens in new window)')).toBe(true);
    expect(fires('Facebook Twitter Google+ Whatsapp')).toBe(true);
    expect(fires('Terms of Service Privacy Notice')).toBe(true);
    expect(fires('Privacy Policy | Terms & Conditions')).toBe(true);
    expect(fires('Terms of Service changed in March')).toBe(false);
    expect(fires('Telegram')).toBe(true);
    expect(fires('The map of the new route (opens in new window) shows the stops.')).toBe(false);
  });

  it('knows advertising slots, share buttons and teaser headings in other European languages', () => {
    expect(fires('» Publicidade')).toBe(true);
    expect(fires('Anzeige')).toBe(true);
    expect(fires('Реклама')).toBe(true);
    expect(fires('Leia também')).toBe(true);
    expect(fires('Você pode gostar...')).toBe(true);
    expect(fires('Compartir')).toBe(true);
    expect(fires('Lire aussi : le port rouvre au printemps')).toBe(false);
  });

  it("knows a teaser box's heading that names its section or site, not a sentence or a heading about the topic", () => {
    expect(fires('More from Harbour News')).toBe(true);
    expect(fires('More in Politics')).toBe(true);
    expect(fires('More Great Harbour Stories')).toBe(true);
    expect(fires('MORE STORIES LIKE THIS ONE')).toBe(true);
    expect(fires('Next Up In Science & Health')).toBe(true);
    expect(fires('Most read in World')).toBe(true);
    expect(fires('Most Popular')).toBe(true);
    expect(fires('Most people in the valley take the ferry')).toBe(false);
    expect(fires('More on:')).toBe(false);
    expect(fires('More ferries, fewer cars.')).toBe(false);
    expect(fires('More than 300 people came to the meeting')).toBe(false);
    expect(fires('More questions than answers')).toBe(false);
  });

  it('knows font-size switches, loading notices and keyword boxes in Chinese and Japanese, with an arrow after', () => {
    expect(fires('字體：小大')).toBe(true);
    expect(fires('加载中...')).toBe(true);
    expect(fires('图文推荐')).toBe(true);
    expect(fires('連載一覧を見る →')).toBe(true);
    expect(fires('目录')).toBe(false);
    expect(fires('延伸閱讀')).toBe(true);
    expect(fires('跳到主文')).toBe(true);
    expect(fires('個人中心帳號設置意見反饋退出')).toBe(true);
    expect(fires('注册登录')).toBe(true);
    expect(fires('前往看一看')).toBe(true);
    expect(fires('登录难题困扰老人')).toBe(false);
    expect(fires('您可能會有興趣的文章')).toBe(true);
    expect(fires('下一页')).toBe(true);
    expect(fires('字体设计师在展会上介绍了新作品。')).toBe(false);
  });

  it('knows a breadcrumb trail by its start, not a sentence about home', () => {
    expect(fires('首頁 > 新聞中心 > 正文')).toBe(true);
    expect(fires('当前位置：主页 > 本地新闻 >')).toBe(true);
    expect(fires('Home › Reviews › Ferries')).toBe(true);
    expect(fires('Home-made bread is easier than it looks.')).toBe(false);
    expect(fires('Home / Office furniture sales rose in March')).toBe(false);
    expect(fires('首页设计大赛今天在市图书馆举行。')).toBe(false);
  });

  it('knows a label with a count after it, not a call in code or a sentence with a count', () => {
    expect(fires('View all (23)')).toBe(true);
    expect(fires('view all （4）')).toBe(true);
    expect(fires('print(12345)')).toBe(false);
    expect(fires('We view all (23) entries as valid.')).toBe(false);
    expect(fires('Harbour ferries (23)')).toBe(false);
  });

  it('knows inline ad markers and a loading button with its verb', () => {
    expect(fires('Article continues below')).toBe(true);
    expect(fires('ADVERT')).toBe(true);
    expect(fires('Back to top of page')).toBe(true);
    expect(fires('點擊加載更多')).toBe(true);
    expect(fires('The article continues below the fold of the printed page.')).toBe(false);
  });

  it('knows a CJK bar heading with a colon, not a form field', () => {
    expect(fires('分享到：')).toBe(true);
    expect(fires('分享:')).toBe(true);
    expect(fires('上一篇：')).toBe(true);
    expect(fires('腾讯QQ QQ空间')).toBe(true);
    expect(fires('邮箱：')).toBe(false);
    expect(fires('分享到：市民热议新线路')).toBe(false);
  });
});
