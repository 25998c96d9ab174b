/**
 * Every built-in regular expression of the core library, for the regex-safety tests: the SHAPES
 * table, the compiled phrase patterns, and the module-private regex literals of src/ (read from
 * the source files with the TypeScript parser, so none is missed when a rule is added).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { PHRASE_PATTERNS } from '../../src/generated/phrases.js';
import { SHAPES } from '../../src/shapes.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

export interface BuiltinPattern {
  /** Where it comes from: `SHAPES.price`, `phrases:call-to-action`, `src/rules/url.ts:10`. */
  name: string;
  source: string;
  flags: string;
}

/** Regex literals of one source file, with their line numbers. */
export function regexLiterals(file: string): BuiltinPattern[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: BuiltinPattern[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const slash = lit.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      out.push({ name: `src/${path.relative(SRC, file).split(path.sep).join('/')}:${line}`, source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The core library's source files (not the CLI, not the generated tables). */
export function coreSourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('cli') && !f.startsWith('generated'))
    .map((f) => path.join(SRC, f))
    .sort();
}

/** Every built-in pattern. SHAPES entries are listed by name (their literals in shapes.ts too). */
export function builtinPatterns(): BuiltinPattern[] {
  const out: BuiltinPattern[] = [];
  for (const [k, re] of Object.entries(SHAPES)) out.push({ name: `SHAPES.${k}`, source: re.source, flags: re.flags });
  for (const [id, source] of Object.entries(PHRASE_PATTERNS)) out.push({ name: `phrases:${id}`, source, flags: 'g' });
  for (const f of coreSourceFiles()) {
    if (f.endsWith(`${path.sep}shapes.ts`)) continue;
    out.push(...regexLiterals(f));
  }
  return out;
}

/**
 * The indexes of a pattern's syntax characters: everything outside escapes (`\x`) and character
 * classes (`[…]`), plus the `[` that opens a class. The one walker the helpers below share.
 */
function* syntaxIndexes(source: string): Generator<number> {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    yield i;
  }
}

/**
 * Split a pattern into its top-level alternatives (unwrapping one non-capturing group around the
 * whole), honouring escapes, classes and groups. A match attempt of `A|B|C` costs at most the
 * sum of the attempts of A, B and C, so each alternative can be checked alone.
 */
export function topLevelAlternatives(source: string): string[] {
  const split = (s: string): string[] => {
    const parts: string[] = [];
    let depth = 0;
    let from = 0;
    for (const i of syntaxIndexes(s)) {
      const c = s[i];
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) { parts.push(s.slice(from, i)); from = i + 1; }
    }
    parts.push(s.slice(from));
    return parts;
  };
  const parts = split(source);
  if (parts.length === 1 && source.startsWith('(?:') && source.endsWith(')') && closesAtEnd(source)) return split(source.slice(3, -1));
  return parts;
}

/** Whether the group opened at 0 closes at the last character. */
function closesAtEnd(s: string): boolean {
  let depth = 0;
  for (const i of syntaxIndexes(s)) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i === s.length - 1;
  }
  return false;
}

/** Whether a pattern has an unbounded quantifier (`*`, `+`, `{n,}`) outside classes and escapes. */
export function hasUnboundedQuantifier(source: string): boolean {
  for (const i of syntaxIndexes(source)) {
    const c = source[i];
    if (c === '*' || c === '+') return true;
    if (c === '{' && /^\{\d+,\}/.test(source.slice(i))) return true;
  }
  return false;
}

/**
 * Distribute the first top-level group that holds alternatives over the rest of the pattern:
 * `X(?:a|b)Y` → [`XaY`, `XbY`]. The match paths are the same, so an attempt at the whole costs
 * at most the sum of the attempts at the parts. Lookarounds are left alone. `[]` when there is
 * no such group.
 */
export function distributeFirstGroup(source: string): string[] {
  let depth = 0;
  let open = -1;
  for (const i of syntaxIndexes(source)) {
    const c = source[i];
    if (c === '(') {
      if (depth === 0) open = /^\(\?(?:[=!]|<[=!])/.test(source.slice(i)) ? -1 : i;
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0 && open !== -1) {
        const inner = source.slice(open + (source.startsWith('(?:', open) ? 3 : 1), i);
        const alts = topLevelAlternatives(`(?:${inner})`);
        // A quantified group cannot be distributed.
        if (alts.length > 1 && !/^[*+?{]/.test(source.slice(i + 1))) return alts.map((a) => `${source.slice(0, open)}(?:${a})${source.slice(i + 1)}`);
        open = -1;
      }
    }
  }
  return [];
}
