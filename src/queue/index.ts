// The `dechaff/queue` entry: a distributed queue of documents on BullMQ and Redis. enqueue()
// adds documents (for scrapers); startWorker() (and `dechaff worker`) cleans them, any number of
// workers on any number of machines sharing one queue; results are written once per document.
// Node only. bullmq is loaded on the first createQueue()/enqueue()/startWorker() call.

export { createQueue, enqueue, type QueueOptions, type EnqueueResult, type QueueCounts, type DechaffQueue } from './queue.js';
export { startWorker, type WorkerOptions, type WorkerStats, type DechaffWorker } from './worker.js';
export { jobIdFor, queueKeys, DEFAULT_PREFIX, type QueueDocument, type QueueJobData, type QueueResult, type DeadLetter, type QueueTarget, type QueueKeys } from './common.js';
export { QUEUE_TUNABLES } from './tunables.js';
