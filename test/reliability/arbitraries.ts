/**
 * fast-check arbitraries shared by the reliability tests: hostile Unicode strings and documents
 * assembled from realistic lines. Every sentence below was written for this suite.
 */
import fc from 'fast-check';

/** Fixed seed: failures are reproducible; fast-check prints the seed and the shrunk input. */
export const SEED = 20240917;

/** Code units and sequences that break naive text code. */
export const HOSTILE_PIECES: readonly string[] = [
  '\u0000', // NUL
  '\uFEFF', // BOM / zero-width no-break space
  '\u202E', // right-to-left override
  '\u202D', // left-to-right override
  '\u2066', // left-to-right isolate
  '\u2067', // right-to-left isolate
  '\u2069', // pop directional isolate
  '\u200E', // left-to-right mark
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner, alone
  '\u00A0', // no-break space
  '\u3000', // ideographic space
  '\u2028', // line separator (not a line break for segment())
  '\u2029', // paragraph separator
  '\u0085', // next line
  '\u000B', // vertical tab
  '\u000C', // form feed
  '\t',
  '\u0301', // combining acute, possibly on nothing
  'e\u0301\u0302\u0303', // stacked combining marks
  '\u0915\u094D\u0937', // Devanagari conjunct
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\uDBFF\uDBFF', // two high surrogates
  '\uDFFF\uD800', // reversed pair
  '😀', // astral emoji
  '👨\u200D👩\u200D👧\u200D👦', // ZWJ family
  '🏳\uFE0F\u200D🌈', // ZWJ flag with variation selector
  '👍🏽', // skin-tone modifier
  '🇭🇰', // regional indicators
  '1\uFE0F\u20E3', // keycap
  '𠀀𪚥', // astral Han (extension B)
  'Ａ１！', // full-width (NFKC folds it)
  'ﬁ', // ligature (NFKC expands it)
  'İ', // lower-cases to two code units
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\r\r\n\n',
  ' ',
  '$',
  '!!!',
  'http://',
  '@',
  '#',
  '→',
  '。',
  '限時優惠',
];

/** One unit of a hostile string: a hostile piece, any UTF-16 code unit, or any code point. */
const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)) },
);

/** Arbitrary strings rich in hostile Unicode, up to a few hundred code units. */
export const hostileString: fc.Arbitrary<string> = fc.array(hostileUnit, { maxLength: 60 }).map((parts) => parts.join(''));

export const ZH_BODY: readonly string[] = [
  '市政府昨日公布新的公共交通計劃，預計在未來五年內增設三條巴士專線，以紓緩市中心的交通擠塞。',
  '交通局局長表示，新路線將優先覆蓋新發展區，居民往返市區的時間可望縮短約二十分鐘。',
  '有議員質疑計劃的財政安排，認為當局應先公開詳細的成本估算，再交由議會審議。',
  '研究团队在山区采集了四百多份土壤样本，发现微生物的种类随海拔升高而明显减少。',
  '负责该项目的教授说，这一结果有助于理解气候变化对高山生态系统的长期影响。',
  '当地农民告诉记者，近年春季降雨减少，茶叶的收成比十年前少了将近三成。',
  '图书馆将于下月起延长开放时间，周末晚上也会开放自修室，方便学生温习。',
  '博物館今年的特別展覽以海上絲綢之路為主題，展出超過一百件來自沿岸城市的文物。',
];

export const EN_BODY: readonly string[] = [
  'The city council voted on Tuesday to extend the night bus network to three new districts.',
  'Residents who spoke at the hearing said the late services would help shift workers get home safely.',
  'The transport department estimates the extension will cost about four million dollars a year.',
  'Researchers at the university collected soil samples from twelve sites along the river valley.',
  'They found that the number of microbial species fell sharply above two thousand metres.',
  'The library will open its study rooms until midnight during the exam period, a spokeswoman said.',
  'Farmers in the region say the spring rains have arrived later than usual for the third year running.',
];

