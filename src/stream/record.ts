import { createCleaner, type Cleaner } from '../cleaner.js';
import { DechaffError } from '../errors.js';
import type { CleanerOptions } from '../types.js';

/** Options of the record transforms (`cleanRecordTransform`, `cleanRecordTransformStream`). */
export interface RecordTransformOptions {
  /** The field holding the text. Default `text`. */
  field?: string;
  /** Where the cleaned text goes. Default: back into `field`. */
  outField?: string;
  /** The cleaner's options (the cleaner is built once per transform). */
  options?: CleanerOptions;
  /**
   * What to do with a record that is not an object or whose field is not a string: `error`
   * (default) fails the stream with a `DechaffError` (`E_INPUT`), `skip` drops it, `keep`
   * passes it through untouched.
   */
  invalid?: 'error' | 'skip' | 'keep';
}

/** A record cleaner shared by the Node and the web transforms: returns the output record, or
 * `undefined` to drop it; throws a DechaffError for an invalid record under `invalid: 'error'`. */
export type RecordCleaner = (record: unknown) => unknown;

/**
 * Build the per-record function of the record transforms. Options are validated here, so a bad
 * option throws when the transform is created, not on the first record.
 *
 * @param settings field names, cleaner options, what to do with invalid records
 * @returns the record function
 */
export function recordCleaner(settings: RecordTransformOptions = {}): RecordCleaner {
  const field = settings.field ?? 'text';
  const outField = settings.outField ?? field;
  const invalid = settings.invalid ?? 'error';
  if (typeof field !== 'string' || typeof outField !== 'string') throw new DechaffError('E_OPTIONS', '"field" and "outField" must be strings');
  if (invalid !== 'error' && invalid !== 'skip' && invalid !== 'keep') throw new DechaffError('E_OPTIONS', '"invalid" must be "error", "skip" or "keep"');
  const cleaner: Cleaner = createCleaner(settings.options ?? {});
  let n = 0;
  return (record: unknown): unknown => {
    n++;
    const text = record !== null && typeof record === 'object' && !Array.isArray(record) ? (record as Record<string, unknown>)[field] : undefined;
    if (typeof text !== 'string') {
      if (invalid === 'keep') return record;
      if (invalid === 'skip') return undefined;
      throw new DechaffError('E_INPUT', `record ${n}: expected an object with a string ${JSON.stringify(field)} field`);
    }
    return { ...(record as Record<string, unknown>), [outField]: cleaner.clean(text) };
  };
}
