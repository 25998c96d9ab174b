import { excerpt } from './excerpt.js';
import type { FileReport, Formatter } from './types.js';

/**
 * The default, human-readable format: one line per finding,
 * `file:line:col  label  score  rule-ids  excerpt`, then a summary. Nothing when nothing was found.
 *
 * @param reports the check's reports
 * @returns the text
 */
export const stylish: Formatter = (reports: readonly FileReport[]): string => {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let files = 0;
  for (const r of reports) {
    if (r.fixedCount) lines.push(`${r.file}: fixed, ${r.fixedCount} block${r.fixedCount === 1 ? '' : 's'} removed`);
    if (r.findings.length > 0) files++;
    for (const f of r.findings) {
      const where = `${r.file}:${f.line}:${f.column}`;
      const note = f.severity === 'warning' ? `  (warning: ${f.note ?? 'kept'})` : '';
      lines.push(`${where}  ${f.label.padEnd(11)}  ${f.score.toFixed(2).padStart(5)}  ${f.ruleIds.join(',')}  ${excerpt(f.text)}${note}`);
    }
    errors += r.errorCount;
    warnings += r.warningCount;
  }
  if (errors + warnings > 0) {
    const n = errors + warnings;
    lines.push('', `✖ ${n} problem${n === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${files} file${files === 1 ? '' : 's'}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
