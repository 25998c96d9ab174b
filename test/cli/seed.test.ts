import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, put, run, SEED, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

describe('a Markdown post holding a seed-like article', { timeout: 90_000 }, () => {
  it('check exits 1 and points at the reseller ad and the editor commentary', () => {
    const dir = tempDir();
    put(dir, 'content/post.md', fixture('seed-post.md'));
    const r = run(['check', 'content/**/*.md', '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const findings = (JSON.parse(r.stdout) as Array<{ findings: Array<{ line: number; label: string; severity: string }> }>)[0].findings;
    const byLine = new Map(findings.map((f) => [f.line, f]));
    for (const line of SEED.adLines) expect(byLine.get(line)?.label, `line ${line}`).toBe('promo');
    for (const line of SEED.commentaryLines) expect(byLine.get(line)?.label, `line ${line}`).toBe('commentary');
    // Nothing in the front matter or the news paragraphs.
    for (const line of [1, 2, 3, 4, 13, 15, 17]) expect(byLine.has(line), `line ${line}`).toBe(false);
    const stylish = run(['check', 'content/post.md'], { cwd: dir }).stdout;
    expect(stylish).toContain('content/post.md:6:1  promo');
    expect(stylish).toContain('content/post.md:19:1  commentary');
  });

  it('--fix leaves exactly the body (front matter, title and news paragraphs)', () => {
    const dir = tempDir();
    const file = put(dir, 'post.md', fixture('seed-post.md'));
    run(['check', '--fix', 'post.md'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'post.md'), 'utf8')).toBe(SEED.body);
    expect(readFileSync(file, 'utf8')).not.toContain(SEED.ad[0]);
  });
});
