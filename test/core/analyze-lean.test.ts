/**
 * `analyze(text, { explain: false })` makes the same decisions as `analyze(text)` and `clean()`
 * (labels, scores, regions, removals) without the explanation: no reasons, no classifier
 * evidence, no language detection.
 */
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../src/index.js';

const doc = [
  '🎬 YouTube Premium 家庭Plan成員一位 只需 HK$148/年! 不用提供密碼，立即私訊購買',
  '',
  '市政府週二公布新的巴士路線計劃，將在明年三月起分階段實施，涵蓋北區及東區共十二條路線。',
  '',
  '交通局表示，新路線會縮短居民前往市中心的時間，平均每程可節省約十五分鐘。局方在過去一年收集了超過三千份市民意見，並與區議會舉行了六次諮詢會議。',
  '',
  '有居民認為新路線班次仍然不足，希望當局在繁忙時間增加車輛；也有商戶擔心改道後客流減少。交通局回應指，會在實施半年後檢討安排，並按乘客量調整班次。',
  '',
  '根據計劃，首階段將先推出四條路線，連接北區新發展區與主要鐵路站，其餘八條路線會在明年底前陸續投入服務。當局預計全部路線每日可服務約五萬人次。',
  '',
  '作為一名編輯，我認為這篇文章提供了寶貴的參考，值得一讀。',
].join('\n');

describe('analyze with explain: false', () => {
  const cleaner = createCleaner();

  it('decides as the full analysis does, and as clean()', () => {
    const full = cleaner.analyze(doc);
    const lean = cleaner.analyze(doc, { explain: false });
    const decisions = (a: typeof full) => a.blocks.map((b) => [b.start, b.end, b.label, b.score, b.region, b.removed]);
    expect(decisions(lean)).toEqual(decisions(full));
    expect(lean.counts).toEqual(full.counts);
    expect(full.blocks.some((b) => b.removed)).toBe(true);
    const kept = lean.blocks.filter((b) => !b.removed).map((b) => b.text);
    expect(cleaner.clean(doc).trimEnd().split(/\n+/)).toEqual(kept);
  });

  it('carries no reasons, evidence or detected language', () => {
    const lean = cleaner.analyze(doc, { explain: false });
    expect(lean.blocks.every((b) => b.reasons.length === 0 && b.classifier === undefined)).toBe(true);
    expect(lean.language).toBe('und');
    expect(cleaner.analyze(doc).language).toBe('zh');
  });
});
