import { once } from 'node:events';
import { accessSync, constants, createReadStream, createWriteStream, existsSync, openSync, statSync, type WriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import type { CleanerOptions } from '../../index.js';
import { cleanJsonLines, createJsonLineCleaner, type JsonLineOptions, type JsonLineResult, type JsonLinesBatchResult } from '../../stream/json-line.js';
import { CLEANER_OPTIONS, countValue, HELP_OPTION, inputList, parseCommandArgs, stringOption } from '../args.js';
import { CliError, describeError, EXIT, SYSTEM_MESSAGES } from '../errors.js';
import { HELP } from '../help.js';
import { stdout, writeStdout } from '../io.js';
import type { JsonlTask, JsonlWorkerData } from '../jsonl-worker.js';
import { buildCleaner, formatConfig, setupCleaner } from '../setup.js';
import { forThread } from '../thread-cleaner.js';

const OPTIONS = {
  ...CLEANER_OPTIONS,
  ...HELP_OPTION,
  field: { type: 'string' },
  'out-field': { type: 'string' },
  labels: { type: 'boolean', short: 'l' },
  workers: { type: 'string', short: 'w' },
  rejects: { type: 'string' },
} as const;

/** Records per task sent to a worker: enough to amortize the messaging. */
export const BATCH_SIZE = 64;
/** Tasks in flight per worker: bounds the reorder buffer, so memory stays constant. */
export const IN_FLIGHT_PER_WORKER = 4;
/**
 * Old-generation ceiling of each worker thread, MB. V8 lets a heap grow to a multiple of its live
 * size before a full collection, and that multiple follows the ceiling: 4× under Node's default
 * (up to 4 GB on a large machine), ≈ 1.4× at 512 MB. A worker's live heap is ≈ 30 MB (model and
 * code), so with the defaults each worker grew to ≈ 120 MB of heap and two workers put
 * `dechaff jsonl --workers 2` over the 300 MB of issue 5 (peak RSS on 10 MB of input: 419 MiB
 * with Node's defaults, 320 MiB with a 1 GB ceiling alone; the young generation below does the
 * rest). 512 MB still cleans a record of ≈ 10 MB of text in a worker (≈ 50 MiB of heap per MB of
 * document, BENCHMARKS.md section 5); a batch whose worker runs out of it is cleaned again in the
 * main thread, which has Node's full heap, so no record is lost.
 */
export const WORKER_MAX_OLD_GENERATION_MB = 512;
/**
 * Young-generation size of each worker thread, MB (Node's default is up to 48 on 64-bit). The
 * garbage of a 64-record batch dies young either way; a smaller nursery only means more, cheaper
 * scavenges. Measured with two workers on 30 MB of input (peak RSS of the process): 16 MB → 286
 * MiB, 8 → 265, 4 → 254, with no slowdown that stood out of the noise of a shared machine.
 */
export const WORKER_MAX_YOUNG_GENERATION_MB = 4;

/** One input line. */
interface Line {
  file: string;
  line: number;
  /** The text, or null when the bytes were not valid UTF-8. */
  text: string | null;
  /** The bytes decoded leniently (for the reject report). */
  lossy?: string;
}

/** A batch of lines, in input order. */
interface Batch {
  lines: Line[];
}

/**
 * `dechaff jsonl [file…]`: clean one string field of every JSON Lines record, streaming.
 *
 * @param args the arguments after `jsonl`
 * @returns the exit code: 0 every line cleaned, 1 some line rejected, 2 usage or input error
 */
export async function jsonlCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'jsonl');
  if (values.help) {
    await writeStdout(HELP.jsonl);
    return EXIT.ok;
  }
  const field = stringOption(values, 'field') ?? 'text';
  const outField = stringOption(values, 'out-field') ?? field;
  if (field === '') throw new CliError('jsonl: --field must not be empty', true);
  if (outField === '') throw new CliError('jsonl: --out-field must not be empty', true);
  const labels = values.labels === true;
  if (labels && (outField === 'dechaff' || field === 'dechaff')) throw new CliError('jsonl: --labels writes the "dechaff" field; choose another --field/--out-field', true);
  const workersFlag = stringOption(values, 'workers');
  const workers = workersFlag === undefined ? await defaultWorkers() : countValue(workersFlag, '--workers');
  const setup = await setupCleaner(values, process.cwd());
  if (values['print-config']) {
    await writeStdout(formatConfig(setup.resolved.config));
    return EXIT.ok;
  }
  const inputs = inputList('jsonl', positionals, 'JSON Lines');
  for (const file of inputs) if (file !== '-') checkReadable(file);
  // Validate the options (also for the workers) without loading the default model: with workers
  // the main thread never cleans, and the model would cost it ≈ 30 MB of heap for nothing.
  buildCleaner({ ...setup.options, model: setup.options.model ?? false });
  let inProcess: ((raw: string) => JsonLineResult) | undefined;
  const cleanInProcess = (batch: Batch): JsonLinesBatchResult => {
    inProcess ??= createJsonLineCleaner(buildCleaner(setup.options), lineOptions);
    return cleanJsonLines(batch.lines.map((l) => l.text), inProcess);
  };
  const lineOptions: JsonLineOptions = { field, outField, labels };
  const rejectsFile = stringOption(values, 'rejects');
  const rejects = rejectsFile === undefined ? undefined : openRejects(rejectsFile);

  let records = 0;
  let rejected = 0;
  const report = async (batch: Batch, result: JsonLinesBatchResult): Promise<void> => {
    await write(stdout(), result.text);
    for (const r of result.rejected) {
      rejected++;
      const l = batch.lines[r.index];
      if (rejects) await write(rejects, `${JSON.stringify({ file: l.file, line: l.line, error: r.error, input: l.text ?? l.lossy })}\n`);
      else process.stderr.write(`dechaff jsonl: ${l.file}:${l.line}: ${r.error}\n`);
    }
  };

  const source = batches(inputs, () => records++);
  const first = await source.next();
  const second = first.done ? first : await source.next();
  if (workers <= 1 || second.done) {
    // In-process: one core, or an input too small to be worth starting threads for.
    const run = async (batch: Batch): Promise<void> => report(batch, cleanInProcess(batch));
    if (!first.done) await run(first.value);
    if (!second.done) await run(second.value);
    for await (const batch of source) await run(batch);
  } else {
    const workerData = workerDataFor(setup.options, setup.model, lineOptions);
    const pool = await startPool(workers, workerData);
    const limit = IN_FLIGHT_PER_WORKER * workers;
    const inFlight: Array<{ batch: Batch; result: Promise<JsonLinesBatchResult> }> = [];
    const submit = (batch: Batch): void => {
      const task: JsonlTask = { lines: batch.lines.map((l) => l.text) };
      const result = pool.run(task) as Promise<JsonLinesBatchResult>;
      result.catch(() => {}); // awaited in order below; this only keeps an early failure from being "unhandled"
      inFlight.push({ batch, result });
    };
    const flushOldest = async (): Promise<void> => {
      const head = inFlight.shift()!;
      let result: JsonLinesBatchResult;
      try {
        result = await head.result;
      } catch (e) {
        // A record too large for a worker's heap ceiling: clean its batch here, with the full heap.
        if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') result = cleanInProcess(head.batch);
        else throw new CliError(`jsonl: a worker failed: ${describeError(e)}`);
      }
      await report(head.batch, result);
    };
    try {
      submit(first.value!);
      submit(second.value!);
      for await (const batch of source) {
        submit(batch);
        while (inFlight.length >= limit) await flushOldest();
      }
      while (inFlight.length > 0) await flushOldest();
    } finally {
      await pool.destroy();
    }
  }
  if (rejects) {
    rejects.end();
    await once(rejects, 'finish');
  }
  process.stderr.write(`dechaff jsonl: ${records} records, ${rejected} rejected${rejects && rejected > 0 ? ` (written to ${rejectsFile})` : ''}\n`);
  return rejected > 0 ? EXIT.findings : EXIT.ok;
}

