import os from 'node:os';
import type { Job, RedisClient, Worker } from 'bullmq';
import { createCleaner, DechaffError, type Cleaner, type CleanerOptions } from '../index.js';
import { render } from '../segment.js';
import { labelsOf } from '../stream/json-line.js';
import {
  checkTarget,
  connectionFor,
  describeRedis,
  loadBullmq,
  openQueue,
  queueKeys,
  runScript,
  type DeadLetter,
  type QueueJobData,
  type QueueResult,
  type QueueTarget,
} from './common.js';
import { QUEUE_TUNABLES } from './tunables.js';

/** Options of startWorker(). */
export interface WorkerOptions extends QueueTarget {
  /** The cleaner (built once, shared by the jobs). Default: createCleaner(cleanerOptions). */
  cleaner?: Cleaner;
  /** Options for the default cleaner. */
  cleanerOptions?: CleanerOptions;
  /** The field of record documents holding the text. Default `text`. */
  field?: string;
  /** Where the cleaned text goes in record documents. Default: back into `field`. */
  outField?: string;
  /** Add the removed blocks and the language to each result (`labels`). */
  labels?: boolean;
  /** Jobs run at once in this process. Default 4 (QUEUE_TUNABLES). */
  concurrency?: number;
  /** Lock duration of a job, ms. Default 30 s (QUEUE_TUNABLES). */
  lockDurationMs?: number;
  /** Interval of the stalled-job check, ms. Default 30 s (QUEUE_TUNABLES). */
  stalledIntervalMs?: number;
  /** Stalls a job survives. Default 2 (QUEUE_TUNABLES). */
  maxStalledCount?: number;
  /** The worker's name in results and dead letters. Default `host:pid`. */
  name?: string;
  /** Stop (resolve `closed`) once the worker finds the queue empty. */
  untilEmpty?: boolean;
  /** Called on errors while running (a lost connection: the worker reconnects by itself). */
  onError?: (error: Error) => void;
}

/** What a worker has done. */
export interface WorkerStats {
  /** Results written by this worker. */
  cleaned: number;
  /** Jobs whose result was already written (a retry after a stall, a re-enqueued document). */
  duplicates: number;
  /** Failed attempts. */
  failed: number;
  /** Documents this worker moved to the dead-letter queue. */
  dead: number;
}

/** A running worker. */
export interface DechaffWorker {
  /** Counts so far. */
  readonly stats: Readonly<WorkerStats>;
  /** Resolves when the worker has stopped (close(), or `untilEmpty` and the queue empty). */
  readonly closed: Promise<void>;
  /**
   * Stop: take no more jobs, let the active ones finish (with `force`: leave them to be retried
   * elsewhere once their locks expire), close the connections. Later calls return the first
   * call's promise.
   *
   * @param force do not wait for the active jobs
   */
  close(force?: boolean): Promise<void>;
}

// Write a result once: HSETNX keeps the first result of a job id, so a job run twice (its worker
// died after writing, and another worker ran it again) still has one result; only a new result
// is appended to the log stream. KEYS: results hash, results log. ARGV: job id, result JSON,
// caller id ('' for none), the log's approximate cap.
const PUT_RESULT = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  if ARGV[3] ~= '' then
    redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[4], '*', 'job', ARGV[1], 'id', ARGV[3])
  else
    redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[4], '*', 'job', ARGV[1])
  end
  return 1
