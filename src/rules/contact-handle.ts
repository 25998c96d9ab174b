import { matchBlockShape } from '../shapes.js';
import { AT, COLON, DIGIT, unitFlags } from '../unit-flags.js';
import type { Rule } from './rule.js';

/** A messenger or contact word followed closely by an id or number: 加LINE: abc123, QQ 1234567,
 * 群号 702649316, WeChat: xyz, call 09061743810, txt WIN to 87121. `\s*(?:(?:id|号)\s*)?` rather than
 * `\s*(?:id|号)?\s*`: the same strings, without two adjacent `\s*` splitting a run of spaces in
 * every way (quadratic on a long run). */
const HANDLE = /(?:(?<![a-z])(?:line|wechat|vx|wx|telegram|tg|whatsapp|qq|kik|snap)(?![a-z])|微信|v信|q群|群号|\d?群|加我|加v|私聊)(?:\s*(?:(?:id|号)\s*)?[:：]\s*@?[a-z0-9_.-]{3,24}|\s*(?:(?:id|号)\s*)?@?[a-z0-9_.-]{0,20}\d{3}[a-z0-9_.-]{0,20}|\s*@[a-z0-9_.]{3,20})/;
/** An action word followed by a number of five digits or more: call 09061743810, txt WIN to 87121. */
const CALL = /(?:(?<![a-z])(?:call|ring|txt|text|send|reply|dial)(?![a-z])|电话|热线|客服|联系|购买)[^\d\n]{0,12}(?<!\d)\d{5,}/;
/** Premium-rate and short-code numbers of SMS spam (UK 09xx, 087x, 5-digit short codes after a verb). */
const PREMIUM = /(?<!\d)(?:09\d{8,9}|08[07]\d{7,9})(?!\d)/;
/** The rule's own patterns (tests check its gate against them). */
export const CONTACT_PATTERNS: readonly RegExp[] = [HANDLE, CALL, PREMIUM];

/** Contact handles and numbers: the "how to buy" of an ad. */
export const rule: Rule = {
  id: 'contact-handle',
  description: 'A messenger id, group number or phone number to contact (LINE, WeChat, QQ, Telegram, WhatsApp, premium-rate numbers).',
  label: 'promo',
  weight: 1.5,
  test(block) {
    // Every pattern here needs a digit, a colon or an @ (HANDLE's three endings, CALL's and
    // PREMIUM's digits, the handle and e-mail shapes): most blocks have none, and skip all five.
    if (block.flags !== undefined ? (block.flags & (DIGIT | COLON | AT)) === 0 : !mayContact(block.norm)) return null;
    const m = HANDLE.exec(block.norm) ?? CALL.exec(block.norm) ?? PREMIUM.exec(block.norm);
    if (m) return { match: m[0] };
    const h = matchBlockShape('handle', block) ?? matchBlockShape('email', block);
    return h ? { match: h[0].trim(), strength: 0.6 } : null;
  },
};

/**
 * Whether a normalized text holds an ASCII digit, a colon or an @ (NFKC has folded the full-width
 * forms): a necessary condition of every pattern of this rule (test/core/contact-gate.test.ts).
 *
 * @param norm a block's normalized text
 */
export function mayContact(norm: string): boolean {
  return (unitFlags(norm) & (DIGIT | COLON | AT)) !== 0;
}
