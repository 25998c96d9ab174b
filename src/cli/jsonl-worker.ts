import { workerData } from 'node:worker_threads';
import { cleanJsonLines, createJsonLineCleaner, type JsonLineOptions, type JsonLinesBatchResult } from '../stream/json-line.js';
import { threadCleaner, type ThreadCleanerOptions } from './thread-cleaner.js';

/** What `dechaff jsonl` hands each worker once, at start: the cleaner's options (see `forThread`),
 * the field names and `--labels`. */
export interface JsonlWorkerData extends ThreadCleanerOptions {
  line: JsonLineOptions;
}

/** One task: a batch of lines (`null` for a line that was not valid UTF-8). */
export interface JsonlTask {
  lines: Array<string | null>;
}

// The cleaner is built once per worker thread, when the pool loads this module.
const data = workerData as JsonlWorkerData;
const cleaner = threadCleaner(data);
const cleanLine = createJsonLineCleaner(cleaner, data.line);

/**
 * Piscina's task function: clean a batch of JSON lines.
 *
 * @param task the batch
 * @returns the output text and the rejected lines
 */
export default function cleanBatch(task: JsonlTask): JsonLinesBatchResult {
  return cleanJsonLines(task.lines, cleanLine);
}
