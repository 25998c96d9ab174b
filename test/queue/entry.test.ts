/**
 * The queue is its own package entry, `dechaff/queue` (ESM and CommonJS), and bullmq stays out of
 * everything else: the main entry never mentions it, and the CLI loads it only on first use in the
 * `worker` command (a dynamic import, built as a deferred require()), so `dechaff clean` does not
 * pay for it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../cli/helpers.js';

beforeAll(ensureBuilt, 180_000);

describe('the dechaff/queue entry', { timeout: 60_000 }, () => {
  const EXPORTS = 'DEFAULT_PREFIX,QUEUE_TUNABLES,createQueue,enqueue,jobIdFor,queueKeys,startWorker';

  it('loads from ESM and CommonJS', () => {
    const esm = `const m = await import('dechaff/queue'); process.stdout.write(Object.keys(m).sort().join(','));`;
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', esm], { cwd: ROOT, encoding: 'utf8' })).toBe(EXPORTS);
    const cjs = `const m = require('dechaff/queue'); process.stdout.write(Object.keys(m).sort().join(','));`;
    expect(execFileSync(process.execPath, ['-e', cjs], { cwd: ROOT, encoding: 'utf8' })).toBe(EXPORTS);
  });

  it('keeps bullmq out of the main entry and out of the CLI start-up', () => {
    const dist = (f: string): string => readFileSync(path.join(ROOT, 'dist', f), 'utf8');
    for (const f of ['index.js', 'index.cjs', 'node.js']) expect(dist(f), f).not.toMatch(/bullmq/);
    // dist/cli.js only starts the bin (dist/cli.cjs), which starts the CLI (dist/cli-main.cjs).
    expect(dist('cli.js')).toMatch(/\.\/cli\.cjs/);
    expect(dist('cli.cjs')).not.toMatch(/bullmq/);
    const cli = dist('cli-main.cjs');
    // Every mention is the deferred load (the dynamic import as the build writes it).
    const mentions = cli.match(/.*["']bullmq["'].*/g) ?? [];
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(m).toMatch(/Promise\.resolve\(\)\.then\(\(\) => __toESM\(require\(["']bullmq["']\)/);
    // The queue entry shares the main entry's cleaner (one copy of the model) instead of bundling one.
    expect(dist('queue.js').length).toBeLessThan(200_000);
    expect(dist('queue.js')).toMatch(/from "dechaff"/);
  });
});
