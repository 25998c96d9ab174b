import type { Rule } from './rule.js';

/** Longest block read as a sign-up box's line: a heading or a sentence or two. */
const MAX_CHARS = 140;
/** What a site's newsletter box offers, on `norm` (lower case). */
const NOUN = /(?<![a-z])(?:newsletters?|inbox|alerts|e-?mails|e-?mail updates|by e-?mail)(?![a-z])/;
/** A sign-up box's heading or button: "Subscribe to Dev Notes", "Sign up for the newsletter",
 * "Subscribe now" — the verb first, then at most `ASK_MAX_WORDS` words and no sentence end (see
 * `isAsk`): 89 lines on the dev and unlabelled pages, none gold; none in the composites' bodies or
 * the corpora's. */
const ASK_MAX_WORDS = 4;
/** A sentence's end or a clause mark in a line: not a heading or a button. */
const SENTENCE_MARK = /[.!?。！？,，;；]/;

/** Whether a short line asks to subscribe or sign up: "subscribe" or "sign up", optionally "to"
 * or "for", then one to `ASK_MAX_WORDS` words, no sentence mark. (Words, not one pattern: the
 * optional "to" and the words after it made the pattern ambiguous.) */
function isAsk(norm: string): boolean {
  const words = norm.trim().split(' ');
  let i = words[0] === 'subscribe' ? 1 : words[0] === 'sign' && words[1] === 'up' ? 2 : 0;
  if (i === 0 || SENTENCE_MARK.test(norm)) return false;
  if (words[i] === 'to' || words[i] === 'for') i++;
  const rest = words.length - i;
  return rest >= 1 && rest <= ASK_MAX_WORDS && words.slice(i).every((w) => w !== '');
}

/** The promise under a sign-up form ("No spam. Unsubscribe at any time."): 5 lines on the dev
 * pages, none gold; none in the composites or the corpora's body blocks. */
const PROMISE = /(?<![a-z])(?:unsubscribe (?:at )?any ?time|no spam(?![a-z]))/;
/** What it asks the reader to do. */
const VERB = /(?<![a-z])(?:sign(?:ing)? ?up|subscribe|get|join|receive|delivered|register|enter your e-?mail)(?![a-z])/;

/**
 * A site's newsletter box: a short block that asks the reader to sign up, subscribe, join or get
 * something and names a newsletter, the inbox, alerts or e-mails ("Sign up for Newsletters and
 * Alerts", "Get the best of news in your inbox everyday", "Join our newsletter"). On the dev and
 * unlabelled pages: 105 such lines, one a whole gold line (a Business Insider article's last line,
 * "You can also subscribe to this newsletter here — just tick …", which `call-to-action` and the
 * classifier already removed); in the composites 43 inserted promo lines and that same line; in
 * the corpora's 9,464 body blocks, that line only. Added in session 11: "by e-mail" as what is
 * offered ("Get new posts by email": 3 more lines on the dev pages, none gold), and the promise
 * under the form ("No spam, unsubscribe at any time"), and the box's heading or button
 * ("Subscribe to Dev Notes", `isAsk`). English: a Chinese 注册 + 邮箱 is an e-mail
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
    if (norm.includes('letter') || norm.includes('inbox') || norm.includes('alert') || norm.includes('mail')) {
      const noun = NOUN.exec(norm);
      const verb = noun && VERB.exec(norm);
      if (noun && verb) return { match: `${verb[0]} … ${noun[0]}` };
    }
    if ((norm.includes('subscribe') || norm.includes('sign up')) && isAsk(norm)) return { match: norm.trim(), note: "a sign-up box's heading or button" };
    if (norm.includes('spam') || norm.includes('unsubscribe')) {
      const promise = PROMISE.exec(norm);
      if (promise) return { match: promise[0], note: "a sign-up form's promise" };
    }
    return null;
  },
};
