import { Bench } from 'tinybench';

/** Seeded PRNG (mulberry32): the same seed gives the same samples on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(xs: readonly T[], rng: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const a = xs.slice().sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

export interface Timing {
  /** Mean time per call, ms. */
  mean: number;
  /** Median time per call, ms. */
  p50: number;
  /** Relative margin of error, %. */
  rme: number;
  /** Calls measured (warm-up excluded). */
  runs: number;
}

export interface MeasureOptions {
  /** Time budget, ms (tinybench keeps going until both this and `iterations` are met). */
  time?: number;
  /** Least measured calls. */
  iterations?: number;
  /** Warm-up calls (0: none). */
  warmup?: number;
}

/**
 * Time one function with tinybench. Every in-process figure of the suite goes through here.
 *
 * @param name task name (for errors)
 * @param fn the work of one call
 * @param opts budget
 */
export async function measure(name: string, fn: () => unknown, opts: MeasureOptions = {}): Promise<Timing> {
  const warm = opts.warmup ?? 1;
  const b = new Bench({
    time: opts.time ?? 500,
    iterations: opts.iterations ?? 5,
    warmup: warm > 0,
    warmupIterations: warm,
    warmupTime: 0,
    throws: true,
  });
  // async: false skips tinybench's detection call (one extra, untimed call of fn), which matters
  // for multi-second one-shot tasks.
  b.add(name, fn, { async: false });
  await b.run();
  const r = b.tasks[0].result as unknown as { state: string; latency: { mean: number; p50: number; rme: number; samplesCount?: number; samples?: number[] }; totalTime: number };
  if (r.state !== 'completed') throw new Error(`${name}: tinybench state ${r.state}`);
  const runs = Math.max(1, Math.round(r.totalTime / r.latency.mean));
  return { mean: r.latency.mean, p50: r.latency.p50, rme: Number.isFinite(r.latency.rme) ? r.latency.rme : 0, runs };
}

/** Number with a fixed count of significant digits, thousands separated. */
export function num(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const mag = Math.floor(Math.log10(Math.abs(x)));
  const decimals = Math.max(0, digits - 1 - mag);
  return x.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A ratio as "12.3×". */
export function ratio(x: number): string {
  return Number.isFinite(x) ? `${num(x)}×` : '—';
}

export function pct(x: number): string {
  return `${(100 * x).toFixed(1)} %`;
}

export function bytesUtf8(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** A Markdown table. */
export function table(head: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>): string => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Log progress to stderr (stdout stays clean). */
export function log(msg: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}
