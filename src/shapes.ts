import { ARROW, AT, BAI, COLON, DIGIT, DOT, HASH, PERCENT, PICTOGRAPHIC, unitFlags } from './unit-flags.js';

/**
 * The named patterns for text shapes, shared by the rules and the classifier's features
 * (Readability-style: every regex in one table). All are linear: no nested quantifiers, no
 * alternation under a repeated group. They run on NFKC text (full-width folded to half width).
 *
 * Unanchored patterns are tried at every position, so a pattern that scans a run of characters
 * (digits, a word with dashes) from every position inside the run is quadratic in the run's
 * length. Where a match could start inside such a run, a lookbehind lets it start only where the
 * leftmost match would anyway (price, percent, url, email): same matches, linear time
 * (test/reliability/regex-linear-time.test.ts, regex-fixes-equivalent.test.ts).
 */
export const SHAPES = {
  /** A currency-marked amount: HK$148, NT$ 399, US$9.99, $5, ¥30, €10, £1.50, RMB 88, 148元, 20r, 9.9块. */
  price:
    /(?:(?:hk|nt|us|au|ca|s|c|a)?\$|¥|€|£|₩|rmb|cny|hkd|ntd|usd|twd)\s?\d[\d,]*(?:\.\d+)?|\d(?<!\d,*\d)[\d,]*(?:\.\d+)?\s?(?:元|块|塊|圓|円|r(?![a-z])|hkd|usd|rmb|p\/(?:msg|min|day|wk|week|tone|txt)|p(?= ?(?:per|a) ?(?:msg|min|week|day)))/i,
  /** A price per period: /年, /月, 每月, per month, /mo, a year. */
  perPeriod: /(?:\/|每|一|per |a )\s?(?:年|月|週|周|天|日|季|year|month|mo|yr|wk|week|day)(?![a-z])|包月|包年|月费|月費|年费|年費/i,
  /** A percentage. */
  percent: /(?<!\d)\d+(?:\.\d+)?\s?%|百分之/,
  /** A URL or a bare domain. */
  url: /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+\.\S+|\b(?<=(?:^|[^\w-])-*|_[a-z0-9]*)[a-z0-9-]{2,}\.(?:com|net|org|cn|hk|tw|io|co|ly|me|cc|xyz|top|info|biz)(?:\.[a-z]{2})?\b(?:\/\S*)?/i,
  /** An e-mail address. */
  email: /\b(?<=(?:^|[^\w.+-])[.+-]*)[\w.+-]+@[\w-]+\.[\w.]+\b/,
  /** A phone number: international, UK premium-rate, Taiwanese/HK mobile, long digit runs with dashes. */
  phone: /(?:\+\d{1,3}[ -]?)?(?:\(?\d{2,4}\)?[ -]?){1,2}\d{3,4}[ -]?\d{3,4}\b|\b0[789]\d{8,9}\b/,
  /** An @handle. */
  handle: /(?:^|[^\w.])@[a-z0-9_.]{3,}/i,
  /** A #hashtag. */
  hashtag: /(?:^|\s)#[^\s#]{2,}/,
  /** A long digit run (QQ group and account numbers, codes): 5–12 digits. */
  longNumber: /(?<!\d)\d{5,12}(?!\d)/,
  /** Pictographic emoji (not digits or # which are Emoji too). */
  emoji: /\p{Extended_Pictographic}/u,
  /** Arrows and pointing hands used to lead the eye to an offer. */
  arrow: /[➜➔➙➛➝➞➟➠➡→⇒⇨▶►👉☞]|-->|==>|>>>|＞$|>$/u,
  /** Sentence-final punctuation (CJK and Latin). */
  sentenceEnd: /[。！？!?]|\.(?:\s|$)/g,
} as const;

/**
 * Whether a text holds an arrow character of the `arrow` shape (U+2192–U+27A1, and 👉 by its high
 * surrogate) or a `>` (half, full or small width), or a character whose NFKC form is one of those
 * (￫ U+FFEB): so the gate holds for the text before NFKC too (a test checks every code point).
 *
 * @param text any text
 */
