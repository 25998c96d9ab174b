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
import { ROOT } from './lib/data.js';
import { verdict, type Section, type Target } from './lib/report.js';
import { log, num, pct, ratio, table } from './lib/util.js';
import { profileClean } from './profile.js';
import { sizesSection } from './sizes.js';
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
      // natural's budget keeps the whole suite under ~8 minutes on a 2-core machine: its training
      // cost grows with vocabulary × data (1,000 corpus blocks ≈ 70 s there).
      classifier: { sizes: [1000, 10_000, 50_000], naturalTrainBudgetMs: 25_000, naturalMaxBlocks: 1000, naturalEvalBudgetMs: 15_000, heldOutShare: 0.2 },
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
    const detect = Math.max(share(st.detect), prof(/franc|trigram-utils|n-gram|collapse-white-space/));
    if (detect > 0.1) {
      notes.push(
        `**Language detection (franc) — ${pct(share(st.detect))} of \`clean()\` by stage timing** (profile: ${pct(prof(/franc|trigram-utils|n-gram|collapse-white-space/))} of self time in franc and its trigram helpers). ` +
          `\`detectLanguage\` (src/script.ts) calls \`franc()\` on up to 4,000 characters of every non-CJK document (${st.nonCjkDocs} of the ${st.docs} here), and franc compares the sample's trigrams against every language it knows: ≈ ${num(st.detect / Math.max(1, st.nonCjkDocs))} ms per document whatever its length, which is why the 1 KB document costs ${num((r.scaling.perMb[0] ?? 0) / (r.scaling.perMb[r.scaling.perMb.length - 1] || 1))}× more per MB than the large ones (section 4). ` +
          `Options: pass franc \`{ only: [...] }\` with the languages dechaff can use (the 24 of \`ISO3_TO_1\`; measured ≈ 3× faster with 8 languages), sample fewer characters, or ask franc only when a rule needs a language that the script counts do not give.`,
      );
    }
    const cls = Math.max(share(st.classify), prof(/bayes\.ts/));
    if (cls > 0.05) {
      notes.push(
        `**Classifier evidence — ${pct(share(st.classify))} of \`clean()\` by stage timing** (profile: ${pct(prof(/bayes\.ts/))} of self time in src/bayes.ts). \`vote()\` in src/cleaner.ts calls \`classifyFeatures(features, 3)\`; with \`explain > 0\` it builds a Set, an object per distinct feature and sorts them all to keep three. ` +
          `The same call without evidence takes ${num(st.classify0)} ms instead of ${num(st.classify)} ms per corpus pass (${ratio(st.classify / Math.max(1e-9, st.classify0))}). Keeping a running top three (no Set, no sort), or computing evidence only for \`analyze()\`, would remove most of the difference.`,
      );
    }
    const sh = Math.max(share(st.shingles), prof(/shingles\.ts/) / 2);
    if (sh > 0.03) {
      notes.push(
        `**Shingles — ${pct(share(st.shingles))} of \`clean()\` per computation by stage timing** (profile: ${pct(prof(/shingles\.ts/))} of self time). \`shingles()\` (src/shingles.ts) builds an array of characters and a \`slice().join()\` string per position; \`buildContext\` computes it for every block, and rule \`body-echo\` computes it again for the same block (${num(st.bodyEcho)} ms per pass). Caching the set on the block context would halve it; a rolling window over the string (\`substring\`) instead of \`slice().join()\` would cut the rest.`,
      );
    }
    const fe = Math.max(share(st.features), prof(/features\.ts/));
    if (fe > 0.03) notes.push(`**Feature extraction — ${pct(share(st.features))} of \`clean()\` by stage timing** (profile: ${pct(prof(/features\.ts/))} of self time in src/features.ts, with \`textUnits\` and \`stemWord\`): one Unicode-property regex test per character (\`CJK_CHAR\`, \`WORD_CHAR\`, \`/\\s/\`) and string concatenation per bigram; \`textUnits\` walks the same text again with the same regexes. A code-point range check for the common cases would be cheaper.`);
    const rules = share(st.rules);
    if (rules > 0.05) notes.push(`**Rules — ${pct(rules)} of \`clean()\`** in all; the costliest are listed in section 2. Each rule runs its own regexes over \`norm\` of every block.`);
    const msPerMb = 1000 / r.cleanS.mbps;
    const rest = msPerMb * (1 - share(st.detect) - share(Math.max(0, (st.classify ?? 0) - (st.classify0 ?? 0))));
    notes.push(
      `**Everything together**: at ${num(r.cleanS.mbps)} MB/s, \`clean()\` takes ${num(msPerMb)} ms per MB, ${ratio(r.cleanS.floorMbps / r.cleanS.mbps)} the floor; the 5× target allows about ${num((5 * 1000) / r.cleanS.floorMbps)} ms per MB and 20 MB/s allows 50. ` +
        `Without language detection and the evidence sort it would still take ≈ ${num(rest)} ms per MB (by this run's stage shares)${rest > 50 ? ', so meeting the targets also needs the per-block pipeline itself to get several times cheaper: fewer passes over each block (one scan producing features, units, topic words and shingles), fewer per-block allocations (reason objects and note strings are built for every block even by `clean()`, which discards them)' : ''}.`,
    );
  }
  const ph = r.cold.phases;
  if (ph && Number.isFinite(ph.importMs)) {
    notes.push(
      `**Cold start**: inside the process, import ${num(ph.importMs)} ms + \`defaultModel()\` ${num(ph.modelMs)} ms + first \`clean()\` ${num(ph.firstCleanMs)} ms (a second call: ${num(ph.secondCleanMs)} ms). ` +
        `Import is V8 compiling a ~3 MB bundle that carries the model as a JavaScript object literal (\`// data/model.json\` in dist/index.js) and franc's language data; \`loadModel\` then re-validates every number, re-serializes the whole model for the checksum and allocates one \`Float64Array\` per vocabulary entry (src/bayes.ts \`fromValidated\`); the first classification builds a second Map of \`Float64Array\` rows (\`compile()\`, with a regex per feature in \`channel()\`), and the garbage collector pays for all those small arrays (see the cold-start profile). ` +
        `Options: ship the model as a JSON string parsed with \`JSON.parse\` (faster than an object literal) or as packed typed-array data; skip the deep validation and checksum for the bundled model (it is checked at build time); store counts in one flat \`Float64Array\` and compile the log-probabilities into another; load lazily only what the first document needs.`,
    );
  }
  if (r.cold.rss && r.cold.rss.clean / r.cold.rss.floor > 3) {
    notes.push(
      `**Peak memory**: cleaning the ${num(r.cold.rss.bytes / 1e6, 2)} MB document peaks at ${num(r.cold.rss.clean / 1024)} MiB RSS, ${ratio(r.cold.rss.clean / r.cold.rss.floor)} the floor process (≈ ${num((r.cold.rss.clean - r.cold.rss.floor) / 1024 / (r.cold.rss.bytes / 1e6))} MiB per MB of input). ` +
        `\`analyze()\` keeps every block's normalized text, feature array, topic set, rule hits, reason objects with note strings and classifier probabilities alive until the end, plus document-wide maps of shingles and topic words; \`clean()\` needs only the labels. Keeping only scores and labels per block once it is scored (reasons, notes and probabilities only for \`analyze()\`), and freeing normalized texts and feature arrays after the rules and classifier have run, would cut most of it.`,
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
    if (slower.length) notes.push(`**Classifier training** (no target, for information): slower than wink's at ${slower.map((n) => `${num(n, 2)} blocks (${ratio(at('dechaff', n)!.trainMs / at('wink', n)!.trainMs)} wink's time)`).join(', ')}. \`addFeatures\` allocates a \`Float64Array\` per new feature and \`compile()\` rebuilds a second Map with a regex per feature (\`channel()\`); one flat typed array of counts indexed through a single \`Map<string, number>\` would avoid both.`);
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
  const sections: Section[] = [classifier, cleanS, t2s, scaling, cold, sizes, streaming];
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
    '- In-process work imports `src/` through tsx; cold start, the CLI and peak memory run the build in `dist/` in fresh `node` processes (`bench/drivers/`).',
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
