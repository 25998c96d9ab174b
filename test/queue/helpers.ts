/**
 * Helpers of the queue tests: a private redis-server per test file (on a free port, no
 * persistence, killed afterwards), worker processes of the built CLI, and the rule for a machine
 * without redis-server: CI fails loudly, a local run skips with the reason shown.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CLI, ROOT } from '../cli/helpers.js';

/** Whether `redis-server` can be run. */
export const HAVE_REDIS = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

const MISSING = 'redis-server is not on PATH (Debian: apt-get install redis-server; .ci/run installs it)';

/**
 * `describe` for tests that need a real Redis: skipped, with the reason in its name and on
 * stderr, when redis-server is missing locally; failing when it is missing in CI.
 *
 * @param name the suite's name
 * @param fn the suite
 */
export function describeWithRedis(name: string, fn: () => void): void {
  if (HAVE_REDIS) {
    describe(name, { timeout: 90_000 }, fn);
  } else if (process.env.CI) {
    describe(name, () => {
      it('needs redis-server', () => {
        throw new Error(`${MISSING}: the queue tests cannot run`);
      });
    });
  } else {
    process.stderr.write(`[test/queue] skipped "${name}": ${MISSING}\n`);
    describe.skip(`${name} (skipped: ${MISSING})`, fn);
  }
}

/**
 * A redis-server of the suite's own, started before its tests and stopped after them.
 *
 * @param before more setup to run first (such as building dist/), with the same timeout
 * @returns a getter for the server (valid inside the tests)
 */
export function useRedis(before?: () => void): () => RedisServer {
  let redis: RedisServer | undefined;
  beforeAll(async () => {
    if (!HAVE_REDIS) return;
    before?.();
    redis = await startRedis();
  }, 180_000);
  afterAll(async () => {
    await redis?.stop();
  });
  return () => redis!;
}

/** A running redis-server. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Stop it (SIGKILL: nothing is persisted anyway). */
  stop(): Promise<void>;
}

/** A TCP port that was free a moment ago. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Start a private redis-server on 127.0.0.1 and a free port; resolves once it accepts connections.
 *
 * @returns the server
 */
export async function startRedis(): Promise<RedisServer> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const ready = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        if (/ready to accept connections/i.test(output)) done(true);
      }, 20);
      const done = (ok: boolean): void => {
        clearInterval(timer);
        resolve(ok);
      };
      child.on('exit', () => done(false));
      setTimeout(() => done(false), 10_000);
    });
    if (ready) {
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
      };
    }
    child.kill('SIGKILL');
    if (attempt >= 2) throw new Error(`redis-server did not start: ${output.slice(-500)}`);
  }
}

/** A worker process of the built CLI. */
export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** Resolves once it has connected and is taking jobs. */
  ready: Promise<void>;
  /** Resolves with its exit code and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Start `node dist/cli.js worker --redis URL --queue NAME …`.
 *
 * @param url the Redis URL
 * @param queue the queue
 * @param extra more arguments
 * @returns the process
 */
export function spawnWorker(url: string, queue: string, extra: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [CLI, 'worker', '--redis', url, '--queue', queue, ...extra], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let err = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('cleaning queue')) resolve();
    });
    void exited.then(({ code, signal }) => reject(new Error(`the worker exited (${code ?? signal}) before it was ready: ${err}`)));
  });
  ready.catch(() => {});
  return { child, stderr: () => err, ready, exited };
}

/**
 * Wait until a condition holds.
 *
 * @param what for the timeout message
 * @param check the condition
 * @param timeoutMs how long at most
 */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 45_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
