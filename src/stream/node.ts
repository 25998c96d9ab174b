import { Transform } from 'node:stream';
import { createCleaner } from '../cleaner.js';
import { DechaffError } from '../errors.js';
import type { CleanerOptions } from '../types.js';
import { recordCleaner, type RecordTransformOptions } from './record.js';

// Node streams (imports node:stream): kept out of the main entry so the browser bundle stays
// free of Node built-ins. The web equivalents are in ./web.ts.

/**
 * A Node `Transform` in object mode that cleans documents: each chunk written is one whole
 * document (a string, or a Buffer decoded as UTF-8) and comes out cleaned, in order. The cleaner
 * is built once.
 *
 * ```ts
 * await pipeline(documents, cleanTransform({ sensitivity: 0.6 }), sink);
 * ```
 *
 * @param options the cleaner's options, as for `createCleaner`
 * @returns the transform
 * @throws DechaffError for bad options; the stream errors (`E_INPUT`) on a chunk that is not a string
 */
export function cleanTransform(options: CleanerOptions = {}): Transform {
  const cleaner = createCleaner(options);
  return new Transform({
    objectMode: true,
    transform(chunk: unknown, _encoding, callback) {
      const text = Buffer.isBuffer(chunk) ? chunk.toString('utf8') : chunk;
      if (typeof text !== 'string') {
        callback(new DechaffError('E_INPUT', `expected a string document, got ${text === null ? 'null' : typeof text}`));
        return;
      }
      let out: string;
      try {
        out = cleaner.clean(text);
      } catch (e) {
        callback(e as Error);
        return;
      }
      callback(null, out);
    },
  });
}

/**
 * A Node `Transform` in object mode that cleans one field of objects: every record comes out as
 * a shallow copy with `outField` (default: `field`) set to the cleaned text; other fields are
 * unchanged.
 *
 * @param settings `field` (default `text`), `outField`, cleaner `options`, and what to do with
 *   `invalid` records (`error`, `skip`, `keep`)
 * @returns the transform
 */
export function cleanRecordTransform(settings: RecordTransformOptions = {}): Transform {
  const fn = recordCleaner(settings);
  return new Transform({
    objectMode: true,
    transform(record: unknown, _encoding, callback) {
      let out: unknown;
      try {
        out = fn(record);
      } catch (e) {
        callback(e as Error);
        return;
      }
      if (out === undefined) callback();
      else callback(null, out);
    },
  });
}

export { cleanTransformStream, cleanRecordTransformStream } from './web.js';
export type { RecordTransformOptions } from './record.js';
