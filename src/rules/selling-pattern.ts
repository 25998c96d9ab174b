import type { Rule } from './rule.js';

/** "No need to…" items of a sales pitch: 不用 / 無需 / 免 / 不需要 / no need / no password … */
const NO_NEED = /不用|无需|无须|不需要|不必|免(?:费|密码|翻墙|登录|转区)|no need|no password|no vpn|no credit card|without (?:a |any )?(?:password|vpn|contract)/g;
/** At least this many such items in one block make the pattern: one alone is ordinary prose. */
const MIN_ITEMS = 2;

/** The "不用…、不用…、無需…" selling pattern: a list of things the buyer need not do. */
export const rule: Rule = {
  id: 'selling-pattern',
  description: 'The "不用…、不用…、無需…" pitch: two or more "no need to…" items in one block.',
  label: 'promo',
  weight: 1.8,
  test(block) {
    const items = block.norm.match(NO_NEED);
    if (!items || items.length < MIN_ITEMS) return null;
    return { match: items.join('、'), strength: Math.min(1.5, 1 + 0.25 * (items.length - MIN_ITEMS)) };
  },
};
