import { phraseRule } from './rule.js';

/** A cookie banner, consent dialog or comment-form notice (this website uses cookies, your email address will not be published, 本网站使用cookie). */
export const rule = phraseRule({
  id: 'consent-notice',
  description: 'A cookie banner, consent dialog or comment-form notice (this website uses cookies, your email address will not be published, 本网站使用cookie).',
  label: 'boilerplate',
  // A banner's one phrase and a neutral classifier reach the threshold inside a body (2.9); an
  // article about cookies, which the classifier reads as body, stays. 2.2–3.0 give the same dev
  // figures (a cookie banner after a short review ended its main text: one dev page 0.39 → 0.96);
  // 1.8, a disclaimer's weight, left that banner to pay for the footer after it.
  weight: 2.4,
  extra: 0.4,
  cap: 2,
});
