import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { PackedParts } from './bayes.js';
import { DechaffError } from './errors.js';
import { packedPrefixLength } from './model-binary.js';

/** Bytes read first: the magic, version, header length and header (~600 bytes in the shipped model). */
const HEAD_BYTES = 4096;

/**
 * Read the packed model file of the Node builds (`dist/model.bin`, see `tsup.config.ts`) without
 * its vocabulary, which is read from the file when first needed (`analyze()`'s evidence,
 * `toJSON()`): `clean()` never needs it, and reading its 0.6 MB took ~2.5 ms of every cold start.
 * Falls back to the whole file when its first bytes are not a header this version reads (the
 * loader then says what is wrong).
 *
 * @param file the model file
 * @returns the model's parts
 */
export function readPackedModelFile(file: string | URL): PackedParts | Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = readAt(fd, 0, Math.min(size, HEAD_BYTES));
    const prefix = packedPrefixLength(head);
    if (prefix === undefined || prefix > size) return readAt(fd, 0, size);
    // Read in place after the head (a second buffer and a copy cost as much as the read).
    const bytes = Buffer.allocUnsafe(prefix);
    bytes.set(head.subarray(0, Math.min(prefix, head.length)));
    if (prefix > head.length) readInto(fd, bytes, head.length, head.length, prefix - head.length);
    return {
      bytes,
      vocabulary: () => {
        // Read later, maybe much later: the file can have been replaced or removed since (a
        // reinstall under a running process). The loader checks its length and entries.
        try {
          return readRange(file, prefix, size - prefix);
        } catch (e) {
          throw new DechaffError('E_MODEL', `model: the shipped model file could not be read again for its vocabulary (${(e as Error).message}); was dechaff reinstalled while this process ran?`);
        }
      },
    };
  } finally {
    closeSync(fd);
  }
}

function readRange(file: string | URL, at: number, length: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    return readAt(fd, at, length);
  } finally {
    closeSync(fd);
  }
}

/** Exactly `length` bytes from file offset `at`. */
function readAt(fd: number, at: number, length: number): Uint8Array {
  const out = Buffer.allocUnsafe(length);
  readInto(fd, out, 0, at, length);
  return out;
}

/** Read exactly `length` bytes from file offset `at` into `out` from `outAt` (short reads
 * repeated; a file shorter than that is an error). */
function readInto(fd: number, out: Uint8Array, outAt: number, at: number, length: number): void {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, out, outAt + done, length - done, at + done);
    if (n === 0) throw new Error(`model file: ${length - done} bytes missing at byte ${at + done}`);
    done += n;
  }
}