export const AD_LINES: readonly string[] = [
  '🔥 限時優惠！Netflix 4K 共享車位 只需 HK$58/月 ➜ 加LINE: deal4k 立即訂閱',
  '🎬 YouTube Premium 家庭方案 NT$99/月，不用VPN、不用提供密碼、無需轉區！！！',
  '加微信 vx12345678 领取优惠券，每月只需19.9元 👉 立即购买',
  'QQ群号 702649316 免费领取资料，名额有限!!!',
  '🔥 Get Spotify Premium for only $2.99/month! No VPN needed ➜ DM us on Telegram @cheapsubs',
  'CLICK HERE TO CLAIM YOUR FREE PRIZE NOW!!! Call 09061743810 today!!!',
  'Visit www.best-deals-online.com for 50% off everything >>>',
  'https://bit.ly/3xYzAbC',
];

export const CHAFF_LINES: readonly string[] = [
  '作為一名編輯，我認為這篇文章提供了及時和深入的分析，值得深思。',
  '总之，本文全面介绍了这一问题，值得每位读者认真阅读。',
  'As an editor, I think this article offers a timely and insightful analysis that every reader should consider.',
  'In conclusion, this article provides a comprehensive overview and is well worth reading.',
  '本文由AI輔助生成，內容僅供參考。',
  '版權所有，未經授權不得轉載。',
  'This article was generated with the help of AI. All rights reserved.',
  '分享到：微信 微博 QQ空間',
  '免責聲明：本文內容僅供參考，不構成任何投資建議。',
  // Teaser boxes' headings: after the last paragraph they take the short lines under them along.
  'Related stories',
  '相关阅读：',
  '作者最新文章',
];

/** Short, title-like and odd lines. */
export const ODD_LINES: readonly string[] = [
  '新巴士路線下月開通',
  'Night buses to reach three new districts',
  '—',
  '1.',
  '***',
  '   indented line with trailing spaces   ',
  '\u202E!sdrawkcab si txet sihT',
  '👨\u200D👩\u200D👧 家庭日活動',
  '\uFEFF正文开始',
  '$$$ 100% 100% 100% $$$',
  'November 19, 2019',
  '12-2718:40',
  '城东新开一座口袋公园2024年05月20日',
];

const BREAKS: readonly string[] = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n  \n', '\n\t\n\n'];

/** A line for a document: body sentences weighted up, chaff, odd lines, blank lines. */
const docLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ZH_BODY) },
  { weight: 5, arbitrary: fc.constantFrom(...EN_BODY) },
  { weight: 2, arbitrary: fc.constantFrom(...AD_LINES) },
  { weight: 2, arbitrary: fc.constantFrom(...CHAFF_LINES) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_LINES) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: hostileString.filter((s) => !/[\r\n]/.test(s)) },
);

/** Documents of 0–40 realistic lines joined by mixed line breaks, with an optional BOM and final break. */
export const realisticDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(docLine, fc.constantFrom(...BREAKS)), { maxLength: 40 }),
    fc.boolean(),
  )
  .map(([bom, lines, finalBreak]) => {
    let out = bom ? '\uFEFF' : '';
    lines.forEach(([line, br], i) => {
      out += line;
      if (i < lines.length - 1 || finalBreak) out += br;
    });
    return out;
  });

/**
 * Greedy wrapping, as text-mode browsers and html2text do it: each line as many words as fit in
 * `width` columns, a word longer than the width on a line of its own.
 *
 * @param text one paragraph
 * @param width the most code units a line
 * @param eol the line break put between the lines
 */
export function wrapText(text: string, width: number, eol = '\n'): string {
  return greedyWrap(text.split(' '), ' ', width, (s) => s.length, eol);
}

/**
 * CJK text wrapped at `columns` display columns, as a BBS or e-mail dump writes it: a CJK or
 * full-width character takes two columns, any other one; a line breaks wherever the next
 * character would not fit.
 *
 * @param text the paragraph
 * @param columns the width
 * @param eol the line break
 */
export function wrapCjk(text: string, columns: number, eol = '\n'): string {
  return greedyWrap([...text], '', columns, (s) => (s === '' ? 0 : /[\u3000-\u303f\uff01-\uff60\u3400-\u9fff]/.test(s) ? 2 : 1), eol);
}

/**
 * Greedy wrapping: each line as many pieces (words, characters) as fit in `width`, the joiner
 * between two pieces counted too; a piece wider than the width on a line of its own.
 *
 * @param pieces the paragraph's words or characters
 * @param joiner what stands between two pieces on a line
 * @param width the widest line
 * @param widthOf a piece's width (and the joiner's)
 * @param eol the line break put between the lines
 */
