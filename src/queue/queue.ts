import type { JobsOptions } from 'bullmq';
import { DechaffError } from '../index.js';
import {
  checkTarget,
  connectionFor,
  jobIdFor,
  openQueue,
  queueKeys,
  raw,
  scanJsonHash,
  type DeadLetter,
  type QueueDocument,
  type QueueJobData,
  type QueueResult,
  type QueueTarget,
} from './common.js';
import { QUEUE_TUNABLES } from './tunables.js';

/** Options of createQueue() and enqueue(). */
export interface QueueOptions extends QueueTarget {
  /**
   * The caller's id of each document, from which its job id is derived: a field name of record
   * documents (`'url'`), or a function. Without it (or when it gives `undefined`), the job id is
   * a hash of the document's content. Either way, enqueuing the same document twice makes one job.
   */
  id?: string | ((doc: QueueDocument, index: number) => string | number | undefined);
  /** Tries per document before it goes to the dead-letter queue. Default 3 (QUEUE_TUNABLES). */
  attempts?: number;
  /** First retry delay in ms, doubled at each retry. Default 1000 (QUEUE_TUNABLES). */
  backoffMs?: number;
}

/** What enqueue() did. */
export interface EnqueueResult {
  /** The job id of each document, in input order (look results up by them). */
  jobIds: string[];
  /** Documents whose result was already there: not enqueued again. */
  done: number;
}

/** The queue's size and results, as `counts()` reports them. */
export interface QueueCounts {
  /** Jobs waiting (or delayed before a retry). */
  waiting: number;
  /** Jobs being cleaned. */
  active: number;
  /** Results written. */
  results: number;
  /** Documents in the dead-letter queue. */
  dead: number;
}

/** An open queue: add documents, read results. Close it when done. */
export interface DechaffQueue {
  /** The queue's name. */
  readonly name: string;
  /**
   * Add documents. Idempotent: a document whose job is still in the queue, or whose result is
   * already written, is not added again.
   *
   * @param docs texts, or records with the text in the workers' `field`
   * @returns the job ids and how many were already done
   */
  add(docs: Iterable<QueueDocument>): Promise<EnqueueResult>;
  /**
   * Read results.
   *
   * @param jobIds these (missing ones are left out), or all (scanned in batches) when omitted
   * @returns job id → result
   */
  results(jobIds?: readonly string[]): Promise<Map<string, QueueResult>>;
  /**
   * Read the dead-letter queue.
   *
   * @returns job id → dead letter
   */
  deadLetters(): Promise<Map<string, DeadLetter>>;
  /**
   * Count jobs, results and dead letters.
   *
   * @returns the counts
   */
  counts(): Promise<QueueCounts>;
  /** Close the connection. */
  close(): Promise<void>;
}

/**
 * Open a queue for adding documents and reading results (one Redis connection, reused).
 *
 * ```ts
 * const q = await createQueue({ redis: 'redis://127.0.0.1:6379', queue: 'pages', id: 'url' });
 * await q.add([{ url, text }]);
 * await q.close();
 * ```
 *
 * @param options where, and the job settings
 * @returns the open queue
 * @throws DechaffError `E_QUEUE` for a bad URL or queue name, or when Redis cannot be reached;
 *   `E_OPTIONS` for bad attempts/backoff
 */
