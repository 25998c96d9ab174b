/**
 * Throughput of the distributed worker: documents per second with 1 and 2 `dechaff worker`
 * processes on one private redis-server. Not part of `npm run bench`; run it by hand after
 * `npm run build`:
 *
 *   npx tsx bench/queue.ts [--docs N] [--workers 1,2,4]
 *
 * Each run enqueues N distinct documents (the test fixtures, each with a numbered line) on a
 * fresh queue while the workers are idle and ready, and times from the first enqueue to the
 * last result. The figures include Redis round-trips and, on a small machine, Redis and the
 * workers competing for the same cores.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createQueue } from '../src/queue/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist', 'cli.js');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
/** Documents per run: a few seconds of work for one worker. */
const DOCS = Number(flag('--docs', '3000'));
const WORKERS = flag('--workers', '1,2').split(',').map(Number);

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'docs');
const texts = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));
const docs = Array.from({ length: DOCS }, (_, i) => ({ n: i, text: `${texts[i % texts.length]}\n\nArchive note ${i}.` }));
const megabytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1e6;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startRedis(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/ready to accept connections/i.test(out)) resolve();
    });
  });
  return { url: `redis://127.0.0.1:${port}`, child };
}

function startWorker(url: string, queue: string): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, [CLI, 'worker', '--redis', url, '--queue', queue], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ready = new Promise<void>((resolve) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('cleaning queue')) resolve();
    });
  });
  return { child, ready };
}

const redis = await startRedis();
const rows: string[] = [];
try {
  for (const n of WORKERS) {
    const name = `bench-${n}`;
    const workers = Array.from({ length: n }, () => startWorker(redis.url, name));
    await Promise.all(workers.map((w) => w.ready));
    const q = await createQueue({ redis: redis.url, queue: name });
    const start = performance.now();
    await q.add(docs);
    while ((await q.counts()).results < DOCS) await new Promise((r) => setTimeout(r, 20));
    const seconds = (performance.now() - start) / 1000;
    await q.close();
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => new Promise((r) => w.child.on('exit', r))));
    rows.push(`| ${n} | ${DOCS} | ${seconds.toFixed(2)} | ${Math.round(DOCS / seconds)} | ${(megabytes / seconds).toFixed(2)} |`);
    process.stderr.write(`${n} worker(s): ${seconds.toFixed(2)} s\n`);
  }
} finally {
  redis.child.kill('SIGKILL');
}
console.log(`Queue throughput (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}; ${DOCS} documents, ${megabytes.toFixed(1)} MB; Node ${process.version})\n`);
console.log('| worker processes | documents | seconds | documents/s | MB/s |\n|---|---|---|---|---|');
console.log(rows.join('\n'));
