import { DechaffError } from '../errors.js';

/** Exit codes of the command-line tool. */
export const EXIT = {
  /** Nothing found (or everything fixed). */
  ok: 0,
  /** Chaff found, or more warnings than `--max-warnings` allows. */
  findings: 1,
  /** Usage or configuration error, unreadable input, or no file matched. */
  error: 2,
} as const;

/**
 * An error the CLI reports as `dechaff: <message>` on stderr, without a stack trace.
 * Every CliError exits with code 2.
 */
export class CliError extends Error {
  /** Whether `--help` is worth suggesting (a usage error). */
  readonly usage: boolean;

  /**
   * @param message what is wrong, naming the file, flag or field
   * @param usage true for a usage error (bad flag, missing argument)
   */
  constructor(message: string, usage = false) {
    super(message);
    this.name = 'CliError';
    this.usage = usage;
  }
}

/**
 * Print an error as one line on stderr (never a stack trace); usage errors point to `--help`.
 *
 * @param e whatever was thrown
 */
export function reportError(e: unknown): void {
  const message = e instanceof DechaffError ? e.message : describeError(e);
  process.stderr.write(`dechaff: ${message}\n`);
  if (e instanceof CliError && e.usage) process.stderr.write('Run "dechaff --help" for usage.\n');
}

/**
 * The message of anything thrown, without a stack: Node system errors get a short, readable form.
 *
 * @param error whatever was thrown
 * @returns one line of text
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const file = (error as NodeJS.ErrnoException).path;
    const systemText = code ? SYSTEM_MESSAGES[code] : undefined;
    if (systemText && file) return `${file}: ${systemText}`;
    return error.message.split('\n')[0] || error.name;
  }
  return String(error);
}

/** Short texts for the system errors users meet. */
export const SYSTEM_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
};
