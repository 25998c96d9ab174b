/**
 * Section 5: cold start of a fresh `node` process importing the built library (dist/), the CLI on
 * a small file, default model load time, and peak RSS cleaning a 10 MB document.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lib } from './lib/bundled.js';
import { buildDocument, loadDocuments, ROOT } from './lib/data.js';
import type { Section, Target } from './lib/report.js';
import { profileCold } from './profile.js';
import { bytesUtf8, log, measure, median, num, ratio, table } from './lib/util.js';

const { loadModel } = lib;

const DRIVERS = path.join(ROOT, 'bench', 'drivers');
/** What Node resolves `dechaff` to (the package's "node" condition): the model read from dist/model.bin. */
const DIST = path.join(ROOT, 'dist', 'index.node.js');
const MODEL_BIN = path.join(ROOT, 'dist', 'model.bin');
/** The package's bin (what `dechaff` runs once installed): dist/cli.cjs. */
const CLI = path.join(ROOT, (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: { dechaff: string } }).bin.dechaff);
const CLI_NAME = path.relative(ROOT, CLI);
/** dist/cli.js, which starts the bin, for `node dist/cli.js` as the README runs it. */
const CLI_STARTER = path.join(ROOT, 'dist', 'cli.js');

/** Build dist/ with tsup when it is missing (the cold-start processes run the built library). */
export function ensureDist(): string {
  if (fs.existsSync(DIST)) {
    const newestSrc = newest(path.join(ROOT, 'src'));
    const built = fs.statSync(DIST).mtimeMs;
    return newestSrc > built ? ` dist/ is older than the newest file in src/ (by ${num((newestSrc - built) / 1000, 2)} s): the subprocess figures are for the last build.` : '';
  }
  log('dist/ missing: building with npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run build failed');
  return ' dist/ was built by the bench (`npm run build`).';
}

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

