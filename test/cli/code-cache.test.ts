/**
 * dist/cli.cjs starts the CLI from V8's code cache when the build made one for this V8, and the
 * CLI does the same with a cache, without one, and with a damaged one (V8 rejects it); the build's
 * run with DECHAFF_BUILD_CODE_CACHE=1 writes the cache whole. Each case runs in a copy of the
 * built CLI (the launcher looks next to itself), so dist/ is never touched.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './helpers.js';

const CACHE_NAME = `cli-main.${process.versions.v8}.cache`;
// Inside the project, so that the copies find its node_modules as dist/ does.
mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
const work = mkdtempSync(path.join(ROOT, '.tmp', 'code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the built CLI (launcher, program, model) in a directory of its own. */
function copyOfCli(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir);
  for (const f of ['cli.cjs', 'cli-main.cjs', 'model.bin']) copyFileSync(path.join(ROOT, 'dist', f), path.join(dir, f));
  return dir;
}

function run(dir: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(dir, 'cli.cjs'), 'clean', path.join(ROOT, 'examples', 'en-newsletter-article.txt'), path.join(ROOT, 'examples', 'zh-hant-reseller-ad.txt')], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the code cache of the CLI', { timeout: 120_000 }, () => {
  let expected: string;
  beforeAll(() => {
    ensureBuilt();
    const plain = run(copyOfCli('plain'));
    expect(plain.status).toBe(0);
    expected = plain.stdout;
    expect(expected).toContain('City council approves late-night bus routes');
    expect(expected).not.toContain('Subscribe to our newsletter');
  });

  it('is made by the build for this V8, of a program without import() (which code from a cache cannot run)', () => {
    expect(existsSync(path.join(ROOT, 'dist', CACHE_NAME)), 'no code cache: build with `npm run build` (tsup alone makes none)').toBe(true);
    expect(statSync(path.join(ROOT, 'dist', CACHE_NAME)).size).toBeGreaterThan(10_000);
    expect(readFileSync(path.join(ROOT, 'dist', 'cli-main.cjs'), 'utf8')).not.toMatch(/\bimport\(/);
  });

  it('runs a command that loads a package on first use (diff, for check --fix --dry-run) from the cache', () => {
    const dir = copyOfCli('diff');
    copyFileSync(path.join(ROOT, 'dist', CACHE_NAME), path.join(dir, CACHE_NAME));
    const input = path.join(dir, 'post.txt');
    writeFileSync(input, '限時優惠！立即訂閱 只需 HK$48/月\n市議會週二表決通過新圖書館的興建計劃，預計三年後落成。\n');
    const r = spawnSync(process.execPath, [path.join(dir, 'cli.cjs'), 'check', '--fix', '--dry-run', input], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('-限時優惠');
  });

  it('gives the same output from the cache as without it', () => {
    const dir = copyOfCli('cached');
    copyFileSync(path.join(ROOT, 'dist', CACHE_NAME), path.join(dir, CACHE_NAME));
    const r = run(dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
  });

  it('gives the same output with a damaged cache (rejected by V8)', () => {
    const dir = copyOfCli('damaged');
    writeFileSync(path.join(dir, CACHE_NAME), Buffer.alloc(4096, 0x5a));
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
  });

  it('is written whole by a run with DECHAFF_BUILD_CODE_CACHE=1, and then read', () => {
    const dir = copyOfCli('build');
    const made = run(dir, { DECHAFF_BUILD_CODE_CACHE: '1' });
    expect(made.status).toBe(0);
    expect(made.stdout).toBe(expected);
    // The cache and nothing else: no temporary file left behind.
    expect(readdirSync(dir).sort()).toEqual([CACHE_NAME, 'cli-main.cjs', 'cli.cjs', 'model.bin'].sort());
    expect(readFileSync(path.join(dir, CACHE_NAME)).length).toBeGreaterThan(10_000);
    expect(run(dir).stdout).toBe(expected);
  });

  it('leaves the CLI as it is when there is no cache for this V8', () => {
    const dir = copyOfCli('none');
    expect(existsSync(path.join(dir, CACHE_NAME))).toBe(false);
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
  });
});
