import { workerData } from 'node:worker_threads';
import { createCleaner, loadModel, type CleanerOptions, type ModelJSON } from '../index.js';
import { cleanJsonLines, createJsonLineCleaner, type JsonLineOptions, type JsonLinesBatchResult } from '../stream/json-line.js';

/** What `dechaff jsonl` hands each worker once, at start. */
export interface JsonlWorkerData {
  /** The cleaner's options, without the model (a class instance does not cross threads). */
  options: CleanerOptions;
  /** The `--model` as JSON, when given. */
  model?: ModelJSON;
  /** Field names and `--labels`. */
  line: JsonLineOptions;
}

/** One task: a batch of lines (`null` for a line that was not valid UTF-8). */
export interface JsonlTask {
  lines: Array<string | null>;
}

// The cleaner is built once per worker thread, when the pool loads this module.
const data = workerData as JsonlWorkerData;
const cleaner = createCleaner({ ...data.options, ...(data.model !== undefined && { model: loadModel(data.model) }) });
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
