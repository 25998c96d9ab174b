/**
 * Section 6: extreme sizes — a 50 MB document, a single 10 MB line, 1,000,000 empty lines — each
 * cleaned once in a fresh `node` process running the build in dist/, against the floor (split
 * into lines + NFKC + lower case) on the same input in the same kind of process. Shows time per
 * MB and peak RSS stay bounded (linear time, no stack overflow).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDocument, loadDocuments, ROOT } from './lib/data.js';
import type { Section } from './lib/report.js';
import { log, num, ratio, table } from './lib/util.js';

const DRIVER = path.join(ROOT, 'bench', 'drivers', 'rss.mjs');
const DIST = path.join(ROOT, 'dist', 'index.js');

interface Run { maxRSSKiB: number; ms: number; bytes: number }

function run(file: string, mode: 'clean' | 'floor'): Run | undefined {
  const r = spawnSync(process.execPath, [DRIVER, DIST, file, mode], { encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 20 });
  if (r.status !== 0) {
    log(`sizes: ${mode} on ${path.basename(file)} failed: ${(r.stderr || r.error?.message || '').slice(0, 200)}`);
    return undefined;
  }
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
}

/**
 * @param opts.documentBytes size of the large document (50 MB in the full run)
 * @param opts.lineChars length of the single line (10 million characters in the full run)
 * @param opts.emptyLines number of empty lines (1,000,000 in the full run)
 */
export async function sizesSection(opts: { documentBytes: number; lineChars: number; emptyLines: number }): Promise<Section> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dechaff-sizes-'));
  const { docs } = loadDocuments();
  const cases: Array<[string, string]> = [
    [`a ${num(opts.documentBytes / 1e6)} MB document`, buildDocument(docs, opts.documentBytes, 7)],
    [`one line of ${num(opts.lineChars / 1e6)} million characters`, '這是一段沒有換行的很長的文字，'.repeat(Math.ceil(opts.lineChars / 15)).slice(0, opts.lineChars)],
    [`${num(opts.emptyLines)} empty lines`, '\n'.repeat(opts.emptyLines)],
  ];
  const rows: Array<Array<string | number>> = [];
  const summary: string[] = [];
  try {
    cases.forEach(([name, text], i) => {
      const file = path.join(dir, `case-${i}.txt`);
      fs.writeFileSync(file, text);
      log(`sizes: ${name}`);
      const c = run(file, 'clean');
      const f = run(file, 'floor');
      if (!c || !f) {
        rows.push([name, 'failed', '', '', '', '']);
        return;
      }
      const mb = c.bytes / 1e6;
      rows.push([name, num(mb, 2), num(c.ms / Math.max(mb, 1e-6)), ratio(c.ms / Math.max(f.ms, 1e-3)), num(c.maxRSSKiB / 1024), ratio(c.maxRSSKiB / f.maxRSSKiB)]);
      summary.push(`sizes: ${name}: ${num(c.ms)} ms, peak ${num(c.maxRSSKiB / 1024)} MiB`);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const body = [
    'Each input is written to a file and cleaned once by `clean()` in a fresh `node` process (`bench/drivers/rss.mjs`, the build in dist/); the floor process splits the same text into lines and normalizes each. Peak RSS is `process.resourceUsage().maxRSS` at the end of the process (it includes the input string and Node itself).',
    '',
    table(['input', 'MB (UTF-8)', 'clean() ms per MB', 'time ÷ floor', 'peak RSS MiB', 'RSS ÷ floor'], rows),
    '',
    'A block is scored on at most its first 20,000 characters (`maxScoredChars` in src/tunables.ts) and output is never truncated, so a single huge line costs about as much as an ordinary paragraph plus the copy; blank lines are separators, not blocks.',
  ].join('\n');
  return { title: '6. Extreme sizes: a 50 MB document, one 10 MB line, a million empty lines', body, targets: [], summary };
}
