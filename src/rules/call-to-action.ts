import { phraseRule } from './rule.js';

/** Asks the reader to buy, join, follow or contact (立即購買, 點擊關注, 加群, subscribe, click here, txt). */
export const rule = phraseRule({
  id: 'call-to-action',
  description: 'Asks the reader to buy, join, follow or contact (立即購買, 點擊關注, 加群, subscribe, click here, txt).',
  label: 'promo',
  weight: 1.2,
  extra: 0.5,
  cap: 2.5,
});