function greedyWrap(pieces: readonly string[], joiner: string, width: number, widthOf: (s: string) => number, eol: string): string {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const piece of pieces) {
    const added = (line === '' ? 0 : widthOf(joiner)) + widthOf(piece);
    if (line !== '' && w + added > width) {
      lines.push(line);
      line = piece;
      w = widthOf(piece);
    } else {
      line = line === '' ? piece : line + joiner + piece;
      w += added;
    }
  }
  lines.push(line);
  return lines.join(eol);
}

/**
 * A realistic document of paragraphs, each wrapped at 40–100 columns with the document's line
 * break (LF, CRLF or CR), the paragraphs apart by the document's own mixed breaks.
 *
 * @param paragraph the paragraphs' arbitrary
 * @param wrap how a paragraph is wrapped (`wrapText`, `wrapCjk`)
 */
function wrappedDocumentOf(paragraph: fc.Arbitrary<string>, wrap: (text: string, width: number, eol: string) => string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.tuple(paragraph, fc.constantFrom(...BREAKS)), { minLength: 3, maxLength: 30 }),
      fc.integer({ min: 40, max: 100 }),
      fc.constantFrom('\n', '\r\n', '\r'),
    )
    .map(([lines, width, eol]) => lines.map(([line, br]) => wrap(line, width, eol) + br).join(''));
}

/** A realistic document hard-wrapped at 40–100 columns (`wrapText`). */
export const wrappedDocument: fc.Arbitrary<string> = wrappedDocumentOf(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...EN_BODY) }, { weight: 2, arbitrary: docLine }), wrapText);

/** A realistic Chinese document wrapped at 40–100 display columns (`wrapCjk`), with English and
 * odd lines among its Chinese ones. */
export const cjkWrappedDocument: fc.Arbitrary<string> = wrappedDocumentOf(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ZH_BODY) }, { weight: 2, arbitrary: docLine }), wrapCjk);

/**
 * A paragraph split at its inline elements, as a scraper that writes every text node on a line of
 * its own gives it (src/fragment-lines.ts): at word boundaries, spans of one to three words (a
 * link, an emphasis) on lines of their own, a comma or full stop after a span moved to the next
 * line.
 *
 * @param text the paragraph
 * @param cuts word indexes at which a span starts, with its length in words
 * @param eol the line break
 */
export function splitAtLinks(text: string, cuts: ReadonlyArray<readonly [number, number]>, eol = '\n'): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let current: string[] = [];
  let i = 0;
  const spans = [...cuts].filter(([at]) => at > 0 && at < words.length).sort((a, b) => a[0] - b[0]);
  for (const [at, length] of spans) {
    if (at < i) continue;
    current.push(...words.slice(i, at));
    if (current.length > 0) lines.push(current.join(' '));
    const span = words.slice(at, at + length).join(' ');
    const trailing = /[,.;:]+$/.exec(span)?.[0] ?? '';
    lines.push(span.slice(0, span.length - trailing.length) || span);
    current = trailing && trailing !== span ? [trailing] : [];
    i = at + length;
  }
  current.push(...words.slice(i));
  const rest = current.join(' ').replace(/^([,.;:]+) /, '$1 ');
  if (rest.trim() !== '') lines.push(rest);
  return lines.join(eol);
}

/** A realistic English document whose paragraphs are split at their links (`splitAtLinks`), with
 * odd lines among them. */
export const fragmentedDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...EN_BODY) }, { weight: 2, arbitrary: docLine }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3 })), { maxLength: 3 }),
        fc.constantFrom(...BREAKS),
      ),
      { minLength: 3, maxLength: 30 },
    ),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([lines, eol]) => lines.map(([line, cuts, br]) => splitAtLinks(line, cuts, eol) + br).join(''));

/** Either kind of input. */
export const anyInput: fc.Arbitrary<string> = fc.oneof(hostileString, realisticDocument);

/** Short documents (2–8 lines, LF) where one removal changes the document the most: the ones
 * most likely to expose context-dependent decisions. */
export const shortDocument: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ZH_BODY) },
      { weight: 3, arbitrary: fc.constantFrom(...EN_BODY) },
      { weight: 2, arbitrary: fc.constantFrom(...AD_LINES) },
      { weight: 2, arbitrary: fc.constantFrom(...CHAFF_LINES) },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_LINES) },
    ),
    { minLength: 2, maxLength: 8 },
  )
  .map((lines) => lines.join('\n'));
