import { excerpt } from './excerpt.js';
import type { FileReport, Formatter } from './types.js';

/**
 * GitHub Actions workflow commands: `::warning` for chaff (removable), `::notice` for chaff that is
 * kept; one annotation per finding, shown on the file's diff.
 *
 * @param reports the check's reports
 * @returns the workflow commands
 */
export const github: Formatter = (reports: readonly FileReport[]): string => {
  const out: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const command = f.severity === 'error' ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(r.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`dechaff: ${f.label}`)}`,
      ].join(',');
      const message = `${f.label} (score ${f.score.toFixed(2)}; ${f.ruleIds.join(', ')}): ${excerpt(f.text, 80)}${f.note ? ` (${f.note})` : ''}`;
      out.push(`::${command} ${props}::${escapeData(message)}`);
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
};

/**
 * Escape a workflow command's message.
 *
 * @param s the text
 * @returns the escaped text
 */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escape a workflow command's property value.
 *
 * @param s the text
 * @returns the escaped text
 */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
