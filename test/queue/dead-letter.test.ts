/**
 * Failed documents are retried with backoff, and after the last attempt (or at once when
 * malformed) moved to the dead-letter hash, with the document, the error and the attempts.
 */
import { expect, it } from 'vitest';
import { createQueue, startWorker } from '../../src/queue/index.js';
import { type Cleaner, createCleaner } from '../../src/index.js';
import { describeWithRedis, useRedis, waitFor } from './helpers.js';

describeWithRedis('retries and the dead-letter queue', () => {
  const server = useRedis();

  it('retries a failing document, then dead-letters it; malformed ones at once', async () => {
    const real = createCleaner();
    const tries = new Map<string, number>();
    // FLAKY fails twice, then cleans; POISON always fails.
    const cleaner = {
      ...real,
      clean(text: string): string {
        const n = (tries.get(text) ?? 0) + 1;
        tries.set(text, n);
        if (text.startsWith('POISON')) throw new Error('the cleaner broke');
        if (text.startsWith('FLAKY') && n <= 2) throw new Error(`transient failure ${n}`);
        return real.clean(text);
      },
    } as Cleaner;
    const q = await createQueue({ redis: server().url, queue: 'dlq', attempts: 3, backoffMs: 50 });
    const worker = await startWorker({ redis: server().url, queue: 'dlq', cleaner });
    try {
      const { jobIds } = await q.add(['A plain article about the weather.', 'FLAKY article about the weather.', 'POISON article.', { title: 'no text field' }]);
      const [good, flaky, poison, malformed] = jobIds;
      await waitFor('two results and two dead letters', async () => {
        const c = await q.counts();
        return c.results === 2 && c.dead === 2;
      });
      const results = await q.results();
      expect([...results.keys()].sort()).toEqual([good, flaky].sort());
      expect(results.get(flaky)!.doc).toBe('FLAKY article about the weather.');
      expect(tries.get('FLAKY article about the weather.')).toBe(3);

      const dead = await q.deadLetters();
      expect([...dead.keys()].sort()).toEqual([poison, malformed].sort());
      expect(dead.get(poison)).toMatchObject({ doc: 'POISON article.', error: 'the cleaner broke', attempts: 3 });
      expect(tries.get('POISON article.')).toBe(3);
      expect(dead.get(malformed)).toMatchObject({ doc: { title: 'no text field' }, attempts: 1 });
      expect(dead.get(malformed)!.error).toMatch(/field "text" is not a string/);
      expect(await q.counts()).toMatchObject({ waiting: 0, active: 0 });
      expect(worker.stats).toMatchObject({ cleaned: 2, dead: 2 });
    } finally {
      await worker.close();
      await q.close();
    }
  });
});
