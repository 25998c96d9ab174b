/**
 * A rule's test on one block of text alone, for the tests of rules that read only their block:
 * the block as the cleaner would give it (its normalized text), no document around it.
 */
import { normalizeForScoring } from '../../src/normalize.js';
import type { Rule } from '../../src/rules/index.js';

/**
 * @param rule a rule that reads only its block
 * @returns whether it fires on a text
 */
export function firesOn(rule: Rule): (text: string) => boolean {
  return (text) => rule.test({ text, norm: normalizeForScoring(text), units: 1 } as never, {} as never) !== null;
}
