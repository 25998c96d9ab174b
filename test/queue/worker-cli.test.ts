/**
 * `dechaff worker` on the command line: results equal clean() (with --field, --labels), a
 * graceful stop on SIGTERM (exit 0, a summary), and for a bad URL or an unreachable Redis one
 * line on stderr and exit 2, never a stack trace.
 */
import { expect, it } from 'vitest';
import { ensureBuilt, library, ROOT, run } from '../cli/helpers.js';
import { createQueue } from '../../src/queue/index.js';
import { describeWithRedis, spawnWorker, useRedis, waitFor } from './helpers.js';

const AD = '🔥 Get Spotify Premium for only $2.99/month! No VPN needed, instant activation ➜ DM us on Telegram @cheapsubs';
const BODY = 'The city council voted on Tuesday to approve a network of protected cycling lanes that will connect the central station with the university campus and the riverside parks, a project that has been debated for more than three years.';

describeWithRedis('dechaff worker (CLI)', () => {
  const server = useRedis(ensureBuilt);

  it('cleans a field of record documents, with --labels, and stops on SIGTERM with exit 0', async () => {
    const { clean } = await library();
    const q = await createQueue({ redis: server().url, queue: 'cli', id: 'url' });
    const w = spawnWorker(server().url, 'cli', ['--field', 'content', '--out-field', 'body', '--labels']);
    try {
      await w.ready;
      const docs = Array.from({ length: 12 }, (_, i) => ({ url: `https://x.example/${i}`, content: `${AD}\n\n${BODY} (${i})` }));
      const { jobIds } = await q.add(docs);
      await waitFor('the results', async () => (await q.counts()).results === docs.length);
      const results = await q.results(jobIds);
      docs.forEach((d, i) => {
        const r = results.get(jobIds[i])!;
        expect(r.doc).toEqual({ ...d, body: clean(d.content) });
        expect(r.labels!.removed[0]).toMatchObject({ line: 1, label: 'promo' });
      });
      w.child.kill('SIGTERM');
      const { code } = await w.exited;
      expect(code).toBe(0);
      expect(w.stderr()).toMatch(/stopped; 12 cleaned, 0 already done, 0 dead-lettered/);
      expect(w.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      w.child.kill('SIGKILL');
      await q.close();
    }
  });

  it('exits 2 with one line for an unreachable Redis or a bad URL', () => {
    for (const args of [
      ['--redis', 'redis://127.0.0.1:1', '--queue', 'x'],
      ['--redis', 'http://127.0.0.1:6379', '--queue', 'x'],
      ['--redis', server().url, '--queue', 'a:b'],
    ]) {
      const r = run(['worker', ...args], { cwd: ROOT });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
      expect(r.stderr).toMatch(args[1].endsWith(':1') ? /^dechaff: cannot connect to Redis at redis:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/ : /^dechaff: /);
    }
  });

  it('exits 2 on a missing --redis or --queue (usage)', () => {
    const noQueue = run(['worker', '--redis', server().url], { cwd: ROOT, env: { DECHAFF_REDIS: '' } });
    expect(noQueue.status).toBe(2);
    expect(noQueue.stderr).toMatch(/--queue NAME is required/);
    const noRedis = run(['worker', '--queue', 'x'], { cwd: ROOT, env: { DECHAFF_REDIS: undefined } });
    expect(noRedis.status).toBe(2);
    expect(noRedis.stderr).toMatch(/--redis URL is required/);
  });
});
