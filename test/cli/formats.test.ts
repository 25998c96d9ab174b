import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, put, run, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

function setup(): string {
  const dir = tempDir();
  put(dir, 'posts/en.txt', fixture('en-post.txt'));
  put(dir, 'posts/clean.md', fixture('clean-post.md'));
  return dir;
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; informationUri: string; rules: Array<{ id: string; shortDescription: { text: string } }> } };
    results: Array<{
      ruleId: string;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
    }>;
  }>;
}

describe('formats', { timeout: 90_000 }, () => {
  it('stylish: file:line:col  label  score  rule-ids  excerpt, then a summary', () => {
    const r = run(['check', 'posts'], { cwd: setup() });
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^posts\/en\.txt:1:1 {2}promo\s+\d+\.\d\d {2}[a-z-]+(,[a-z-]+)* {2}🔥 Get Spotify/);
    expect(lines.some((l) => /^posts\/en\.txt:6:1 {2}commentary/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/✖ 3 problems \(3 errors, 0 warnings\) in 1 file/);
  });

  it('json: one entry per file with findings', () => {
    const r = run(['check', 'posts', '--format', 'json'], { cwd: setup() });
    expect(r.status).toBe(1);
    const data = JSON.parse(r.stdout) as Array<{ file: string; errorCount: number; findings: Array<{ line: number; column: number; label: string; ruleIds: string[]; severity: string }> }>;
    expect(data.map((d) => d.file).sort()).toEqual(['posts/clean.md', 'posts/en.txt']);
    const en = data.find((d) => d.file === 'posts/en.txt')!;
    expect(en.errorCount).toBe(3);
    expect(en.findings.map((f) => [f.line, f.label])).toEqual([[1, 'promo'], [6, 'commentary'], [7, 'commentary']]);
    expect(en.findings[0].severity).toBe('error');
    expect(en.findings[0].ruleIds.length).toBeGreaterThan(0);
  });

  it('github: workflow annotations with file, line, col and title', () => {
    const r = run(['check', 'posts', '-f', 'github'], { cwd: setup() });
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::warning file=posts\/en\.txt,line=1,col=1,endLine=1,endColumn=\d+,title=dechaff%3A promo::promo \(score /);
    expect(lines[1]).toMatch(/^::warning file=posts\/en\.txt,line=6,col=1,.*title=dechaff%3A commentary::/);
  });

  it('sarif: a structurally valid SARIF 2.1.0 log whose rule ids match the results', () => {
    const r = run(['check', 'posts', '-f', 'sarif'], { cwd: setup() });
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('dechaff');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const ids = driver.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of driver.rules) expect(rule.shortDescription.text.length).toBeGreaterThan(5);
    // A built-in rule's description is the rule's own.
    expect(driver.rules.find((rule) => rule.id === 'editor-voice')?.shortDescription.text).toMatch(/editor|voice|first person/i);
    expect(log.runs[0].results).toHaveLength(3);
    for (const res of log.runs[0].results) {
      expect(ids).toContain(res.ruleId);
      expect(['error', 'warning', 'note', 'none']).toContain(res.level);
      expect(res.message.text.length).toBeGreaterThan(0);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe('posts/en.txt');
      for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) expect(Number.isInteger(loc.region[k]) && loc.region[k] >= 1).toBe(true);
    }
    const first = log.runs[0].results[0].locations[0].physicalLocation.region;
    const line1 = fixture('en-post.txt').split('\n')[0];
    expect(first).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: line1.length + 1 });
    // Every rule is used by a result (as the primary or a supporting id).
    expect(ids.length).toBeGreaterThan(0);
  });

  it('columns are 1-based UTF-16 columns of the first non-blank character', () => {
    const dir = tempDir();
    put(dir, 'indented.txt', fixture('en-post.txt').replace(/^🔥/, '  🔥'));
    const data = JSON.parse(run(['check', 'indented.txt', '-f', 'json'], { cwd: dir }).stdout) as Array<{ findings: Array<{ line: number; column: number }> }>;
    expect(data[0].findings[0]).toMatchObject({ line: 1, column: 3 });
  });

  it('--output writes the report to a file and does not change the exit code', () => {
    const dir = setup();
    const r = run(['check', 'posts', '-f', 'sarif', '--output', 'out/report.sarif'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const log = JSON.parse(readFileSync(path.join(dir, 'out/report.sarif'), 'utf8')) as SarifLog;
    expect(log.runs[0].results).toHaveLength(3);
    const clean = tempDir();
    put(clean, 'a.md', fixture('clean-post.md'));
    const ok = run(['check', 'a.md', '-o', 'report.json', '-f', 'json'], { cwd: clean });
    expect(ok.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(clean, 'report.json'), 'utf8'))).toHaveLength(1);
  });

  it('--quiet prints nothing on success and only errors otherwise', () => {
    const dir = setup();
    const clean = run(['check', 'posts/clean.md', '--quiet'], { cwd: dir });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('');
    expect(clean.stderr).toBe('');
    put(dir, '.dechaffrc.json', JSON.stringify({ strip: ['promo'] }));
    const r = run(['check', 'posts/en.txt', '--quiet'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/en\.txt:1:1 {2}promo/);
    expect(r.stdout).not.toMatch(/commentary/);
  });
});
