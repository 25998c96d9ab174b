/**
 * How the CLI writes its output: with `writeSync` on file descriptor 1 until something needs
 * `process.stdout` (see `writeStdout` in src/cli/io.ts), a descriptor in non-blocking mode
 * handing the rest to the stream, and a reader that goes away ending the process quietly.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { CLI, ensureBuilt } from './helpers.js';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, writeSync: vi.fn(fs.writeSync) };
});
// The suite shares one module graph per worker (vitest.config.ts: isolate: false), so another test
// file may have loaded src/cli/io.ts with the real node:fs already (test/core/cjk-wrapped-lines,
// which imports the CLI's clean command, whenever it ran first in the same worker): the mock then
// never reached writeStdout. Load it afresh, with the mock.
vi.resetModules();
const fs = await import('node:fs');
const { writeStdout } = await import('../../src/cli/io.js');

const dir = mkdtempSync(path.join(os.tmpdir(), 'dechaff-stdout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('writeStdout', () => {
  it('gives the bytes a non-blocking descriptor refused (EAGAIN) to process.stdout, and uses the stream from then on', async () => {
    const writeSync = vi.mocked(fs.writeSync);
    writeSync.mockImplementationOnce(() => 3).mockImplementationOnce(() => {
      throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });
    });
    const chunks: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, done?: () => void) => {
      chunks.push(Buffer.from(chunk).toString('utf8'));
      done?.();
      return true;
    }) as typeof process.stdout.write);
    // "hé" is three bytes: the descriptor took them, the stream gets the rest.
    await writeStdout('héllo\n');
    expect(chunks).toEqual(['llo\n']);
    const calls = writeSync.mock.calls.length;
    await writeStdout('next\n');
    expect(writeSync.mock.calls.length).toBe(calls);
    expect(chunks).toEqual(['llo\n', 'next\n']);
  });
});

describe('dechaff clean writing to a pipe', { timeout: 60_000 }, () => {
  it('ends quietly with exit code 0 when the reader closes the pipe (EPIPE)', async () => {
    ensureBuilt();
    const input = path.join(dir, 'long.txt');
    // ~2 MB of output: far more than a pipe holds, so the CLI is writing when the reader goes.
    writeFileSync(input, '市議會週二表決通過新圖書館的興建計劃，預計三年後落成，館內將設有兒童閱讀區和自修室。\n'.repeat(25_000));
    const child = spawn(process.execPath, [CLI, 'clean', input], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
