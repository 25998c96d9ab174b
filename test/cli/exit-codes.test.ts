import { chmodSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, put, run, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

describe('exit codes', { timeout: 90_000 }, () => {
  it('0 when the files are clean, with nothing on stdout', () => {
    const dir = tempDir();
    put(dir, 'docs/a.md', fixture('clean-post.md'));
    const r = run(['check', 'docs/**/*.md'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('1 when chaff is found', () => {
    const dir = tempDir();
    put(dir, 'en.txt', fixture('en-post.txt'));
    const r = run(['check', 'en.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^en\.txt:1:1\s+promo/m);
  });

  it('2 when no file matches', () => {
    const dir = tempDir();
    const r = run(['check', 'nothing/**/*.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dechaff: check: no files matched/);
  });

  it('2 on an unknown flag, a missing argument or an unknown command, without a stack trace', () => {
    const dir = tempDir();
    for (const args of [['check', '--nope', 'a.md'], ['check'], ['frobnicate'], ['check', '--max-warnings', 'x', 'a.md'], ['check', '-f', 'xml', 'a.md'], ['train', 'x.jsonl']]) {
      const r = run(args, { cwd: dir });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^dechaff: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('2 on a bad config, naming the file and the field', () => {
    const dir = tempDir();
    put(dir, 'a.md', fixture('clean-post.md'));
    put(dir, '.dechaffrc.json', JSON.stringify({ sensitivity: 'high' }));
    const r = run(['check', 'a.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('.dechaffrc.json');
    expect(r.stderr).toContain('"sensitivity"');
  });

  it('1 when warnings exceed --max-warnings, 0 when they do not', () => {
    const dir = tempDir();
    put(dir, 'en.txt', fixture('en-post.txt'));
    // Only promo is stripped: the commentary lines are kept chaff, i.e. warnings.
    put(dir, '.dechaffrc.yml', 'strip: [promo]\n');
    put(dir, 'only-commentary.txt', fixture('en-post.txt').split('\n').slice(1).join('\n'));
    expect(run(['check', 'only-commentary.txt'], { cwd: dir }).status).toBe(0);
    expect(run(['check', 'only-commentary.txt', '--max-warnings', '5'], { cwd: dir }).status).toBe(0);
    const r = run(['check', 'only-commentary.txt', '--max-warnings', '0'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('warning');
  });

  it('2 for binary, invalid UTF-8 and unreadable files, which are reported, skipped and never rewritten', () => {
    const dir = tempDir();
    const bin = Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]);
    const bad = Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x0a]);
    put(dir, 'bin.txt', bin);
    put(dir, 'bad.md', bad);
    const locked = put(dir, 'locked.md', fixture('en-post.txt'));
    chmodSync(locked, 0o000);
    put(dir, 'good.txt', fixture('en-post.txt'));
    const r = run(['check', '--fix', '*.txt', '*.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bin\.txt: binary file/);
    expect(r.stderr).toMatch(/bad\.md: not valid UTF-8/);
    if (process.getuid?.() !== 0) expect(r.stderr).toMatch(/locked\.md: permission denied/);
    expect(readFileSync(`${dir}/bin.txt`)).toEqual(bin);
    expect(readFileSync(`${dir}/bad.md`)).toEqual(bad);
    // The readable file was still checked and fixed.
    expect(r.stdout).toMatch(/good\.txt: fixed/);
    chmodSync(locked, 0o644);
  });

  it('clean reports a directory given as a file and still prints the other inputs (exit 2)', () => {
    const dir = tempDir();
    put(dir, 'sub/x.txt', 'x');
    put(dir, 'a.txt', fixture('clean-post.md'));
    const r = run(['clean', 'sub', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dechaff: sub: is a directory/);
    expect(r.stdout).toBe(fixture('clean-post.md'));
  });

  it('--help for every command and --version exit 0', () => {
    const dir = tempDir();
    for (const cmd of ['clean', 'check', 'train', 'eval']) {
      const r = run([cmd, '--help'], { cwd: dir });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`dechaff ${cmd}`);
    }
    expect(run(['--help'], { cwd: dir }).stdout).toContain('Usage:');
    const pkg = JSON.parse(fixtureRoot('package.json')) as { version: string };
    const v = run(['--version'], { cwd: dir });
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(pkg.version);
  });
});

function fixtureRoot(name: string): string {
  return readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');
}
