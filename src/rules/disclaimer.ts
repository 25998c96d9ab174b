import { phraseRule } from './rule.js';

/** A disclaimer (免責聲明, 僅供參考, for informational purposes only). */
export const rule = phraseRule({
  id: 'disclaimer',
  description: 'A disclaimer (免責聲明, 僅供參考, for informational purposes only).',
  label: 'boilerplate',
  weight: 1.8,
  extra: 0.4,
  cap: 2,
});