export async function createQueue(options: QueueOptions): Promise<DechaffQueue> {
  const prefix = checkTarget(options);
  const attempts = options.attempts ?? QUEUE_TUNABLES.attempts;
  const backoffMs = options.backoffMs ?? QUEUE_TUNABLES.backoffMs;
  if (!Number.isInteger(attempts) || attempts < 1) throw new DechaffError('E_OPTIONS', `"attempts" must be a whole number ≥ 1; got ${String(attempts)}`);
  if (!Number.isFinite(backoffMs) || backoffMs < 0) throw new DechaffError('E_OPTIONS', `"backoffMs" must be a number ≥ 0; got ${String(backoffMs)}`);
  const idOf = idFunction(options.id);
  const state = { started: false };
  const connection = connectionFor(options.redis, state, false);
  const { queue, client } = await openQueue(options.queue, connection, prefix, options.redis, state);
  const keys = queueKeys(options.queue, prefix);
  const jobOptions: JobsOptions = {
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
    // The result is in the results hash, so a completed job has nothing left to keep.
    removeOnComplete: true,
    removeOnFail: { count: QUEUE_TUNABLES.failedJobsKept },
  };

  return {
    name: options.queue,
    async add(docs) {
      const jobIds: string[] = [];
      let done = 0;
      let batch: Array<{ jobId: string; data: QueueJobData }> = [];
      const flush = async (): Promise<void> => {
        if (batch.length === 0) return;
        // Documents already cleaned are not queued again (the job of a finished document is
        // gone, its result is not). BullMQ itself ignores a job id that is still queued.
        const existing = await client.hmget(keys.results, ...batch.map((b) => b.jobId));
        const fresh = batch.filter((_, i) => existing[i] === null);
        done += batch.length - fresh.length;
        if (fresh.length > 0) await queue.addBulk(fresh.map((b) => ({ name: 'clean', data: b.data, opts: { ...jobOptions, jobId: b.jobId } })));
        batch = [];
      };
      let index = 0;
      for (const doc of docs) {
        checkDocument(doc, index);
        const id = idOf(doc, index);
        const jobId = jobIdFor(doc, id);
        jobIds.push(jobId);
        batch.push({ jobId, data: id === undefined ? { doc } : { doc, id } });
        if (batch.length >= QUEUE_TUNABLES.addBatchSize) await flush();
        index++;
      }
      await flush();
      return { jobIds, done };
    },
    async results(jobIds) {
      if (jobIds === undefined) return scanJsonHash<QueueResult>(client, keys.results);
      const out = new Map<string, QueueResult>();
      for (let i = 0; i < jobIds.length; i += QUEUE_TUNABLES.scanCount) {
        const slice = jobIds.slice(i, i + QUEUE_TUNABLES.scanCount);
        if (slice.length === 0) continue;
        const values = await client.hmget(keys.results, ...slice);
        values.forEach((v, j) => {
          if (v !== null) out.set(slice[j], JSON.parse(v) as QueueResult);
        });
      }
      return out;
    },
    deadLetters() {
      return scanJsonHash<DeadLetter>(client, keys.dead);
    },
    async counts() {
      const c = await queue.getJobCounts('waiting', 'delayed', 'prioritized', 'waiting-children', 'active');
      return {
        waiting: (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0) + (c['waiting-children'] ?? 0),
        active: c.active ?? 0,
        results: await raw(client).hlen(keys.results),
        dead: await raw(client).hlen(keys.dead),
      };
    },
    async close() {
      await queue.close();
    },
  };
}

/**
 * Add documents to a queue for `dechaff worker` processes to clean: opens a connection, adds,
 * closes. Idempotent (see createQueue). For many calls, keep a queue open with createQueue().
 *
 * ```ts
 * import { enqueue } from 'dechaff/queue';
 * await enqueue([{ url, text }], { redis: 'redis://127.0.0.1:6379', queue: 'pages', id: 'url' });
 * ```
 *
 * @param docs texts, or records with the text in the workers' `field`
 * @param options where, and the job settings
 * @returns the job ids and how many documents were already done
 * @throws DechaffError `E_QUEUE` (bad URL or name, Redis unreachable), `E_INPUT` (a document that
 *   is neither a string nor an object, or an id that is not a string or number)
 */
export async function enqueue(docs: Iterable<QueueDocument>, options: QueueOptions): Promise<EnqueueResult> {
  const queue = await createQueue(options);
  try {
    return await queue.add(docs);
  } finally {
    await queue.close();
  }
}

function idFunction(id: QueueOptions['id']): (doc: QueueDocument, index: number) => string | undefined {
  if (id === undefined) return () => undefined;
  const get: (doc: QueueDocument, index: number) => unknown =
    typeof id === 'function' ? id : typeof id === 'string' ? (doc) => (typeof doc === 'object' ? doc[id] : undefined) : badIdOption(id);
  return (doc, index) => {
    const v = get(doc, index);
    if (v === undefined) return undefined;
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return String(v);
    throw new DechaffError('E_INPUT', `document ${index}: its id must be a string or a number; got ${v === null ? 'null' : typeof v}`);
  };
}

function badIdOption(id: unknown): never {
  throw new DechaffError('E_OPTIONS', `"id" must be a field name or a function; got ${typeof id}`);
}

function checkDocument(doc: unknown, index: number): void {
  if (typeof doc === 'string') return;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new DechaffError('E_INPUT', `document ${index}: expected a string or an object; got ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc}`);
  }
}