/** The default `--workers`: the number of cores (node:os loaded here only: ~1.5 ms of every start). */
async function defaultWorkers(): Promise<number> {
  const os = await import('node:os');
  const available = (os as { availableParallelism?: () => number }).availableParallelism;
  return typeof available === 'function' ? available() : Math.max(1, os.cpus().length);
}

/**
 * Fail early (exit 2, before any output) on an input that cannot be read.
 *
 * @param file the path
 */
function checkReadable(file: string): void {
  try {
    if (statSync(file).isDirectory()) throw new CliError(`jsonl: ${file}: ${SYSTEM_MESSAGES.EISDIR}`);
    accessSync(file, constants.R_OK);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new CliError(`jsonl: ${file}: ${SYSTEM_MESSAGES[code] ?? (e as Error).message}`);
  }
}

/**
 * Open the `--rejects` file (created or truncated), failing early when it cannot be written.
 *
 * @param file the path
 * @returns the stream
 */
function openRejects(file: string): WriteStream {
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new CliError(`jsonl: --rejects ${file}: ${SYSTEM_MESSAGES[code] ?? (e as Error).message}`);
  }
  return createWriteStream(file, { fd });
}

/**
 * Write, waiting for 'drain' when the stream's buffer is full (backpressure).
 *
 * @param stream stdout or the rejects file
 * @param text what to write
 */
