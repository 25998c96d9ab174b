import { CLEANER_OPTIONS, parseCommandArgs } from './args.js';
import { checkCommand } from './commands/check.js';
import { cleanCommand } from './commands/clean.js';
import { evalCommand } from './commands/eval.js';
import { jsonlCommand } from './commands/jsonl.js';
import { trainCommand } from './commands/train.js';
import { CliError, EXIT, reportError } from './errors.js';
import { removePendingTempFiles } from './fs-atomic.js';
import { HELP } from './help.js';
import { writeStdout } from './io.js';
import { formatConfig, setupCleaner } from './setup.js';
import { VERSION } from './version.js';

/** The commands, by name. */
export const COMMANDS: Readonly<Record<string, (args: string[]) => Promise<number>>> = {
  clean: cleanCommand,
  check: checkCommand,
  train: trainCommand,
  eval: evalCommand,
  jsonl: jsonlCommand,
  // Loaded on use: the worker's code (and bullmq) stays out of every other command's start-up.
  worker: async (args) => (await import('./commands/worker.js')).workerCommand(args),
};

/**
 * Run the tool. Never throws: every error becomes `dechaff: <message>` on stderr and exit code 2.
 *
 * @param argv the arguments after `node cli.js`
 * @returns the exit code: 0 ok, 1 chaff found, 2 error
 */
export async function main(argv: string[]): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      process.stderr.write(HELP.main);
      return EXIT.error;
    }
    if (first === '--help' || first === '-h') {
      await writeStdout(HELP.main);
      return EXIT.ok;
    }
    if (first === 'help') {
      const topic = rest[0] ?? 'main';
      if (!Object.prototype.hasOwnProperty.call(HELP, topic)) throw new CliError(`help: unknown command "${topic}"`, true);
      await writeStdout(HELP[topic]);
      return EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      await writeStdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (first.startsWith('-')) return await topLevelOptions(argv);
    if (!Object.prototype.hasOwnProperty.call(COMMANDS, first)) throw new CliError(`unknown command "${first}" (commands: ${Object.keys(COMMANDS).join(', ')})`, true);
    return await COMMANDS[first](rest);
  } catch (e) {
    reportError(e);
    return EXIT.error;
  }
}

/** `dechaff --print-config [--config FILE]` and friends, without a command. */
async function topLevelOptions(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, CLEANER_OPTIONS, 'dechaff');
  if (!values['print-config'] || positionals.length > 0) throw new CliError(`expected a command (${Object.keys(COMMANDS).join(', ')}) before the options`, true);
  const setup = await setupCleaner(values, process.cwd());
  await writeStdout(formatConfig(setup.resolved.config));
  return EXIT.ok;
}

/** Set up the process: stray errors are reported, not thrown (stdout's errors: `stdout()` in io.ts). */
function installProcessHandlers(): void {
  const fatal = (e: unknown): void => {
    reportError(e);
    process.exit(EXIT.error);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  // Interrupted (Ctrl-C, a CI timeout): remove the temporary file of a `--fix` or `-o` write in
  // progress, so that nothing but originals and fully written files is left; exit 128 + signal.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      removePendingTempFiles();
      process.exit(code);
    });
  }
}

installProcessHandlers();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (e: unknown) => {
  reportError(e);
  process.exitCode = EXIT.error;
});
