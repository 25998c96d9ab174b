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
const fs = await import('node:fs');
const { writeStdout } = await import('../../src/cli/io.js');

const dir = mkdtempSync(path.join(os.tmpdir(), 'dechaff-stdout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('writeStdout', () => {
  it('gives the bytes a non-blocking descriptor refused (EAGAIN) to process.stdout, and uses the stream from then on', async () => {
    const writeSync = vi.mocked(fs.writeSync);
    const real = (await vi.importActual<typeof import('node:fs')>('node:fs')).writeSync;
    // Only this test's writes are answered by the mock: once in a full run something else in the
    // worker wrote with writeSync first and took the answers meant for these (the text then went
    // to the real descriptor).
    const ours: string[] = [];
    writeSync.mockImplementation(((fd: number, buffer: Uint8Array, offset?: number) => {
      const text = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength).subarray(offset ?? 0).toString('utf8');
      if (fd !== 1 || !(text.endsWith('llo\n') || text === 'next\n')) return real(fd, buffer, offset);
      ours.push(text);
      if (ours.length === 1) return 3;
      throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });
    }) as typeof fs.writeSync);
    const chunks: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, done?: () => void) => {
      chunks.push(Buffer.from(chunk).toString('utf8'));
      done?.();
      return true;
    }) as typeof process.stdout.write);
    // "hé" is three bytes: the descriptor took them, the stream gets the rest.
    await writeStdout('héllo\n');
    expect(ours).toEqual(['héllo\n', 'llo\n']);
    expect(chunks).toEqual(['llo\n']);
    await writeStdout('next\n');
    expect(ours).toHaveLength(2);
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
