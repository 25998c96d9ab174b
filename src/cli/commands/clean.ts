import type { Analysis } from '../../index.js';
import { CLEANER_OPTIONS, HELP_OPTION, inputList, parseCommandArgs } from '../args.js';
import { asOneLine } from '../../context.js';
import type { DocumentCheck } from '../document.js';
import { CliError, EXIT } from '../errors.js';
import { HELP } from '../help.js';
import { InputError, readStdin, readTextFile, warn, writeStdout, type TextInput } from '../io.js';
import { checkInput } from '../large-document.js';
import { markdownFlavour } from '../markdown.js';
import { cleanersByFormat, formatConfig, setupCleaner } from '../setup.js';

const OPTIONS = {
  ...CLEANER_OPTIONS,
  ...HELP_OPTION,
  labels: { type: 'boolean', short: 'l' },
  json: { type: 'boolean', short: 'j' },
  markdown: { type: 'boolean' },
} as const;

/**
 * `dechaff clean [file…]`: print the cleaned text, or with `--labels`/`--json` the analysis.
 *
 * @param args the arguments after `clean`
 * @returns the exit code
 */
export async function cleanCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'clean');
  if (values.help) {
    await writeStdout(HELP.clean);
    return EXIT.ok;
  }
  if (values.labels && values.json) throw new CliError('clean: --labels and --json cannot be combined', true);
  const setup = await setupCleaner(values, process.cwd());
  if (values['print-config']) {
    await writeStdout(formatConfig(setup.resolved.config));
    return EXIT.ok;
  }
  const inputs = inputList('clean', positionals, 'text');
  const cleanerFor = cleanersByFormat(setup.options);
  cleanerFor(false); // built now: a bad option fails before any file is read
  const checker = { options: setup.options, model: setup.model, cleanerFor };
  let failed = false;
  const analyses: Array<{ file: string; analysis: Analysis }> = [];
  for (const file of inputs) {
    const name = file === '-' ? '<stdin>' : file;
    let input: TextInput;
    let result: DocumentCheck;
    try {
      input = file === '-' ? await readStdin() : await readTextFile(file);
      const markdown = values.markdown ? 'markdown' : file === '-' ? undefined : markdownFlavour(file);
      // A large document is cleaned in a thread of its own, so that running out of memory is an
      // error of this file, not a crash (src/cli/large-document.ts).
      result = await checkInput(name, input.text, checker, markdown !== undefined, { markdown, explain: Boolean(values.json || values.labels), repairEncoding: true });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      warn(`dechaff: ${e.message}`);
      failed = true;
      continue;
    }
    if (values.json) analyses.push({ file: name, analysis: result.analysis });
    else if (values.labels) await writeStdout(formatLabels(inputs.length > 1 ? file : undefined, result));
    else await writeStdout(withFinalNewline(input.text, result.fixed));
  }
  if (values.json) {
    const data = inputs.length === 1 ? analyses[0]?.analysis : analyses.map((a) => ({ file: a.file, ...a.analysis }));
    if (data !== undefined) await writeStdout(`${JSON.stringify(data, null, 2)}\n`);
  }
  return failed ? EXIT.error : EXIT.ok;
}

/**
 * The human-readable analysis of `--labels`: every block with its line, label, score and
 * decision, then its reasons; skipped Markdown lines are listed with why.
 *
 * @param file a header to print (several inputs), or undefined
 * @param result the document's check
 * @returns the text
 */
export function formatLabels(file: string | undefined, result: DocumentCheck): string {
  const out: string[] = [];
  if (file !== undefined) out.push(`==> ${file} <==`);
  const a = result.analysis;
  out.push(`language ${a.language}, script ${a.script}${a.mode === 'page' ? ', a whole page' : ''}${a.markdown ? ', read as Markdown' : ''}; ${a.blocks.length} blocks: ${Object.entries(a.counts).map(([l, n]) => `${l} ${n}`).join(', ')}`);
  if (a.fallback) out.push(`note: ${a.fallback}`);
  const rows: Array<{ line: number; text: string }> = [];
  for (const b of a.blocks) {
    const decision = b.removed ? 'removed' : b.label === 'body' ? 'kept' : 'kept*';
    // A hard-wrapped paragraph's lines are one block: shown on one row, as it is scored.
    const text = asOneLine(b.text).trim();
    const head = `${String(b.line).padStart(4)}  ${b.label.padEnd(11)}  ${b.score.toFixed(2).padStart(5)}  ${decision.padEnd(7)}  ${text}`;
    const reasons = b.reasons.map((r) => {
      const weight = r.weight === 0 ? '     ' : `${r.weight > 0 ? '+' : ''}${r.weight.toFixed(2)}`;
      const detail = [r.match !== undefined ? `match ${JSON.stringify(r.match)}` : '', r.note ?? ''].filter(Boolean).join('; ');
      return `        ${r.id.padEnd(18)} ${r.label.padEnd(11)} ${weight.padStart(6)}  ${detail}`;
    });
    rows.push({ line: b.line, text: [head, ...reasons].join('\n') });
  }
  for (const [line, kind] of result.skipped) rows.push({ line, text: `${String(line).padStart(4)}  (${kind}: left alone)` });
  rows.sort((x, y) => x.line - y.line);
  out.push(...rows.map((r) => r.text));
  return `${out.join('\n')}\n`;
}

/**
 * `clean()` hands back the kept lines with their own line breaks, so its text ends with one
 * whenever the lines after the last kept one were removed; a block that does not end its line
 * (one read through the Markdown view) has none after it. On a terminal or in a pipe a text file
 * should end with one, so it is put back when the input had it.
 *
 * @param input the input text
 * @param output the cleaned text
 * @returns the output, ending with the input's final line break when the input had one
 */
export function withFinalNewline(input: string, output: string): string {
  const eol = /\r\n$|\n$|\r$/.exec(input)?.[0];
  return eol && output !== '' && !/[\r\n]$/.test(output) ? output + eol : output;
}
