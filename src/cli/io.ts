import { readFile } from 'node:fs/promises';
import { SYSTEM_MESSAGES } from './errors.js';

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
    bytes = await readFile(file);
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

/**
 * Write to stdout and wait until the data is handed to the OS, so that exit codes set afterwards
 * do not cut output short.
 *
 * @param text what to write
 */
export function writeStdout(text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve) => {
    process.stdout.write(text, () => resolve());
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
