import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, put, run, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

const AD_LINES = ['🔥 Get Spotify Premium for only $2.99/month! No VPN needed, instant activation ➜ DM us on Telegram @cheapsubs', '限時優惠！Netflix 4K 共享車位 只需 HK$58/月，立即私訊 ➜ WhatsApp 5555 1234'];
const ARTICLE = fixture('en-post.txt').split('\n').slice(1, 5).join('\n\n');

interface Finding {
  line: number;
}

function findings(dir: string, file: string): Finding[] {
  const r = run(['check', file, '-f', 'json'], { cwd: dir });
  return (JSON.parse(r.stdout) as Array<{ findings: Finding[] }>)[0].findings;
}

describe('Markdown protection', { timeout: 90_000 }, () => {
  it('never flags or removes a fenced code block holding ad-like text', () => {
    const dir = tempDir();
    const doc = `${ARTICLE}\n\nAn example of the spam we filter:\n\n\`\`\`text\n${AD_LINES.join('\n')}\n\`\`\`\n\n~~~\n${AD_LINES[0]}\n~~~\n`;
    const file = put(dir, 'post.md', doc);
    expect(findings(dir, 'post.md')).toEqual([]);
    const r = run(['check', '--fix', 'post.md'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(doc);
  });

  it('leaves front matter, indented code, HTML comments and tables alone', () => {
    const dir = tempDir();
    const doc = [
      '---',
      `description: ${AD_LINES[0]}`,
      '---',
      '',
      ARTICLE,
      '',
      `<!-- ${AD_LINES[1]} -->`,
      '',
      '    ' + AD_LINES[0],
      '',
      '| offer | price |',
      '| ----- | ----- |',
      `| ${AD_LINES[1]} | HK$58/月 |`,
      '',
    ].join('\n');
    const file = put(dir, 'post.md', doc);
    expect(findings(dir, 'post.md')).toEqual([]);
    expect(run(['check', '--fix', 'post.md'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(doc);
  });

  it('the same ad lines as prose are flagged (the protection is what keeps them above)', () => {
    const dir = tempDir();
    put(dir, 'post.md', `${AD_LINES[0]}\n\n${ARTICLE}\n`);
    expect(findings(dir, 'post.md').map((f) => f.line)).toEqual([1]);
  });

  it('<!-- dechaff-disable --> … <!-- dechaff-enable --> turns checking off for a range', () => {
    const dir = tempDir();
    const doc = `<!-- dechaff-disable -->\n${AD_LINES[0]}\n<!-- dechaff-enable -->\n\n${ARTICLE}\n\n${AD_LINES[0]}\n`;
    put(dir, 'post.md', doc);
    const lines = findings(dir, 'post.md').map((f) => f.line);
    expect(lines).not.toContain(2);
    expect(lines).toContain(doc.split('\n').length - 1);
    run(['check', '--fix', 'post.md'], { cwd: dir });
    const fixed = readFileSync(path.join(dir, 'post.md'), 'utf8');
    expect(fixed.startsWith(`<!-- dechaff-disable -->\n${AD_LINES[0]}\n<!-- dechaff-enable -->\n`)).toBe(true);
    expect(fixed.trimEnd().endsWith(AD_LINES[0])).toBe(false);
  });

  it('<!-- dechaff-ignore-next --> skips the next block only', () => {
    const dir = tempDir();
    const doc = `<!-- dechaff-ignore-next -->\n${AD_LINES[0]}\n\n${ARTICLE}\n\n${AD_LINES[0]}\n`;
    put(dir, 'post.md', doc);
    const lines = findings(dir, 'post.md').map((f) => f.line);
    expect(lines).not.toContain(2);
    expect(lines).toContain(doc.split('\n').length - 1);
  });

  it('directives inside code fences are not directives', () => {
    const dir = tempDir();
    const doc = `\`\`\`md\n<!-- dechaff-disable -->\n\`\`\`\n\n${ARTICLE}\n\n${AD_LINES[0]}\n`;
    put(dir, 'post.md', doc);
    expect(findings(dir, 'post.md').map((f) => f.line)).toContain(doc.split('\n').length - 1);
  });

  it('in .txt files nothing is protected (a fence is just text)', () => {
    const dir = tempDir();
    put(dir, 'post.txt', `\`\`\`\n${AD_LINES[0]}\n\`\`\`\n\n${ARTICLE}\n`);
    expect(findings(dir, 'post.txt').map((f) => f.line)).toContain(2);
  });
});
