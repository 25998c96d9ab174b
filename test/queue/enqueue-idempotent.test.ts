/**
 * enqueue() is idempotent: the same document (by caller id, or by content when there is none)
 * makes one job however often it is enqueued, and a document whose result is written is not
 * queued again.
 */
import { expect, it } from 'vitest';
import { createQueue, enqueue, jobIdFor, startWorker } from '../../src/queue/index.js';
import { describeWithRedis, useRedis, waitFor } from './helpers.js';

describeWithRedis('enqueue() is idempotent', () => {
  const server = useRedis();

  it('makes one job per document, by content or by caller id', async () => {
    const docs = ['first article\n\nbody text', 'second article\n\nbody text', { url: 'https://a.example/1', text: 'third' }];
    const one = await enqueue(docs, { redis: server().url, queue: 'idem' });
    const two = await enqueue([...docs, ...docs], { redis: server().url, queue: 'idem' });
    expect(two.jobIds).toEqual([...one.jobIds, ...one.jobIds]);
    expect(one.jobIds[0]).toBe(jobIdFor(docs[0]));
    expect(one.jobIds[0]).toMatch(/^d[0-9a-f]{32}$/);

    // By caller id: a changed text of the same URL is the same job.
    const byId = await enqueue([{ url: 'https://a.example/1', text: 'v1' }, { url: 'https://a.example/1', text: 'v2' }], { redis: server().url, queue: 'idem-id', id: 'url' });
    expect(byId.jobIds[0]).toBe(byId.jobIds[1]);
    expect(byId.jobIds[0]).toBe(jobIdFor('ignored', 'https://a.example/1'));

    const q = await createQueue({ redis: server().url, queue: 'idem' });
    const q2 = await createQueue({ redis: server().url, queue: 'idem-id' });
    try {
      expect((await q.counts()).waiting).toBe(3);
      expect((await q2.counts()).waiting).toBe(1);
    } finally {
      await q.close();
      await q2.close();
    }
  });

  it('does not queue a document again once its result is written', async () => {
    const docs = Array.from({ length: 20 }, (_, i) => `Report ${i}: the council met on Tuesday and approved the budget for the new library.`);
    const q = await createQueue({ redis: server().url, queue: 'again' });
    const worker = await startWorker({ redis: server().url, queue: 'again', concurrency: 2 });
    try {
      const first = await q.add(docs);
      expect(first.done).toBe(0);
      await waitFor('the results', async () => (await q.counts()).results === docs.length);
      const again = await q.add(docs);
      expect(again.done).toBe(docs.length);
      expect(again.jobIds).toEqual(first.jobIds);
      expect(await q.counts()).toMatchObject({ waiting: 0, active: 0, results: docs.length });
      expect(worker.stats).toMatchObject({ cleaned: docs.length, duplicates: 0 });
    } finally {
      await worker.close();
      await q.close();
    }
  });
});
