import { DechaffError } from './errors.js';
import { normalizeForScoring } from './normalize.js';
import type { Rule } from './rules/rule.js';
import { LABELS, type CustomRule } from './types.js';

/** Longest user phrase accepted, and most phrases per rule: keeps compiled alternations small. */
const MAX_PHRASE_LENGTH = 200;
const MAX_PHRASES = 5000;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Compile a user's rule. Phrase lists are escaped into an alternation of literals (linear time).
 * A RegExp is used as given: dechaff cannot prove a user's pattern free of catastrophic
 * backtracking, so prefer phrase lists for untrusted input.
 *
 * @param r the rule as the user wrote it
 * @returns a rule the cleaner runs
 */
export function compileCustomRule(r: CustomRule): Rule {
  const where = `rule ${JSON.stringify(r?.id)}`;
  if (!r || typeof r !== 'object') throw new DechaffError('E_RULE', 'a rule must be an object');
  if (typeof r.id !== 'string' || !ID.test(r.id)) throw new DechaffError('E_RULE', `${where}: "id" must be kebab-case`);
  if (!LABELS.includes(r.label)) throw new DechaffError('E_RULE', `${where}: "label" must be one of ${LABELS.join(', ')}`);
  if (typeof r.weight !== 'number' || !Number.isFinite(r.weight)) throw new DechaffError('E_RULE', `${where}: "weight" must be a finite number`);
  let re: RegExp;
  if (r.pattern instanceof RegExp) {
    re = new RegExp(r.pattern.source, r.pattern.flags.replace(/[gy]/g, ''));
  } else if (Array.isArray(r.pattern)) {
    if (r.pattern.length === 0 || r.pattern.length > MAX_PHRASES) throw new DechaffError('E_RULE', `${where}: "pattern" must hold 1 to ${MAX_PHRASES} phrases`);
    const parts = r.pattern.map((p, i) => {
      if (typeof p !== 'string' || p.trim() === '' || p.length > MAX_PHRASE_LENGTH) {
        throw new DechaffError('E_RULE', `${where}: pattern[${i}] must be a non-empty string of at most ${MAX_PHRASE_LENGTH} characters`);
      }
      return normalizeForScoring(p.trim()).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    });
    re = new RegExp(parts.sort((a, b) => b.length - a.length).join('|'));
  } else {
    throw new DechaffError('E_RULE', `${where}: "pattern" must be a RegExp or an array of phrases`);
  }
  return {
    id: r.id,
    description: r.description ?? `user rule ${r.id}`,
    label: r.label,
    weight: r.weight,
    test(block) {
      const m = re.exec(block.norm);
      return m ? { match: m[0] } : null;
    },
  };
}
