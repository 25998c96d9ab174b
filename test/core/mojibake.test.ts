/**
 * UTF-8 text misread as GBK or Windows-1252 is decoded again before cleaning (src/mojibake.ts); text that
 * is not such mojibake is never changed.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean, createCleaner } from '../../src/index.js';
import { repairMojibake } from '../../src/mojibake.js';
import { checkDocument } from '../../src/cli/document.js';

// An article written for this test, with an ad line before it.
const AD = '🎬 视频会员家庭组成员一位 只需 HK$98/年！不用提供密码，私讯即开通';
const ARTICLE = [
  '市图书馆今年夏天将延长开放时间，周末也会开到晚上九点。馆方表示，这是因为暑假期间来馆自习的学生人数比去年多了将近一半，原来的座位和开放时间已经不够用了。',
  '新的安排从下个月开始实行，持续到九月底。馆方同时在三楼增加了六十个座位，并且把儿童阅览室的活动从每周两次增加到每周四次，让家长可以带孩子一起来读书。',
  '有读者说，过去周末下午常常找不到座位，只好回家。现在时间延长了，大家可以错开时间来，希望图书馆以后也能保持这样的安排。',
];
const TRAD = [
  '市立圖書館今年夏天將延長開放時間，週末也會開到晚上九點。館方表示，這是因為暑假期間來館自習的學生人數比去年多了將近一半，原來的座位已經不夠用了。',
  '新的安排從下個月開始實行，持續到九月底。館方同時在三樓增加了六十個座位，並且把兒童閱覽室的活動從每週兩次增加到每週四次，讓家長可以帶孩子一起來讀書。',
];
const doc = [AD, ...ARTICLE].join('\n');
/** `text` as UTF-8 bytes, read with another encoding: what a scraper trusting a wrong charset gets. */
const misread = (text: string, encoding: string): string => new TextDecoder(encoding).decode(new TextEncoder().encode(text));
/** Share of `expected`'s characters found in `actual`, as bags (a lost character becomes U+FFFD). */
function kept(actual: string, expected: string): number {
  const bag = new Map<string, number>();
  for (const c of actual) bag.set(c, (bag.get(c) ?? 0) + 1);
  let same = 0;
  for (const c of expected) {
    const n = bag.get(c) ?? 0;
    if (n > 0) {
      same++;
      bag.set(c, n - 1);
    }
  }
  return same / [...expected].length;
}

