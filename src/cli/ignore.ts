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
  if (dirOnly) p = p.replace(/\/+$/, '');
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
    const line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) return;
    try {
      rules.push(compileIgnorePattern(line, base));
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return rules;
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
