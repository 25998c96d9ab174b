import { VERSION } from '../version.js';
import { excerpt } from './excerpt.js';
import { ruleDescription } from './rule-info.js';
import type { FileReport, Formatter } from './types.js';

/** Where SARIF readers find out about the tool. */
export const INFORMATION_URI = 'https://www.npmjs.com/package/dechaff';

/** The SARIF 2.1.0 schema. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning';
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }>;
  properties: { label: string; score: number; ruleIds: string[] };
}

/**
 * SARIF 2.1.0 (for GitHub code scanning and other SARIF viewers): one run, the driver's rules are
 * every rule id that appears in a finding, each result names its strongest rule.
 *
 * @param reports the check's reports
 * @returns the SARIF log as JSON
 */
export const sarif: Formatter = (reports: readonly FileReport[]): string => {
  const ids: string[] = [];
  for (const r of reports) for (const f of r.findings) for (const id of f.ruleIds) if (!ids.includes(id)) ids.push(id);
  const rules: SarifRule[] = ids.map((id) => ({ id, name: id, shortDescription: { text: ruleDescription(id) } }));
  const results: SarifResult[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const ruleId = f.ruleIds[0];
      results.push({
        ruleId,
        ruleIndex: ids.indexOf(ruleId),
        level: f.severity,
        message: { text: `${f.label} (score ${f.score.toFixed(2)}; ${f.ruleIds.join(', ')}): ${excerpt(f.text, 80)}${f.note ? ` (${f.note})` : ''}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        properties: { label: f.label, score: f.score, ruleIds: f.ruleIds },
      });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'dechaff', version: VERSION, informationUri: INFORMATION_URI, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
