import { phraseRule } from './rule.js';

/** A first-person editor speaking about the piece (作為一名編輯，我認為 / As an editor, I…). */
export const rule = phraseRule({
  id: 'editor-voice',
  description: 'A first-person editor speaking about the piece (作為一名編輯，我認為 / As an editor, I…).',
  label: 'commentary',
  weight: 3.0,
  extra: 0,
  cap: 1,
});
