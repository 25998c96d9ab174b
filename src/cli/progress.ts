/** Files checked before a progress bar is worth showing. */
export const PROGRESS_MIN_FILES = 20;

/** A progress bar on stderr. */
export interface Progress {
  /** Advance by one file. */
  tick(file: string): void;
  /** Erase the bar. */
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };

/**
 * A progress bar on stderr, shown only when stderr is a terminal and there are more than
 * `PROGRESS_MIN_FILES` files; otherwise a no-op.
 *
 * @param total how many files
 * @param enabled false to never show one (e.g. `--quiet`)
 * @returns the progress bar
 */
export function createProgress(total: number, enabled = true): Progress {
  const stream = process.stderr;
  if (!enabled || !stream.isTTY || total <= PROGRESS_MIN_FILES) return SILENT;
  let done = 0;
  let last = 0;
  const draw = (file: string): void => {
    const width = 24;
    const filled = Math.round((width * done) / total);
    const columns = stream.columns || 80;
    const head = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} `;
    const room = Math.max(0, columns - head.length - 1);
    const name = file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
    stream.write(`\r${head}${name}\x1b[K`);
  };
  return {
    tick(file: string): void {
      done++;
      const now = Date.now();
      if (now - last > 50 || done === total) {
        last = now;
        draw(file);
      }
    },
    done(): void {
      stream.write('\r\x1b[K');
    },
  };
}
