import path from 'node:path';
import { LABELS, train, type Label } from '../../index.js';
import { HELP_OPTION, parseCommandArgs, stringOption } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { HELP } from '../help.js';
import { InputError, readTextFile, warn, writeStdout } from '../io.js';
import { parseLabelledJsonl } from '../jsonl.js';

const OPTIONS = { ...HELP_OPTION, output: { type: 'string', short: 'o' } } as const;

/**
 * `dechaff train labelled.jsonl -o model.json`: train a naive Bayes model and write it atomically.
 *
 * @param args the arguments after `train`
 * @returns the exit code
 */
export async function trainCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'train');
  if (values.help) {
    await writeStdout(HELP.train);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new CliError('train: give exactly one labelled JSONL file', true);
  const output = stringOption(values, 'output');
  if (output === undefined) throw new CliError('train: --output (-o) FILE is required', true);
  const input = positionals[0];
  const data = parseLabelledJsonl(await readInput(input), input);
  if (data.examples.length === 0) throw new CliError(`${input}: no examples`);
  const model = train(data.examples);
  const json = model.toJSON();
  await writeFileAtomic(output, `${JSON.stringify(json)}\n`);
  const counts = LABELS.map((l: Label) => `${l} ${data.examples.filter((e) => e.label === l).length}`).join(', ');
  warn(`trained on ${data.examples.length} examples (${counts}); ${json.vocabulary.length} features → ${path.normalize(output)}`);
  return EXIT.ok;
}

/**
 * Read a labelled input file, turning input errors into CLI errors.
 *
 * @param file the file
 * @returns its text
 */
export async function readInput(file: string): Promise<string> {
  try {
    return (await readTextFile(file)).text;
  } catch (e) {
    if (e instanceof InputError) throw new CliError(e.message.replace(/; skipped$/, ''));
    throw e;
  }
}
