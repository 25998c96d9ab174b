/**
 * CJK text wrapped at a fixed display width (src/wrapped-lines.ts: a BBS or e-mail dump,
 * pdftotext): every line of a paragraph but its last fills the width, two columns a CJK
 * character, and breaks mid-sentence. Those lines are one block, verbatim, scored with no space
 * where the lines meet. Chinese text written a paragraph a line, a list of truncated headlines and
 * lines that end sentences are never taken for wrapped.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { segment } from '../../src/segment.js';
import { checkDocument } from '../../src/cli/document.js';
import { formatLabels } from '../../src/cli/commands/clean.js';
import { createCleaner } from '../../src/index.js';
import { joinWrappedLines } from '../../src/wrapped-lines.js';
import { wrapCjk } from '../reliability/arbitraries.js';

// A local news article written for this test, with a reseller's ad before it and an editor's
// comment after it.
const AD = '限時優惠！串流平台家庭方案合租一位只需每月三十八元，不用提供密碼、不用轉區，名額有限，立即私訊客服小編領取專屬優惠碼。';
const TITLE = '老街口的早餐鋪子搬進新市場';
const ARTICLE = [
  '每天早上六點，街口那家開了二十多年的早餐鋪子都會準時亮燈，蒸籠裡的包子冒著熱氣，排隊的街坊從門口一直排到路邊的梧桐樹下，這樣的情景一直持續到上個月。',
  '上個月，店主在門上貼了一張告示，說房租漲了，鋪子要搬到兩站路以外的新市場去，老顧客們一時都有些捨不得，不少人特意在最後一天趕來再買一次豆漿油條。',
  '搬家那天，不少熟客特意趕來幫忙，有人搬桌椅，有人抬蒸籠，還有人拍下了鋪子最後的樣子，說要留個念想，店主夫婦一邊道謝一邊忍不住紅了眼眶。',
  '店主說，新鋪子地方大了一些，以後還會添幾樣小菜，歡迎大家有空過去坐坐，老價錢一分不漲，早上六點照樣準時開門，熟悉的味道也不會變。',
];
const COMMENT = '作為一名編輯，我認為這篇文章生動地記錄了城市變遷中的人情味，總之，這篇文章提供了一個值得深思的視角。';

const doc = (columns: number, between: string): string => [wrapCjk(AD, columns), TITLE, ...ARTICLE.map((p) => wrapCjk(p, columns)), wrapCjk(COMMENT, columns)].join(between);

describe('CJK text wrapped at a fixed width', () => {
  for (const columns of [60, 70, 80]) {
    it(`makes each paragraph wrapped at ${columns} columns one block, verbatim`, () => {
      const text = doc(columns, '\n');
      const blocks = joinWrappedLines(text, segment(text));
      for (const p of ARTICLE) {
        const b = blocks.find((x) => x.text === wrapCjk(p, columns));
        expect(b, p.slice(0, 10)).toBeDefined();
        expect(text.slice(b!.start, b!.end)).toBe(b!.text);
      }
    });

    it(`keeps the article whole and removes the wrapped ad and comment (${columns} columns)`, () => {
      for (const between of ['\n', '\n\n']) {
        const text = doc(columns, between);
        const out = clean(text);
        for (const p of ARTICLE) expect(out).toContain(wrapCjk(p, columns));
        expect(out).not.toContain('私訊');
        expect(out).not.toContain('作為一名編輯');
        expect(clean(out)).toBe(out);
      }
    });
  }

  it('scores a wrapped paragraph as its text, with no space where its lines meet', () => {
    const text = doc(60, '\n');
    const unwrapped = [AD, TITLE, ...ARTICLE, COMMENT].join('\n');
    const scores = (a: ReturnType<typeof analyze>) => a.blocks.map((b) => b.score);
    expect(scores(analyze(text))).toEqual(scores(analyze(unwrapped)));
  });

  it('shows a wrapped paragraph on one row of `dechaff clean --labels`, as it is scored', () => {
    const rows = formatLabels(undefined, checkDocument(doc(60, '\n'), createCleaner(), { explain: true }));
    for (const p of ARTICLE) expect(rows).toContain(p);
  });

  it('leaves Chinese text written a paragraph a line as it is', () => {
    const text = [AD, TITLE, ...ARTICLE, COMMENT].join('\n');
    expect(joinWrappedLines(text, segment(text))).toEqual(segment(text));
  });

  it('leaves a list of headlines cut to one width, or lines that end sentences, as they are', () => {
    const headlines = ['城東菜市場改造完成，攤位重新排號，市民可以到新大樓買菜了…', '週末去哪兒？這幾條散步路線值得一走，沿途還有不少小吃店…', '小區門口新開了一家書店，老闆說要辦讀書會和親子故事時間…', '冬天來了，街坊們的棉被晒起來了，社區還準備了免費理髮…'];
    const sentences = ['城東菜市場改造完成了，攤位已經重新排號，市民到新大樓買菜。', '週末去哪兒走走呢，這幾條散步路線都很值得一走，沿途很舒服。', '小區門口新開了一家書店，老闆說以後要辦讀書會和故事時間。', '冬天已經來了，街坊們的棉被都晒起來了，社區也準備了理髮。'];
    for (const lines of [headlines, sentences]) {
      const text = lines.join('\n');
      expect(joinWrappedLines(text, segment(text))).toEqual(segment(text));
    }
  });
});
