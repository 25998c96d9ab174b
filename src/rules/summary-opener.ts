import { phraseRule } from './rule.js';

/** Opens with a wrap-up word (總之, 綜上所述, 此外, In conclusion, To sum up). */
export const rule = phraseRule({
  id: 'summary-opener',
  description: 'Opens with a wrap-up word (總之, 綜上所述, 此外, In conclusion, To sum up).',
  label: 'commentary',
  weight: 1.0,
  extra: 0,
  cap: 1,
});
