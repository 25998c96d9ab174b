import path from 'node:path';

/** A compiled ignore pattern, with where it came from (for messages). */
export interface IgnoreRule {
  /** The pattern as written. */
  pattern: string;
  /** The directory the pattern is relative to. */
  base: string;
  /** The compiled matcher (on POSIX paths relative to `base`). */
  regex: RegExp;
}

/**
 * Compile a glob to a regular expression over POSIX paths: `**` matches any number of path
 * segments, `*` anything but `/`, `?` one character but `/`, `[…]` a class, `{a,b}` alternatives.
 *
 * @param glob the glob
 * @returns an anchored regular expression
 */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globSource(glob)}$`);
}

function globSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const next = glob[i + 2];
        if (atStart && next === '/') {
          out += '(?:.*/)?';
          i += 2;
        } else if (atStart && next === undefined) {
          out += '.*';
          i += 1;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) out += '\\[';
      else {
        let body = glob.slice(i + 1, close);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        out += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = matchingBrace(glob, i);
      if (close === -1) out += '\\{';
      else {
        out += `(?:${splitTopLevel(glob.slice(i + 1, close)).map(globSource).join('|')})`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escapeRegExp(glob[++i]);
    } else out += escapeRegExp(c);
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Compile one gitignore-like pattern: a pattern without a slash matches at any depth; a leading
 * slash anchors it to `base`; a trailing slash matches only a directory (and so everything in
 * it); a pattern naming a directory ignores everything inside it. Negation (`!`) is not supported.
 *
 * @param pattern the pattern (already trimmed, not a comment)
 * @param base the directory it is relative to
 * @returns the compiled rule
 * @throws Error for a negated pattern
 */
export function compileIgnorePattern(pattern: string, base: string): IgnoreRule {
  if (pattern.startsWith('!')) throw new Error(`negated patterns ("${pattern}") are not supported`);
  let p = pattern.startsWith('\\#') ? pattern.slice(1) : pattern;
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, trailingRunStart(p, (c) => c === '/'));
  const anchored = p.includes('/');
  p = p.replace(/^\/+/, '');
  if (p.startsWith('./')) p = p.slice(2);
  if (!anchored) p = `**/${p}`;
  const source = globSource(p);
  const regex = new RegExp(dirOnly ? `^${source}/.*$` : `^${source}(?:/.*)?$`);
  return { pattern, base, regex };
}

/**
 * Parse a `.dechaffignore` file: one pattern a line, `#` comments and blank lines skipped.
 *
 * @param text the file's content
 * @param base the directory the patterns are relative to
 * @param file the file's name, for error messages
 * @returns the compiled rules
 * @throws Error naming the file and line for an unsupported pattern
 */
export function parseIgnoreFile(text: string, base: string, file: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = trimIgnoreLine(raw);
    if (line === '' || line.startsWith('#')) return;
    try {
      rules.push(compileIgnorePattern(line, base));
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return rules;
}

/** One whitespace character, as `\s` in a regular expression (all of them are in the BMP). */
const WHITESPACE = /^\s$/;

/**
 * Where the run of characters satisfying `test` at the end of `s` starts (`s.length` when there
 * is none). One backward pass: linear in the length of the run.
 *
 * @param s the string
 * @param test which characters belong to the run (one UTF-16 code unit at a time)
 * @returns the index of the run's first character
 */
export function trailingRunStart(s: string, test: (c: string) => boolean): number {
  let i = s.length;
  while (i > 0 && test(s[i - 1])) i--;
  return i;
}

/**
 * A `.dechaffignore` line without its trailing whitespace, except one whitespace character
 * escaped with a backslash (`foo\ ` keeps `foo\ `), as gitignore does. Same result as
 * `raw.replace(/(?<!\\)\s+$/, '')`, which it replaces: that pattern was tried from every position
 * of a run of spaces followed by something else, so a line with 100,000 spaces in the middle took
 * quadratic time (≈ 5 s); this scans the trailing run once, from the end.
 *
 * @param raw one line of the file, without its line break
 * @returns the pattern as written
 */
export function trimIgnoreLine(raw: string): string {
  const start = trailingRunStart(raw, (c) => WHITESPACE.test(c));
  if (start === raw.length) return raw;
  // The regex's leftmost match: the whole run, or all but its first character when a backslash
  // precedes the run (that character is escaped and stays).
  return raw.slice(0, start > 0 && raw[start - 1] === '\\' ? start + 1 : start);
}

/**
 * Whether a file is ignored by any rule.
 *
 * @param file an absolute path
 * @param rules the ignore rules
 * @returns the first rule that matches, or undefined
 */
export function ignoredBy(file: string, rules: readonly IgnoreRule[]): IgnoreRule | undefined {
  for (const r of rules) {
    const rel = path.relative(r.base, file).split(path.sep).join('/');
    if (rel === '' || rel.startsWith('../') || path.isAbsolute(rel)) continue;
    if (r.regex.test(rel)) return r;
  }
  return undefined;
}
