import { franc } from 'franc';
import { countTraditional } from './normalize.js';
import type { Script } from './types.js';

/** Counts of letters by script in a text. */
export interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  latin: number;
  cyrillic: number;
  other: number;
}

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;

/**
 * Count letters by script.
 *
 * @param text any text
 * @returns letter counts per script
 */
export function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { han: 0, kana: 0, hangul: 0, latin: 0, cyrillic: 0, other: 0 };
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) c.latin++;
      continue;
    }
    if (HAN.test(ch)) c.han++;
    else if (KANA.test(ch)) c.kana++;
    else if (HANGUL.test(ch)) c.hangul++;
    else if (LATIN.test(ch)) c.latin++;
    else if (CYRILLIC.test(ch)) c.cyrillic++;
    else if (LETTER.test(ch)) c.other++;
  }
  return c;
}

/** Shares of a CJK character against a Latin letter: a Han character carries about as much text
 * as a short Latin word, so Latin letters are weighed at a fifth. */
const LATIN_LETTER_WEIGHT = 0.2;
/** Below this many Traditional-only characters per Han character a Han text is called Simplified.
 * Simplified text has none; Traditional text has 20–35 % (measured on the seed: 27 %). */
const TRADITIONAL_SHARE = 0.05;
/** Kana share of CJK letters above which a text is Japanese (Japanese prose has 40 %+ kana). */
const KANA_SHARE = 0.15;
/** franc needs this many characters to be worth asking (it is wrong on short lines). */
const FRANC_MIN_LENGTH = 40;
/** How much of a long document franc reads: language does not change over a document. */
const FRANC_SAMPLE = 4000;

const ISO3_TO_1: Record<string, string> = {
  eng: 'en', cmn: 'zh', jpn: 'ja', kor: 'ko', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it',
  nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl', tur: 'tr', vie: 'vi', ind: 'id', swe: 'sv', nob: 'nb',
  dan: 'da', fin: 'fi', ces: 'cs', ron: 'ro', hun: 'hu', ell: 'el',
};

/**
 * Detect a document's language and dominant script. Scripts are counted here (franc answers
 * `cmn` for any Han text and cannot tell Traditional from Simplified); franc is asked only about
 * non-CJK documents, on the whole document.
 *
 * @param text the whole document
 * @returns ISO 639-1 language (or `und`) and script
 */
export function detectLanguage(text: string): { language: string; script: Script } {
  const c = countScripts(text);
  const cjk = c.han + c.kana + c.hangul;
  const weighedLatin = c.latin * LATIN_LETTER_WEIGHT;
  if (cjk > 0 && cjk >= weighedLatin + c.cyrillic * LATIN_LETTER_WEIGHT) {
    if (c.hangul > c.han + c.kana) return { language: 'ko', script: 'Kore' };
    if (c.kana / cjk > KANA_SHARE) return { language: 'ja', script: 'Jpan' };
    const trad = countTraditional(text);
    return { language: 'zh', script: trad / Math.max(1, c.han) > TRADITIONAL_SHARE ? 'Hant' : 'Hans' };
  }
  if (c.latin + c.cyrillic + c.other === 0) return { language: 'und', script: 'None' };
  const script: Script = c.latin >= c.cyrillic + c.other ? 'Latn' : c.cyrillic >= c.other ? 'Cyrl' : 'Other';
  if (text.length < FRANC_MIN_LENGTH) return { language: 'und', script };
  const code = franc(text.length > FRANC_SAMPLE ? text.slice(0, FRANC_SAMPLE) : text);
  return { language: ISO3_TO_1[code] ?? (code === 'und' ? 'und' : code), script };
}
