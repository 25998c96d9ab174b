/**
 * Two `dechaff worker` processes share a queue of N documents; one is killed with SIGKILL in the
 * middle of the run. BullMQ retries the dead worker's jobs on the other (at-least-once); the
 * result write (HSETNX, and the log entry only with a new result) makes it exactly-once in the
 * results: every document has one result, equal to clean() of it, and one log entry.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureBuilt, library } from '../cli/helpers.js';
import { recordText } from '../stream/corpus.js';
import { createQueue, type DechaffQueue, queueKeys } from '../../src/queue/index.js';
import { describeWithRedis, HAVE_REDIS, spawnWorker, useRedis, waitFor } from './helpers.js';

/** Documents in the run: enough that the kill lands well inside it. */
const N = 600;
/** Short locks and stall checks, so that the killed worker's jobs come back within seconds. */
const WORKER_FLAGS = ['--lock-duration', '2000', '--stalled-interval', '1000', '--concurrency', '4'];

/** Document i: a record with a URL and a few paragraphs (an ad in every third), unique text. */
function doc(i: number): { url: string; text: string; site: string } {
  const text = [recordText(i), recordText(i + 3), `Filed as report ${i} of the city desk, page ${i % 17}.`].join('\n\n');
  return { url: `https://news.example/${i}`, text, site: `site-${i % 5}` };
}

describeWithRedis('exactly once in the results with a worker killed mid-run', () => {
  const server = useRedis(ensureBuilt);
  let queue: DechaffQueue;
  beforeAll(async () => {
    if (HAVE_REDIS) queue = await createQueue({ redis: server().url, queue: 'kill', id: 'url' });
  }, 30_000);
  afterAll(async () => {
    await queue?.close();
  });

  it('gives every document exactly one result, equal to clean()', async () => {
    const started = Date.now();
    const { clean } = await library();
    const a = spawnWorker(server().url, 'kill', WORKER_FLAGS);
    const b = spawnWorker(server().url, 'kill', WORKER_FLAGS);
    try {
      await Promise.all([a.ready, b.ready]);
      const docs = Array.from({ length: N }, (_, i) => doc(i));
      const { jobIds } = await queue.add(docs);
      expect(new Set(jobIds).size).toBe(N);

      // Kill A once a quarter of the results are in: both workers are busy then.
      let atKill = 0;
      await waitFor('a quarter of the results', async () => (atKill = (await queue.counts()).results) >= N / 4);
      a.child.kill('SIGKILL');
      const killed = await a.exited;
      expect(killed.signal).toBe('SIGKILL');
      expect(atKill).toBeLessThan(N); // mid-run

      await waitFor('every result', async () => (await queue.counts()).results >= N, 60_000);
      // Give B a few more stall checks: a late duplicate would show up now.
      await new Promise((r) => setTimeout(r, 3_000));

      const results = await queue.results();
      expect(results.size).toBe(N);
      const byWorker = new Map<string, number>();
      docs.forEach((d, i) => {
        const r = results.get(jobIds[i]);
        expect(r, `result of document ${i}`).toBeDefined();
        expect(r!.id).toBe(d.url);
        expect(r!.doc).toEqual({ ...d, text: clean(d.text) });
        byWorker.set(r!.worker, (byWorker.get(r!.worker) ?? 0) + 1);
      });
      // Both workers cleaned documents, the survivor including those the killed one held.
      expect(byWorker.size).toBe(2);

      // The log stream has one entry per document: no duplicates there either.
      const log = await logEntries(server().url);
      expect(log.length).toBe(N);
      expect(new Set(log).size).toBe(N);

      const counts = await queue.counts();
      expect(counts).toMatchObject({ waiting: 0, active: 0, results: N, dead: 0 });

      // B stops gracefully on SIGTERM.
      b.child.kill('SIGTERM');
      const stopped = await b.exited;
      expect(stopped.code, b.stderr()).toBe(0);
      const summary = /(\d+) cleaned, (\d+) already done/.exec(b.stderr());
      process.stderr.write(
        `[exactly-once] ${N} documents, killed at ${atKill} results; results ${results.size} (by worker: ${[...byWorker.values()].join(' + ')}), ` +
          `log entries ${log.length}, duplicate results 0, survivor: ${summary?.[1]} cleaned, ${summary?.[2]} already done; ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
    } finally {
      a.child.kill('SIGKILL');
      b.child.kill('SIGKILL');
    }
  });
});

/** The job ids in the results log stream, read with a plain BullMQ connection. */
async function logEntries(url: string): Promise<string[]> {
  const { Queue } = await import('bullmq');
  const q = new Queue('kill', { connection: { url } });
  try {
    const client = (await q.client) as unknown as { xrange(key: string, start: string, end: string): Promise<Array<[string, string[]]>> };
    const entries = await client.xrange(queueKeys('kill').resultsLog, '-', '+');
    return entries.map(([, fields]) => fields[fields.indexOf('job') + 1]);
  } finally {
    await q.close();
  }
}
