import { isSafePattern } from 'redos-detector';
import { DechaffError } from './errors.js';
import { normalizeForScoring } from './normalize.js';
import type { Rule } from './rules/rule.js';
import { LABELS, type CustomRule } from './types.js';

/** Longest user phrase accepted, and most phrases per rule: keeps compiled alternations small. */
const MAX_PHRASE_LENGTH = 200;
const MAX_PHRASES = 5000;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest time spent proving one user RegExp safe; a pattern not proven safe by then is refused. */
const REGEX_CHECK_MS = 1000;

/**
 * Compile a user's rule. Phrase lists are escaped into an alternation of literals (linear time).
 * A RegExp must be proven free of super-linear backtracking by redos-detector (as it runs:
 * unanchored, tried at every position); one that is not — or cannot be analysed within a second —
 * is refused with `E_RULE`. The check is conservative: `/buy\s+now/` is refused while
 * `/buy\s{1,3}now/` and phrase lists are accepted.
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
    assertSafeRegExp(re, where);
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

/** Refuse a RegExp that redos-detector does not prove safe (see `compileCustomRule`). */
function assertSafeRegExp(re: RegExp, where: string): void {
  const f = re.flags;
  let verdict: ReturnType<typeof isSafePattern>;
  try {
    verdict = isSafePattern(re.source, { caseInsensitive: f.includes('i'), unicode: f.includes('u') || f.includes('v'), dotAll: f.includes('s'), multiLine: f.includes('m'), timeout: REGEX_CHECK_MS });
  } catch (e) {
    throw new DechaffError('E_RULE', `${where}: "pattern" ${re} could not be checked for catastrophic backtracking (${(e as Error).message}); use a phrase list instead`);
  }
  if (verdict.safe) return;
  const why =
    verdict.error === 'hitMaxSteps' || verdict.error === 'timedOut'
      ? 'could not be proven free of catastrophic backtracking (too complex to analyse)'
      : 'may backtrack catastrophically (super-linear time on some inputs)';
  throw new DechaffError('E_RULE', `${where}: "pattern" ${re} ${why}; bound its repeats (e.g. \\s{1,3} for \\s+) or use a phrase list`);
}
