import { createCleaner, loadModel, type Cleaner, type CleanerOptions, type ModelJSON } from '../index.js';

/**
 * A cleaner's options as they cross to a worker thread: a model instance does not (a class
 * instance arrives as a plain object, without its methods), so `--model` goes as its JSON.
 */
export interface ThreadCleanerOptions {
  /** The cleaner's options, without the model. */
  options: CleanerOptions;
  /** The `--model` as JSON, when given. */
  model?: ModelJSON;
}

/**
 * The options of a command's cleaner, made ready for a worker thread.
 *
 * @param options the cleaner's options (a `model` among them is left out)
 * @param model the `--model`, when given
 * @returns what the thread builds its cleaner from (see `threadCleaner`)
 */
export function forThread(options: CleanerOptions, model?: { toJSON(): unknown }): ThreadCleanerOptions {
  const { model: _omit, ...rest } = options;
  return { options: rest, ...(model && { model: model.toJSON() as ModelJSON }) };
}

/**
 * In a worker thread: the cleaner the main thread's options describe.
 *
 * @param data what `forThread` made
 * @param extra options set on top (the Markdown cleaner's `markdown: true`)
 * @returns the cleaner
 */
export function threadCleaner(data: ThreadCleanerOptions, extra: CleanerOptions = {}): Cleaner {
  return createCleaner({ ...data.options, ...extra, ...(data.model !== undefined && { model: loadModel(data.model) }) });
}
