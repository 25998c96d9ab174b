/**
 * dechaff benchmark suite: `npm run bench` (tsx bench/run.ts). Writes BENCHMARKS.md.
 *
 * Options: `--quick` (small sizes, for checking the suite itself; its BENCHMARKS.md says so),
 * `--out <file>` (write elsewhere than BENCHMARKS.md).
 *
 * In-process figures come from tinybench (bench/lib/util.ts `measure`), each next to a baseline
 * run in the same process; cold start and peak memory come from fresh `node` processes running
 * the build in dist/. Progress goes to stderr.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classifierSection } from './classifier.js';
import { coldStartSection } from './coldstart.js';
import { lib } from './lib/bundled.js';
import { markdownSection } from './markdown.js';
import { ROOT } from './lib/data.js';
import { verdict, type Section, type Target } from './lib/report.js';
import { log, num, pct, ratio, table } from './lib/util.js';
import { profileClean } from './profile.js';
import { sizesSection } from './sizes.js';

/** Bytes of dist/model.bin before its vocabulary: what `defaultModel()` reads in the Node builds. */
function modelPrefixBytes(): number {
  const bytes = fs.readFileSync(path.join(ROOT, 'dist', 'model.bin'));
  return lib.packedPrefixLength(bytes) ?? bytes.length;
}
import { streamingSection, streamMegabytes } from './streaming.js';
import { cleanSection, scalingSection, t2sSection } from './throughput.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outArg = args.indexOf('--out');
const outFile = outArg >= 0 ? path.resolve(args[outArg + 1]) : path.join(ROOT, 'BENCHMARKS.md');

const CONFIG = quick
  ? {
      classifier: { sizes: [1000, 5000], naturalTrainBudgetMs: 3000, naturalMaxBlocks: 300, naturalEvalBudgetMs: 3000, heldOutShare: 0.2 },
      scaling: { sizes: [1e3, 1e5, 1e6], maxProjectedMs: 10_000 },
      cold: { runs: 5, rssBytes: 2e6 },
      sizes: { documentBytes: 5e6, lineChars: 1e6, emptyLines: 100_000 },
      streaming: { megabytes: process.env.DECHAFF_BENCH_STREAM_MB ? streamMegabytes() : 50 },
    }
  : {
      // natural's budget fits its training on 1,000 blocks (the issue's smallest size) on a slow
      // machine: its cost grows with vocabulary × data, so a smaller set flatters it, and at 25 s
      // the same build's verdict changed with the machine (1,325× at 1,000 blocks, 39 s; 975× on a
      // machine that projected 40 s and trained natural on 500). Still a cap against a machine
      // several times slower.
      classifier: { sizes: [1000, 10_000, 50_000], naturalTrainBudgetMs: 60_000, naturalMaxBlocks: 1000, naturalEvalBudgetMs: 15_000, heldOutShare: 0.2 },
      scaling: { sizes: [1e3, 1e5, 1e6, 1e7], maxProjectedMs: 60_000 },
      cold: { runs: 11, rssBytes: 1e7 },
      sizes: { documentBytes: 5e7, lineChars: 1e7, emptyLines: 1_000_000 },
      // 1 GB (issue 5's size) unless DECHAFF_BENCH_STREAM_MB says otherwise; ≈ 30 min on 2 busy cores.
      streaming: { megabytes: streamMegabytes() },
    };

function machine(): string[] {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((c) => c.model.trim()))].join(', ');
  return [
    `- CPU: ${models} — ${cpus.length} logical cores (os.cpus()), ${os.arch()}`,
    `- Memory: ${num(os.totalmem() / 2 ** 30)} GiB`,
    `- OS: ${os.type()} ${os.release()}`,
    `- Node: ${process.version} (V8 ${process.versions.v8})`,
  ];
}

/**
 * Hot spots for the lead, from this run's measurements. Each note appears only when its stage is
 * a measurable share of the time, so a fixed hot spot drops out of the report by itself.
 */
