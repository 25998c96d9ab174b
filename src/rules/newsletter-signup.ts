import type { Rule } from './rule.js';

/** Longest block read as a sign-up box's line: a heading or a sentence or two. */
const MAX_CHARS = 140;
/** What a site's newsletter box offers, on `norm` (lower case). */
const NOUN = /(?<![a-z])(?:newsletters?|inbox|alerts|e-?mails|e-?mail updates)(?![a-z])/;
/** What it asks the reader to do. */
const VERB = /(?<![a-z])(?:sign(?:ing)? ?up|subscribe|get|join|receive|delivered|register|enter your e-?mail)(?![a-z])/;

/**
 * A site's newsletter box: a short block that asks the reader to sign up, subscribe, join or get
 * something and names a newsletter, the inbox, alerts or e-mails ("Sign up for Newsletters and
 * Alerts", "Get the best of news in your inbox everyday", "Join our newsletter"). On the dev and
 * unlabelled pages: 105 such lines, one a whole gold line (a Business Insider article's last line,
 * "You can also subscribe to this newsletter here — just tick …", which `call-to-action` and the
 * classifier already removed); in the composites 43 inserted promo lines and that same line; in
 * the corpora's 9,464 body blocks, that line only. English: a Chinese 注册 + 邮箱 is an e-mail
 * provider's sign-up, no newsletter.
 */
export const rule: Rule = {
  id: 'newsletter-signup',
  description: 'A newsletter box: a short block asking to sign up, subscribe or get a newsletter, alerts or e-mails in your inbox.',
  label: 'promo',
  // Enough alone to pass the threshold inside a body (2.9): the classifier knows little of these
  // (−0.01 to +1.1 on the dev pages' lines), and `call-to-action` catches only some ("sign up",
  // "subscribe to"): "Sign up for Newsletters and Alerts" scored 1.57.
  weight: 3,
  test(block) {
    const norm = block.norm;
    if (norm.length > MAX_CHARS) return null;
    // The nouns' letters first, by a plain search (the pattern on every short block was 0.2 % of
    // clean(), --cpu-prof): each noun has "letter", "inbox", "alert" or "mail" in it.
    if (!norm.includes('letter') && !norm.includes('inbox') && !norm.includes('alert') && !norm.includes('mail')) return null;
    const noun = NOUN.exec(norm);
    if (noun === null) return null;
    const verb = VERB.exec(norm);
    return verb === null ? null : { match: `${verb[0]} … ${noun[0]}` };
  },
};
