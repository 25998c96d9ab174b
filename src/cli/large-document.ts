import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Cleaner, CleanerOptions, NaiveBayes } from '../index.js';
import { checkDocument, type CheckDocumentOptions, type DocumentCheck } from './document.js';
import { InputError } from './io.js';
import { forThread, type ThreadCleanerOptions } from './thread-cleaner.js';

/**
 * Documents longer than this (UTF-16 code units, ~4–12 MB of UTF-8) are checked in a worker thread.
 * `clean()` holds about 12–15 bytes of heap per byte of a document at its peak, and up to ~30 on a
 * page of many short lines (measured: a 30 MB document of the dev composites needs a heap of
 * 390–450 MB, one of whole Chinese pages 850–1,050 MB); a document that does not fit aborts
 * Node with a native stack trace, which no `try` catches. In a worker thread the same exhaustion
 * ends the thread with `ERR_WORKER_OUT_OF_MEMORY`, which the command reports as one line. Under
 * this size a document is checked in process: a thread costs 75–100 ms to start and load the
 * library and its model (2–4 % of cleaning a document of this size), and most inputs are small.
 * Such a document needs a heap of up to ~150 MB, ~300 MB for Chinese pages of short lines (9 MB
 * of UTF-8), which Node's default heap holds; under a heap made smaller than that
 * (`--max-old-space-size`) it can still abort Node.
 */
export const WORKER_DOCUMENT_UNITS = 4_000_000;

/** What the document worker (src/cli/document-worker.ts) gets: the cleaner's options as they
 * cross threads (`forThread`), the document and how to check it. */
export interface DocumentWorkerData extends ThreadCleanerOptions {
  text: string;
  /** Build the Markdown cleaner (`markdown: true`), as `cleanersByFormat` does. */
  markdownCleaner: boolean;
  check: CheckDocumentOptions;
}

/** What a command checks one document with. */
export interface DocumentChecker {
  /** The cleaner options, and `--model` when given. */
  options: CleanerOptions;
  model?: NaiveBayes;
  /** The command's cleaners, by whether the document is read as Markdown. */
  cleanerFor: (markdown: boolean) => Cleaner;
}

/**
 * `checkDocument`, in a worker thread for a document longer than `WORKER_DOCUMENT_UNITS`.
 *
 * @param name the file (or `<stdin>`), for the error
 * @param text the document
 * @param checker the command's cleaner options and cleaners
 * @param markdownCleaner read as Markdown
 * @param check the check's options
 * @returns the check
 * @throws InputError when the document does not fit in Node's heap
 */
export async function checkInput(name: string, text: string, checker: DocumentChecker, markdownCleaner: boolean, check: CheckDocumentOptions): Promise<DocumentCheck> {
  const worker = text.length > WORKER_DOCUMENT_UNITS ? workerFile() : undefined;
  // Without the worker's file (the sources run directly, not the build), in process.
  if (worker === undefined) return checkDocument(text, checker.cleanerFor(markdownCleaner), check);
  const workerData: DocumentWorkerData = { ...forThread(checker.options, checker.model), text, markdownCleaner, check };
  // Loaded only now: most runs never start a thread.
  const { Worker } = await import('node:worker_threads');
  const outcome = await new Promise<{ result: DocumentCheck } | { error: Error & { code?: string } }>((resolve) => {
    const thread = new Worker(worker, { workerData });
    let result: DocumentCheck | undefined;
    let error: (Error & { code?: string }) | undefined;
    thread.once('message', (m: DocumentCheck) => (result = m));
    // 'error' comes before 'exit'; the outcome is settled when the thread has ended.
    thread.once('error', (e: Error & { code?: string }) => (error = e));
    thread.once('exit', () => resolve(result ? { result } : { error: error ?? new Error(`${name}: the document's thread ended without a result`) }));
  });
  if ('result' in outcome) return outcome.result;
  if (outcome.error.code === 'ERR_WORKER_OUT_OF_MEMORY') throw new InputError(name, await tooLarge(text));
  throw outcome.error;
}

/** Why a document was not checked: it did not fit in the heap (node:v8 is loaded only here). */
async function tooLarge(text: string): Promise<string> {
  const { getHeapStatistics } = await import('node:v8');
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const mb = (n: number): string => Math.round(n / 1e6).toLocaleString('en-US');
  return `too large to clean as one document: ${mb(Buffer.byteLength(text))} MB in ${lines.toLocaleString('en-US')} lines ran out of memory (Node's heap limit here is ${mb(getHeapStatistics().heap_size_limit)} MB); split it into documents (one record each for "dechaff jsonl"), or give Node more memory (NODE_OPTIONS=--max-old-space-size=<MB>)`;
}

/** The worker's file next to the CLI's (dist/document-worker.js), or undefined when absent. */
function workerFile(): URL | undefined {
  const url = new URL('./document-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}
