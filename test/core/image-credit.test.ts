/**
 * The image-credit rule: a line that credits a picture ("Photo: Getty Images", "Alex Wong |
 * Getty Images", 图片来源：…) or counts a gallery ("Image 2 of 5") goes, inside an article too; a
 * caption ending with its credit counts too (its credit labelled, or an agency beside a
 * photographer); sentences that name an agency, an acronym in brackets, and credits wholly in
 * brackets, stay. A credit between a page's paragraphs never ends its main text.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { rule } from '../../src/rules/image-credit.js';
import { normalizeForScoring } from '../../src/normalize.js';

// An article written for this test, with the credits of its pictures between the paragraphs.
const PARAGRAPHS = [
  'The river rose faster than anyone in the valley had seen, and by Sunday night the old stone bridge in the village centre had been closed to traffic.',
  'Firefighters spent the morning moving sandbags to the houses along the bank, while volunteers carried furniture from the ground floors of the school and the library.',
  'The water began to fall on Monday afternoon. Engineers will inspect the bridge this week before deciding whether it can open again before the winter.',
];

const hit = (text: string) => rule.test({ text, norm: normalizeForScoring(text), units: 1 } as never, {} as never);

describe('image-credit', () => {
  it('removes the credits between paragraphs, and explains it', () => {
    const text = [PARAGRAPHS[0], 'Photo: Jo Marsh / Getty Images', PARAGRAPHS[1], 'Image 2 of 5', PARAGRAPHS[2]].join('\n');
    expect(clean(text)).toBe(PARAGRAPHS.join('\n'));
    const credit = analyze(text).blocks[1];
    expect(credit.label).toBe('boilerplate');
    expect(credit.reasons.find((r) => r.id === 'image-credit')).toMatchObject({ weight: 3.5, match: 'photo:' });
  });

  it('reads credit labels, agencies after a name and counters, in either Chinese script', () => {
    expect(hit('Sanjeev Verma/Hindustan Times/Getty Images')).toMatchObject({ match: '/getty images' });
    expect(hit('Natalie Naccache | Bloomberg | Getty Images')).not.toBeNull();
    expect(hit('Image copyright EPA')).not.toBeNull();
    expect(hit('Photo by Kirk Irwin/Getty Images')).not.toBeNull();
    expect(hit('Slide 3/12')).not.toBeNull();
    expect(hit('圖片來源：未來科學大獎官網')).not.toBeNull();
    expect(hit('资料图')).not.toBeNull();
    expect(hit('▲图片来自视频截图。')).not.toBeNull();
    expect(hit('中新社記者 賈天勇 攝')).not.toBeNull();
    expect(hit('这部纪录片在上海拍摄')).toBeNull();
    expect(hit('Victor N. Burton Submitted photo')).toMatchObject({ match: 'submitted photo' });
    expect(hit('Associated Press')).not.toBeNull();
    expect(hit('Image caption Volunteers carried the furniture out of the library on Sunday')).not.toBeNull();
    expect(hit('FILE PHOTO: The old stone bridge in the village centre')).not.toBeNull();
    expect(hit('Media captionWhat the flood looked like from the bridge')).not.toBeNull();
    expect(hit('Reuters reported the flood first')).toBeNull();
    expect(hit('The council will hold a meeting about the submitted photo')).toBeNull();
  });

  it('reads a caption that ends with its credit, labelled or an agency beside a photographer', () => {
    expect(hit('Volunteers carry furniture out of the library on Sunday (Image: GETTY)')).toMatchObject({ strength: 1, note: 'a caption ending with its credit' });
    expect(hit('10月4日，旅游专列开往襄阳。 通讯员刘娟 摄')).toMatchObject({ strength: 1 });
    expect(hit('▲广州日报全媒体图片记者黎旭阳、李妍摄')).not.toHaveProperty('strength');
    expect(hit('A volunteer carries a chair out of the flooded library on Sunday. (AP Photo/Jo Marsh, File)')).toMatchObject({ match: '(ap photo/jo marsh, file)' });
    expect(hit('The valley from the air after the flood. (NASA/Earth Observatory)')).not.toBeNull();
    expect(hit('The rules are set by the Environmental Protection Agency (EPA)')).toBeNull();
    expect(hit('Die Daten liegen in der elektronischen Patientenakte (ePA)')).toBeNull();
    expect(hit('Sandbags line the bank below the old bridge [File: Reuters]')).toMatchObject({ match: '[file: reuters]' });
    expect(hit('Sandbags line the bank below the old bridge on SundayCredit: Getty - Contributor')).toMatchObject({ match: 'credit: getty - contributor' });
    expect(hit('The river rose overnight.Credit...Jo Marsh/The Harbour Times')).not.toBeNull();
    expect(hit('The council tried to discredit: the claims, it said, were false')).toBeNull();
    expect(hit('Credit: the river authority, which measured the flood, said the water had begun to fall on Monday.')).not.toHaveProperty('note', 'a caption ending with its credit');
  });

  it('removes a caption with its credit between paragraphs', () => {
    const caption = 'Sandbags line the bank below the old bridge on Sunday. (AP Photo/Jo Marsh)';
    const text = [PARAGRAPHS[0], caption, PARAGRAPHS[1], PARAGRAPHS[2]].join('\n');
    expect(clean(text)).toBe(PARAGRAPHS.join('\n'));
  });

  it('leaves sentences that name an agency, and credits wholly in brackets, alone', () => {
    expect(hit('The footage was obtained by Reuters.')).toBeNull();
    expect(hit('The pictures were first published via Reuters')).toBeNull();
    expect(hit('(Image credit: NASA)')).toBeNull();
    expect(hit('Images of the flood spread quickly on social media, and by the evening the council had opened two shelters.')).toBeNull();
    expect(hit('')).toBeNull();
  });

  it('never ends the main text of a page', () => {
    // A scraped page written for this test: menu, headline, the article with a file-photo credit
    // after its fourth paragraph and short lines and a short paragraph after it, then a footer:
    // as chaff, the credit would cost more in the main-text search than the text after it adds.
    const nav = ['首页', '新闻', '财经', '科技', '体育', '娱乐', '汽车', '房产', '旅游', '教育', '健康', '专题', '视频', '图片', '评论', '读书'];
    const article = [
      '近日，市交通部门宣布，连接新城与老城的跨江大桥将于下月正式通车，届时两地之间的车程将从四十分钟缩短到十分钟左右。',
      '据介绍，大桥全长两千三百米，设双向六车道，并在两侧各设一条非机动车道和人行道，方便市民骑行和步行过江。',
      '施工方表示，目前大桥主体工程已经全部完成，正在进行路面标线、照明和监控设备的安装调试，预计本月底前完成验收。',
      '交通部门同时提醒，通车初期将实行限速管理，货车须按规定时段通行，具体方案将在通车前一周向社会公布。',
      '资料图',
      '此外',
      '桥下的滨江公园也将同步开放',
      '市民又多了一个散步的好去处',
      '通车仪式定于下月十五日上午举行，届时将邀请市民代表参加。',
    ];
    const footer = ['关于我们', '联系我们', '广告服务', '网站地图', '版权声明', '招聘信息', '意见反馈', '© 2024 城市日报'];
    const page = [...nav, '跨江大桥下月通车', ...article, ...footer].join('\n');
    const a = analyze(page);
    expect(a.mode).toBe('page');
    const out = clean(page);
    expect(out).not.toContain('资料图');
    for (const line of article.filter((l) => l !== '资料图')) expect(out).toContain(line);
  });
});
