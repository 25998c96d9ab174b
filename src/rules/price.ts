import { matchBlockShape } from '../shapes.js';
import type { Rule } from './rule.js';

/** Strength when the price is per period (HK$148/年, $9.99/mo): resale and subscription offers. */
const PER_PERIOD_STRENGTH = 1.6;

/** A currency-marked amount; stronger when it is a price per period. */
export const rule: Rule = {
  id: 'price',
  description: 'A currency-marked amount (HK$148, NT$399, ¥30, 20元, £1.50); stronger per period (/年, /mo).',
  label: 'promo',
  weight: 1.2,
  test(block) {
    const m = matchBlockShape('price', block);
    if (!m) return null;
    const period = matchBlockShape('perPeriod', block);
    return period ? { match: `${m[0]} … ${period[0]}`, strength: PER_PERIOD_STRENGTH } : { match: m[0] };
  },
};
