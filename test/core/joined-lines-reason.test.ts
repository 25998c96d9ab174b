/**
 * A block of several lines says why they are one (`analyze()`'s `lines` reason, weight 0): a
 * hard-wrapped paragraph, CJK text wrapped at a fixed display width, a paragraph split at its
 * links. Blocks of one line, and `clean()`, carry no such reason.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createCleaner } from '../../src/index.js';
import { wrapCjk, wrapText } from '../reliability/arbitraries.js';

const EN = [
  'The town library will open until nine in the evening on weekdays from next month, after a survey found that most readers could only visit after work and that the reading room was full on Saturdays.',
  'The council agreed to pay for two more staff members for a trial of six months, and the library will count its visitors every evening to decide whether the longer hours stay after the trial.',
  'Volunteers from the reading group will run a homework club on Tuesday and Thursday evenings, and the children’s corner will stay open until seven for families who come straight from school.',
];
const ZH = [
  '每天早上六點，街口那家開了二十多年的早餐鋪子都會準時亮燈，蒸籠裡的包子冒著熱氣，排隊的街坊從門口一直排到路邊的梧桐樹下，這樣的情景一直持續到上個月。',
  '上個月，店主在門上貼了一張告示，說房租漲了，鋪子要搬到兩站路以外的新市場去，老顧客們一時都有些捨不得，不少人特意在最後一天趕來再買一次豆漿油條。',
  '搬家那天，不少熟客特意趕來幫忙，有人搬桌椅，有人抬蒸籠，還有人拍下了鋪子最後的樣子，說要留個念想，店主夫婦一邊道謝一邊忍不住紅了眼眶。',
];
const SPLIT = ['Officials met on Tuesday, according to', 'Reuters', ', and agreed on a plan.', 'The plan was drawn up by', 'the city', 'and the port over the summer months.', 'It will cost less than the', 'old one', ', officials said.'];

const linesNote = (text: string, blockText?: string): string | undefined => {
  const a = analyze(text);
  const b = blockText === undefined ? a.blocks[0] : a.blocks.find((x) => x.text === blockText);
  return b?.reasons.find((r) => r.id === 'lines')?.note;
};

describe('why a block of several lines is one block', () => {
  it('names the width of a hard-wrapped text and the lines', () => {
    const text = EN.map((p) => wrapText(p, 72)).join('\n');
    const note = linesNote(text);
    expect(note).toMatch(/^lines 1–\d+ are read as one block: the text is hard-wrapped at \d+ characters/);
  });

  it('names the display width of wrapped CJK text', () => {
    const text = ZH.map((p) => wrapCjk(p, 60)).join('\n');
    expect(linesNote(text)).toMatch(/wrapped at \d+ display columns/);
  });

  it('says when paragraphs were split at their links', () => {
    expect(linesNote(SPLIT.join('\n'))).toBe('lines 1–3 are read as one block: the text has its paragraphs split at their links (a text node a line), and each next line reads on mid-sentence');
  });

  it('is weight 0 evidence for nothing, and absent from blocks of one line and from clean()', () => {
    const a = analyze(SPLIT.join('\n'));
    const reason = a.blocks[0].reasons.find((r) => r.id === 'lines')!;
    expect(reason.weight).toBe(0);
    expect(analyze(EN.join('\n')).blocks.every((b) => b.reasons.every((r) => r.id !== 'lines'))).toBe(true);
    expect(createCleaner().analyze(SPLIT.join('\n'), { explain: false }).blocks[0].reasons).toEqual([]);
  });
});