describe('mojibake repair', () => {
  it('decodes UTF-8 misread as GBK again', () => {
    const bad = misread(doc, 'gbk');
    expect(bad).not.toContain('图书馆');
    const r = repairMojibake(bad)!;
    expect(r.encoding).toBe('gbk');
    expect(kept(r.text, doc)).toBeGreaterThan(0.95);
    expect(r.text).toContain('图书馆');
  });

  it('repairs a page of short lines, each losing its last character, with a character GBK has no bytes for', () => {
    // A scraped page's menu and headlines: every line's last character is cut (its UTF-8 bytes
    // end before a line break, which GBK cannot pair), about one character in nine.
    const lines = ['首页', '新闻', '财经', '体育', '文化', '图书馆延长开放时间', '暑假自习的学生多了', ...ARTICLE];
    const bad = `${misread(lines.join('\n'), 'gbk')}ǹ`;
    const r = repairMojibake(bad)!;
    expect(r?.encoding).toBe('gbk');
    expect(r.text).toContain('图书馆延长开放时');
    expect(kept(r.text, lines.join('\n'))).toBeGreaterThan(0.8);
  });

  it('does not try Big5, which loses about half of misread UTF-8', () => {
    const text = TRAD.join('\n');
    const bad = misread(text, 'big5');
    // Big5 drops a pair whose second byte is a UTF-8 continuation byte under 0xA1: half of the
    // characters are gone (src/mojibake.ts), and the text is left as it came.
    expect(bad).toContain('\ufffd');
    expect(repairMojibake(bad)).toBeUndefined();
  });

  it('leaves other text alone', () => {
    expect(repairMojibake(doc)).toBeUndefined();
    expect(repairMojibake(TRAD.join('\n'))).toBeUndefined();
    // Han text without function characters (a menu) passes the first test, not the second.
    const menu = '首页 新闻 体育 娱乐 财经 科技 汽车 房产 教育 时尚 文化 旅游 健康 游戏 动漫 读书 星座 图片 视频 博客 论坛 邮箱 地图 天气 彩票 股票 基金 外汇 黄金 期货 债券 保险 银行 理财 收藏 艺术 美食 亲子 女性 男人 军事 历史';
    expect(repairMojibake(menu)).toBeUndefined();
    expect(repairMojibake('Subscribe to our newsletter for the latest news from the harbour district.')).toBeUndefined();
  });

  it('decodes UTF-8 misread as Windows-1252 again, and only when every byte decodes', () => {
    const en = 'The café on the corner doesn’t open before nine — “we’re bakers, not farmers,” says the owner. Prices start at £3.';
    // Windows-1252 as browsers read it (WHATWG): bytes 0x80–0x9F are punctuation. Node's own
    // TextDecoder('windows-1252') reads them as Latin-1 does (U+0080–U+009F): both are repaired.
    const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const bytes = new TextEncoder().encode(en);
    const bad = Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? C1[b - 0x80] : String.fromCharCode(b))).join('');
    expect(bad).toContain('doesnâ€™t');
    expect(bad).toContain('cafÃ©');
    expect(repairMojibake(bad)).toEqual({ text: en, encoding: 'windows-1252' });
    expect(misread(en, 'windows-1252')).toContain('doesnâ\u0080\u0099t');
    expect(repairMojibake(misread(en, 'windows-1252'))?.text).toBe(en);
    // Real text is left alone: accented letters, typographic quotes, pound signs.
    expect(repairMojibake(en)).toBeUndefined();
    expect(repairMojibake('Ça a été un été chaud à Montréal, où l’on a vu 35 °C.')).toBeUndefined();
    // Half repaired, half not (a proper é beside a misread one): not every byte decodes, left alone.
    expect(repairMojibake(bad + ' Déjà vu.')).toBeUndefined();
    // A byte the misreading lost (U+FFFD) cannot be given back: left alone.
    expect(repairMojibake(bad + ' \ufffd')).toBeUndefined();
  });

  it('cleans the repaired text, and analyze() says so', () => {
    const bad = misread(doc, 'gbk');
    const out = clean(bad);
    expect(out).toContain('馆方同时在三楼增加了六十个座位');
    expect(out).not.toMatch(/HK\$98/);
    const a = analyze(bad);
    expect(a.repaired?.encoding).toBe('gbk');
    expect(a.blocks[1].text).toBe(a.repaired!.text.slice(a.blocks[1].start, a.blocks[1].end));
    expect(a.blocks[1].text).toContain('图书馆');
  });

  it('can be turned off', () => {
    const bad = misread(doc, 'gbk');
    const cleaner = createCleaner({ repairEncoding: false });
    expect(cleaner.analyze(bad).repaired).toBeUndefined();
    expect(cleaner.clean(bad)).not.toContain('图书馆');
    expect(analyze(bad, { repairEncoding: false }).repaired).toBeUndefined();
    expect(() => createCleaner({ repairEncoding: 'yes' as never })).toThrow(/repairEncoding/);
  });

  it('is what `dechaff clean` does to plain text; `dechaff check` checks files as they are', () => {
    const bad = misread(doc, 'gbk');
    const cleaner = createCleaner();
    // `dechaff clean` (repairEncoding: true) prints what clean() returns.
    expect(checkDocument(bad, cleaner, { repairEncoding: true }).fixed).toBe(cleaner.clean(bad));
    // `dechaff check` never transcodes a file, nor does anything to Markdown.
    const checked = checkDocument(bad, cleaner);
    expect(checked.analysis.repaired).toBeUndefined();
    expect(checked.fixed).not.toContain('图书馆');
    const md = checkDocument(bad, cleaner, { markdown: 'markdown', repairEncoding: true });
    expect(md.analysis.repaired).toBeUndefined();
    expect(md.fixed).not.toContain('图书馆');
  });
});
