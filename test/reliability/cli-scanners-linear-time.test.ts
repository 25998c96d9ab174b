/**
 * The CLI's Markdown scanner and `.dechaffignore` parser are linear on long runs of spaces (and
 * slashes, backticks), without measuring time: 200,000 characters in each position that used to be
 * quadratic (the table-delimiter and fence-opening patterns of src/cli/markdown.ts, now scanners;
 * the trailing-whitespace and trailing-slash trims of src/cli/ignore.ts). The old code took ≈ 5 s
 * per 100,000 characters there and ≈ 20 s at 200,000, so it would hit the per-test timeout; the
 * new code takes milliseconds. Each case also checks the result is right. Every regex literal
 * left in the two files is proven safe (one anchored attempt) by redos-detector, as
 * regex-safety.test.ts does for the core.
 */
import { fileURLToPath } from 'node:url';
import { isSafePattern } from 'redos-detector';
import { describe, expect, it } from 'vitest';
import { compileIgnorePattern, parseIgnoreFile } from '../../src/cli/ignore.js';
import { scanMarkdown } from '../../src/cli/markdown.js';
import { regexLiterals } from './patterns.js';

/** Twice the issue's 100,000: the old quadratic code then needs ≈ 20 s a case, over the timeout. */
const RUN = 200_000;
/** Far above the new code's milliseconds, far below the old code's ≈ 20 s. */
const TIMEOUT_MS = 10_000;
const SP = ' '.repeat(RUN);
const CLI_FILES = ['markdown.ts', 'ignore.ts'].map((f) => fileURLToPath(new URL(`../../src/cli/${f}`, import.meta.url)));

/** The skip kind of each line of a Markdown document. */
const kinds = (text: string): Array<string | undefined> => scanMarkdown(text).skip;

describe('Markdown table delimiter rows with 200,000 spaces (src/cli/markdown.ts)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['leading spaces, then a delimiter', `${SP}|---|---|`, true],
    ['leading spaces, then not a delimiter', `${SP}x`, false],
    ['spaces after the opening pipe, then a delimiter', `|${SP}---|---|`, true],
    ['spaces after the opening pipe, then not a delimiter', `|${SP}x`, false],
    ['spaces after a cell, then the end', `|---${SP}`, true],
    ['spaces after a cell, then a pipe and the end', `---${SP}|`, true],
    ['spaces after a cell, then not a delimiter', `|---${SP}x`, false],
    ['spaces after the closing pipe, then not a delimiter', `|---|${SP}x`, false],
    ['spaces on both sides of a pipe, then not a delimiter', `---${SP}|${SP}x`, false],
    ['quote markers and spaces, then not a delimiter', `${'> '.repeat(RUN / 2)}x`, false],
  ];
  for (const [name, delimiter, isTable] of cases) {
    it(name, { timeout: TIMEOUT_MS }, () => {
      const skip = kinds(`a | b\n${delimiter}\nc | d\n\nprose`);
      expect(skip.slice(0, 3)).toEqual(isTable ? ['table', 'table', 'table'] : [undefined, undefined, undefined]);
      expect(skip[4]).toBeUndefined();
    });
  }
});

describe('Markdown code fences with 200,000 backticks (src/cli/markdown.ts)', () => {
  it('a long fence run is a fence', { timeout: TIMEOUT_MS }, () => {
    expect(kinds(`${'`'.repeat(RUN)}js\ncode\n${'`'.repeat(RUN)}\nprose`)).toEqual(['code-fence', 'code-fence', 'code-fence', undefined]);
  });
  it('a long fence run followed by U+2028 is not (as before: "." does not match it)', { timeout: TIMEOUT_MS }, () => {
    expect(kinds(`${'`'.repeat(RUN)}\u2028\nprose`)).toEqual([undefined, undefined]);
  });
  it('quote markers and spaces before a fence', { timeout: TIMEOUT_MS }, () => {
    expect(kinds(`${'> '.repeat(RUN / 2)}~~~\ncode\n~~~\nprose`)).toEqual(['code-fence', 'code-fence', 'code-fence', undefined]);
  });
});

describe('.dechaffignore lines with 200,000 spaces or slashes (src/cli/ignore.ts)', () => {
  const only = (text: string): string[] => parseIgnoreFile(text, '/base', '.dechaffignore').map((r) => r.pattern);

  it('spaces inside a pattern are kept, trailing ones dropped', { timeout: TIMEOUT_MS }, () => {
    expect(only(`a${SP}b${SP}\nc`)).toEqual([`a${SP}b`, 'c']);
  });
  it('a line of spaces only is blank', { timeout: TIMEOUT_MS }, () => {
    expect(only(`${SP}\n${SP}\t${SP}\nd`)).toEqual(['d']);
  });
  it('an escaped trailing space stays, the rest go', { timeout: TIMEOUT_MS }, () => {
    expect(only(`e\\${SP}`)).toEqual(['e\\ ']);
  });
  it('spaces then a comment marker', { timeout: TIMEOUT_MS }, () => {
    expect(only(`${SP}#x${SP}`)).toEqual([`${SP}#x`]);
  });
  it('a run of slashes ending a directory pattern', { timeout: TIMEOUT_MS }, () => {
    const rule = compileIgnorePattern(`build${'/'.repeat(RUN)}`, '/base');
    expect(rule.regex.test('build/x.md')).toBe(true);
    expect(rule.regex.test('builds/x.md')).toBe(false);
  });
  it('a run of slashes inside a directory pattern keeps them (only the trailing one is trimmed)', { timeout: TIMEOUT_MS }, () => {
    // The old trim (`p.replace(/\/+$/, '')`) rescanned the inner run from every slash: ≈ 20 s here.
    // The regex is not run: V8 refuses to compile one this large when it is first used.
    const rule = compileIgnorePattern(`a${'/'.repeat(RUN)}b/`, '/base');
    expect(rule.regex.source).toBe(`^a${'\\/'.repeat(RUN)}b\\/.*$`);
  });
});

describe('every regex literal of src/cli/markdown.ts and src/cli/ignore.ts', () => {
  for (const p of CLI_FILES.flatMap(regexLiterals)) {
    it(`${p.name} /${p.source}/${p.flags}: one anchored attempt is safe (redos-detector)`, () => {
      const r = isSafePattern(`^(?:${p.source})`, { caseInsensitive: p.flags.includes('i'), unicode: p.flags.includes('u'), timeout: 2000 });
      expect(r.error ?? (r.safe ? 'safe' : 'unsafe')).toBe('safe');
    });
  }
});