async function write(stream: Writable, text: string): Promise<void> {
  if (text !== '' && !stream.write(text)) await once(stream, 'drain');
}

/**
 * The non-blank lines of the inputs, in order, in batches of `BATCH_SIZE` (a batch never spans
 * two files). Reads chunk by chunk: memory holds one chunk and one batch, whatever the input size.
 *
 * @param inputs files, `-` for stdin
 * @param count called once per record
 */
async function* batches(inputs: string[], count: () => void): AsyncGenerator<Batch> {
  let batch: Line[] = [];
  for (const file of inputs) {
    const name = file === '-' ? '<stdin>' : file;
    const stream = file === '-' ? process.stdin : createReadStream(file);
    let n = 0;
    try {
      for await (const raw of splitLines(stream as AsyncIterable<Buffer>)) {
        n++;
        let bytes = raw;
        if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
        if (n === 1 && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
        if (isBlank(bytes)) continue;
        count();
        let text: string | null;
        let lossy: string | undefined;
        try {
          text = STRICT_UTF8.decode(bytes);
        } catch {
          text = null;
          lossy = bytes.toString('utf8');
        }
        batch.push({ file: name, line: n, text, ...(lossy !== undefined && { lossy }) });
        if (batch.length >= BATCH_SIZE) {
          yield { lines: batch };
          batch = [];
        }
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      throw new CliError(`jsonl: ${name}: ${SYSTEM_MESSAGES[code] ?? describeError(e)}`);
    }
    if (batch.length > 0) {
      yield { lines: batch };
      batch = [];
    }
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Split a byte stream at `\n`, holding only the current chunk and a partial line.
 *
 * @param stream the bytes
 */
async function* splitLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let carry: Buffer[] = [];
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      if (carry.length > 0) {
        carry.push(piece);
        yield Buffer.concat(carry);
        carry = [];
      } else {
        yield piece;
      }
      start = nl + 1;
    }
    if (start < chunk.length) carry.push(chunk.subarray(start));
  }
  if (carry.length > 0) yield Buffer.concat(carry);
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

/**
 * What each worker gets: the cleaner's options as they cross threads (`forThread`), the field
 * names and `--labels`.
 */
function workerDataFor(options: CleanerOptions, model: { toJSON(): unknown } | undefined, line: JsonLineOptions): JsonlWorkerData {
  return { ...forThread(options, model), line };
}

/** The pool's interface as used here. */
interface Pool {
  run(task: unknown): Promise<unknown>;
  destroy(): Promise<void>;
}

/**
 * Start the worker pool (piscina is loaded only now, so in-process runs do not pay for it).
 *
 * @param workers threads
 * @param workerData what each worker builds its cleaner from
 * @returns the pool
 */
async function startPool(workers: number, workerData: JsonlWorkerData): Promise<Pool> {
  const url = new URL('./jsonl-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new CliError(`jsonl: the worker script ${fileURLToPath(url)} is missing (a build without it?); run with --workers 1`);
  const { Piscina } = await import('piscina');
  return new Piscina({
    filename: url.href,
    workerData,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_MAX_YOUNG_GENERATION_MB },
  }) as unknown as Pool;
}
