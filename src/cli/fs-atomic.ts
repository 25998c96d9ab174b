import { chmodSync, closeSync, constants, fsyncSync, openSync, promises as fsp, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Temporary files being written, removed by `removePendingTempFiles` when the process is
 * interrupted (SIGINT/SIGTERM) between creating one and renaming it over the original. */
const pending = new Set<string>();

/**
 * Remove the temporary files of writes in progress, synchronously: for a signal handler that is
 * about to exit. The originals are untouched (a write in progress has not renamed yet, or has and
 * its temporary file is gone).
 */
export function removePendingTempFiles(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already renamed or removed
    }
  }
  pending.clear();
}

/** Options of `writeFileAtomic`. */
export interface AtomicWriteOptions {
  /** File mode for a new file (an existing file keeps its own mode). Default 0o666 & ~umask. */
  mode?: number;
}

/**
 * Replace a file's content atomically: write a temporary file in the same directory, fsync it,
 * give it the original's mode, rename it over the original, then fsync the directory. Readers see
 * the old content or the new one, never a mix; on failure the temporary file is removed and the
 * original is untouched. A symbolic link is followed: its target is replaced, the link stays.
 *
 * @param file the file to write
 * @param content the new content (UTF-8 text or bytes)
 * @param options mode for a new file
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const target = await resolveTarget(file);
  const dir = path.dirname(target);
  let mode = options.mode;
  try {
    mode = (await fsp.stat(target)).mode & 0o7777;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  // node:crypto is imported here, when a file is written: loading it took ~8 ms of every start of
  // the CLI (--cpu-prof over 12 runs of `dechaff clean <file>`, which writes nothing).
  const { randomBytes } = await import('node:crypto');
  const temp = path.join(dir, `.${path.basename(target)}.dechaff-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  // From creating the temporary file to renaming it, synchronously: a signal handler runs between
  // JavaScript tasks, so it finds the file either not created yet or created and in `pending`.
  // With the creation asynchronous, an interrupt while the thread pool was opening the file
  // removed nothing (the file did not exist yet) and the open then left it behind
  // (test/reliability/cli-sigint-fix.test.ts, about 1 run in 5).
  pending.add(temp);
  let fd: number;
  try {
    fd = openSync(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode ?? 0o666);
  } catch (e) {
    pending.delete(temp);
    throw e;
  }
  let renamed = false;
  try {
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // open() applies the umask; chmod sets the exact mode of the original.
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, target);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        unlinkSync(temp);
      } catch {
        // never created, or already gone
      }
    }
    pending.delete(temp);
  }
  await syncDirectory(dir);
}

/** The real path of an existing file (following symlinks), or the path itself for a new file. */
async function resolveTarget(file: string): Promise<string> {
  try {
    return await fsp.realpath(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return path.resolve(file);
    throw e;
  }
}

/** Make the rename durable; some platforms cannot open a directory, which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const h = await fsp.open(dir, constants.O_RDONLY);
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // best effort (Windows, some network file systems)
  }
}