end
return 0`;

// Move a document to the dead-letter hash (once), unless it has a result after all.
// KEYS: dead hash, results hash. ARGV: job id, dead letter JSON.
const PUT_DEAD = `
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return 0 end
return redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])`;

/**
 * Start a worker that takes documents from a queue, cleans them and writes each result once.
 * Any number of workers, in any number of processes and machines, can share a queue.
 *
 * Results go to the hash `<prefix>:<queue>:results` (job id → QueueResult JSON, written with
 * HSETNX: at most one result per document however often its job runs) and, for consumers that
 * tail them, to the stream `<prefix>:<queue>:results:log`. A failed attempt is retried with
 * exponential backoff (the job's `attempts` and `backoffMs`, set by enqueue()); a document that
 * fails its last attempt, or at once when it is malformed (not a string, or a record without a
 * string `field`; or the cleaner throws a DechaffError), goes to the dead-letter hash
 * `<prefix>:<queue>:dead`.
 *
 * @param options where, how to clean, and the job settings
 * @returns the running worker, once connected
 * @throws DechaffError `E_QUEUE` for a bad URL or queue name, or when Redis cannot be reached;
 *   `E_OPTIONS` for bad options
 */
export async function startWorker(options: WorkerOptions): Promise<DechaffWorker> {
  const prefix = checkTarget(options);
  const field = options.field ?? 'text';
  const outField = options.outField ?? field;
  if (typeof field !== 'string' || field === '' || typeof outField !== 'string' || outField === '') throw new DechaffError('E_OPTIONS', '"field" and "outField" must be non-empty strings');
  const concurrency = positiveInteger(options.concurrency ?? QUEUE_TUNABLES.concurrency, 'concurrency');
  const lockDuration = positiveInteger(options.lockDurationMs ?? QUEUE_TUNABLES.lockDurationMs, 'lockDurationMs');
  const stalledInterval = positiveInteger(options.stalledIntervalMs ?? QUEUE_TUNABLES.stalledIntervalMs, 'stalledIntervalMs');
  const maxStalledCount = options.maxStalledCount ?? QUEUE_TUNABLES.maxStalledCount;
  if (!Number.isInteger(maxStalledCount) || maxStalledCount < 0) throw new DechaffError('E_OPTIONS', `"maxStalledCount" must be a whole number ≥ 0; got ${String(maxStalledCount)}`);
  const cleaner = options.cleaner ?? createCleaner(options.cleanerOptions ?? {});
  const name = options.name ?? `${os.hostname()}:${process.pid}`;
  const labels = options.labels === true;
  const keys = queueKeys(options.queue, prefix);
  const state = { started: false };
  const connection = connectionFor(options.redis, state, true);
  const stats: WorkerStats = { cleaned: 0, duplicates: 0, failed: 0, dead: 0 };
  const { Worker, UnrecoverableError } = await loadBullmq();

  /** The cleaned document, or throws UnrecoverableError for a malformed one. */
  const cleanJob = (data: QueueJobData, jobId: string): QueueResult => {
    const doc = data?.doc;
    let text: unknown = doc;
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) text = doc[field];
    if (typeof text !== 'string') {
      const what = typeof doc === 'string' || (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) ? `its field ${JSON.stringify(field)} is not a string` : 'it is neither a string nor an object';
      throw new UnrecoverableError(`malformed document: ${what}`);
    }
    let cleaned: string;
    let extra: QueueResult['labels'];
    try {
      if (labels) {
        const a = cleaner.analyze(text);
        cleaned = render(text, a.blocks, a.blocks.map((b) => !b.removed));
        extra = labelsOf(a);
      } else {
        cleaned = cleaner.clean(text);
      }
    } catch (e) {
      // A DechaffError says the input is wrong: it would fail every time. Anything else (a custom
      // rule's bug, memory) is retried.
      if (e instanceof DechaffError || (e as Error)?.name === 'DechaffError') throw new UnrecoverableError(`cleaning failed: ${(e as Error).message}`);
      throw e;
    }
    const out = typeof doc === 'string' ? cleaned : { ...doc, [outField]: cleaned };
    return { jobId, ...(data.id !== undefined && { id: data.id }), doc: out, ...(extra && { labels: extra }), worker: name };
  };

  let client: RedisClient | undefined;
  const putDead = async (job: Job<QueueJobData>, error: string, attempts: number): Promise<void> => {
    if (!client || job.id === undefined) return;
    const letter: DeadLetter = { jobId: job.id, ...(job.data?.id !== undefined && { id: job.data.id }), doc: job.data?.doc, error, attempts, failedAt: Date.now(), worker: name };
    const moved = await runScript(client, 'dechaffPutDead', 2, PUT_DEAD, [keys.dead, keys.results, job.id, JSON.stringify(letter)]);
    if (moved === 1) stats.dead++;
  };

  const processor = async (job: Job<QueueJobData>): Promise<{ written: boolean }> => {
    const jobId = job.id!;
    try {
      const result = cleanJob(job.data, jobId);
      const written = await runScript(client!, 'dechaffPutResult', 2, PUT_RESULT, [keys.results, keys.resultsLog, jobId, JSON.stringify(result), job.data.id ?? '', QUEUE_TUNABLES.resultsLogMaxLength]);
      if (written === 1) stats.cleaned++;
      else stats.duplicates++;
      return { written: written === 1 };
    } catch (e) {
      // The last attempt: the document goes to the dead-letter queue before BullMQ records the
      // failure, so that a crash in between cannot lose it (the 'failed' handler below is the
      // fallback for failures that never reach the processor, like a job stalled too often).
      const final = e instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (final) await putDead(job, (e as Error).message, job.attemptsMade + 1).catch(() => {});
      throw e;
    }
  };

  // Connect first through a Queue (see `openQueue`); its connection then writes the results and
  // dead letters, apart from the worker's blocking one.
  const opened = await openQueue(options.queue, connection, prefix, options.redis, state, options.onError);
  const writer = opened.queue;
  client = opened.client;

  const worker: Worker<QueueJobData> = new Worker<QueueJobData>(options.queue, processor, {
    connection,
    prefix,
    concurrency,
    lockDuration,
    stalledInterval,
    maxStalledCount,
    autorun: false,
    name,
  });
  worker.on('error', (e: Error) => options.onError?.(e));
  worker.on('failed', (job, e) => {
    stats.failed++;
    if (job && job.finishedOn) void putDead(job, e.message, job.attemptsMade).catch(() => {});
  });

  let closing: Promise<void> | undefined;
  const close = (force = false): Promise<void> => (closing ??= worker.close(force).then(() => writer.close()));
  if (options.untilEmpty) worker.on('drained', () => void close());
  const closed = worker.run().then(
    () => close(),
    async (e: unknown) => {
      await close().catch(() => {});
      throw new DechaffError('E_QUEUE', `the worker stopped on queue "${options.queue}" at ${describeRedis(options.redis)}: ${(e as Error).message}`);
    },
  );
  return { stats, closed, close };
}

function positiveInteger(n: number, name: string): number {
  if (!Number.isInteger(n) || n < 1) throw new DechaffError('E_OPTIONS', `"${name}" must be a whole number ≥ 1; got ${String(n)}`);
  return n;
}
