import type { Finding } from '../document.js';

/** The check of one file, as formatters see it. */
export interface FileReport {
  /** The file's path relative to the working directory, with `/` separators. */
  file: string;
  /** Chaff found (after `--fix`: what is left). */
  findings: Finding[];
  /** Findings of severity `error`. */
  errorCount: number;
  /** Findings of severity `warning`. */
  warningCount: number;
  /** With `--fix`: how many blocks were removed from the file (absent when nothing was written). */
  fixedCount?: number;
}

/** A formatter: a pure function from the reports to the text written out. */
export type Formatter = (reports: readonly FileReport[]) => string;
