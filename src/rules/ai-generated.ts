import { phraseRule } from './rule.js';

/** A notice that a machine wrote the text (本文由AI輔助生成, generated with AI). */
export const rule = phraseRule({
  id: 'ai-generated',
  description: 'A notice that a machine wrote the text (本文由AI輔助生成, generated with AI).',
  label: 'boilerplate',
  weight: 2.5,
  extra: 0,
  cap: 1,
});
