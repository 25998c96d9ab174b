import { createCleaner, DechaffError, loadModel, type Cleaner, type CleanerOptions, type NaiveBayes } from '../index.js';
import { stringOption, unitValue, type OptionValues } from './args.js';
import { resolveConfig, toCleanerOptions, type FullConfig, type ResolvedConfig } from './config.js';
import { CliError } from './errors.js';
import { InputError, readTextFile } from './io.js';
import { promises as fsp } from 'node:fs';
import { isPackedModel } from '../model-binary.js';

/** The configuration and cleaner a command runs with. */
export interface CleanerSetup {
  /** The configuration in force, command-line overrides applied. */
  resolved: ResolvedConfig;
  /** The cleaner's options. */
  options: CleanerOptions;
  /** The model given with `--model`, if any. */
  model?: NaiveBayes;
}

/**
 * Resolve the configuration (`--config` or the search from `cwd`), apply `--sensitivity`, load
 * `--model`.
 *
 * @param values parsed command-line values
 * @param cwd the working directory
 * @returns config and cleaner options
 * @throws CliError for a bad flag, config or model
 */
export async function setupCleaner(values: OptionValues, cwd: string): Promise<CleanerSetup> {
  const resolved = resolveConfig({ cwd, configFile: stringOption(values, 'config') });
  const sensitivity = stringOption(values, 'sensitivity');
  if (sensitivity !== undefined) resolved.config.sensitivity = unitValue(sensitivity, '--sensitivity');
  const modelFile = stringOption(values, 'model');
  const model = modelFile === undefined ? undefined : await loadModelFile(modelFile);
  return { resolved, options: toCleanerOptions(resolved.config, model ? { model } : {}), ...(model && { model }) };
}

/**
 * Build the cleaner, turning the library's errors into CLI errors.
 *
 * @param options the cleaner's options
 * @returns the cleaner
 */
export function buildCleaner(options: CleanerOptions): Cleaner {
  try {
    return createCleaner(options);
  } catch (e) {
    if (e instanceof DechaffError) throw new CliError(e.message);
    throw e;
  }
}

/**
 * The cleaners of a command that reads both plain text and Markdown files: a Markdown file (by
 * its extension, or `--markdown`) is read as Markdown by the library too (`markdown: true`), other
 * input as the library decides (`markdown: 'auto'`). Each is built on first use.
 *
 * @param options the cleaner options
 * @returns the cleaner for a file, by whether it is Markdown
 * @throws CliError for options the library rejects
 */
export function cleanersByFormat(options: CleanerOptions): (markdown: boolean) => Cleaner {
  let text: Cleaner | undefined;
  let markdown: Cleaner | undefined;
  return (isMarkdown) => (isMarkdown ? (markdown ??= buildCleaner({ ...options, markdown: true })) : (text ??= buildCleaner(options)));
}

/**
 * Load a model file: JSON written by `dechaff train` or `model.toJSON()`, or the packed form of
 * `model.toBinary()`.
 *
 * @param file the model file
 * @returns the model
 * @throws CliError naming the file
 */
export async function loadModelFile(file: string): Promise<NaiveBayes> {
  // A packed model is read as bytes; anything else (or a file that cannot be read) goes through
  // the text reader, for its messages on directories, unreadable and binary files.
  const bytes = await fsp.readFile(file).catch(() => undefined);
  if (bytes && isPackedModel(bytes)) {
    try {
      return loadModel(bytes);
    } catch (e) {
      throw new CliError(`${file}: ${(e as Error).message}`);
    }
  }
  let text: string;
  try {
    text = (await readTextFile(file)).text;
  } catch (e) {
    if (e instanceof InputError) throw new CliError(`--model ${e.message}`);
    throw e;
  }
  try {
    return loadModel(text);
  } catch (e) {
    throw new CliError(`${file}: ${(e as Error).message}`);
  }
}

/**
 * The resolved configuration as `--print-config` shows it: a valid config file's content.
 *
 * @param config the configuration
 * @returns JSON text
 */
export function formatConfig(config: FullConfig): string {
  const ordered: FullConfig = {
    sensitivity: config.sensitivity,
    strip: config.strip,
    rules: config.rules,
    phrases: config.phrases,
    ignore: config.ignore,
    maxRemovedShare: config.maxRemovedShare,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
