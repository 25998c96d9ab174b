/**
 * The phrase scanner (src/phrase-scan.ts) finds, for every list, what the list's regular
 * expression (`PHRASE_PATTERNS`, run with the `g` flag as the phrase rules ran it) finds: the same
 * distinct matches, trimmed, in the same order — on every phrase in context, on text built from
 * phrases, their prefixes, word characters, prefix punctuation and CJK, and on arbitrary strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHOR_PREFIX, PHRASE_LISTS, PHRASE_PATTERNS } from '../../src/generated/phrases.js';
import { createPhraseScanner, PHRASES, type PhraseLists } from '../../src/phrase-scan.js';

const LIST_IDS = PHRASES.ids;
const scanPhrases = PHRASES.scan;
const patterns = LIST_IDS.map((id) => new RegExp(PHRASE_PATTERNS[id], 'g'));

function byPattern(norm: string, res: RegExp[] = patterns): Array<string[] | null> {
  return res.map((re) => {
    re.lastIndex = 0;
    const found = new Set<string>();
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) found.add(m[0].trim());
    return found.size ? [...found] : null;
  });
}

const phrases = [...new Set(LIST_IDS.flatMap((id) => [...PHRASE_LISTS[id].anchored, ...PHRASE_LISTS[id].anywhere].map(([p]) => p)))];
const fragments = [...phrases, ...phrases.map((p) => p.slice(0, Math.max(1, p.length - 1))), ...phrases.map((p) => p.slice(1))];
const glue = [' ', '', 'a', 'x', '7', 's', '-', '【', '"', '*', '• ', '\u3000', '。', '，', 'ing', '的', '：', '\n', '😀', '$', '%'];

describe('the phrase scanner', () => {
  it('has every list of the patterns, with the anchored prefix of the patterns', () => {
    expect([...LIST_IDS].sort()).toEqual(Object.keys(PHRASE_PATTERNS).sort());
    for (const id of LIST_IDS) {
      if (PHRASE_LISTS[id].anchored.length) expect(PHRASE_PATTERNS[id].startsWith(`^${ANCHOR_PREFIX}(?:`)).toBe(true);
      else expect(PHRASE_PATTERNS[id].startsWith('^')).toBe(false);
    }
    expect(phrases.length).toBeGreaterThan(300);
  });

  it('finds what the patterns find for every phrase alone, between word characters, after prefix punctuation and repeated', () => {
    for (const p of phrases) {
      for (const text of [p, ` ${p} `, `a${p}`, `${p}a`, `1${p}2`, `【${p}】`, `- ${p}`, `${p}${p}`, `${p} ${p}s ${p}`, `  "${p}`, `的${p}的`]) {
        expect(scanPhrases(text), JSON.stringify(text)).toEqual(byPattern(text));
      }
    }
  });

  it('finds what the patterns find in text built from phrases and their pieces (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.constantFrom(...glue)), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(scanPhrases(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what the patterns find in arbitrary strings (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab 0-【"*的免责声明版权 ai生成subscribe'.split('')), maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 30 }), (a, b) => {
        for (const text of [a, b, a + b]) expect(scanPhrases(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reproduces the order of the alternatives (not the longest phrase) and the greedy anchored prefix, on lists made for it', () => {
    // Patterns written in the compiled form: `^PREFIX(?:latin group|others)|(?<![a-z0-9])(?:…)|(?:…)`.
    // "only" is tried before "only $" (a shorter pattern source sorts later, not a shorter phrase),
    // "ab" before "abc"; anchored "- note more" starts with a prefix character, and the prefix is
    // taken greedily: in "- note more", "note" after the prefix "- " wins.
    const lists: PhraseLists = {
      a: { anchored: [['note', 3], ['- note more', 2], ['【广告】', 0]], anywhere: [['only', 3], ['only $', 1], ['ab', 3], ['abc', 3], ['限时', 0], ['限时优惠', 0]] },
      b: { anchored: [], anywhere: [['abc', 3], ['c d', 3], ['优惠', 0]] },
    };
    const res = [
      new RegExp(`^${ANCHOR_PREFIX}(?:(?<![a-z0-9])(?:note(?![a-z0-9]))|(?:- note more(?![a-z0-9])|【广告】))|(?<![a-z0-9])(?:only(?![a-z0-9])|only \\$|ab(?![a-z0-9])|abc(?![a-z0-9]))|(?:限时|限时优惠)`, 'g'),
      new RegExp(`(?<![a-z0-9])(?:abc(?![a-z0-9])|c d(?![a-z0-9]))|(?:优惠)`, 'g'),
    ];
    const scanner = createPhraseScanner(lists, ANCHOR_PREFIX);
    expect(scanner.ids).toEqual(['a', 'b']);
    const pieces = ['only', ' $', 'only $5', 'ab', 'abc', 'c d', ' ', '-', '- ', '【广告】', 'note', ' more', '限时优惠', '优惠', 'x', '1', '"'];
    for (const text of ['only $5', '-- note', '- note more', '"- note more', '  note', 'abc d', 'ab c d', '限时优惠 only', '【广告】限时优惠']) {
      expect(scanner.scan(text), text).toEqual(byPattern(text, res));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(scanner.scan(text)).toEqual(byPattern(text, res));
      }),
      { numRuns: 3000 },
    );
    // The cases that tell the two readings apart are met.
    expect(scanner.scan('only $5')[0]).toEqual(['only']);
    expect(scanner.scan('- note more')[0]).toEqual(['- note']);
  });
});
