/**
 * CLI robustness on inputs it cannot use: an unreadable file, a directory given as a file, a
 * binary file (NUL bytes), invalid UTF-8, and a read-only directory under --fix. Each is reported
 * on stderr as one clear line (no stack trace), exit code 2, and never rewritten: bytes are
 * compared before and after; the other files are still processed. Subprocess tests on temp dirs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, put, run, tempDir } from '../cli/helpers.js';
import { AD, BODY } from './documents.js';

beforeAll(ensureBuilt, 180_000);

/** Root reads and writes anything: as root, the permission tests run the CLI as `nobody`
 * (uid 65534) instead, and are skipped when that is not possible. */
const ROOT_USER = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };

/** Run the CLI as an ordinary user: ourselves, or `nobody` when we are root. */
function runUnprivileged(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000, ...(ROOT_USER && NOBODY) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether permissions mean anything for the CLI here (not root, or root able to drop to nobody). */
const PERMISSIONS_APPLY = !ROOT_USER || spawnSync(process.execPath, ['-e', ''], { ...NOBODY }).status === 0;

const WITH_AD = `${AD}\n${BODY}\n`;

const BAD: Record<string, { bytes: Buffer; reason: RegExp }> = {
  'binary.txt': { bytes: Buffer.concat([Buffer.from(`${AD}\n`), Buffer.from([0x00, 0x01, 0x02]), Buffer.from(`\n${BODY}\n`)]), reason: /binary file \(contains NUL bytes\); skipped/ },
  'latin1.txt': { bytes: Buffer.concat([Buffer.from(`${AD}\ncaf`), Buffer.from([0xe9]), Buffer.from(`\n${BODY}\n`)]), reason: /not valid UTF-8; skipped/ },
  'truncated.md': { bytes: Buffer.concat([Buffer.from(`${AD}\n${BODY}\n`), Buffer.from([0xe4, 0xb8])]), reason: /not valid UTF-8; skipped/ },
  'surrogate.txt': { bytes: Buffer.concat([Buffer.from(`${AD}\n`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(`\n${BODY}\n`)]), reason: /not valid UTF-8; skipped/ },
  'overlong.txt': { bytes: Buffer.concat([Buffer.from(`${AD}\n`), Buffer.from([0xc0, 0xaf]), Buffer.from(`\n${BODY}\n`)]), reason: /not valid UTF-8; skipped/ },
};

function noStack(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toMatch(/Error:/);
}

const dirs: string[] = [];
afterAll(() => {
  // Give permissions back so the temp dirs can be removed by whoever cleans /tmp.
  for (const d of dirs) {
    try {
      chmodSync(d, 0o755);
      for (const f of readdirSync(d)) chmodSync(path.join(d, f), 0o644);
    } catch {
      // gone
    }
  }
});

describe('files that cannot be used are reported and never rewritten', { timeout: 90_000 }, () => {
  it('binary and invalid UTF-8 files under check --fix: one line each on stderr, bytes unchanged, exit 2; good files still fixed', () => {
    const dir = tempDir();
    for (const [name, { bytes }] of Object.entries(BAD)) put(dir, name, bytes);
    const good = put(dir, 'good.txt', WITH_AD);
    const r = run(['check', '--fix', '.'], { cwd: dir });
    expect(r.status, r.stderr).toBe(2);
    noStack(r.stderr);
    for (const [name, { bytes, reason }] of Object.entries(BAD)) {
      const line = r.stderr.split('\n').find((l) => l.startsWith(`dechaff: ${name}: `));
      expect(line, `${name} reported`).toMatch(reason);
      expect(readFileSync(path.join(dir, name)).equals(bytes), `${name} unchanged`).toBe(true);
    }
    expect(readFileSync(good, 'utf8')).toBe(`${BODY}\n`);
    expect(readdirSync(dir).filter((n) => n.includes('.dechaff-') || n.endsWith('.tmp'))).toEqual([]);
  });

  it('the same files under clean: reported, the good one still printed, exit 2', () => {
    const dir = tempDir();
    for (const [name, { bytes }] of Object.entries(BAD)) put(dir, name, bytes);
    put(dir, 'good.txt', WITH_AD);
    const r = run(['clean', ...Object.keys(BAD), 'good.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    noStack(r.stderr);
    for (const [name, { reason }] of Object.entries(BAD)) expect(r.stderr).toMatch(new RegExp(`dechaff: ${name.replace('.', '\\.')}: ${reason.source}`));
    expect(r.stdout).toBe(`${BODY}\n`);
  });

  it('a binary file on stdin is refused', () => {
    const r = run(['clean'], { cwd: tempDir(), input: Buffer.from([0x61, 0x00, 0x62]) });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('dechaff: <stdin>: binary file (contains NUL bytes); skipped\n');
  });

  it('a directory given as a file to clean: "is a directory", exit 2', () => {
    const dir = tempDir();
    put(dir, 'folder/inner.txt', WITH_AD);
    const r = run(['clean', 'folder'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('dechaff: folder: is a directory, not a file\n');
    expect(readFileSync(path.join(dir, 'folder/inner.txt'), 'utf8')).toBe(WITH_AD);
  });

  it('a directory whose name looks like a content file is not treated as one by check --fix', () => {
    const dir = tempDir();
    put(dir, 'notes.txt/inner.md', WITH_AD);
    const before = statSync(path.join(dir, 'notes.txt')).isDirectory();
    const r = run(['check', '--fix', 'notes.txt'], { cwd: dir });
    noStack(r.stderr);
    expect(before && statSync(path.join(dir, 'notes.txt')).isDirectory()).toBe(true);
    // As a directory argument it means its content files, which --fix cleans.
    expect(readFileSync(path.join(dir, 'notes.txt/inner.md'), 'utf8')).toBe(`${BODY}\n`);
  });

  it.skipIf(!PERMISSIONS_APPLY)('an unreadable file (chmod 000): "permission denied", exit 2, never rewritten', () => {
    const dir = tempDir();
    dirs.push(dir);
    const locked = put(dir, 'locked.txt', WITH_AD);
    chmodSync(put(dir, 'good.txt', WITH_AD), 0o666);
    chmodSync(dir, 0o777);
    chmodSync(locked, 0o000);
    const r = runUnprivileged(['check', '--fix', '.'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('dechaff: locked.txt: permission denied');
    noStack(r.stderr);
    chmodSync(locked, 0o644);
    expect(readFileSync(locked, 'utf8')).toBe(WITH_AD);
    expect(readFileSync(path.join(dir, 'good.txt'), 'utf8')).toBe(`${BODY}\n`);
  });

  it.skipIf(!PERMISSIONS_APPLY)('--fix in a read-only directory: the original stays intact, no temp file is left, a clear error', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = put(dir, 'post.txt', WITH_AD);
    chmodSync(file, 0o666); // the file itself is writable; its directory is not
    chmodSync(dir, 0o555);
    const r = runUnprivileged(['check', '--fix', 'post.txt'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('dechaff: post.txt: cannot write the fixed file (permission denied); the file is unchanged\n');
    noStack(r.stderr);
    chmodSync(dir, 0o755);
    expect(readFileSync(file, 'utf8')).toBe(WITH_AD);
    expect(readdirSync(dir)).toEqual(['post.txt']);
  });
});
