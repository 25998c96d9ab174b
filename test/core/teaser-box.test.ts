/**
 * A teaser box after the article (src/teaser-box.ts): a box's heading ("Related stories",
 * 作者最新文章) after the article's last paragraph, and under it only headlines, their sources,
 * counts and date lines. The heading went as furniture but the headlines stayed; now they go
 * with it. A heading with paragraphs, a closing sentence or a bracketed credit after it leaves
 * them where they are.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean, createCleaner } from '../../src/index.js';
import { teaserBoxAfter, teaserSummaryBoxAfter, type BoxBlock } from '../../src/teaser-box.js';
import { scanBlock, textUnits } from '../../src/features.js';
import { normalizeForScoring } from '../../src/normalize.js';
import { TUNABLES } from '../../src/tunables.js';

// A Chinese blog post written for this test, as a portal's page gives it: the post, the heading
// of the author's latest posts, each headline with its date line, a second box of headlines.
const ZH_ARTICLE = [
  '老街口的早餐铺子搬走了',
  '每天早上六点，街口那家开了二十多年的早餐铺子都会准时亮灯，蒸笼里的包子冒着热气，排队的街坊从门口一直排到路边的梧桐树下。',
  '上个月，店主在门上贴了一张告示，说房租涨了，铺子要搬到两站路以外的新市场去，老顾客们一时都有些舍不得。',
  '搬家那天，不少熟客特意赶来帮忙，有人搬桌椅，有人抬蒸笼，还有人拍下了铺子最后的样子，说要留个念想。',
  '店主说，新铺子地方大了一些，以后还会添几样小菜，欢迎大家有空过去坐坐，老价钱一分不涨。',
];
const ZH_BOX = [
  '作者最新文章',
  '城东菜市场改造完成，摊位重新排号',
  '12-2718:40',
  '周末去哪儿？这几条散步路线值得一走',
  '12-2717:52',
  '相关文章',
  '小区门口新开了一家书店',
  '冬天来了，街坊们的棉被晒起来了',
];

// An English article with a "Related stories" box at its end, each headline with its date.
const EN_ARTICLE = [
  'Town library extends its opening hours',
  'The town library will open until nine in the evening on weekdays from next month, after a survey found that most readers could only visit after work and that the reading room was full on Saturdays.',
  'The council agreed to pay for two more staff members for a trial of six months, and the library will count its visitors every evening to decide whether the longer hours stay after the trial.',
  'Volunteers from the reading group will run a homework club on Tuesday and Thursday evenings, and the children’s corner will stay open until seven for families who come straight from school.',
];
const EN_BOX = ['Related stories', 'New bus route links the station and the hospital', 'November 19, 2019', 'Market square to get more benches and trees', 'November 18, 2019', 'Why the old bridge is closed again'];

describe('a teaser box after the article', () => {
  it('goes with its heading: Chinese headlines with their date lines', () => {
    const text = [...ZH_ARTICLE, ...ZH_BOX].join('\n');
    expect(clean(text)).toBe(`${ZH_ARTICLE.join('\n')}\n`);
  });

  it('goes with its heading when the heading ends with a colon (相关阅读：, "Related:")', () => {
    for (const heading of ['相关阅读：', '延伸阅读:']) {
      const text = [...ZH_ARTICLE, heading, ...ZH_BOX.slice(1, 5)].join('\n');
      expect(clean(text)).toBe(`${ZH_ARTICLE.join('\n')}\n`);
    }
    expect(clean([...EN_ARTICLE, 'Related:', ...EN_BOX.slice(1)].join('\n'))).toBe(`${EN_ARTICLE.join('\n')}\n`);
  });

  it('goes with its heading: English headlines with their date lines', () => {
    const text = [...EN_ARTICLE, ...EN_BOX].join('\n');
    expect(clean(text)).toBe(`${EN_ARTICLE.join('\n')}\n`);
  });

  it('says why each headline goes', () => {
    const a = analyze([...EN_ARTICLE, ...EN_BOX].join('\n'));
    const headline = a.blocks.find((b) => b.text === 'Market square to get more benches and trees')!;
    expect(headline.removed).toBe(true);
    expect(headline.label).toBe('boilerplate');
    expect(headline.reasons.find((r) => r.id === 'position')?.note).toMatch(/teaser box "Related stories" \(block 5\)/);
  });

  it('leaves the article alone when paragraphs follow the heading (a box inside the article)', () => {
    const text = [EN_ARTICLE[0], EN_ARTICLE[1], 'Related stories', 'New bus route links the station and the hospital', 'Market square to get more benches and trees', EN_ARTICLE[2], EN_ARTICLE[3]].join('\n');
    const out = clean(text);
    for (const p of EN_ARTICLE) expect(out).toContain(p);
  });

  it('keeps the article’s own short last lines after a heading: a closing sentence, a bracketed note', () => {
    for (const last of ['The trial starts on the first of December.', '(The library stays closed on public holidays)']) {
      const text = [...EN_ARTICLE, 'Related stories', 'New bus route links the station and the hospital', 'Market square to get more benches and trees', last].join('\n');
      expect(clean(text)).toContain(last);
      expect(clean(text)).toContain('Market square to get more benches and trees');
    }
  });
});

// A box of teasers with a line of summary under each headline, as a news portal ends its pages.
const EN_SUMMARY_BOX = [
  'Top stories',
  'New bus route links the station and the hospital',
  'The route runs every twenty minutes from six in the morning and stops at the new housing estate on the way.',
  'Market square to get more benches and trees',
  'The council will plant twelve trees and put up benches around the fountain before the summer market opens.',
  'Why the old bridge is closed again',
  'Engineers found new cracks in the supports during a routine check, and the bridge stays shut until they are repaired.',
];
const ZH_SUMMARY_BOX = [
  '为你推荐',
  '城东菜市场改造完成，摊位重新排号',
  '改造后的菜市场新增了两个出入口，摊位按蔬菜、水产、肉类分区，周一起恢复营业。',
  '2024-05-2008:14',
  '周末去哪儿？这几条散步路线值得一走',
  '沿河步道、老城墙和植物园的三条路线各有特色，适合带着孩子和老人慢慢走。',
  '2024-05-1907:42',
];

describe('a teaser box with a summary under each headline', () => {
  it('goes with its heading, to the end of the text: English and Chinese', () => {
    expect(clean([...EN_ARTICLE, ...EN_SUMMARY_BOX].join('\n'))).toBe(`${EN_ARTICLE.join('\n')}\n`);
    expect(clean([...ZH_ARTICLE, ...ZH_SUMMARY_BOX].join('\n'))).toBe(`${ZH_ARTICLE.join('\n')}\n`);
  });

  it('says why each summary goes', () => {
    const a = analyze([...EN_ARTICLE, ...EN_SUMMARY_BOX].join('\n'));
    const summary = a.blocks.find((b) => b.text === EN_SUMMARY_BOX[4])!;
    expect(summary.removed).toBe(true);
    expect(summary.reasons.find((r) => r.id === 'position')?.note).toMatch(/teaser box "Top stories" \(block 5\).*a short summary under each/);
  });

  it('keeps an article’s own sections after the heading: they share its topic words', () => {
    const sections = [
      'Sunday study rooms',
      'The library will also open its study rooms on Sunday afternoons, which readers asked for in the survey.',
      'Homework club',
      'The reading group volunteers will keep the homework club running through the trial, and the library staff will help them.',
    ];
    const text = [...EN_ARTICLE, EN_SUMMARY_BOX[0], ...sections].join('\n');
    for (const line of sections) expect(clean(text)).toContain(line);
  });

  it('keeps a paragraph longer than a summary, and the lines around it', () => {
    const long = 'The harbour ferry returned to service on Monday after a month of repairs to its engine, and the operator says that the timetable will be back to normal by the weekend, with an extra crossing in the evening for commuters, a new ramp for wheelchairs and bicycles at both piers, and a shelter at the town pier where passengers waited in the rain all winter, while the old boat that stood in for it during the repairs goes back to the island route it left in the spring.';
    // The article is long enough to hold a box of that size: only the paragraph's length tells.
    const more = 'Readers who cannot come in the evening can now borrow books through the new lockers at the station, which the library fills twice a day, and return them at any branch in the town.';
    const text = [...EN_ARTICLE, more, ...EN_SUMMARY_BOX.slice(0, 3), 'Ferry back in service', long].join('\n');
    expect(clean(text)).toContain(EN_SUMMARY_BOX[2]);
    expect(clean(text)).toContain(long);
  });

  it('keeps the lines when a summary has no headline above it, or the box is longer than the article', () => {
    const noHeadline = [...EN_ARTICLE, 'Top stories', EN_SUMMARY_BOX[2], EN_SUMMARY_BOX[3], EN_SUMMARY_BOX[4]].join('\n');
    expect(clean(noHeadline)).toContain(EN_SUMMARY_BOX[2]);
    const shortArticle = [EN_ARTICLE[0], EN_ARTICLE[1], ...EN_SUMMARY_BOX].join('\n');
    expect(clean(shortArticle)).toContain(EN_SUMMARY_BOX[4]);
  });
});

describe('teaserSummaryBoxAfter', () => {
  const blocks = (texts: string[]): BoxBlock[] => texts.map((text) => ({ text, units: textUnits(text) }));
  const topicOf = (texts: string[]) => (i: number): Uint32Array => scanBlock(normalizeForScoring(texts[i])).topic;
  const texts = [...EN_ARTICLE.slice(1), ...EN_SUMMARY_BOX];
  const heading = (i: number): boolean => i === 3;

  it('finds the heading after the first anchor when headlines with summaries follow to the end', () => {
    expect(teaserSummaryBoxAfter(blocks(texts), 0, heading, heading, topicOf(texts), TUNABLES)).toBe(3);
  });

  it('needs an anchor before it, a removed heading and two summaries', () => {
    expect(teaserSummaryBoxAfter(blocks(texts), -1, heading, heading, topicOf(texts), TUNABLES)).toBe(-1);
    expect(teaserSummaryBoxAfter(blocks(texts), 0, heading, () => false, topicOf(texts), TUNABLES)).toBe(-1);
    expect(teaserSummaryBoxAfter(blocks(texts.slice(0, 7)), 0, heading, heading, topicOf(texts), TUNABLES)).toBe(-1);
  });

  it('skips lines already removed and date lines', () => {
    const withDates = [...texts.slice(0, 5), 'November 19, 2019', ...texts.slice(5), 'Advertisement'];
    expect(teaserSummaryBoxAfter(blocks(withDates), 0, heading, (i) => i === 3 || i === withDates.length - 1, topicOf(withDates), TUNABLES)).toBe(3);
  });

  it('needs summaries about other stories, with enough topic words to tell', () => {
    // The summaries read as the article's own text: every topic word is found before the box.
    const onTopic = (i: number): Uint32Array => scanBlock(normalizeForScoring(i > 3 ? texts[0] : texts[i])).topic;
    expect(teaserSummaryBoxAfter(blocks(texts), 0, heading, heading, onTopic, TUNABLES)).toBe(-1);
    // Summaries of three topic words each, none of them in the article: too few to tell.
    const fewWords = (i: number): Uint32Array => new Uint32Array(i < 3 ? [7, 8, 9, 10, 11] : [1, 2, 3]);
    expect(teaserSummaryBoxAfter(blocks(texts), 0, heading, heading, fewWords, TUNABLES)).toBe(-1);
  });
});

describe('a teaser box in a text read as Markdown', () => {
  // Its items are links, which the link-density rule judges; `dechaff check` turns that rule off
  // for a site's own files, whose "see also" lists are their content.
  const post = ['# Town library extends its opening hours', '', ...EN_ARTICLE.slice(1).flatMap((p) => [p, '']), '## Related posts', '', '- [New bus route links the station and the hospital](/2024/05/bus-route)', '- [Market square to get more benches and trees](/2024/05/market-square)', '- [Why the old bridge is closed again](/2024/04/bridge)', ''].join('\n');

  it('takes nothing along: the links stay where link density is not counted', () => {
    const a = createCleaner({ markdown: true, disableRules: ['link-density'] }).analyze(post);
    expect(a.blocks.find((b) => b.text.startsWith('## Related'))?.removed).toBe(true);
    for (const b of a.blocks.filter((x) => x.text.startsWith('- ['))) expect(b.removed, b.text).toBe(false);
  });
});

describe('teaserBoxAfter', () => {
  const blocks = (texts: string[]): BoxBlock[] => texts.map((text) => ({ text, units: textUnits(text) }));
  const texts = ['A long paragraph that anchors the article, with enough words in it to count as the body of the page.', 'Related', 'First headline here', 'June 3, 2024', 'Second headline here'];
  const heading = (i: number): boolean => i === 1;

  it('finds the heading after the last anchor when only headlines and dates follow', () => {
    expect(teaserBoxAfter(blocks(texts), 0, heading, heading, TUNABLES)).toBe(1);
  });

  it('needs an anchor before it, a removed heading and enough headlines', () => {
    expect(teaserBoxAfter(blocks(texts), -1, heading, heading, TUNABLES)).toBe(-1);
    expect(teaserBoxAfter(blocks(texts), 0, heading, () => false, TUNABLES)).toBe(-1);
    expect(teaserBoxAfter(blocks(texts.slice(0, 4)), 0, heading, heading, TUNABLES)).toBe(-1);
  });

  it('skips lines already removed, and stops at a sentence or a long line', () => {
    expect(teaserBoxAfter(blocks([...texts, 'Advertisement']), 0, heading, (i) => i === 1 || i === 5, TUNABLES)).toBe(1);
    expect(teaserBoxAfter(blocks([...texts, 'That is all for today.']), 0, heading, heading, TUNABLES)).toBe(-1);
    expect(teaserBoxAfter(blocks([...texts, texts[0].replace(/\.$/, '')]), 0, heading, heading, TUNABLES)).toBe(-1);
  });
});
