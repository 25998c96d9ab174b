import { createHash } from 'node:crypto';
import type { ConnectionOptions, RedisClient } from 'bullmq';
import { DechaffError } from '../index.js';
import { QUEUE_TUNABLES } from './tunables.js';

// What the queue and the worker share: document and result shapes, Redis key names, job ids,
// connection settings. bullmq is only ever loaded through loadBullmq(), so that importing this
// module (and the CLI, for every command but `worker`) does not pay for it.

/** A document: its text, or a record (any JSON object) whose `field` holds the text. */
export type QueueDocument = string | Record<string, unknown>;

/** The data of one job, as stored in BullMQ. */
export interface QueueJobData {
  /** The document. */
  doc: QueueDocument;
  /** The caller's id for it (a URL, a database key), when enqueue() was given one. */
  id?: string;
}

/** One document's result, as the worker writes it (once) into the results hash. */
export interface QueueResult {
  /** The job id (derived from `id`, or from the document's content). */
  jobId: string;
  /** The caller's id, when there was one. */
  id?: string;
  /** The cleaned document: the cleaned text, or the record with its `outField` set to it. */
  doc: QueueDocument;
  /** With `labels`: the removed blocks and the language (as `dechaff jsonl --labels`). */
  labels?: { removed: Array<{ line: number; label: string; score: number; reasons: string[] }>; language: string };
  /** The worker that cleaned it (`host:pid` unless named). */
  worker: string;
}

/** A document that failed on its last attempt, as kept in the dead-letter hash. */
export interface DeadLetter {
  /** The job id. */
  jobId: string;
  /** The caller's id, when there was one. */
  id?: string;
  /** The document, unchanged. */
  doc: QueueDocument;
  /** Why the last attempt failed. */
  error: string;
  /** Attempts made. */
  attempts: number;
  /** When it failed (ms since the epoch). */
  failedAt: number;
  /** The worker that saw the last failure. */
  worker: string;
}

/** Where a queue's jobs and results live. */
export interface QueueTarget {
  /**
   * Redis: a URL (`redis://[user:password@]host:port[/db]`, `rediss://` for TLS) or ioredis
   * connection options as BullMQ takes them.
   */
  redis: string | ConnectionOptions;
  /** The queue's name (no `:`). */
  queue: string;
  /**
   * Prefix of every Redis key, BullMQ's and dechaff's. Default `dechaff`. Two deployments on one
   * Redis keep apart by prefix or by queue name.
   */
  prefix?: string;
}

/** The Redis keys of a queue, besides BullMQ's own (`<prefix>:<queue>:wait`, …). */
export interface QueueKeys {
  /** Hash: job id → QueueResult JSON, each written once (HSETNX). */
  results: string;
  /** Stream: one entry `{ job, id? }` per result written, in order, for consumers to tail (XREAD). */
  resultsLog: string;
  /** Hash: job id → DeadLetter JSON. */
  dead: string;
}

/** The default key prefix. */
export const DEFAULT_PREFIX = 'dechaff';

/**
 * The Redis keys where a queue's results and dead letters are.
 *
 * @param queue the queue's name
 * @param prefix the key prefix (default `dechaff`)
 * @returns the key names
 */
export function queueKeys(queue: string, prefix: string = DEFAULT_PREFIX): QueueKeys {
  const base = `${prefix}:${queue}`;
  return { results: `${base}:results`, resultsLog: `${base}:results:log`, dead: `${base}:dead` };
}

/**
 * The job id of a document: from the caller's id when given, else from the document's content
 * (its JSON), so that enqueuing the same document twice names the same job. A hash, so that any
 * caller id (a URL with colons, a number) makes a valid BullMQ id; `d` first, so it is never an
 * integer (which BullMQ refuses).
 *
 * @param doc the document
 * @param id the caller's id, if any
 * @returns the job id: `d` and 32 hexadecimal characters
 */
