/**
 * User-supplied RegExp rules are checked with redos-detector when the cleaner is built: an unsafe
 * one is refused with DechaffError('E_RULE') naming the rule id; safe RegExps and phrase lists
 * (escaped literals) are accepted.
 */
import { describe, expect, it } from 'vitest';
import { createCleaner, DechaffError, type CustomRule } from '../../src/index.js';

const rule = (id: string, pattern: RegExp | string[]): CustomRule => ({ id, label: 'promo', weight: 3, pattern });

function refusal(r: CustomRule): DechaffError {
  try {
    createCleaner({ rules: [r], model: false });
  } catch (e) {
    return e as DechaffError;
  }
  throw new Error(`rule ${r.id} was accepted`);
}

describe('user RegExp rules are checked for catastrophic backtracking', () => {
  const UNSAFE: Array<[string, RegExp]> = [
    ['nested-plus', /(a+)+$/],
    ['overlapping-alternation', /(a|a)*b/],
    ['repeated-group', /(?:\d+,)*\d+x/],
    ['adjacent-spaces', /call\s*(?:id)?\s*:/],
    ['trailing-spaces', /\s*$/],
  ];
  for (const [id, re] of UNSAFE) {
    it(`refuses ${re} with E_RULE naming the rule "${id}"`, () => {
      const e = refusal(rule(id, re));
      expect(e).toBeInstanceOf(DechaffError);
      expect(e.code).toBe('E_RULE');
      expect(e.message).toContain(`rule "${id}"`);
      expect(e.message).toContain(String(re));
      expect(e.message).toMatch(/backtrack/);
    });
  }

  it('refuses the whole cleaner when one of several rules is unsafe, naming that one', () => {
    expect(() => createCleaner({ rules: [rule('fine', /limited offer/i), rule('bad-one', /(x+x+)+y/)], model: false })).toThrow(/rule "bad-one"/);
  });

  it('accepts safe RegExps, whatever their flags, and they still fire', () => {
    const safe = [/limited offer/i, /buy\s{1,3}now/, /sponsor(?:ed|ship)/, /use code [a-z0-9]{4,10}/i, /^promoted:/m, /本[文篇]由/u, /a.b/s];
    for (const [i, re] of safe.entries()) expect(() => createCleaner({ rules: [rule(`safe-${i}`, re)], model: false })).not.toThrow();
    const c = createCleaner({ rules: [rule('sponsor', /sponsor(?:ed|ship)/)], model: false });
    const a = c.analyze('The council met on Tuesday to approve the plan for new bus routes.\nThis post is sponsored content from our partners.');
    expect(a.blocks[1].reasons.map((r) => r.id)).toContain('sponsor');
  });

  it('accepts phrase lists, even with regex metacharacters (they are escaped literals)', () => {
    const phrases = ['(a+)+$', '.*.*.*', 'use code', '限時優惠', '\\s*$', '[a-z]+'];
    expect(() => createCleaner({ rules: [rule('phrases', phrases)], model: false })).not.toThrow();
    const c = createCleaner({ rules: [rule('phrases', phrases)], model: false });
    expect(c.analyze('Body text here.\nliteral (a+)+$ appears').blocks[1].reasons.map((r) => r.id)).toContain('phrases');
  });

  it('the check happens once, when the cleaner is built, not per document', () => {
    const c = createCleaner({ rules: [rule('offer', /limited offer/i)], model: false });
    expect(() => c.clean('a limited offer\n'.repeat(1000))).not.toThrow();
  });
});
