import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, library, put, run, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

describe('check --fix', { timeout: 90_000 }, () => {
  it('rewrites a text file to exactly what clean() returns', async () => {
    const { clean } = await library();
    const dir = tempDir();
    const text = fixture('en-post.txt');
    const file = put(dir, 'en.txt', text);
    const r = run(['check', '--fix', 'en.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/en\.txt: fixed, 3 blocks removed/);
    expect(readFileSync(file, 'utf8')).toBe(clean(text));
    expect(readFileSync(file, 'utf8')).not.toBe(text);
  });

  it('is idempotent: a second --fix changes nothing and leaves the mtime alone', () => {
    const dir = tempDir();
    const file = put(dir, 'en.txt', fixture('en-post.txt'));
    expect(run(['check', '--fix', 'en.txt'], { cwd: dir }).status).toBe(0);
    const once = readFileSync(file, 'utf8');
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(file, past, past);
    const before = statSync(file).mtimeMs;
    const r = run(['check', '--fix', 'en.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(once);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('writes atomically: no temporary files are left and the file mode is kept', () => {
    const dir = tempDir();
    const file = put(dir, 'posts/en.txt', fixture('en-post.txt'));
    chmodSync(file, 0o640);
    const r = run(['check', '--fix', 'posts'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(readdirSync(path.join(dir, 'posts'))).toEqual(['en.txt']);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('follows a symbolic link and replaces its target, keeping the link', () => {
    const dir = tempDir();
    const target = put(dir, 'real/en.txt', fixture('en-post.txt'));
    symlinkSync(target, path.join(dir, 'link.txt'));
    expect(run(['check', '--fix', 'link.txt'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(target, 'utf8')).not.toBe(fixture('en-post.txt'));
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'real']);
  });

  it('keeps a UTF-8 byte order mark', () => {
    const dir = tempDir();
    const file = put(dir, 'bom.txt', `\uFEFF${fixture('en-post.txt')}`);
    expect(run(['check', '--fix', 'bom.txt'], { cwd: dir }).status).toBe(0);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).not.toContain('Spotify');
  });

  it('--dry-run prints a unified diff, writes nothing, and exits 1', () => {
    const dir = tempDir();
    const text = fixture('en-post.txt');
    const file = put(dir, 'en.txt', text);
    const before = statSync(file).mtimeMs;
    const r = run(['check', '--fix', '--dry-run', 'en.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^--- a\/en\.txt\n\+\+\+ b\/en\.txt\n@@ /);
    expect(r.stdout).toContain('-🔥 Get Spotify Premium');
    expect(r.stdout).toContain('-As an editor, I think');
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readdirSync(dir)).toEqual(['en.txt']);
  });

  it('--dry-run on clean files prints nothing and exits 0', () => {
    const dir = tempDir();
    put(dir, 'a.md', fixture('clean-post.md'));
    const r = run(['check', '--dry-run', 'a.md'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});
