import { phraseRule } from './rule.js';

/** A copyright or republication notice (版權所有, 未經授權不得轉載, All rights reserved). */
export const rule = phraseRule({
  id: 'copyright',
  description: 'A copyright or republication notice (版權所有, 未經授權不得轉載, All rights reserved).',
  label: 'boilerplate',
  weight: 1.5,
  extra: 0.3,
  cap: 1.6,
});
