/** A small deterministic corpus of scraped records, Chinese and English, some with ads. */

const EN_BODY = [
  'The city council voted on Tuesday to approve a network of protected cycling lanes that will connect the central station with the university campus and the riverside parks, a project that has been debated for more than three years.',
  'Construction is expected to begin in the spring and last about eighteen months, according to the transport department, which said that most of the work will happen at night to limit disruption for shops and residents along the route.',
  'Local business owners were divided: some welcomed the prospect of more customers arriving by bike, while others worried about the loss of parking spaces in front of their stores during the busy holiday season.',
  'The regional weather service said heavy rain would continue through the weekend, with river levels expected to peak on Sunday evening near the old harbour and the low-lying districts to the east.',
];
const ZH_BODY = [
  '天文台表示，颱風海葵今早位於香港東南約四百公里，預料向西北移動，時速約十五公里，逐漸靠近廣東東部沿岸。天文台稍後會評估是否需要改發八號烈風或暴風信號，市民應留意最新天氣消息。',
  '受颱風外圍雨帶影響，本港今日天氣不穩定，間中有大驟雨及狂風雷暴。天文台預料明日風勢顯著增強，離岸及高地吹強風，海有大浪，市民應避免前往海灘或進行水上活動。',
  '運輸署提醒駕駛人士，若八號信號生效，部分公共交通服務將逐步暫停，渡輪服務亦可能提早停航，乘客應預留時間回家。',
];
const EN_AD = '🔥 Get Spotify Premium for only $2.99/month! No VPN needed, instant activation ➜ DM us on Telegram @cheapsubs';
const ZH_AD = '🎬 Netflix 4K 共享車位 只需 HK$58/月! 不用提供密碼、不用VPN、無需轉區 立即升級你的帳號 ➜ 即享 4K 無廣告播放';

/** One record's text: body paragraphs, an ad at the top of every third record. */
export function recordText(i: number): string {
  const zh = i % 2 === 1;
  const pool = zh ? ZH_BODY : EN_BODY;
  const paras = [pool[i % pool.length], pool[(i + 1) % pool.length], pool[(i + 2) % pool.length]];
  if (i % 3 === 0) paras.unshift(zh ? ZH_AD : EN_AD);
  return paras.join('\n\n');
}

/** Whether record `i` carries an ad. */
export function hasAd(i: number): boolean {
  return i % 3 === 0;
}

/** The ad texts, to check they are gone. */
export const ADS = { en: EN_AD, zh: ZH_AD };

/** `n` records as objects with an id, the text and other fields to pass through. */
export function records(n: number): Array<{ id: number; text: string; meta: { source: string; rank: number }; tags: string[] }> {
  return Array.from({ length: n }, (_, i) => ({ id: i, text: recordText(i), meta: { source: `site-${i % 7}`, rank: i * 1.5 }, tags: i % 2 ? ['zh'] : ['en'] }));
}
