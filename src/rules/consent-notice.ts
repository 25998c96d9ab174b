import { phraseRule } from './rule.js';

/** A cookie banner, consent dialog or comment-form notice (this website uses cookies, your email address will not be published, 本网站使用cookie). */
export const rule = phraseRule({
  id: 'consent-notice',
  description: 'A cookie banner, consent dialog or comment-form notice (this website uses cookies, your email address will not be published, 本网站使用cookie).',
  label: 'boilerplate',
  weight: 1.8,
  extra: 0.4,
  cap: 2,
});
