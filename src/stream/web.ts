import { createCleaner } from '../cleaner.js';
import { DechaffError } from '../errors.js';
import type { CleanerOptions } from '../types.js';
import { recordCleaner, type RecordTransformOptions } from './record.js';

// WHATWG streams only (the global TransformStream of browsers, Deno, edge runtimes and Node 18+):
// no Node built-ins are imported here, so this module is safe in the browser bundle.

/**
 * A web `TransformStream` that cleans documents: each chunk written is one whole document (a
 * string) and comes out cleaned, in order. Build it once and pipe many documents through; the
 * cleaner is built once.
 *
 * ```ts
 * const cleaned = documents.pipeThrough(cleanTransformStream({ sensitivity: 0.6 }));
 * ```
 *
 * @param options the cleaner's options, as for `createCleaner`
 * @returns the transform stream
 * @throws DechaffError for bad options; the stream errors (`E_INPUT`) on a chunk that is not a string
 */
export function cleanTransformStream(options: CleanerOptions = {}): TransformStream<string, string> {
  const cleaner = createCleaner(options);
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      if (typeof chunk !== 'string') throw new DechaffError('E_INPUT', `expected a string document, got ${chunk === null ? 'null' : typeof chunk}`);
      controller.enqueue(cleaner.clean(chunk));
    },
  });
}

/**
 * A web `TransformStream` that cleans one field of objects: every record comes out as a shallow
 * copy with `outField` (default: `field`) set to the cleaned text; other fields are unchanged.
 *
 * @param settings `field` (default `text`), `outField`, cleaner `options`, and what to do with
 *   `invalid` records (`error`, `skip`, `keep`)
 * @returns the transform stream
 */
export function cleanRecordTransformStream<T extends object = Record<string, unknown>>(settings: RecordTransformOptions = {}): TransformStream<T, T> {
  const fn = recordCleaner(settings);
  return new TransformStream<T, T>({
    transform(record, controller) {
      const out = fn(record);
      if (out !== undefined) controller.enqueue(out as T);
    },
  });
}

export type { RecordTransformOptions } from './record.js';
