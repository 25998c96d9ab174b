import { defaultModel, LABELS, type Label } from '../../index.js';
import { CLEANER_OPTIONS, HELP_OPTION, parseCommandArgs } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { HELP } from '../help.js';
import { writeStdout } from '../io.js';
import { parseLabelledJsonl } from '../jsonl.js';
import { blockStats, classifierScores, cleanerScores, tokenPrf, type ClassifierScores, type CleanerScores } from '../metrics.js';
import { buildCleaner, formatConfig, setupCleaner } from '../setup.js';
import { readInput } from './train.js';

const OPTIONS = { ...CLEANER_OPTIONS, ...HELP_OPTION, json: { type: 'boolean', short: 'j' } } as const;

/** What `dechaff eval` measures. */
export interface EvalResult {
  /** The evaluated file. */
  file: string;
  /** `default` or the `--model` file. */
  model: string;
  /** The classifier on every labelled block. */
  classifier: ClassifierScores;
  /** The cleaner on the documents with labelled blocks (absent when there are none). */
  cleaner?: CleanerScores;
}

/**
 * `dechaff eval labelled.jsonl [--model m.json]`: the classifier's per-label precision, recall and
 * F1, and for labelled documents the cleaner's noise removed, body kept and exact documents.
 *
 * @param args the arguments after `eval`
 * @returns the exit code
 */
export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'eval');
  if (values.help) {
    await writeStdout(HELP.eval);
    return EXIT.ok;
  }
  const setup = await setupCleaner(values, process.cwd());
  if (values['print-config']) {
    await writeStdout(formatConfig(setup.resolved.config));
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new CliError('eval: give exactly one labelled JSONL file', true);
  const file = positionals[0];
  const data = parseLabelledJsonl(await readInput(file), file);
  if (data.examples.length === 0) throw new CliError(`${file}: no labelled examples`);
  const model = setup.model ?? defaultModel();
  const gold = data.examples.map((e) => e.label);
  const predicted = data.examples.map((e) => argmax(model.classify(e.text).probabilities));
  const result: EvalResult = { file, model: typeof values.model === 'string' ? values.model : 'default', classifier: classifierScores(gold, predicted) };
  if (data.documents.length > 0) {
    const cleaner = buildCleaner(setup.options);
    const outputs = data.documents.map((d) => cleaner.clean(d.text));
    const scores = cleanerScores(data.documents.map((d, i) => blockStats(d, outputs[i])));
    const withGold = data.documents.map((d, i) => (d.gold === undefined ? undefined : tokenPrf(outputs[i], d.gold))).filter((x) => x !== undefined);
    if (withGold.length > 0) {
      const mean = (k: 'precision' | 'recall' | 'f1'): number => withGold.reduce((a, x) => a + x[k], 0) / withGold.length;
      scores.gold = { documents: withGold.length, precision: mean('precision'), recall: mean('recall'), f1: mean('f1') };
    }
    result.cleaner = scores;
  }
  await writeStdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatEval(result));
  return EXIT.ok;
}

function argmax(p: Record<Label, number>): Label {
  let best: Label = LABELS[0];
  for (const l of LABELS) if (p[l] > p[best]) best = l;
  return best;
}

/**
 * The human-readable report of `dechaff eval`.
 *
 * @param r the measurements
 * @returns the text
 */
export function formatEval(r: EvalResult): string {
  const f3 = (x: number): string => x.toFixed(3);
  const pct = (x: number, digits = 1): string => `${(100 * x).toFixed(digits)}%`;
  const out = [
    `classifier (${r.model} model) on ${r.classifier.examples} labelled blocks of ${r.file}`,
    `  ${'label'.padEnd(12)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'support'.padStart(8)}`,
    ...r.classifier.classes.map((c) => `  ${c.label.padEnd(12)} ${f3(c.precision).padStart(9)} ${f3(c.recall).padStart(7)} ${f3(c.f1).padStart(6)} ${String(c.support).padStart(8)}`),
    `  accuracy ${f3(r.classifier.accuracy)}, macro F1 ${f3(r.classifier.macroF1)}`,
  ];
  if (r.cleaner) {
    const c = r.cleaner;
    out.push(
      '',
      `cleaner on ${c.documents} labelled document${c.documents === 1 ? '' : 's'}`,
      `  noise blocks removed    ${pct(c.noiseRemoved)}`,
      `  body text kept          ${pct(c.bodyKept, 2)} (by characters)`,
      `  exact documents         ${pct(c.exact)}`,
      `  documents losing body   ${c.docsLosingBody}`,
    );
    if (c.gold) out.push(`  gold tokens P/R/F1      ${f3(c.gold.precision)} / ${f3(c.gold.recall)} / ${f3(c.gold.f1)} (${c.gold.documents} documents)`);
  }
  return `${out.join('\n')}\n`;
}
