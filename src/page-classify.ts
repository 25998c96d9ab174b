import type { Tunables } from './tunables.js';
import { textUnits } from './features.js';
import { isMenuShaped, sentenceEnds, stopwordDensity, type StopScript } from './page-text-shape.js';

/** jusText's block classes: `good` is running text, `near-good` might be, `short` is too short to
 * tell alone, `bad` is furniture. */
export type BlockClass = 'bad' | 'short' | 'near-good' | 'good';

/** Stopword density thresholds of one script: at or over `high` a block reads as prose, under
 * `low` as names, headlines and menus. */
export interface StopThresholds {
  low: number;
  high: number;
}

const CLAUSE_MARKS = /[，、；,;]/g;

function thresholds(script: StopScript, t: Tunables): StopThresholds {
  return script === 'latin' ? t.pageStopLatin : script === 'kana' ? t.pageStopKana : t.pageStopHan;
}

/**
 * Classifies one block from its text alone, as jusText does from HTML but without link density:
 * furniture shapes are `bad`; under `pageClassShortUnits` (CJK-aware units, one per Han
 * character) a block is `short`; otherwise its stopword density (per script), its sentence
 * ends and its clause marks decide between `good`, `near-good` and `bad`: prose-level density with
 * length or a sentence end is good; a long block with sentence ends is good whatever its density
 * (formal prose is poor in function words); some density, a sentence end or two clause marks make
 * it near-good; the rest (names, headlines, link titles) is bad.
 *
 * @param text the block's text
 * @param units the block's length in units
 * @param t the tunables
 */
export function classifyBlock(text: string, units: number, t: Tunables): BlockClass {
  if (isMenuShaped(text, textUnits, t.pageMenuResidualUnits)) return 'bad';
  if (units < t.pageClassShortUnits) return 'short';
  const { density, script } = stopwordDensity(text);
  if (script === undefined) return 'bad';
  const th = thresholds(script, t);
  const ends = sentenceEnds(text);
  if (density >= th.high) return units >= t.pageClassLongUnits || ends > 0 ? 'good' : 'near-good';
  // Formal prose (news, reports) can be poor in function words but not in sentences.
  if (ends > 0 && units >= t.pageClassLongUnits) return 'good';
  if (density >= th.low || ends > 0 || (text.match(CLAUSE_MARKS)?.length ?? 0) >= 2) return 'near-good';
  return 'bad';
}