export function jobIdFor(doc: QueueDocument, id?: string): string {
  const source = id !== undefined ? `id\u0000${id}` : `doc\u0000${JSON.stringify(doc)}`;
  return `d${createHash('sha256').update(source).digest('hex').slice(0, QUEUE_TUNABLES.jobIdHexChars)}`;
}

/**
 * Check a queue target's names (not the connection).
 *
 * @param target the target
 * @returns the prefix to use
 * @throws DechaffError `E_QUEUE` for a bad queue name or prefix
 */
export function checkTarget(target: QueueTarget): string {
  const prefix = target.prefix ?? DEFAULT_PREFIX;
  if (typeof target.queue !== 'string' || target.queue === '' || target.queue.includes(':')) {
    throw new DechaffError('E_QUEUE', `the queue name must be a non-empty string without ":"; got ${JSON.stringify(target.queue)}`);
  }
  if (typeof prefix !== 'string' || prefix === '') throw new DechaffError('E_QUEUE', 'the key prefix must be a non-empty string');
  return prefix;
}

/** Connection state shared by a connection's retry strategy: strict at start, patient after. */
export interface ConnectionState {
  /** Set once the first connection succeeded. */
  started: boolean;
}

/**
 * BullMQ connection options for a Redis URL or options: a bounded connect at start (a wrong
 * address fails in seconds), then reconnection for ever with a growing pause.
 *
 * @param redis a URL or connection options
 * @param state flipped to `started` by the caller once connected
 * @param forWorker a worker's connection (BullMQ wants `maxRetriesPerRequest: null` there)
 * @returns the options
 * @throws DechaffError `E_QUEUE` for a malformed URL
 */
export function connectionFor(redis: string | ConnectionOptions, state: ConnectionState, forWorker: boolean): ConnectionOptions {
  const retryStrategy = (times: number): number | null => {
    if (state.started) return Math.min(times * QUEUE_TUNABLES.reconnectStepMs, QUEUE_TUNABLES.reconnectMaxDelayMs);
    return times > QUEUE_TUNABLES.connectRetries ? null : QUEUE_TUNABLES.connectRetryDelayMs;
  };
  const base = { connectTimeout: QUEUE_TUNABLES.connectTimeoutMs, retryStrategy, ...(forWorker && { maxRetriesPerRequest: null }) };
  if (typeof redis === 'string') {
    checkRedisUrl(redis);
    return { ...base, url: redis };
  }
  if (redis === null || typeof redis !== 'object') throw new DechaffError('E_QUEUE', '"redis" must be a redis:// URL or connection options');
  if (typeof (redis as { duplicate?: unknown }).duplicate === 'function') return redis; // a client instance: used as it is
  return { ...base, ...(redis as object) } as ConnectionOptions;
}

/**
 * Check that a string is a Redis URL.
 *
 * @param url the string
 * @throws DechaffError `E_QUEUE` naming what is wrong
 */
export function checkRedisUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DechaffError('E_QUEUE', `not a Redis URL: ${JSON.stringify(redactUrl(url))} (expected redis://host:port or rediss://host:port)`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new DechaffError('E_QUEUE', `not a Redis URL: ${JSON.stringify(redactUrl(url))} (the scheme must be redis:// or rediss://)`);
  }
  if (parsed.hostname === '') throw new DechaffError('E_QUEUE', `not a Redis URL: ${JSON.stringify(redactUrl(url))} (no host)`);
}

/**
 * Where a connection goes, for messages: the URL without its password.
 *
 * @param redis a URL or connection options
 * @returns e.g. `redis://127.0.0.1:6379`
 */
export function describeRedis(redis: string | ConnectionOptions): string {
  if (typeof redis === 'string') return redactUrl(redis);
  const o = redis as { host?: string; port?: number; path?: string };
  if (o.path) return o.path;
  return `${o.host ?? 'localhost'}:${o.port ?? 6379}`;
}

