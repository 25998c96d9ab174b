import type { FileReport, Formatter } from './types.js';

/**
 * Machine-readable JSON: an array with one entry per checked file, `{ file, errorCount,
 * warningCount, fixedCount?, findings: [{ line, column, endLine, endColumn, start, end, label,
 * score, severity, ruleIds, reasons, text, note? }] }`.
 *
 * @param reports the check's reports
 * @returns the JSON text, with a final newline
 */
export const json: Formatter = (reports: readonly FileReport[]): string => `${JSON.stringify(reports, null, 2)}\n`;
