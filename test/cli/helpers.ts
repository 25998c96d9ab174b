import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onTestFinished } from 'vitest';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built CLI. */
export const CLI = path.join(ROOT, 'dist', 'cli.js');

/** Every built file the tests run: the CLI, the library, the jsonl worker, the Node entry. */
function built(): boolean {
  return [CLI, 'cli.cjs', 'index.js', 'index.node.js', 'index.node.cjs', 'model.bin', 'lazy/franc.cjs', 'lazy/redos-detector.cjs', 'jsonl-worker.js', 'node.js'].every((f) => existsSync(f === CLI ? f : path.join(ROOT, 'dist', f)));
}
/** The test fixtures. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

const LOCK = path.join(os.tmpdir(), 'dechaff-cli-test-build.lock');

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Build the project once when `dist/cli.js` is missing. Test files run in parallel, so a lock
 * directory makes one of them build while the others wait.
 */
export function ensureBuilt(): void {
  if (built()) return;
  let owner = false;
  try {
    mkdirSync(LOCK);
    owner = true;
  } catch {
    // another test file is building
  }
  if (owner) {
    try {
      // Twice at most: the library build cleans dist/ and can race with the CLI build.
      for (let i = 0; i < 2 && !built(); i++) {
        execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
      }
      // What `npm run build` does after tsup: the CLI's code cache (scripts/code-cache.mjs).
      execFileSync(process.execPath, ['scripts/code-cache.mjs'], { cwd: ROOT, stdio: 'ignore' });
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  } else {
    for (let waited = 0; existsSync(LOCK) && waited < 120_000; waited += 200) sleep(200);
  }
  if (!existsSync(CLI)) throw new Error('dist/cli.js was not built');
}

/** The result of running the CLI. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the built CLI as a subprocess.
 *
 * @param args its arguments
 * @param options working directory, stdin
 */
export function run(args: string[], options: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv }): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary directory, removed when the test that made it finishes (call it inside a
 * test: the suite runs files in one module graph, so a file-level hook here would run once). */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dechaff-cli-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Write a file (creating folders).
 *
 * @param dir the base directory
 * @param name the relative path
 * @param content the content
 * @returns the absolute path
 */
export function put(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/**
 * A fixture's content.
 *
 * @param name the fixture's file name
 */
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The built library (for comparing with `clean()`). */
export async function library(): Promise<{ clean: (text: string, options?: object) => string }> {
  return import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href);
}

/** The seed-like fixture, by part. */
export const SEED = {
  ad: ['🎬 Netflix 4K 共享車位 只需', 'HK$58/月!', '不用提供密碼、不用VPN、無需轉區', '立即升級你的帳號 ➜ 即享 4K 無廣告播放'],
  adLines: [6, 7, 8, 9],
  commentaryLines: [19, 20],
  /** What --fix must leave: front matter, title and the news paragraphs. */
  body: `---
title: 颱風消息
date: 2024-09-01
---

颱風「海葵」逼近 天文台考慮改發八號信號

天文台表示，颱風海葵今早位於香港東南約四百公里，預料向西北移動，時速約十五公里，逐漸靠近廣東東部沿岸。天文台稍後會評估是否需要改發八號烈風或暴風信號，市民應留意最新天氣消息。

受颱風外圍雨帶影響，本港今日天氣不穩定，間中有大驟雨及狂風雷暴。天文台預料明日風勢顯著增強，離岸及高地吹強風，海有大浪，市民應避免前往海灘或進行水上活動。

運輸署提醒駕駛人士，若八號信號生效，部分公共交通服務將逐步暫停，渡輪服務亦可能提早停航，乘客應預留時間回家。
`,
};
