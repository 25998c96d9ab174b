import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, put, run, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

const EXAMPLES = [
  { text: '天文台表示，颱風今早位於香港東南約四百公里，預料向西北移動。', label: 'body' },
  { text: '市議會周二投票通過修建自行車道的計劃，工程預計明年春天開工。', label: 'body' },
  { text: 'The council voted on Tuesday to approve a network of protected cycling lanes.', label: 'body' },
  { text: 'Construction is expected to begin in the spring and last about eighteen months.', label: 'body' },
  { text: 'Netflix 4K 共享車位 只需 HK$58/月！立即私訊', label: 'promo' },
  { text: '限時優惠 不用VPN 即享無廣告播放 ➜ 立即升級', label: 'promo' },
  { text: 'Get Spotify Premium for only $2.99/month! DM us now', label: 'promo' },
  { text: 'Cheap followers, instant delivery, message us on Telegram', label: 'promo' },
  { text: '作為一名編輯，我認為這篇文章非常有參考價值。', label: 'commentary' },
  { text: 'As an editor, I think this article is a timely and insightful analysis.', label: 'commentary' },
  { text: '版權所有 © 2024 不得轉載', label: 'boilerplate' },
  { text: 'Copyright © 2024 All rights reserved. Share on Facebook', label: 'boilerplate' },
];

const jsonl = (rows: readonly object[]): string => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('train and eval', { timeout: 90_000 }, () => {
  it('train writes a model atomically; eval reads it with --model and prints per-label P/R/F1', () => {
    const dir = tempDir();
    put(dir, 'train.jsonl', jsonl(EXAMPLES));
    const t = run(['train', 'train.jsonl', '-o', 'models/model.json'], { cwd: `${dir}` });
    // The output folder must exist: train does not create it.
    expect(t.status).toBe(2);
    const r = run(['train', 'train.jsonl', '-o', 'model.json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/trained on 12 examples \(body 4, promo 4, commentary 2, boilerplate 2\)/);
    const model = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as { format: string; version: number; documents: number[] };
    expect(model.format).toBe('dechaff-naive-bayes');
    expect(model.documents).toEqual([4, 4, 2, 2]);
    expect(readdirSync(dir).sort()).toEqual(['model.json', 'train.jsonl']);

    const e = run(['eval', 'train.jsonl', '--model', 'model.json'], { cwd: dir });
    expect(e.status, e.stderr).toBe(0);
    expect(e.stdout).toMatch(/classifier \(model\.json model\) on 12 labelled blocks/);
    for (const label of ['body', 'promo', 'commentary', 'boilerplate']) expect(e.stdout).toMatch(new RegExp(`^  ${label}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d+$`, 'm'));
    const json = JSON.parse(run(['eval', 'train.jsonl', '--model', 'model.json', '--json'], { cwd: dir }).stdout) as { classifier: { examples: number; accuracy: number; classes: Array<{ label: string; support: number }> } };
    expect(json.classifier.examples).toBe(12);
    // A model evaluated on its own training data gets most of it right.
    expect(json.classifier.accuracy).toBeGreaterThan(0.7);
    expect(json.classifier.classes.map((c) => c.support)).toEqual([4, 4, 2, 2]);
  });

  it('eval on documents with blocks reports noise removed, body kept and exact documents', () => {
    const dir = tempDir();
    const lines = fixture('en-post.txt').trimEnd().split('\n');
    const labels = ['promo', 'body', 'body', 'body', 'body', 'commentary', 'commentary'];
    const doc = { id: 'en-1', text: lines.join('\n'), blocks: lines.map((text, i) => ({ text, label: labels[i] })), gold: lines.slice(1, 5).join('\n') };
    const cleanDoc = { id: 'clean-1', text: lines.slice(1, 5).join('\n'), blocks: lines.slice(1, 5).map((text) => ({ text, label: 'body' })) };
    put(dir, 'set.jsonl', jsonl([doc, cleanDoc]));
    const r = run(['eval', 'set.jsonl', '--json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { classifier: { examples: number }; cleaner: { documents: number; noiseRemoved: number; bodyKept: number; exact: number; docsLosingBody: number; gold: { f1: number } } };
    expect(out.classifier.examples).toBe(11);
    expect(out.cleaner).toMatchObject({ documents: 2, noiseRemoved: 1, bodyKept: 1, exact: 1, docsLosingBody: 0 });
    expect(out.cleaner.gold.f1).toBe(1);
    const text = run(['eval', 'set.jsonl'], { cwd: dir }).stdout;
    expect(text).toMatch(/noise blocks removed +100\.0%/);
    expect(text).toMatch(/body text kept +100\.00% \(by characters\)/);
    expect(text).toMatch(/exact documents +100\.0%/);
  });

  it('a malformed line is an error naming the line number (exit 2), and nothing is written', () => {
    const dir = tempDir();
    put(dir, 'bad.jsonl', `${JSON.stringify(EXAMPLES[0])}\n\n{"text": "x", "label": "spam"}\n`);
    const r = run(['train', 'bad.jsonl', '-o', 'model.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dechaff: bad\.jsonl:3: "label" must be one of/);
    put(dir, 'worse.jsonl', `${JSON.stringify(EXAMPLES[0])}\n{not json\n`);
    expect(run(['train', 'worse.jsonl', '-o', 'model.json'], { cwd: dir }).stderr).toMatch(/^dechaff: worse\.jsonl:2: invalid JSON/);
    expect(readdirSync(dir).sort()).toEqual(['bad.jsonl', 'worse.jsonl']);
    expect(run(['train', 'bad.jsonl'], { cwd: dir }).stderr).toMatch(/--output \(-o\) FILE is required/);
  });
});