export function hasArrow(text: string): boolean {
  return (unitFlags(text) & ARROW) !== 0;
}

/** Whether a text could hold a URL: `://`, or a dot followed by a letter, digit or `-` (every
 * domain, and `www.`). The gate it replaces (a `.` or a `:`) let through every Chinese block with
 * a full-width colon. */
function hasUrlMark(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0 && i + 1 < text.length; i = text.indexOf('.', i + 1)) {
    const c = text.charCodeAt(i + 1) | 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d) return true;
  }
  return text.includes('://');
}

/**
 * Cheap necessary conditions of the shapes: a text that fails a shape's gate cannot match it, so
 * the regex is not run (every alternative of `price`, `phone` and `longNumber` needs a digit, of
 * `email` and `handle` an `@`, and so on; test/core/shape-gates.test.ts checks each against its
 * pattern on generated text). Most blocks fail most gates: on the dev corpus the gated patterns
 * were 7 % of `clean()` (--cpu-prof), each run twice per block (features and a rule). A gate reads
 * the text's code-unit flags (`unitFlags`, one pass for all gates; see src/unit-flags.ts).
 *
 * @param name a shape
 * @param flags `unitFlags(text)`
 * @param text the text
 * @returns false when the shape's pattern cannot match the text
 */
export function shapeGate(name: keyof typeof SHAPES, flags: number, text: string): boolean {
  switch (name) {
    case 'price':
    case 'phone':
    case 'longNumber':
      return (flags & DIGIT) !== 0;
    case 'percent':
      return (flags & PERCENT) !== 0 || ((flags & BAI) !== 0 && text.includes('百分之'));
    case 'url':
      return (flags & (DOT | COLON)) !== 0 && hasUrlMark(text);
    case 'email':
    case 'handle':
      return (flags & AT) !== 0;
    case 'hashtag':
      return (flags & HASH) !== 0;
    case 'emoji':
      return (flags & PICTOGRAPHIC) !== 0;
    case 'arrow':
      return (flags & ARROW) !== 0;
    default:
      return true;
  }
}

/** The shapes that have a gate (every other shape's `shapeGate` is always true). */
export const GATED_SHAPES: ReadonlyArray<keyof typeof SHAPES> = ['price', 'percent', 'url', 'email', 'phone', 'handle', 'hashtag', 'longNumber', 'emoji', 'arrow'];

/** The shapes the block scan tries on every block (the classifier's shape features), in the
 * order of the bits of `BlockScan.shapes`. */
export const SCANNED_SHAPES = ['price', 'perPeriod', 'percent', 'url', 'email', 'phone', 'handle', 'hashtag', 'emoji', 'arrow'] as const;

/**
 * A shape's match in a block's normalized text; when the block scan already found that the text
 * does not match (`shapes`, see `BlockScan`), the pattern is not run a second time.
 *
 * @param name a scanned shape
 * @param block the block's normalized text and, when known, its scanned shapes
 * @returns the match, or null
 */
export function matchBlockShape(name: (typeof SCANNED_SHAPES)[number], block: { norm: string; shapes?: number }): RegExpExecArray | null {
  if (block.shapes !== undefined && (block.shapes & (1 << SCANNED_SHAPES.indexOf(name))) === 0) return null;
  return matchShape(name, block.norm);
}

/**
 * Run a shape's pattern on a text only when its gate lets it match.
 *
 * @param name the shape
 * @param text normalized text
 * @param flags `unitFlags(text)`, when the caller has them
 * @returns the match, or null
 */
export function matchShape(name: keyof typeof SHAPES, text: string, flags = unitFlags(text)): RegExpExecArray | null {
  if (!shapeGate(name, flags, text)) return null;
  const re = SHAPES[name];
  re.lastIndex = 0;
  return re.exec(text);
}