function redactUrl(url: string): string {
  return url.replace(/^(rediss?:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}

/**
 * The error for a connection that could not be made at start.
 *
 * @param redis where it went
 * @param cause the client's error
 * @returns a DechaffError `E_QUEUE`
 */
export function unreachable(redis: string | ConnectionOptions, cause: unknown): DechaffError {
  const why = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  return new DechaffError('E_QUEUE', `cannot connect to Redis at ${describeRedis(redis)}: ${why || 'connection closed'}`);
}

/** The bullmq module, loaded on first use. */
export type Bullmq = typeof import('bullmq');

let bullmq: Promise<Bullmq> | undefined;

/**
 * Load bullmq (once). Dynamic, so that nothing pays for it until a queue or worker is opened.
 *
 * @returns the module
 */
export function loadBullmq(): Promise<Bullmq> {
  bullmq ??= import('bullmq');
  return bullmq;
}

/**
 * Open a BullMQ `Queue` and wait until Redis answers. A Queue fails cleanly when Redis cannot be
 * reached (a `Worker` that fails to connect leaves a rejected promise behind), so both the
 * enqueuing side and the worker connect through one first.
 *
 * @param name the queue's name
 * @param connection its connection options (see `connectionFor`)
 * @param prefix the key prefix
 * @param redis where it goes, for the error message
 * @param state set to started once connected
 * @param onError told of the client's errors after that
 * @returns the queue and its Redis client
 * @throws DechaffError `E_QUEUE` naming Redis and the cause, the queue closed
 */
export async function openQueue(
  name: string,
  connection: ConnectionOptions,
  prefix: string,
  redis: string | ConnectionOptions,
  state: ConnectionState,
  onError?: (e: Error) => void,
): Promise<{ queue: import('bullmq').Queue<QueueJobData>; client: RedisClient }> {
  const { Queue } = await loadBullmq();
  const queue = new Queue<QueueJobData>(name, { connection, prefix });
  let lastError: unknown;
  queue.on('error', (e: Error) => {
    lastError = e;
    if (state.started) onError?.(e);
  });
  let client: RedisClient;
  try {
    client = await queue.waitUntilReady();
  } catch (e) {
    await queue.close().catch(() => {});
    throw unreachable(redis, lastError ?? e);
  }
  state.started = true;
  return { queue, client };
}

/** The few raw ioredis commands used beyond BullMQ's client interface (the client forwards them). */
export interface RawCommands {
  hlen(key: string): Promise<number>;
  hscan(key: string, cursor: string, count: 'COUNT', n: number): Promise<[string, string[]]>;
}

/**
 * A BullMQ client seen with the raw commands it forwards to ioredis.
 *
 * @param client BullMQ's client
 * @returns the same client, typed for the raw commands
 */
export function raw(client: RedisClient): RedisClient & RawCommands {
  return client as RedisClient & RawCommands;
}

/**
 * Define a Lua script on a client once, and run it.
 *
 * @param client the client
 * @param name the command's name
 * @param keys how many KEYS the script takes
 * @param lua the script
 * @param args KEYS, then ARGV
 * @returns the script's reply
 */
export async function runScript(client: RedisClient, name: string, keys: number, lua: string, args: Array<string | number>): Promise<unknown> {
  const defined = DEFINED.get(client) ?? new Set<string>();
  if (!defined.has(name)) {
    client.defineCommand(name, { numberOfKeys: keys, lua });
    defined.add(name);
    DEFINED.set(client, defined);
  }
  return client.runCommand(name, args);
}

const DEFINED = new WeakMap<RedisClient, Set<string>>();

/**
 * Scan a hash whose values are JSON.
 *
 * @param client the client
 * @param key the hash
 * @returns field → parsed value
 */
export async function scanJsonHash<T>(client: RedisClient, key: string): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  let cursor = '0';
  do {
    const [next, flat] = await raw(client).hscan(key, cursor, 'COUNT', QUEUE_TUNABLES.scanCount);
    for (let i = 0; i + 1 < flat.length; i += 2) out.set(flat[i], JSON.parse(flat[i + 1]) as T);
    cursor = next;
  } while (cursor !== '0');
  return out;
}
