import { phraseRule } from './rule.js';

/** A credit or provenance line (責任編輯, 原標題, 來源：, Editor:, Reporting by). */
export const rule = phraseRule({
  id: 'credit-line',
  description: 'A credit or provenance line (責任編輯, 原標題, 來源：, Editor:, Reporting by).',
  label: 'boilerplate',
  weight: 1.5,
  extra: 0,
  cap: 1,
});
