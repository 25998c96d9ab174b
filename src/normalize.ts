import { T2S_FROM, T2S_TO } from './generated/t2s.js';

let table: Map<number, string> | undefined;

/** The Traditional → Simplified table, built on first use (3.7k pairs, well under 1 ms). */
function t2sTable(): Map<number, string> {
  if (table) return table;
  table = new Map();
  const from = Array.from(T2S_FROM);
  const to = Array.from(T2S_TO);
  for (let i = 0; i < from.length; i++) table.set(from[i].codePointAt(0)!, to[i]);
  return table;
}

const HAN_TRAD_HINT = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Convert Traditional Chinese characters to Simplified, character by character, with the table
 * generated from opencc-js. Other text passes through.
 *
 * @param text any text
 * @returns the text with Traditional characters replaced
 */
export function toSimplified(text: string): string {
  if (!HAN_TRAD_HINT.test(text)) return text;
  const t = t2sTable();
  let out = '';
  let changed = false;
  for (const ch of text) {
    const s = t.get(ch.codePointAt(0)!);
    if (s !== undefined) { out += s; changed = true; } else out += ch;
  }
  return changed ? out : text;
}

/**
 * How many Han characters of a text the table would change: a cheap Traditional-script signal.
 *
 * @param text any text
 * @returns the number of characters with a Simplified replacement
 */
export function countTraditional(text: string): number {
  const t = t2sTable();
  let n = 0;
  for (const ch of text) if (t.has(ch.codePointAt(0)!)) n++;
  return n;
}

/**
 * The form of a block that rules and the classifier see, never the output: NFKC (which also folds
 * full-width Latin, digits and punctuation to half width), Traditional → Simplified, lower case.
 *
 * @param text a block's text
 * @returns the normalized text
 */
export function normalizeForScoring(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}
