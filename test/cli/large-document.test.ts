/**
 * A document over `WORKER_DOCUMENT_UNITS` is checked in a thread of its own
 * (src/cli/large-document.ts): one that does not fit in Node's heap is reported as an error of its
 * file, in one line, instead of aborting Node with a native stack trace; one that fits is cleaned
 * exactly as in process. Inputs written here (numbered invented lines).
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { WORKER_DOCUMENT_UNITS } from '../../src/cli/large-document.js';
import { CLI, ensureBuilt, library, put, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

/** The CLI with room for a large output, and Node's heap limited by `heapMb` when given. */
function runLarge(args: string[], cwd: string, heapMb?: number): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, NO_COLOR: '1', NODE_OPTIONS: heapMb === undefined ? '' : `--max-old-space-size=${heapMb}` };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 27, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Numbered paragraphs of invented prose, past `units` code units. */
function paragraphs(units: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < units; i++) {
    const p = `Paragraph ${i}: the river council met again on the ${i % 28}th to weigh plan ${i} for the old mill, and its members agreed to hear the residents of ward ${i % 9} before any vote.`;
    out.push(p, '');
    n += p.length + 2;
  }
  return out.join('\n');
}

describe('large documents', { timeout: 120_000 }, () => {
  it('a document that does not fit in the heap is an error of its file, not a crash', () => {
    // Many short lines: the cleaner's memory grows with the number of blocks.
    const lines: string[] = [];
    for (let i = 0, n = 0; n <= WORKER_DOCUMENT_UNITS; i++) {
      lines.push(`menu item ${i}`);
      n += lines[lines.length - 1].length + 1;
    }
    const dir = tempDir();
    put(dir, 'huge.txt', lines.join('\n'));
    put(dir, 'small.txt', 'A short note that stays.\n');
    const r = runLarge(['clean', 'huge.txt', 'small.txt'], dir, 96);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dechaff: huge\.txt: too large to clean as one document: .* lines ran out of memory/);
    expect(r.stderr).toContain('dechaff jsonl');
    expect(r.stderr).not.toMatch(/FATAL|\n\s+at |0x[0-9a-f]{6}/);
    // The other file is cleaned.
    expect(r.stdout).toBe('A short note that stays.\n');
    const c = runLarge(['check', 'huge.txt', 'small.txt'], dir, 96);
    expect(c.status).toBe(2);
    expect(c.stderr).toContain('huge.txt: too large to clean as one document');
  });

  it('a large document that fits is cleaned as clean() cleans it', async () => {
    const { clean } = await library();
    const text = `Buy cheap followers now, DM @fastfans on Telegram! Only $9.99/month!\n\n${paragraphs(WORKER_DOCUMENT_UNITS + 1000)}\n`;
    expect(text.length).toBeGreaterThan(WORKER_DOCUMENT_UNITS);
    const dir = tempDir();
    put(dir, 'big.txt', text);
    const r = runLarge(['clean', 'big.txt'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(clean(text));
    expect(r.stdout.startsWith('Paragraph 0:')).toBe(true);
  });
});
