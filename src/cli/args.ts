import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors.js';

/** Option definitions, as `node:util` parseArgs takes them. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Parsed values of string and boolean options. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** The result of `parseCommandArgs`. */
export interface ParsedArgs {
  /** Option values by long name. */
  values: OptionValues;
  /** Positional arguments. */
  positionals: string[];
}

/** Options every command that cleans text takes. */
export const CLEANER_OPTIONS: OptionSpec = {
  config: { type: 'string', short: 'c' },
  'print-config': { type: 'boolean' },
  sensitivity: { type: 'string', short: 's' },
  model: { type: 'string', short: 'm' },
};

/** `--help`, which every command takes. */
export const HELP_OPTION: OptionSpec = { help: { type: 'boolean', short: 'h' } };

/**
 * Parse a command's arguments strictly: an unknown flag, a missing value or a value given to a
 * boolean flag is a usage error (exit 2).
 *
 * @param args the arguments after the command name
 * @param options the command's options
 * @param command the command's name, for messages
 * @returns values and positionals
 * @throws CliError (usage)
 */
export function parseCommandArgs(args: string[], options: OptionSpec, command: string): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as OptionValues, positionals };
  } catch (e) {
    const message = (e as Error).message.split('. ')[0].replace(/\.$/, '');
    throw new CliError(`${command}: ${message}`, true);
  }
}

/**
 * Read a string option.
 *
 * @param values parsed values
 * @param name the option
 * @returns its value, if given
 */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * Parse a number from 0 to 1 given to a flag.
 *
 * @param value the flag's value
 * @param flag the flag, for messages
 * @returns the number
 * @throws CliError (usage) for anything else
 */
export function unitValue(value: string, flag: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new CliError(`${flag} must be a number from 0 to 1; got "${value}"`, true);
  return n;
}

/**
 * Parse a count (an integer ≥ 0) given to a flag.
 *
 * @param value the flag's value
 * @param flag the flag, for messages
 * @returns the count
 * @throws CliError (usage) for anything else
 */
export function countValue(value: string, flag: string): number {
  if (!/^\d+$/.test(value.trim())) throw new CliError(`${flag} must be a whole number ≥ 0; got "${value}"`, true);
  return Number(value);
}

/**
 * The inputs of a command that reads files or stdin: the files given, or `-` (stdin) when none;
 * stdin at most once, and not from a terminal (nothing would ever arrive).
 *
 * @param command the command's name, for messages
 * @param positionals the file arguments
 * @param what what stdin should carry ("text", "JSON Lines"), for the message
 * @returns the inputs, `-` for stdin
 */
export function inputList(command: string, positionals: string[], what: string): string[] {
  const inputs = positionals.length > 0 ? positionals : ['-'];
  if (inputs.filter((f) => f === '-').length > 1) throw new CliError(`${command}: stdin ("-") can be read only once`, true);
  if (positionals.length === 0 && process.stdin.isTTY) throw new CliError(`${command}: no input: give a file or pipe ${what} on stdin`, true);
  return inputs;
}
