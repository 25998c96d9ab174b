/**
 * `dechaff clean <file>` loads what cleaning needs and nothing else: the CLI program
 * (dist/cli-main.cjs, started by dist/cli.cjs from V8's code cache, itself started by dist/cli.js)
 * with the library bundled in it, but not node:crypto (only
 * a `--fix` or `-o` write needs it, ~6–8 ms to load), worker_threads, the modules behind
 * `process.stdout` and node:fs/promises (the output is written with `writeSync`, the file read
 * with `readFileSync`: ~6 and ~1.5 ms), node:os, or the packages of other commands and of
 * analyze() (franc, yaml, diff, tinyglobby, piscina, bullmq). Every built file
 * is ASCII (Node then keeps the source one byte per character; see `asciiOutput` in tsup.config.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, ROOT } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dechaff-start-up-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the CLI with a preload that reports, at exit, the builtin and CommonJS modules loaded. */
function loaded(args: string[]): { natives: string[]; files: string[]; status: number | null } {
  const report = path.join(dir, 'report.json');
  const preload = path.join(dir, 'preload.cjs');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify({ natives: process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)), files: Object.keys(require.cache) })));`);
  const r = spawnSync(process.execPath, ['-r', preload, CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const { natives, files } = JSON.parse(readFileSync(report, 'utf8')) as { natives: string[]; files: string[] };
  return { natives, files: files.filter((f) => f !== preload).map((f) => path.relative(ROOT, f)), status: r.status };
}

/** Whether the build made a code cache for this V8 (see src/cli/launch.ts). */
const hasCodeCache = existsSync(path.join(ROOT, 'dist', `cli-main.${process.versions.v8}.cache`));

describe('the start of `dechaff clean`', { timeout: 60_000 }, () => {
  beforeAll(() => ensureBuilt());

  it('loads the CLI program and no module that cleaning a file does not need', () => {
    const input = path.join(dir, 'post.txt');
    writeFileSync(input, '限時優惠！立即訂閱 只需 HK$48/月\n市議會週二表決通過新圖書館的興建計劃，預計三年後落成。\n');
    const { natives, files, status } = loaded(['clean', input]);
    expect(status).toBe(0);
    // dist/cli-main.cjs is compiled from the code cache (not through require) when the build made
    // one for this V8, and required otherwise.
    expect(files[0]).toBe(path.join('dist', 'cli.cjs'));
    expect(files.slice(1)).toEqual(hasCodeCache ? [] : [path.join('dist', 'cli-main.cjs')]);
    expect(natives).toContain('fs');
    // stdout is a pipe here: making process.stdout would load net and stream.
    for (const m of ['crypto', 'worker_threads', 'child_process', 'http', 'https', 'zlib', 'net', 'tty', 'stream', 'fs/promises', 'os']) expect(natives, m).not.toContain(m);
  });

  it('loads node:crypto when it writes a file (the temporary file name of `check --fix`)', () => {
    const input = path.join(dir, 'fix.txt');
    writeFileSync(input, '限時優惠！立即訂閱 只需 HK$48/月\n市議會週二表決通過新圖書館的興建計劃，預計三年後落成。\n');
    const { natives } = loaded(['check', '--fix', input]);
    expect(readFileSync(input, 'utf8')).toBe('市議會週二表決通過新圖書館的興建計劃，預計三年後落成。\n');
    expect(natives).toContain('crypto');
  });

  it('is built as ASCII-only files', () => {
    const dist = path.join(ROOT, 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.c?js$/.test(f));
    expect(files).toEqual(expect.arrayContaining(['cli.cjs', 'cli-main.cjs', 'cli.js', 'index.js', 'index.node.cjs', path.join('lazy', 'franc.cjs')]));
    for (const f of files) expect(readFileSync(path.join(dist, f), 'utf8'), f).not.toMatch(/[^\x00-\x7f]/);
  });
});
