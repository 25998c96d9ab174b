import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADS, hasAd, records } from '../stream/corpus.js';
import { CLI, ensureBuilt, library, put, ROOT, run, tempDir } from './helpers.js';

beforeAll(() => {
  ensureBuilt();
  if (!existsSync(path.join(ROOT, 'dist', 'jsonl-worker.js'))) throw new Error('dist/jsonl-worker.js is missing: run "npm run build"');
}, 180_000);

const jsonl = (recs: unknown[]): string => recs.map((r) => JSON.stringify(r)).join('\n') + '\n';
const parseLines = (out: string): Array<Record<string, unknown>> => out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('dechaff jsonl', { timeout: 120_000 }, () => {
  const recs = records(300);
  const input = jsonl(recs);

  it('cleans every record in order, passes other fields through, and --workers 1 and 2 agree', async () => {
    const { clean } = await library();
    const dir = tempDir();
    const one = run(['jsonl', '--workers', '1'], { cwd: dir, input });
    const two = run(['jsonl', '--workers', '2'], { cwd: dir, input });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.stderr).toBe('dechaff jsonl: 300 records, 0 rejected\n');
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
    const out = parseLines(one.stdout);
    expect(out).toHaveLength(300);
    out.forEach((o, i) => {
      expect(o).toEqual({ ...recs[i], text: clean(recs[i].text) });
      if (hasAd(i)) expect(o.text).not.toContain(i % 2 ? ADS.zh : ADS.en);
    });
    // Each output line is the input line with only the text value replaced.
    const inLines = input.split('\n');
    one.stdout.split('\n').filter(Boolean).forEach((l, i) => {
      expect(l).toBe(inLines[i].replace(JSON.stringify(recs[i].text), JSON.stringify(out[i].text)));
    });
  });

  it('keeps other fields byte for byte (big integers, number formats, key order)', () => {
    const line = '{"2":"x","id":12345678901234567890,"score":1.50,"text":"A plain body sentence that stays.","u":"\\u00e9"}';
    const r = run(['jsonl', '--workers', '1'], { cwd: tempDir(), input: `${line}\n` });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${line}\n`);
  });

  it('reports malformed lines with their line numbers, skips them and exits 1', () => {
    const lines = [JSON.stringify(recs[0]), 'not json', '[1,2]', '{"text": 5}', '{"other":"a"}', '', JSON.stringify(recs[1])];
    for (const workers of ['1', '2']) {
      const r = run(['jsonl', '--workers', workers], { cwd: tempDir(), input: lines.join('\n') });
      expect(r.status).toBe(1);
      expect(parseLines(r.stdout).map((o) => o.id)).toEqual([0, 1]);
      expect(r.stderr).toMatch(/^dechaff jsonl: <stdin>:2: invalid JSON/m);
      expect(r.stderr).toContain('dechaff jsonl: <stdin>:3: expected a JSON object, got an array\n');
      expect(r.stderr).toContain('dechaff jsonl: <stdin>:4: field "text" must be a string, got number\n');
      expect(r.stderr).toContain('dechaff jsonl: <stdin>:5: field "text" is missing\n');
      expect(r.stderr).toMatch(/dechaff jsonl: 6 records, 4 rejected\n$/);
    }
  });

  it('--rejects writes rejected lines as JSON instead of stderr', () => {
    const dir = tempDir();
    const lines = ['not json', JSON.stringify(recs[0]), '{"text":null}'];
    const r = run(['jsonl', '--rejects', 'rejects.jsonl'], { cwd: dir, input: lines.join('\n') + '\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('dechaff jsonl: 3 records, 2 rejected (written to rejects.jsonl)\n');
    const rejects = parseLines(readFileSync(path.join(dir, 'rejects.jsonl'), 'utf8'));
    expect(rejects).toEqual([
      { file: '<stdin>', line: 1, error: expect.stringMatching(/^invalid JSON/), input: 'not json' },
      { file: '<stdin>', line: 3, error: 'field "text" must be a string, got null', input: '{"text":null}' },
    ]);
  });

  it('reads files in order, numbering lines per file; CRLF, a BOM, blank lines and bad UTF-8', () => {
    const dir = tempDir();
    put(dir, 'a.jsonl', '\ufeff' + JSON.stringify({ id: 'a1', text: 'First body line.' }) + '\r\n\r\n' + JSON.stringify({ id: 'a2', text: 'Second.' }) + '\r\n');
    put(dir, 'b.jsonl', Buffer.concat([Buffer.from('{"id":"b1","text":"ok"}\n{"id":"b2","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n{"id":"b3","text":"end"}')]));
    const r = run(['jsonl', '--workers', '1', 'a.jsonl', 'b.jsonl'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(parseLines(r.stdout).map((o) => o.id)).toEqual(['a1', 'a2', 'b1', 'b3']);
    expect(r.stderr).toBe('dechaff jsonl: b.jsonl:2: not valid UTF-8\ndechaff jsonl: 5 records, 1 rejected\n');
  });

  it('--out-field keeps the input field; --labels adds what was removed', async () => {
    const { clean } = await library();
    const r = run(['jsonl', '--out-field', 'body', '--labels'], { cwd: tempDir(), input: jsonl(recs.slice(0, 4)) });
    expect(r.status).toBe(0);
    const out = parseLines(r.stdout) as Array<{ text: string; body: string; dechaff: { removed: Array<{ line: number; label: string; score: number; reasons: string[] }>; language: string } }>;
    out.forEach((o, i) => {
      expect(o.text).toBe(recs[i].text);
      expect(o.body).toBe(clean(recs[i].text));
    });
    expect(out[0].dechaff.language).toBe('en');
    expect(out[1].dechaff.language).toBe('zh');
    expect(out[0].dechaff.removed[0]).toMatchObject({ line: 1, label: 'promo' });
    expect(out[0].dechaff.removed[0].reasons.length).toBeGreaterThan(0);
    expect(out[1].dechaff.removed).toEqual([]);
  });

  it('--field reads another field', () => {
    const r = run(['jsonl', '--field', 'content'], { cwd: tempDir(), input: JSON.stringify({ content: recs[0].text, text: 'untouched' }) });
    expect(r.status).toBe(0);
    const [o] = parseLines(r.stdout);
    expect(o.text).toBe('untouched');
    expect(o.content).not.toContain(ADS.en);
  });

  it('usage and input errors exit 2 before any output', () => {
    const dir = tempDir();
    for (const args of [['--workers', 'x'], ['--workers', '-1'], ['--field', ''], ['--bogus'], ['--labels', '--out-field', 'dechaff'], ['missing.jsonl'], ['-', '-']]) {
      const r = run(['jsonl', ...args], { cwd: dir, input: input });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^dechaff: /);
    }
  });

  it('--help and the main help list the command', () => {
    const r = run(['jsonl', '--help'], { cwd: tempDir() });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: dechaff jsonl/);
    expect(run(['--help'], { cwd: tempDir() }).stdout).toContain('dechaff jsonl [file…]');
  });

  it('streams a large input (20,000 records) through the pool, in order', async () => {
    const { clean } = await library();
    const dir = tempDir();
    const body = (i: number): string => `Record ${i} reports that the harbour authority reopened the eastern pier on Monday after repairs to the storm damage, and that ferry services will resume their normal timetable from next week.`;
    const text = (i: number): string => (i % 10 === 0 ? `${ADS.en}\n\n${body(i)}` : body(i));
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) lines.push(JSON.stringify({ i, text: text(i) }));
    const inFile = put(dir, 'big.jsonl', lines.join('\n') + '\n');
    const outFile = path.join(dir, 'out.jsonl');
    const fd = openSync(outFile, 'w');
    const r = spawnSync(process.execPath, [CLI, 'jsonl', '--workers', '2', inFile], { cwd: dir, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 110_000 });
    closeSync(fd);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('dechaff jsonl: 20000 records, 0 rejected\n');
    const out = readFileSync(outFile, 'utf8').split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(20_000);
    out.forEach((l, i) => {
      const o = JSON.parse(l) as { i: number; text: string };
      expect(o.i).toBe(i);
      if (i % 10 === 0) expect(o.text).toBe(clean(text(i)));
      else expect(o.text).toBe(body(i));
    });
    expect(clean(text(0))).toBe(body(0)); // the ad records lose their ad
    writeFileSync(outFile, ''); // free the temp space early
  });
});
