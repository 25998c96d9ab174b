/**
 * The library's queue functions fail with a DechaffError naming what is wrong: a document that is
 * neither a string nor an object, a bad option, a queue name BullMQ cannot take, a bad URL, a
 * Redis that cannot be reached (within seconds, not hanging).
 */
import { expect, it } from 'vitest';
import { enqueue, startWorker } from '../../src/queue/index.js';
import { describeWithRedis, useRedis } from './helpers.js';

describeWithRedis('bad input to the queue functions', () => {
  const server = useRedis();

  it('rejects what is not a document, bad options and names', async () => {
    await expect(enqueue([42 as unknown as string], { redis: server().url, queue: 'bad' })).rejects.toMatchObject({ name: 'DechaffError', code: 'E_INPUT' });
    await expect(enqueue([['an array']] as unknown as string[], { redis: server().url, queue: 'bad' })).rejects.toMatchObject({ code: 'E_INPUT' });
    await expect(enqueue([{ url: null, text: 'x' }], { redis: server().url, queue: 'bad', id: 'url' })).rejects.toMatchObject({ code: 'E_INPUT' });
    await expect(enqueue(['x'], { redis: server().url, queue: 'bad', attempts: 0 })).rejects.toMatchObject({ code: 'E_OPTIONS' });
    await expect(enqueue(['x'], { redis: server().url, queue: 'a:b' })).rejects.toMatchObject({ code: 'E_QUEUE' });
    await expect(startWorker({ redis: server().url, queue: 'bad', concurrency: 0 })).rejects.toMatchObject({ code: 'E_OPTIONS' });
  });

  it('rejects a URL that is not a Redis URL', async () => {
    await expect(enqueue(['x'], { redis: 'http://127.0.0.1:6379', queue: 'q' })).rejects.toMatchObject({ code: 'E_QUEUE', message: expect.stringMatching(/not a Redis URL/) });
    await expect(startWorker({ redis: 'not a url', queue: 'q' })).rejects.toMatchObject({ code: 'E_QUEUE' });
  });

  it('fails within seconds when Redis cannot be reached, without a password in the message', async () => {
    const start = Date.now();
    await expect(enqueue(['x'], { redis: 'redis://:secret@127.0.0.1:1', queue: 'q' })).rejects.toMatchObject({ code: 'E_QUEUE', message: expect.stringMatching(/^cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1: .*ECONNREFUSED/) });
    await expect(startWorker({ redis: 'redis://127.0.0.1:1', queue: 'q' })).rejects.toMatchObject({ code: 'E_QUEUE' });
    expect(Date.now() - start).toBeLessThan(10_000);
  });
});
