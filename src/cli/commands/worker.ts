import { QUEUE_TUNABLES } from '../../queue/tunables.js';
import { startWorker, type DechaffWorker } from '../../queue/worker.js';
import { CLEANER_OPTIONS, countValue, HELP_OPTION, parseCommandArgs, stringOption } from '../args.js';
import { CliError, describeError, EXIT } from '../errors.js';
import { HELP } from '../help.js';
import { writeStdout } from '../io.js';
import { buildCleaner, formatConfig, setupCleaner } from '../setup.js';

// Loaded by main.ts only for `dechaff worker` (a dynamic import), and bullmq only when the worker
// starts, so that the other commands do not pay for either.

const OPTIONS = {
  ...CLEANER_OPTIONS,
  ...HELP_OPTION,
  redis: { type: 'string' },
  queue: { type: 'string', short: 'q' },
  prefix: { type: 'string' },
  concurrency: { type: 'string' },
  field: { type: 'string' },
  'out-field': { type: 'string' },
  labels: { type: 'boolean', short: 'l' },
  'lock-duration': { type: 'string' },
  'stalled-interval': { type: 'string' },
  'until-empty': { type: 'boolean' },
} as const;

/** At most one line per this many ms about a lost connection: Redis down for a minute should
 * not print thousands of lines while the worker keeps reconnecting. */
export const ERROR_REPORT_INTERVAL_MS = 10_000;

/**
 * `dechaff worker --redis URL --queue NAME`: take documents from a BullMQ queue, clean them and
 * write each result once, until SIGINT/SIGTERM (or, with `--until-empty`, an empty queue).
 *
 * @param args the arguments after `worker`
 * @returns the exit code: 0 stopped, 2 usage error or Redis unreachable
 */
export async function workerCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'worker');
  if (values.help) {
    await writeStdout(HELP.worker);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new CliError(`worker: unexpected argument "${positionals[0]}" (documents come from the queue)`, true);
  const setup = await setupCleaner(values, process.cwd());
  if (values['print-config']) {
    await writeStdout(formatConfig(setup.resolved.config));
    return EXIT.ok;
  }
  const redis = stringOption(values, 'redis') ?? (process.env.DECHAFF_REDIS || undefined);
  const queue = stringOption(values, 'queue');
  if (redis === undefined) throw new CliError('worker: --redis URL is required (or set DECHAFF_REDIS)', true);
  if (queue === undefined) throw new CliError('worker: --queue NAME is required', true);
  const ms = (flag: string): number | undefined => {
    const v = stringOption(values, flag);
    if (v === undefined) return undefined;
    const n = countValue(v, `--${flag}`);
    if (n < 1) throw new CliError(`--${flag} must be at least 1`, true);
    return n;
  };
  const concurrency = ms('concurrency');
  const lockDurationMs = ms('lock-duration');
  const stalledIntervalMs = ms('stalled-interval');
  const prefix = stringOption(values, 'prefix');
  const outField = stringOption(values, 'out-field');
  const cleaner = buildCleaner(setup.options);

  let lastReport = 0;
  const worker: DechaffWorker = await startWorker({
    redis,
    queue,
    ...(prefix !== undefined && { prefix }),
    cleaner,
    field: stringOption(values, 'field') ?? 'text',
    ...(outField !== undefined && { outField }),
    labels: values.labels === true,
    ...(concurrency !== undefined && { concurrency }),
    ...(lockDurationMs !== undefined && { lockDurationMs }),
    ...(stalledIntervalMs !== undefined && { stalledIntervalMs }),
    untilEmpty: values['until-empty'] === true,
    onError: (e) => {
      const now = Date.now();
      if (now - lastReport < ERROR_REPORT_INTERVAL_MS) return;
      lastReport = now;
      process.stderr.write(`dechaff worker: ${describeError(e)} (retrying)\n`);
    },
  });
  process.stderr.write(`dechaff worker: cleaning queue "${queue}"${concurrency ? `, ${concurrency} at a time` : ''}; SIGINT or SIGTERM stops\n`);

  // Replace the CLI's handlers (which exit at once) with a graceful stop: no new jobs, the active
  // ones finish and their results are written, the connections close, exit 0. A second signal,
  // or a stop that takes longer than QUEUE_TUNABLES.shutdownTimeoutMs, exits at once (128 +
  // signal): the jobs still active are retried by another worker once their locks expire.
  let stopping = false;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (stopping) process.exit(code);
      stopping = true;
      process.stderr.write(`dechaff worker: ${signal}: finishing the active jobs\n`);
      setTimeout(() => {
        process.stderr.write('dechaff worker: the active jobs did not finish in time; exiting\n');
        process.exit(code);
      }, QUEUE_TUNABLES.shutdownTimeoutMs).unref();
      void worker.close();
    });
  }
  await worker.closed;
  const s = worker.stats;
  process.stderr.write(`dechaff worker: stopped; ${s.cleaned} cleaned, ${s.duplicates} already done, ${s.dead} dead-lettered\n`);
  return EXIT.ok;
}
