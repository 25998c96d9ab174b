/**
 * Flags of UTF-16 code units, for the cheap necessary conditions ("gates") that decide whether a
 * block's patterns are worth running, and for the counts of a block's raw text.
 *
 * One pass ORs the flags of every code unit of a text (`unitFlags`); each gate is then a bit test.
 * The gates this replaces each walked the block again: ten loops over every normalized block
 * (digits, `@`, `#`, `%`, URL marks, pictographs, arrows, the contact rule's digit / colon / `@`)
 * and two over its raw text (the shouting rule's letters and marks, the arrow rule), with a branch
 * per character that English text mispredicts at every letter case or word edge: 6 % of `clean()`
 * on dev-composite (--cpu-prof).
 *
 * A flag is defined per code unit, never per character: a surrogate pair's flags are its two
 * units' (no low surrogate has a flag; tests check every code unit against the predicates below).
 */

/** An ASCII digit 0–9 (after NFKC, full-width digits are ASCII). */
export const DIGIT = 1;
/** `@`. */
export const AT = 2;
/** `#`. */
export const HASH = 4;
/** `%`. */
export const PERCENT = 8;
/** `百` (of 百分之, "percent"). */
export const BAI = 16;
/** `.`. */
export const DOT = 32;
/** `:` or `：`. */
export const COLON = 64;
/** A code unit in the ranges of Extended_Pictographic: © ®, U+203C–U+2B55, four in U+3030–U+3299,
 * and the high surrogates of U+1F000–U+1FFFF (where the rest are). */
export const PICTOGRAPHIC = 128;
/** An arrow of the `arrow` shape (U+2192–U+27A1, 👉 by its high surrogate U+D83D), `>` in half,
 * full or small width, or ￫ (U+FFEB, whose NFKC form is an arrow). */
export const ARROW = 256;
/** An ASCII letter. */
export const LETTER = 512;
/** An ASCII capital letter. */
export const CAPITAL = 1024;
/** `!`, `?`, `！` or `？`. */
export const MARK = 2048;

/** Bit positions of `LETTER` and `CAPITAL`, to count them without a branch. */
export const LETTER_SHIFT = 9;
export const CAPITAL_SHIFT = 10;

let table: Uint16Array | undefined;

/**
 * The flags of each of the 65,536 code units (128 KB), built at first use: the ranges written with
 * `fill` (a loop over every code unit calling the predicates took ~6 ms of a cold start, in V8's
 * interpreter). test/core/unit-flags.test.ts checks every code unit against the predicates. For
 * loops that read more than the ORed flags (`textCounts`).
 *
 * @returns the flags of each code unit
 */
export function unitFlagTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  t.fill(DIGIT, 0x30, 0x3a);
  t.fill(LETTER | CAPITAL, 0x41, 0x5b);
  t.fill(LETTER, 0x61, 0x7b);
  // U+203C–U+2B55 are pictographic; the arrows U+2192–U+27A1 lie inside.
  t.fill(PICTOGRAPHIC, 0x203c, 0x2b56);
  t.fill(PICTOGRAPHIC | ARROW, 0x2192, 0x27a2);
  t.fill(PICTOGRAPHIC, 0xd83c, 0xd840);
  for (const c of [0xa9, 0xae, 0x3030, 0x303d, 0x3297, 0x3299]) t[c] |= PICTOGRAPHIC;
  for (const c of [0x3e, 0xff1e, 0xd83d, 0xfe65, 0xffeb]) t[c] |= ARROW;
  t[0x40] |= AT;
  t[0x23] |= HASH;
  t[0x25] |= PERCENT;
  t[0x767e] |= BAI;
  t[0x2e] |= DOT;
  t[0x3a] |= COLON;
  t[0xff1a] |= COLON;
  for (const c of [0x21, 0x3f, 0xff01, 0xff1f]) t[c] |= MARK;
  table = t;
  return t;
}

/**
 * The flags of every code unit of a text, ORed.
 *
 * @param text any text
 * @returns a set of the flags above
 */
export function unitFlags(text: string): number {
  const t = unitFlagTable();
  let flags = 0;
  for (let i = 0; i < text.length; i++) flags |= t[text.charCodeAt(i)];
  return flags;
}
