import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, library, put, run, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

describe('dechaff clean', { timeout: 90_000 }, () => {
  it('cleans stdin to stdout as clean() does, ending with the input\'s final newline', async () => {
    const { clean } = await library();
    const text = fixture('en-post.txt');
    expect(text.endsWith('\n')).toBe(true);
    const expected = clean(text).replace(/\n?$/, '\n');
    const r = run(['clean'], { cwd: tempDir(), input: text });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
    expect(r.stdout).not.toContain('Spotify');
    expect(run(['clean', '-'], { cwd: tempDir(), input: text }).stdout).toBe(expected);
  });

  it('decodes a plain text misread as GBK again, as clean() does', async () => {
    const { clean } = await library();
    // An article written for this test, its UTF-8 bytes read as GBK (a wrong charset).
    const article = [
      '市图书馆今年夏天将延长开放时间，周末也会开到晚上九点。馆方表示，这是因为暑假期间来馆自习的学生人数比去年多了将近一半。',
      '新的安排从下个月开始实行，持续到九月底。馆方同时在三楼增加了六十个座位，让家长可以带孩子一起来读书。',
    ].join('\n');
    const bad = new TextDecoder('gbk').decode(Buffer.from(article, 'utf8'));
    const dir = tempDir();
    put(dir, 'a.txt', bad);
    const r = run(['clean', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(clean(bad));
    expect(r.stdout).toContain('馆方同时在三楼增加了六十个座位');
  });

  it('adds no final newline the input did not have', async () => {
    const { clean } = await library();
    // The ad before the title goes and the last line stays: clean() ends without a line break,
    // as the input does, and so does the output.
    const lines = fixture('en-post.txt').replace(/\n$/, '').split('\n');
    const text = lines.slice(0, 5).join('\n');
    const r = run(['clean'], { cwd: tempDir(), input: text });
    expect(r.stdout).toBe(clean(text));
    expect(r.stdout).toBe(lines.slice(1, 5).join('\n'));
  });

  it('prints the line break of the last kept line when the lines after it go', async () => {
    const { clean } = await library();
    const text = fixture('en-post.txt').replace(/\n$/, '');
    const r = run(['clean'], { cwd: tempDir(), input: text });
    expect(r.stdout).toBe(clean(text));
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.endsWith('\n\n')).toBe(false);
  });

  it('cleans files and leaves clean text unchanged', () => {
    const dir = tempDir();
    put(dir, 'a.md', fixture('clean-post.md'));
    const r = run(['clean', 'a.md'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(fixture('clean-post.md'));
  });

  it('--labels shows every block with its label, score and reasons', () => {
    const r = run(['clean', '--labels'], { cwd: tempDir(), input: fixture('en-post.txt') });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {3}1 {2}promo\s+\d+\.\d\d {2}removed {2}🔥 Get Spotify/m);
    expect(r.stdout).toMatch(/^ {3}3 {2}body\s+-?\d+\.\d\d {2}kept/m);
    expect(r.stdout).toMatch(/^ +editor-voice +commentary +\+\d/m);
  });

  it('cleans a hard-wrapped text whole paragraphs at a time; --labels shows a wrapped block on one row', async () => {
    const { clean } = await library();
    // A short article written for this test, wrapped at 64 columns, with a wrapped pitch after it.
    const text = [
      'The ferry to the island will run twice a day again from Monday,',
      'the operator said, after the new landing stage passed its safety',
      'checks on Friday afternoon.',
      'Crossings had been cut to one a day in March when a storm damaged',
      'the old pier, which is to be pulled down in the autumn, and',
      'islanders had to book a week ahead to take a car across.',
      'Subscribe to our newsletter for the latest island news every week,',
      'delivered free to your inbox. No spam, unsubscribe at any time.',
      '',
    ].join('\n');
    const dir = tempDir();
    put(dir, 'wrapped.txt', text);
    const r = run(['clean', 'wrapped.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(clean(text).replace(/\n?$/, '\n'));
    expect(r.stdout).toContain('the old pier, which is to be pulled down in the autumn, and\n');
    expect(r.stdout).not.toContain('unsubscribe');
    const labels = run(['clean', '--labels', 'wrapped.txt'], { cwd: dir });
    expect(labels.stdout).toMatch(/^ {3}7 {2}promo\s+\d+\.\d\d {2}removed {2}Subscribe to our newsletter .* delivered free to your inbox\. No spam/m);
  });

  it('--json prints the analysis', () => {
    const r = run(['clean', '--json'], { cwd: tempDir(), input: fixture('en-post.txt') });
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout) as { language: string; blocks: Array<{ line: number; label: string; removed: boolean; reasons: unknown[] }> };
    expect(a.language).toBe('en');
    expect(a.blocks).toHaveLength(7);
    expect(a.blocks[0]).toMatchObject({ line: 1, label: 'promo', removed: true });
  });

  it('refuses binary input on stdin (exit 2)', () => {
    const r = run(['clean'], { cwd: tempDir(), input: Buffer.from([0x61, 0x00, 0x62]) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dechaff: <stdin>: binary file/);
  });

  it('--model loads a model and rejects a corrupt one (exit 2)', () => {
    const dir = tempDir();
    put(dir, 'bad-model.json', '{"format":"dechaff-naive-bayes","version":1}');
    const r = run(['clean', '--model', 'bad-model.json'], { cwd: dir, input: 'x' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dechaff: bad-model\.json: model: /);
  });
});