function hotSpots(r: {
  classifier: Awaited<ReturnType<typeof classifierSection>>;
  cleanS: Awaited<ReturnType<typeof cleanSection>>;
  scaling: Awaited<ReturnType<typeof scalingSection>>;
  cold: Awaited<ReturnType<typeof coldStartSection>>;
  profile?: ReturnType<typeof profileClean>;
}): string[] {
  const notes: string[] = [];
  const st = r.cleanS.stages;
  const share = (ms: number | undefined): number => (ms ?? 0) / (st.clean || 1);
  const prof = (re: RegExp): number => {
    if (!r.profile || !r.profile.totalMs) return 0;
    let ms = 0;
    for (const [k, v] of r.profile.byFile) if (re.test(k)) ms += v;
    return ms / r.profile.totalMs;
  };
  if (st.clean) {
    // clean() neither detects the language nor collects evidence (analyze() does): its classifier
    // cost is classifyFeatures(features, 0).
    const cls = Math.max(share(st.classify0), prof(/bayes\.ts|key-index\.ts/));
    if (cls > 0.05) {
      notes.push(
        `**Classifier — ${pct(share(st.classify0))} of \`clean()\` by stage timing** (profile: ${pct(prof(/bayes\.ts|key-index\.ts/))} of self time in src/bayes.ts and src/key-index.ts): a probe of the model's key buckets for each feature key the scan computed, then four additions. ` +
          `With the evidence \`analyze()\` collects it takes ${num(st.classify)} ms instead of ${num(st.classify0)} ms per corpus pass.`,
      );
    }
    const sc = Math.max(share(st.scan), prof(/features\.ts/));
    if (sc > 0.03) notes.push(`**Block scan — ${pct(share(st.scan))} of \`clean()\` by stage timing** (profile: ${pct(prof(/features\.ts/))} of self time in src/features.ts): \`scanBlock\` walks each normalized block once, by code unit, for feature keys (two 32-bit hashes per feature, computed as it reads: no string per character, bigram or word), units, topic words, shingles and the ten shape patterns (gated, and reused by the rules); words are found in the word cache by their key (a slot of eight 32-bit values holds what the word yields, its stem's code units in a pool: one cache line a word), and the Porter stemmer runs on cache misses.`);
    const rules = share(st.rules);
    if (rules > 0.05) notes.push(`**Rules — ${pct(rules)} of \`clean()\`** in all; the costliest are listed in section 2. The twelve phrase rules share one scan of each block (\`src/phrase-scan.ts\`: a trie of every list's phrases, read at the positions where a phrase can start, with each list's pattern's order of alternatives and word edges), which replaced eleven regular expressions — alternations of up to 100 literals, ~20 % of \`clean()\` — at a third of their time on the dev lines (16 vs 47 ms); the other rules run their own regexes over \`norm\`, gated by cheap necessary conditions read from the block's code-unit flags (\`src/unit-flags.ts\`: one table-driven pass per text for every gate, and the shouting and arrow rules' counts, where each gate walked the text again). Findings of the rules that read only the block's text are reused by the later passes. (Tried before: a shared n-gram prefilter for the eleven regexes, no gain.)`);
    const msPerMb = 1000 / r.cleanS.mbps;
    notes.push(
      `**Everything together**: at ${num(r.cleanS.mbps)} MB/s, \`clean()\` takes ${num(msPerMb)} ms per MB, ${ratio(r.cleanS.floorMbps / r.cleanS.mbps)} the floor; the 5× target allows about ${num((5 * 1000) / r.cleanS.floorMbps)} ms per MB and 20 MB/s allows 50. ` +
        `${r.cleanS.skeletonMbps > 0 ? `Without the classifier and the rules (section 2) the same pass runs at ${num(r.cleanS.skeletonMbps)} MB/s, ${num(1000 / r.cleanS.skeletonMbps)} ms per MB: the pipeline before any block is scored already takes ${ratio(r.cleanS.floorMbps / r.cleanS.skeletonMbps)} the floor, ${r.cleanS.floorMbps / r.cleanS.skeletonMbps > 5 ? 'more than the 5× target allows for everything' : 'within the 5× target'}, and ${pct(1000 / r.cleanS.skeletonMbps / 50)} of the 50 ms per MB that 20 MB/s allows. ` : ''}` +
        `${msPerMb > 50 ? `Meeting the targets needs the per-block pipeline itself to get several times cheaper still: by stage timing the block scan is ${pct(share(st.scan))}, the rules (the twelve phrase lists as one trie scan, the others' regexes) ${pct(share(st.rules))} and the classifier's table lookups ${pct(share(st.classify0))}, with no single hot spot left. A rule's regular expression costs about one pass over its block (~1 µs for the mean dev block of ~270 bytes): gating the two costliest on their literals (\`String.includes\` of 9 and 8 literals before the pattern runs) measured no faster in interleaved runs (attribution 5.6–10.4 ms per corpus pass with the pattern alone, 5.6–8.9 gated; reported-speech 4.1–6.2 and 5.0–7.9), so what the rules cost is the number of passes over the text, about one per rule, not any one pattern. The classifier's lookups are memory-bound (keys, bucket offsets and log-probabilities, ~5 MB): a direct-mapped cache of recently seen features (2,048 or 8,192 slots, with their log-probabilities) was tried and gave nothing measurable (1.04× and 0.99× the time); so did, later, an open-addressing table from key to log-probabilities in front of the index (1.05–1.14× the time: a data-dependent branch per feature, and the dev corpus has 143,253 distinct keys of which 37,377 are known), looking up every feature's row before summing (1.06–1.08×), and classifying a whole document's blocks after scanning them all rather than each block as it is scanned (no change: the stages do not evict each other's tables).` : ''}`,
    );
  }
  const ph = r.cold.phases;
  if (ph && Number.isFinite(ph.importMs)) {
    notes.push(
      `**Cold start**: inside the process, import ${num(ph.importMs)} ms + \`defaultModel()\` ${num(ph.modelMs)} ms + first \`clean()\` ${num(ph.firstCleanMs)} ms (a second call: ${num(ph.secondCleanMs)} ms). ` +
        `Import is Node's module loader and V8 compiling the ${num(fs.statSync(path.join(ROOT, 'dist', 'index.node.js')).size / 1000, 0)} KB bundle (franc and redos-detector live in dist/lazy/ and are required on first use). \`defaultModel()\` reads \`dist/model.bin\` up to its vocabulary (${num(modelPrefixBytes() / 1e6)} of ${num(fs.statSync(path.join(ROOT, 'dist', 'model.bin')).size / 1e6)} MB; the vocabulary is read when an explanation or \`toJSON()\` needs it) and uses its keys, bucket offsets, count bytes and per-channel totals in place; no loop over the 100,000 rows. Reading a file costs ~4 µs per KB here: a fresh memory page's first touch costs ~10 µs on this VM. ` +
        `The first \`clean()\` reads the counts of the rows the document touches and computes their log-probabilities, builds the phrase trie and other lazy tables, compiles the remaining regexes on first use, touches fresh memory and runs cold code in V8's interpreter: a second call on the same text takes ${num(ph.secondCleanMs)} ms. ` +
        (r.cold.processes.cli !== undefined
          ? `As whole processes: \`node -e 0\` ${num(r.cold.processes.base)} ms, import and one \`clean()\` ${num(r.cold.processes.clean)} ms, \`dechaff clean\` ${num(r.cold.processes.cli)} ms — Node's own start is ${pct(r.cold.processes.base / r.cold.processes.cli)} of the CLI's time; the CLI adds ${num(r.cold.processes.cli - r.cold.processes.clean)} ms to the library's process (reading its ${num(fs.statSync(path.join(ROOT, 'dist', 'cli-main.cjs')).size / 1000, 0)} KB bundle, argument and config handling) and saves back the compilation of every function that runs: \`dist/cli.cjs\`, the package's bin, compiles the CLI (\`dist/cli-main.cjs\`) from the V8 code cache the build made of a run on the examples (\`src/cli/launch.ts\`; 4–10 ms less in interleaved runs). It is CommonJS: as an ES module, Node's facades of its builtin modules cost ~10–15 ms more, and node:crypto (~6–8 ms) is loaded only when a file is written. The 200 ms target leaves dechaff ${num(200 - r.cold.processes.base)} ms on this machine.`
          : ''),
    );
  }
  if (r.cold.rss && r.cold.rss.clean / r.cold.rss.floor > 3) {
    notes.push(
      `**Peak memory**: cleaning the ${num(r.cold.rss.bytes / 1e6, 2)} MB document peaks at ${num(r.cold.rss.clean / 1024)} MiB RSS, ${ratio(r.cold.rss.clean / r.cold.rss.floor)} the floor process (≈ ${num((r.cold.rss.clean - r.cold.rss.floor) / 1024 / (r.cold.rss.bytes / 1e6))} MiB per MB of input). ` +
        `\`clean()\` keeps per block its normalized text, its topic words and long n-grams as 32-bit hash arrays (for the later passes) and its rule hits and vote; features are dropped as soon as the block is classified, and no reasons or notes are built. A heap snapshot in the middle of a 20 MB run held about 115 MB of live objects (40 MB of them strings: the input and the normalized blocks); the rest of the peak is garbage the collector has not yet reclaimed.`,
    );
  }
  const rows = r.classifier.data.rows;
  const at = (name: string, n: number) => rows.find((x) => x.name === name && x.n === n);
  const sizes = [...new Set(rows.map((x) => x.n))];
  const small = sizes[0];
  const large = sizes[sizes.length - 1];
  const d0 = at('dechaff', small);
  const d1 = at('dechaff', large);
  const w0 = at('wink', small);
  const w1 = at('wink', large);
  const winkMissed = r.classifier.targets.some((t) => /wink/.test(t.name) && !/information/.test(t.name) && t.met === false);
  if (d0 && d1 && w0 && w1 && winkMissed) {
    notes.push(
      `**Classifier vs wink**: dechaff classifies in ${num(d0.classifyMsPerBlock * 1000)} µs per block trained on ${num(small, 2)} blocks and ${num(d1.classifyMsPerBlock * 1000)} µs on ${num(large, 2)} (wink: ${num(w0.classifyMsPerBlock * 1000)} → ${num(w1.classifyMsPerBlock * 1000)} µs): ` +
        `its lead shrinks as the vocabulary grows, because more of each block's tokens are known and each known token costs a \`Map.get\` into a large Map of separately allocated \`Float64Array(4)\` rows plus a loop over the classes (likely cache misses). ` +
        `One \`Map<string, number>\` from feature to index into a single flat \`Float64Array\` of log-probabilities (K per feature) would halve the pointer chasing; pruning (as the shipped model is) shrinks the table. ` +
        (() => {
          const slower = sizes.filter((n) => (at('dechaff', n)?.trainMs ?? 0) > (at('wink', n)?.trainMs ?? Infinity));
          return slower.length
            ? `Training is slower than wink's at ${slower.map((n) => `${num(n, 2)} blocks (${ratio(at('dechaff', n)!.trainMs / at('wink', n)!.trainMs)} wink's time)`).join(', ')}: \`addFeatures\` allocates a \`Float64Array\` per new feature and \`compile()\` rebuilds a second Map with a regex per feature.`
            : '';
        })(),
    );
  }
  if (!winkMissed) {
    const slower = sizes.filter((n) => (at('dechaff', n)?.trainMs ?? 0) > (at('wink', n)?.trainMs ?? Infinity));
    if (slower.length) notes.push(`**Classifier training** (no target, for information): slower than wink's at ${slower.map((n) => `${num(n, 2)} blocks (${ratio(at('dechaff', n)!.trainMs / at('wink', n)!.trainMs)} wink's time)`).join(', ')}. \`addFeatures\` allocates a \`Float64Array\` per new feature, and \`compile()\` sorts the vocabulary and computes every feature's 64-bit key and bucket; one flat typed array of counts would avoid the first.`);
  }
  return notes.map((n) => `- ${n}`);
}

async function main(): Promise<void> {
  const started = new Date();
  const t0 = performance.now();
  const loadBefore = os.loadavg();
  log(`${quick ? 'QUICK ' : ''}run, writing ${path.relative(process.cwd(), outFile) || outFile}`);

  // Run order: the sections most sensitive to a busy machine first; report order is 1–5.
  const cold = await coldStartSection(CONFIG.cold);
  const cleanS = await cleanSection();
  const t2s = await t2sSection();
  const scaling = await scalingSection(CONFIG.scaling);
  const classifier = await classifierSection(CONFIG.classifier);
  const sizes = await sizesSection(CONFIG.sizes);
  const streaming = await streamingSection(CONFIG.streaming);
  const markdown = await markdownSection();
  const sections: Section[] = [classifier, cleanS, t2s, scaling, cold, sizes, streaming, markdown];
  const targets: Target[] = sections.flatMap((s) => s.targets);

  // Where the time goes, when a clean() or cold-start target is missed.
  const missed = targets.filter((t) => t.met === false);
  let profile: ReturnType<typeof profileClean> | undefined;
  if (missed.some((t) => /clean\(\)/.test(t.name))) {
    log('profiling clean()');
    profile = profileClean();
  }
  const loadAfter = os.loadavg();
  const elapsed = (performance.now() - t0) / 1000;

  const md: string[] = [
    '# dechaff benchmarks',
    '',
    `Generated by \`npm run bench\` (\`tsx bench/run.ts\`) on ${started.toISOString().slice(0, 10)} at ${started.toISOString().slice(11, 16)} UTC; the suite took ${num(elapsed)} s.` +
      (quick ? ' **Quick run (`--quick`): reduced sizes, for checking the suite only — not the reference figures.**' : ''),
    '',
    '## Machine',
    '',
    ...machine(),
    `- Load average (1 min) at start ${loadBefore[0].toFixed(2)}, at end ${loadAfter[0].toFixed(2)}` +
      (Math.max(loadBefore[0], loadAfter[0]) > 1 ? ' — **the machine was busy with other work during the run; absolute figures are pessimistic and noisier than usual, ratios (baseline in the same process, same moment) less affected.**' : ''),
    '',
    '## Targets',
    '',
    table(['target', 'goal', 'measured', 'verdict'], targets.map((t) => [t.name, t.goal, t.measured, verdict(t)])),
    '',
    '## Method',
    '',
    '- In-process figures: [tinybench](https://github.com/tinylibs/tinybench) (`bench/lib/util.ts`), mean time of the stated number of calls after warm-up; one call processes a whole batch (a corpus pass, a held-out set) so that timer resolution does not matter. Multi-second one-shot tasks (training on 10k/50k blocks, natural\'s training, the 10 MB document) are timed once.',
    '- Every figure stands next to a baseline measured in the same process at the same time, and the ratio to it: natural\'s and wink\'s classifiers for the classifier, the split-and-normalize floor for `clean()`, opencc-js for Traditional → Simplified, `node -e 0` for cold start, a read-and-parse for model load, a floor process for peak memory.',
    '- In-process work runs `src/` bundled by esbuild into one module, as tsup builds `dist/` (`bench/lib/bundled.ts`: through tsx\'s loader every imported binding is a getter V8 does not inline, and the block scan measured 4× slower), with the shipped model read from `dist/model.bin`; cold start, the CLI and peak memory run the build in `dist/` in fresh `node` processes (`bench/drivers/`).',
    '- Data are sampled with a seeded PRNG (mulberry32): the same inputs on every run.',
    '- MB = 10⁶ bytes of UTF-8; MiB = 2²⁰ bytes.',
    '',
    ...sections.flatMap((s) => [`## ${s.title}`, '', s.body, '']),
  ];
  if (missed.length > 0) {
    md.push('## Where the time goes', '', `Targets missed: ${missed.map((t) => t.name).join('; ')}.`, '', '### Hot spots', '', ...hotSpots({ classifier, cleanS, scaling, cold, profile }), '');
    if (profile) md.push('### CPU profile of `clean()`', '', profile.body, '');
    if (cold.coldProfile) md.push('### CPU profile of a cold start', '', cold.coldProfile, '');
  }
  fs.writeFileSync(outFile, md.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n');

  process.stderr.write('\n');
  for (const s of sections) for (const line of s.summary) log(line);
  for (const t of targets) log(`${t.met === null ? 'N/A   ' : t.met ? 'MET   ' : 'MISSED'} ${t.name}: ${t.measured}`);
  log(`done in ${num(elapsed)} s → ${outFile}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
