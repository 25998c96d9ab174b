/**
 * Every tunable of the distributed queue (`dechaff/queue`, `dechaff worker`), named in one place
 * with why it has its value. Times are in milliseconds.
 */
export const QUEUE_TUNABLES = {
  /** Tries per document. clean() is deterministic, so a document that fails because of its
   * content fails every time; retries are for transient faults (a Redis blip, a worker killed by
   * the OOM killer or a deploy). Three tries ride out a blip without letting a poison document
   * burn much work before it reaches the dead-letter queue. */
  attempts: 3,
  /** First retry delay; BullMQ's exponential backoff doubles it (1 s, 2 s, …), which spans a
   * Redis restart or a replica failover (a few seconds) within the three tries. */
  backoffMs: 1_000,
  /** Jobs a worker process runs at once. clean() is synchronous CPU work, so more jobs do not add
   * cores; a few in flight hide the Redis round-trips (fetch, result write, completion, each
   * ~0.2–1 ms) behind the cleaning of the next document. More processes add cores. */
  concurrency: 4,
  /** How long a worker's lock on a job lasts without renewal (BullMQ renews it every half of
   * this while the job runs). When a worker dies, its jobs go back to the queue once the lock
   * has expired and a stalled check has run. BullMQ's default: far above the time clean() takes
   * even for a 1 MB document (about a second). */
  lockDurationMs: 30_000,
  /** How often each worker looks for stalled jobs (locks expired). BullMQ's default; a dead
   * worker's jobs are retried within lockDurationMs + 2 × stalledIntervalMs (about 90 s). */
  stalledIntervalMs: 30_000,
  /** A job may stall (its worker die under it) this many times and still be retried; one more
   * and it fails into the dead-letter queue. Two, not BullMQ's default of one: a crash of two
   * workers during one deploy should not cost a document, while a document that kills every
   * worker that touches it (out of memory) must stop going round. */
  maxStalledCount: 2,
  /** Time to open the TCP connection to Redis. A worker pointed at a wrong host or port says so
   * in seconds instead of hanging. */
  connectTimeoutMs: 5_000,
  /** Connection attempts before giving up at start (each after connectRetryDelayMs): a Redis
   * that is restarting gets about a second; a wrong address fails at once with a clear error. */
  connectRetries: 3,
  /** Pause between the connection attempts at start. */
  connectRetryDelayMs: 300,
  /** Once running, a lost connection is retried for ever, the pause growing by this much per
   * attempt … */
  reconnectStepMs: 200,
  /** … up to this: a Redis restart is noticed within seconds without hammering a Redis that is
   * down for longer. */
  reconnectMaxDelayMs: 5_000,
  /** Approximate cap (`XADD MAXLEN ~`) of the results log stream, which holds only job ids (the
   * results are in the hash): a consumer more than this many results behind reads the hash
   * instead. 100,000 entries are a few MB of Redis memory. */
  resultsLogMaxLength: 100_000,
  /** Failed jobs BullMQ keeps in its own failed set. The dead-letter hash keeps every failed
   * document; BullMQ's set is only for its dashboards, so it is bounded. */
  failedJobsKept: 1_000,
  /** Documents per `addBulk` call of enqueue(): one round-trip for many documents while keeping
   * each Redis command (and the client's memory for it) bounded. */
  addBatchSize: 500,
  /** Hexadecimal characters of SHA-256 in a job id: 128 bits, so two different documents never
   * share an id in practice, in keys half the length of the full hash. */
  jobIdHexChars: 32,
  /** How long `dechaff worker`, asked to stop, waits for its active jobs to finish before exiting
   * anyway (their locks then expire and another worker retries them). Cleaning takes
   * milliseconds; this is for a Redis that went away during the shutdown. */
  shutdownTimeoutMs: 10_000,
  /** Results read per HSCAN call by `results()`: large enough to read a million results in a
   * thousand round-trips, small enough not to block Redis for long on one call. */
  scanCount: 1_000,
} as const;
