import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { ignoredBy, type IgnoreRule } from './ignore.js';

/** Extensions a directory argument expands to. */
export const CONTENT_EXTENSIONS: readonly string[] = ['md', 'mdx', 'markdown', 'txt'];

/** Folders never crawled. */
const CRAWL_IGNORE: readonly string[] = ['**/node_modules/**', '**/.git/**'];

/** The files a check covers. */
export interface Expansion {
  /** Absolute paths of the files to check, sorted, without duplicates or ignored files. */
  files: string[];
  /** Files the patterns matched before ignore rules. */
  matched: number;
  /** Files left out by ignore rules. */
  ignored: number;
}

/**
 * Expand the arguments of `check`: an existing file is itself, an existing directory is its
 * content files (`CONTENT_EXTENSIONS`, recursively), anything else is a glob relative to `cwd`.
 * Ignore rules apply to all of them.
 *
 * @param patterns the arguments
 * @param cwd the working directory
 * @param ignore ignore rules
 * @returns the files to check and counts
 */
export async function expandPatterns(patterns: readonly string[], cwd: string, ignore: readonly IgnoreRule[]): Promise<Expansion> {
  const found = new Set<string>();
  // Loaded only when a pattern is not a plain file: its import is ~40 ms of a CLI run.
  const glob = async (pattern: string, options: import('tinyglobby').GlobOptions): Promise<string[]> => (await import('tinyglobby')).glob(pattern, options);
  for (const p of patterns) {
    const abs = path.resolve(cwd, p);
    const kind = await fsp.stat(abs).then(
      (s) => (s.isDirectory() ? 'dir' : 'file'),
      () => 'none',
    );
    if (kind === 'file') found.add(abs);
    else if (kind === 'dir') {
      const list = await glob(`**/*.{${CONTENT_EXTENSIONS.join(',')}}`, { cwd: abs, absolute: true, ignore: [...CRAWL_IGNORE], expandDirectories: false });
      for (const f of list) found.add(path.resolve(f));
    } else {
      const list = await glob(p, { cwd, absolute: true, ignore: [...CRAWL_IGNORE], expandDirectories: false });
      for (const f of list) found.add(path.resolve(f));
    }
  }
  const files = [...found].filter((f) => !ignoredBy(f, ignore)).sort();
  return { files, matched: found.size, ignored: found.size - files.length };
}

/**
 * A path as reports show it: relative to `cwd` with `/` separators when inside it.
 *
 * @param file an absolute path
 * @param cwd the working directory
 * @returns the path to show
 */
export function reportPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  return shown.split(path.sep).join('/');
}
