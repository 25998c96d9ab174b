import { phraseRule } from './rule.js';

/** Stock praise of the piece (值得深思, 及時和深入的分析, thought-provoking). */
export const rule = phraseRule({
  id: 'evaluative-phrase',
  description: 'Stock praise of the piece (值得深思, 及時和深入的分析, thought-provoking).',
  label: 'commentary',
  weight: 1.0,
  extra: 0.5,
  cap: 2.5,
});
