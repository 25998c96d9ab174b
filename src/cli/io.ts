import { readFileSync, writeSync } from 'node:fs';
import { EXIT, reportError, SYSTEM_MESSAGES } from './errors.js';

/** Text read from a file or stdin, decoded as strict UTF-8. */
export interface TextInput {
  /** The text, without a byte order mark. */
  text: string;
  /** Whether the bytes started with a UTF-8 byte order mark (put back when the file is rewritten). */
  bom: boolean;
}

/** Why an input could not be used. */
export class InputError extends Error {
  /**
   * @param name the file (or `<stdin>`)
   * @param reason what is wrong with it
   */
  constructor(
    readonly name: string,
    readonly reason: string,
  ) {
    super(`${name}: ${reason}`);
    this.name = 'InputError';
  }
}

/**
 * Decode bytes as text: binary data (NUL bytes) and invalid UTF-8 are refused.
 *
 * @param bytes the raw content
 * @param name the file name, for the error message
 * @returns the text and whether it had a BOM
 * @throws InputError for binary data or invalid UTF-8
 */
export function decodeText(bytes: Uint8Array, name: string): TextInput {
  if (bytes.includes(0)) throw new InputError(name, 'binary file (contains NUL bytes); skipped');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, bom };
  } catch {
    throw new InputError(name, 'not valid UTF-8; skipped');
  }
}

/**
 * Read a text file.
 *
 * @param file the path
 * @returns the decoded text
 * @throws InputError when the file is missing, unreadable, a directory, binary or not UTF-8
 */
export async function readTextFile(file: string): Promise<TextInput> {
  let bytes: Buffer;
  try {
    // Read synchronously: every caller reads one file at a time, and node:fs/promises (with the
    // readline and stream modules it loads) was ~1.5 ms of every `dechaff clean`'s start.
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputError(file, SYSTEM_MESSAGES[code] ?? (e as Error).message);
  }
  return decodeText(bytes, file);
}

/**
 * Read all of stdin.
 *
 * @returns the decoded text
 * @throws InputError when stdin is binary or not UTF-8
 */
export async function readStdin(): Promise<TextInput> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeText(Buffer.concat(chunks), '<stdin>');
}

/** `process.stdout` once something has used it (see `stdout()`). */
let stdoutStream: NodeJS.WriteStream | undefined;

/**
 * `process.stdout`, made on first use with the CLI's error handling: a closed pipe (EPIPE) ends
 * the process quietly with the exit code set so far; any other error is reported, exit code 2.
 * Every write to stdout goes through here or `writeStdout`, so that the two never interleave.
 */
export function stdout(): NodeJS.WriteStream {
  if (stdoutStream === undefined) {
    stdoutStream = process.stdout;
    stdoutStream.on('error', stdoutFailed);
  }
  return stdoutStream;
}

function stdoutFailed(e: NodeJS.ErrnoException): never {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  reportError(e);
  process.exit(EXIT.error);
}

/**
 * Write to stdout and wait until the data is handed to the OS, so that exit codes set afterwards
 * do not cut output short.
 *
 * Until something needs the stream (`stdout()`), the text is written to file descriptor 1 with
 * `writeSync`: making `process.stdout` loads Node's stream, socket or tty modules, ~6 ms of a
 * `dechaff clean` of a small file on the machine of BENCHMARKS.md (interleaved whole-process runs,
 * medians of 60: 111.3 ms for a script writing a line with `writeSync`, 118.2 with
 * `process.stdout.write`). A descriptor in non-blocking mode (EAGAIN) gets the rest through the
 * stream, which waits for it to drain.
 *
 * @param text what to write
 */
export function writeStdout(text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  let rest: string | Uint8Array = text;
  if (stdoutStream === undefined) {
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(1, bytes, written);
      return Promise.resolve();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') stdoutFailed(e as NodeJS.ErrnoException);
      rest = bytes.subarray(written);
    }
  }
  return new Promise((resolve) => {
    stdout().write(rest, () => resolve());
  });
}

/**
 * Write a line to stderr.
 *
 * @param line the text, without the newline
 */
export function warn(line: string): void {
  process.stderr.write(`${line}\n`);
}
