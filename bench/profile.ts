/**
 * CPU profile of clean() on the clean() corpus: top self-time functions and files.
 * Runs a small driver (bench/drivers/profile-clean.ts) in a fresh `node --import tsx` process on
 * the bundle of bench/lib/bundled.ts (frames mapped back to src/ modules) so
 * that the profile names src/ files. Also runnable alone: `npx tsx bench/profile.ts [out.cpuprofile]`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT } from './lib/data.js';
import { log, num, pct, table } from './lib/util.js';
import { BUNDLE } from './lib/bundled.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function where(url: string): string {
  if (!url) return '(native / V8)';
  let p = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (p.startsWith(ROOT + path.sep)) p = path.relative(ROOT, p);
  if (p.startsWith('node:')) return p;
  return p.replace(/^.*node_modules\//, 'node_modules/');
}

/** Maps a line of a bundle built by tsup/esbuild to the module it came from, using the
 * `// src/…` / `// node_modules/…` comments esbuild writes before each module. */
function bundleLocator(file: string, label = 'dist/index.js'): (line: number) => string {
  const marks: Array<[number, string]> = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((l, i) => {
    const m = /^\/\/ ((?:src|data|node_modules)\/\S+)$/.exec(l);
    if (m) marks.push([i, m[1].replace(/^.*node_modules\//, 'node_modules/')]);
  });
  return (line) => {
    let lo = 0;
    let hi = marks.length - 1;
    let best = '(bundle prelude)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid][0] <= line) { best = marks[mid][1]; lo = mid + 1; } else hi = mid - 1;
    }
    return `${label} ← ${best}`;
  };
}

/** Self time per function and per file from a .cpuprofile. */
export function summarize(profile: CpuProfile, top = 15, bundle?: { url: string; locate: (line: number) => string }): { functions: string; files: string; totalMs: number; byFile: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const totalMs = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    const f = bundle && n.callFrame.url === bundle.url ? bundle.locate(n.callFrame.lineNumber) : where(n.callFrame.url);
    const name = n.callFrame.functionName || '(anonymous)';
    const key = n.callFrame.url ? `\`${name}\` — ${f}` : `${name}`;
    fn.set(key, (fn.get(key) ?? 0) + ms);
    const fileKey = n.callFrame.url ? f : name.startsWith('(') ? name : '(native / V8)';
    file.set(fileKey, (file.get(fileKey) ?? 0) + ms);
  }
  const rows = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, ms]) => [n, num(ms), pct(ms / totalMs)]);
  return {
    functions: table(['function — file', 'self ms', 'share'], rows(fn, top)),
    files: table(['file', 'self ms', 'share'], rows(file, 12)),
    totalMs,
    byFile: file,
  };
}

/**
 * CPU profile of one cold process (\`node --cpu-prof\` on bench/drivers/cold.mjs): import
 * dist/index.js and clean a small file. Frames in the bundle are mapped back to their modules.
 */
export function profileCold(smallFile: string): { body: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dechaff-coldprof-'));
  try {
    const dist = path.join(ROOT, 'dist', 'index.node.js');
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '100', path.join(ROOT, 'bench', 'drivers', 'cold.mjs'), dist, smallFile, 'clean'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    if (r.status !== 0 || files.length === 0) return { body: `Cold-start profile unavailable (exit ${r.status}).` };
    const profile = JSON.parse(fs.readFileSync(path.join(dir, files[0]), 'utf8')) as CpuProfile;
    const s = summarize(profile, 12, { url: pathToFileURL(dist).href, locate: bundleLocator(dist, 'dist/index.node.js') });
    return {
      body: [
        `\`node --cpu-prof\` on one cold process (\`bench/drivers/cold.mjs\`: import \`dist/index.node.js\`, clean a small document; ${num(s.totalMs)} ms sampled, whole process). Frames inside the bundle are attributed to their source module by esbuild's \`// src/…\` comments. ` +
          `\`(program)\` is V8 parsing and compiling code, \`(garbage collector)\` GC.`,
        '',
        '**Self time by module**',
        '',
        s.files,
        '',
        '**Self time by function (top 12)**',
        '',
        s.functions,
      ].join('\n'),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function profileClean(out?: string): { body: string; byFile: Map<string, number>; totalMs: number } {
  const file = out ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dechaff-prof-')), 'clean.cpuprofile');
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'drivers', 'profile-clean.ts'), file, BUNDLE], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) return { body: `Profile unavailable: the driver exited with ${r.status}: ${(r.stderr ?? '').slice(0, 300)}`, byFile: new Map(), totalMs: 0 };
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const s = summarize(profile, 15, { url: pathToFileURL(BUNDLE).href, locate: (line) => bundleLocator(BUNDLE, 'bundle')(line).replace(/^bundle ← /, '') });
  if (!out) fs.rmSync(path.dirname(file), { recursive: true, force: true });
  log(`profile: ${num(s.totalMs)} ms sampled`);
  return {
    byFile: s.byFile,
    totalMs: s.totalMs,
    body: [
      `V8 sampling profiler (the one behind \`node --cpu-prof\`, here through \`node:inspector\` so that only the measured window is recorded) on a driver that cleans the clean() corpus once to warm up, then twice more while profiling (\`bench/drivers/profile-clean.ts\`, on the bundle of bench/lib/bundled.ts, frames attributed to their src/ module by esbuild's \`// src/…\` comments; ${num(s.totalMs)} ms sampled). ` +
        `Regular-expression matching is counted as self time of the function that calls \`test\`/\`exec\`/\`replace\`; \`(garbage collector)\` is V8's GC. Run \`npx tsx bench/profile.ts out.cpuprofile\` to keep a profile for Chrome DevTools.`,
      '',
      '**Self time by function (top 15)**',
      '',
      s.functions,
      '',
      '**Self time by file**',
      '',
      s.files,
    ].join('\n'),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  const { body } = profileClean(out);
  process.stdout.write(body + '\n');
  if (out) process.stderr.write(`profile written to ${out}\n`);
}
