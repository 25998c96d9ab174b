import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';

// A seed-shaped document written by the team: a reseller ad before the title, the article, and
// machine-written editor commentary after it.
const AD = ['🎬 Netflix 4K 共享車位 只需', 'HK$58/月!', '不用提供密碼、不用VPN、無需轉區', '立即升級你的帳號 ➜ 即享 4K 無廣告播放'];
const BODY = [
  '颱風「海葵」逼近 天文台考慮改發八號信號',
  '天文台表示，颱風海葵今早位於香港東南約四百公里，預料向西北移動，時速約十五公里，逐漸靠近廣東東部沿岸。天文台稍後會評估是否需要改發八號烈風或暴風信號，市民應留意最新天氣消息。',
  '受颱風外圍雨帶影響，本港今日天氣不穩定，間中有大驟雨及狂風雷暴。天文台預料明日風勢顯著增強，離岸及高地吹強風，海有大浪，市民應避免前往海灘或進行水上活動。',
  '運輸署提醒駕駛人士，若八號信號生效，部分公共交通服務將逐步暫停，渡輪服務亦可能提早停航，乘客應預留時間回家。',
];
const TAIL = [
  '作為一名編輯，我認為這篇文章清楚交代了颱風的最新動向，對市民做好防風準備有重要的參考價值。',
  '總之，這篇文章提供了一個及時和深入的分析，值得每一位關心天氣的讀者深思。',
];

describe('a seed-shaped document', () => {
  const text = [...AD, ...BODY, ...TAIL].join('\n');

  it('clean() returns exactly the body lines, each with its line break (as the specimen\'s expected body)', () => {
    expect(clean(text)).toBe(`${BODY.join('\n')}\n`);
  });

  it('analyze() explains each removed line with a rule and the classifier', () => {
    const removed = analyze(text).blocks.filter((b) => b.removed);
    expect(removed.map((b) => b.text)).toEqual([...AD, ...TAIL]);
    for (const b of removed) {
      expect(b.reasons.some((r) => r.id !== 'classifier' && r.id !== 'position' && r.weight > 0)).toBe(true);
      expect(b.reasons.some((r) => r.id === 'classifier')).toBe(true);
      expect(text.slice(b.start, b.end)).toBe(b.text);
    }
  });
});