interface Run {
  ms: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], timeoutMs = 30_000): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { ms: performance.now() - t0, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export async function coldStartSection(opts: { runs: number; rssBytes: number }): Promise<Section & { phases: Record<string, number>; processes: { base: number; clean: number; cli?: number }; coldProfile?: string; rss: { clean: number; floor: number; bytes: number } }> {
  const distNote = ensureDist();
  const { docs } = loadDocuments();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dechaff-bench-'));
  try {
    // A small file: the first corpus document of 1–4 KB (real chaff around a real body).
    const small = docs.find((d) => bytesUtf8(d) >= 1000 && bytesUtf8(d) <= 4000) ?? docs[0];
    const smallFile = path.join(tmp, 'small.txt');
    fs.writeFileSync(smallFile, small);

    // Does the CLI clean yet? It must exit 0 and print what clean() returns.
    const expected = run([path.join(DRIVERS, 'cold.mjs'), DIST, smallFile, 'print']);
    if (expected.status !== 0) throw new Error(`dist/index.node.js does not run: ${expected.stderr.slice(0, 300)}`);
    let cliProblem: string | undefined;
    if (!fs.existsSync(CLI) || !fs.existsSync(CLI_STARTER)) cliProblem = `${CLI_NAME} or dist/cli.js does not exist`;
    else {
      for (const cli of [CLI, CLI_STARTER]) {
        const c = run([cli, 'clean', smallFile]);
        const name = path.relative(ROOT, cli);
        if (c.status !== 0) cliProblem = `\`node ${name} clean <file>\` exits with ${c.status}: ${JSON.stringify((c.stderr || c.stdout).trim().split('\n')[0]?.slice(0, 160) ?? '')}`;
        else if (c.stdout.trimEnd() !== expected.stdout.trimEnd()) cliProblem = `\`node ${name} clean <file>\` exits 0 but does not print the cleaned text (it prints ${JSON.stringify(c.stdout.trim().split('\n')[0]?.slice(0, 80) ?? '')})`;
      }
    }
    if (cliProblem) log(`cold start: CLI not measurable: ${cliProblem}`);

    // Round-robin the variants so that drift on the machine hits all of them alike.
    const variants: Array<{ key: string; label: string; args: string[] }> = [
      { key: 'base', label: '`node -e 0` (baseline)', args: ['-e', '0'] },
      { key: 'import', label: 'import `dist/index.node.js` only', args: [path.join(DRIVERS, 'cold.mjs'), DIST, smallFile, 'import'] },
      { key: 'clean', label: `import \`dist/index.node.js\` + one \`clean()\` of a ${num(bytesUtf8(small) / 1000, 2)} KB document`, args: [path.join(DRIVERS, 'cold.mjs'), DIST, smallFile, 'clean'] },
    ];
    if (!cliProblem) {
      variants.push({ key: 'cli', label: `\`dechaff clean <${num(bytesUtf8(small) / 1000, 2)} KB file>\` (the bin, \`node ${CLI_NAME}\`)`, args: [CLI, 'clean', smallFile] });
      variants.push({ key: 'cliStarter', label: `the same as \`node dist/cli.js clean …\` (an ES module that requires the bin)`, args: [CLI_STARTER, 'clean', smallFile] });
    }
    const times: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.key, []]));
    for (const v of variants) run(v.args); // one unmeasured run each: page cache
    for (let i = 0; i < opts.runs; i++) {
      for (const v of variants) {
        const r = run(v.args);
        if (r.status !== 0) throw new Error(`${v.label} failed: ${r.stderr.slice(0, 300)}`);
        times[v.key].push(r.ms);
      }
    }
    const med = (k: string): number => median(times[k]);
    // Phases of the cold process (inside it, from performance.now()).
    const phases: Array<Record<string, number>> = [];
    for (let i = 0; i < opts.runs; i++) {
      const r = run([path.join(DRIVERS, 'cold.mjs'), DIST, smallFile, 'phases']);
      if (r.status === 0) phases.push(JSON.parse(r.stdout.trim()) as Record<string, number>);
    }
    const ph = (k: string): number => median(phases.map((p) => p[k]));
    log(`cold start: node -e 0 ${num(med('base'))} ms, import+clean ${num(med('clean'))} ms`);

    // Default model load, in process: the packed model the build ships, read and fully validated
    // as any packed model (checksum, every key, count and total), then one classification; the
    // JSON form of the same model for comparison.
    const jsonPath = path.join(ROOT, 'data', 'model.json');
    const parse = await measure('read model.bin', () => fs.readFileSync(MODEL_BIN), { time: 1500, iterations: 10, warmup: 2 });
    const load = await measure('load model.bin', () => loadModel(fs.readFileSync(MODEL_BIN)).classify('hello'), { time: 1500, iterations: 10, warmup: 2 });
    const loadJson = await measure('load model.json', () => loadModel(JSON.parse(fs.readFileSync(jsonPath, 'utf8'))).classify('hello'), { time: 1500, iterations: 5, warmup: 1 });
    const modelBytes = fs.statSync(MODEL_BIN).size;
    const vocab = loadModel(fs.readFileSync(MODEL_BIN)).vocabularySize;

    // Peak RSS, 10 MB document, fresh processes.
    const bigFile = path.join(tmp, 'big.txt');
    const big = buildDocument(docs, opts.rssBytes, 4242);
    fs.writeFileSync(bigFile, big);
    const rss = (mode: string): { maxRSSKiB: number; ms: number } => {
      const r = run([path.join(DRIVERS, 'rss.mjs'), DIST, bigFile, mode], 300_000);
      if (r.status !== 0) throw new Error(`rss ${mode} failed: ${r.stderr.slice(0, 300)}`);
      return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { maxRSSKiB: number; ms: number };
    };
    const rssFloor = rss('floor');
    const rssClean = rss('clean');
    const baseRss = JSON.parse(run(['-e', 'process.stdout.write(JSON.stringify(process.resourceUsage().maxRSS))']).stdout) as number;
    log(`peak RSS: clean ${num(rssClean.maxRSSKiB / 1024)} MiB, floor ${num(rssFloor.maxRSSKiB / 1024)} MiB`);

    const base = med('base');
    const rows = variants.map((v) => [v.label, num(med(v.key)), num(Math.min(...times[v.key])), num(Math.max(...times[v.key])), num(med(v.key) - base), ratio(med(v.key) / base)]);
    if (cliProblem) rows.push(['`dechaff clean <file>`', 'not measurable yet', '—', '—', '—', '—']);
    const coldMs = med('clean');
    // The cold start is "import plus the first clean() in a fresh process" (the CLI's is
    // "as a whole process"): the time inside the process, import to the end of the first clean(),
    // median over the runs. The whole process, which includes Node's own start, is reported too.
    const inProcess = median(phases.map((p) => p.importMs + p.modelMs + p.firstCleanMs));
    const coldProfile = inProcess > 100 || coldMs > 200 || (!cliProblem && med('cli') > 200) ? profileCold(smallFile).body : undefined;
    const targets: Target[] = [
      {
        name: 'Cold start: import + first clean() in a fresh process (dist/index.node.js)',
        goal: '≤ 100 ms',
        measured: `${num(inProcess)} ms median inside the process (import ${num(ph('importMs'))} + model ${num(ph('modelMs'))} + first clean ${num(ph('firstCleanMs'))} ms); the whole process, spawn to exit, ${num(coldMs)} ms, of which Node's own start (\`node -e 0\`) is ${num(base)} ms`,
        met: inProcess <= 100,
      },
      cliProblem
        ? { name: '`dechaff clean` on a small file', goal: '≤ 200 ms', measured: `not measurable yet: ${cliProblem}`, met: null }
        : { name: '`dechaff clean` on a small file', goal: '≤ 200 ms', measured: `${num(med('cli'))} ms median (the bin, \`node ${CLI_NAME}\`, as a whole process; \`node dist/cli.js\` ${num(med('cliStarter'))} ms)`, met: med('cli') <= 200 },
    ];
    const body = [
      `Wall time of \`spawnSync(process.execPath, …)\` from spawn to exit, ${opts.runs} runs per variant (variants interleaved run by run, after one unmeasured run each), median with min and max. ` +
        `The library runs from the build in \`dist/\`.${distNote}`,
      '',
      table(['process', 'median ms', 'min ms', 'max ms', 'median − baseline (ms)', '÷ baseline'], rows),
      '',
      `Inside the cold process (median of ${phases.length} runs, \`performance.now()\`): Node was ready ${num(ph('sinceStart'))} ms after its own start; importing \`dist/index.node.js\` (${num(fs.statSync(DIST).size / 1e6)} MB, the phrase lists bundled, franc and redos-detector in \`dist/lazy/\`, the model in \`dist/model.bin\`) took **${num(ph('importMs'))} ms**, ` +
        `\`defaultModel()\` (reading \`dist/model.bin\` up to its vocabulary) **${num(ph('modelMs'))} ms**, the first \`clean()\` of the ${num(bytesUtf8(small) / 1000, 2)} KB document **${num(ph('firstCleanMs'))} ms** and the same call again ${num(ph('secondCleanMs'))} ms (the difference is one-time work: lazy tables, the phrase trie, regex compilation, first touches of memory, JIT warm-up).`,
      '',
      `**Model load** (in process, tinybench, so with the JIT warm: the cold figure is \`defaultModel()\` above): the packed model \`dist/model.bin\`, ${num(modelBytes / 1e6)} MB, ${vocab.toLocaleString('en-US')} features, read with \`loadModel(bytes)\` — full validation (checksum, every key and count, totals), which the shipped model skips — and one classification. Baseline: reading the file alone.`,
      '',
      table(
        ['what', 'median ms', 'mean ms', '÷ baseline'],
        [
          ['read `dist/model.bin` (baseline)', num(parse.p50), num(parse.mean), '1.00×'],
          ['read + `loadModel(bytes)` + one `classify()`', num(load.p50), num(load.mean), ratio(load.p50 / parse.p50)],
          ['the same model as JSON: read + `JSON.parse` + `loadModel` + one `classify()`', num(loadJson.p50), num(loadJson.mean), ratio(loadJson.p50 / parse.p50)],
        ],
      ),
      '',
      `**Peak RSS** (\`process.resourceUsage().maxRSS\` at the end of a fresh process that reads a ${num(bytesUtf8(big) / 1e6, 3)} MB document and processes it once). Baseline: the same process running the floor (split + NFKC + lower case) instead of \`clean()\`.`,
      '',
      table(
        ['process', 'peak RSS (MiB)', 'time of the one call', '÷ floor process'],
        [
          ['`node -e` (empty process, for scale)', num(baseRss / 1024), '—', ratio(baseRss / rssFloor.maxRSSKiB)],
          [`read ${num(bytesUtf8(big) / 1e6, 2)} MB + floor (baseline)`, num(rssFloor.maxRSSKiB / 1024), `${num(rssFloor.ms)} ms`, '1.00×'],
          [`read ${num(bytesUtf8(big) / 1e6, 2)} MB + import dist + \`clean()\``, num(rssClean.maxRSSKiB / 1024), `${num(rssClean.ms / 1000)} s`, ratio(rssClean.maxRSSKiB / rssFloor.maxRSSKiB)],
        ],
      ),
    ].join('\n');
    return {
      title: '5. Cold start, CLI, model load, peak memory',
      body,
      targets,
      coldProfile,
      rss: { clean: rssClean.maxRSSKiB, floor: rssFloor.maxRSSKiB, bytes: bytesUtf8(big) },
      phases: { importMs: ph('importMs'), modelMs: ph('modelMs'), firstCleanMs: ph('firstCleanMs'), secondCleanMs: ph('secondCleanMs') },
      processes: { base, clean: coldMs, ...(!cliProblem && { cli: med('cli') }) },
      summary: [`cold start ${num(coldMs)} ms (node -e 0 ${num(base)} ms); CLI ${cliProblem ? 'not measurable' : num(med('cli')) + ' ms'}; model load ${num(load.p50)} ms; peak RSS ${num(rssClean.maxRSSKiB / 1024)} MiB`],
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
