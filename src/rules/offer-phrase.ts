import { phraseRule } from './rule.js';

/** Selling words (只需, 限時, 優惠, limited time, you have won, promo code). */
export const rule = phraseRule({
  id: 'offer-phrase',
  description: 'Selling words (只需, 限時, 優惠, limited time, you have won, promo code).',
  label: 'promo',
  weight: 1.0,
  extra: 0.5,
  cap: 2.5,
});
