/**
 * Links in Markdown on the command line: `dechaff clean` reads a scraped Markdown page's link
 * lines as the page's furniture (link-density); `dechaff check`, which reads a site's own pages,
 * does not count link density unless the configuration sets the rule: a table of contents is a
 * page's content.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, put, run, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

// A documentation page written for this test, with a table of contents of links.
const GUIDE = [
  '# Getting started',
  '',
  'This guide walks you through installing the tool and cleaning your first document.',
  '',
  '## Contents',
  '',
  '- [Install](install.md)',
  '- [Clean a file](clean.md)',
  '- [Configure rules](config.md)',
  '- [Use it in CI](ci.md)',
  '',
  '## Install',
  '',
  'Install the package from the registry with your package manager of choice. It needs Node.js 18 or later and has no native dependencies.',
  '',
].join('\n');

describe('link lines on the command line', { timeout: 90_000 }, () => {
  it('check leaves a table of contents alone by default', () => {
    const dir = tempDir();
    put(dir, 'guide.md', GUIDE);
    const r = run(['check', 'guide.md'], { cwd: dir });
    expect(r.stdout + r.stderr).not.toMatch(/link-density/);
    expect(r.status).toBe(0);
  });

  it('check counts link density when the configuration sets the rule', () => {
    const dir = tempDir();
    put(dir, 'guide.md', GUIDE);
    put(dir, '.dechaffrc.json', JSON.stringify({ rules: { 'link-density': 2.5 } }));
    const r = run(['check', 'guide.md'], { cwd: dir });
    expect(r.stdout).toMatch(/guide\.md:\d+:1 .*link-density/);
    expect(r.status).toBe(1);
  });

  it('reads a .md file (or --markdown input) as Markdown, a .txt file only when it looks like it', () => {
    const dir = tempDir();
    const doc = ['# Pool stays open', '', GUIDE.split('\n')[2], ''].join('\n');
    put(dir, 'a.md', doc);
    put(dir, 'a.txt', doc);
    const json = (args: string[]): { markdown?: boolean } => JSON.parse(run(['clean', '--json', ...args], { cwd: dir }).stdout);
    expect(json(['a.md']).markdown).toBe(true);
    expect(json(['a.txt']).markdown).toBeUndefined();
    expect(json(['--markdown', 'a.txt']).markdown).toBe(true);
    expect(run(['clean', '--labels', 'a.md'], { cwd: dir }).stdout).toMatch(/^language en, script Latn, read as Markdown; 2 blocks/);
    expect(run(['clean', '--labels', 'a.txt'], { cwd: dir }).stdout).toMatch(/^language en, script Latn; 2 blocks/);
  });

  it('clean drops a scraped page\'s menu of links', () => {
    const dir = tempDir();
    const page = ['* [News](https://paper.example/news)', '* [Sport](https://paper.example/sport)', '* [Weather](https://paper.example/weather)', '', GUIDE.split('\n')[2], '', GUIDE.split('\n')[13], ''].join('\n');
    put(dir, 'page.md', page);
    const r = run(['clean', 'page.md'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('[News]');
    expect(r.stdout).toContain(GUIDE.split('\n')[2]);
  });
});
