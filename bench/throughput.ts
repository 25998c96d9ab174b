/**
 * Sections 2–4: clean() throughput against the line-normalizing floor, the Traditional →
 * Simplified step against opencc-js, and scaling with document size.
 */
import { Converter } from 'opencc-js/t2cn';
import { lib } from './lib/bundled.js';
import { buildDocument, hanBlocks, loadBlocks, loadDocuments, loadPages } from './lib/data.js';
import type { Section, Target } from './lib/report.js';
import { bytesUtf8, log, measure, num, pct, ratio, table } from './lib/util.js';

const { BUILTIN_RULES, clean, createCleaner, defaultModel, detectLanguage, extractFeatures, normalizeForScoring, segment, toSimplified, buildContext, scanBlock, PHRASES } = lib;
const LINE = /\r\n|\r|\n/;

/** The floor: what any line-based cleaner must at least do — split into lines, normalize each. */
export function floor(text: string): number {
  let n = 0;
  for (const line of text.split(LINE)) n += line.normalize('NFKC').toLowerCase().length;
  return n;
}

const MB = 1e6;

// --- 2. clean() throughput ----------------------------------------------------------------------

export async function cleanSection(): Promise<Section & { mbps: number; floorMbps: number; skeletonMbps: number; stages: Record<string, number> }> {
  const { docs, source } = loadDocuments();
  const bytes = docs.reduce((a, d) => a + bytesUtf8(d), 0);
  const lines = docs.reduce((a, d) => a + d.split(LINE).filter((l) => l.trim() !== '').length, 0);
  log(`clean: ${docs.length} documents, ${num(bytes / MB)} MB, ${lines} non-blank lines`);
  const first = performance.now();
  clean(docs[0]);
  const firstMs = performance.now() - first;

  const c = await measure('clean', () => { for (const d of docs) clean(d); }, { time: 0, iterations: 3, warmup: 1 });
  const f = await measure('floor', () => { for (const d of docs) floor(d); }, { time: 1000, iterations: 10, warmup: 2 });
  const mbps = bytes / MB / (c.mean / 1000);
  const floorMbps = bytes / MB / (f.mean / 1000);
  log(`clean: ${num(mbps)} MB/s, floor ${num(floorMbps)} MB/s`);

  // The same pass without the classifier, without the rules, and without either: what the
  // pipeline costs before any scoring (segmenting, joining lines, normalizing, the block scan for
  // units, topic words and shingles, the context, page detection, decisions, passes, rendering).
  // Each row says how far the targets are from the design itself, not from one stage.
  const allRules = BUILTIN_RULES.map((r) => r.id);
  const variants: Array<[string, ReturnType<typeof createCleaner>]> = [
    ['`clean()` without the classifier (`model: false`)', createCleaner({ model: false })],
    [`\`clean()\` without the ${allRules.length} rules (\`disableRules\`: all)`, createCleaner({ disableRules: allRules })],
    ['`clean()` with neither: the pipeline before any scoring', createCleaner({ model: false, disableRules: allRules })],
  ];
  const variantRows: string[][] = [];
  const variantMbps: number[] = [];
  for (const [name, cleaner] of variants) {
    const v = await measure(name, () => { for (const d of docs) cleaner.clean(d); }, { time: 0, iterations: 3, warmup: 1 });
    variantMbps.push(bytes / MB / (v.mean / 1000));
    variantRows.push([name, `${num(v.mean)} ms`, num(variantMbps[variantMbps.length - 1]), ratio(v.mean / f.mean)]);
  }
  // The last variant has neither the classifier nor the rules.
  const skeletonMbps = variantMbps[variants.length - 1];
  log(`clean variants: ${variantRows.map((r) => `${r[2]} MB/s`).join(', ')}`);

  // Whole pages (page mode: the main-text search over menus and footers), for information: the
  // targets are read on the corpus above.
  const pages = loadPages();
  let pageRow: string[] | undefined;
  let pageNote = '';
  if (pages) {
    const pageBytes = pages.docs.reduce((a, d) => a + bytesUtf8(d), 0);
    const pc = await measure('clean pages', () => { for (const d of pages.docs) clean(d); }, { time: 0, iterations: 3, warmup: 1 });
    const pf = await measure('floor pages', () => { for (const d of pages.docs) floor(d); }, { time: 1000, iterations: 10, warmup: 2 });
    const pageMbps = pageBytes / MB / (pc.mean / 1000);
    log(`clean pages: ${num(pageMbps)} MB/s`);
    pageRow = [`\`clean()\` on whole pages (${pages.docs.length} pages, ${num(pageBytes / MB)} MB; their floor ${num(pf.mean)} ms)`, `${num(pc.mean)} ms`, num(pageMbps), ratio(pc.mean / pf.mean)];
    pageNote = ` The last row, for information (the targets are read on the corpus above): whole scraped pages, ${pages.source}, where page mode first finds the main text among menus and footers; its ratio is to the floor on the same pages.`;
  }

  const stages = await stageBreakdown(docs, c.mean);

  const targets: Target[] = [
    { name: 'clean() vs the floor', goal: 'within 5× of the floor', measured: `${ratio(c.mean / f.mean)} the floor's time`, met: c.mean / f.mean <= 5 },
    { name: 'clean() throughput', goal: '≥ 20 MB/s per core', measured: `${num(mbps)} MB/s (one thread)`, met: mbps >= 20 },
  ];
  const body = [
    `Corpus: ${source}: ${docs.length} documents, ${num(bytes / MB)} MB of UTF-8, ${lines.toLocaleString('en-US')} non-blank lines, Chinese (Traditional and Simplified) and English. ` +
      `\`clean()\` runs with the default cleaner (shared, built once; the model is loaded before timing — the first call, which loads it, took ${num(firstMs)} ms). ` +
      `The floor splits the same text into lines and runs \`line.normalize('NFKC').toLowerCase()\` on each. One timed call = the whole corpus; clean ${c.runs} calls after 1 warm-up (±${num(c.rme, 2)} %), floor ${f.runs} calls (±${num(f.rme, 2)} %). ` +
      `clean() is single-threaded, so its MB/s is per core. ` +
      `The three rows after \`clean()\` run the same documents through cleaners built without the classifier, without the rules, and without either (\`createCleaner({ model: false, disableRules })\`), 3 calls each: the last is what the pipeline costs before any block is scored (segmenting, joining wrapped lines, normalizing, the block scan for lengths, topic words and shingles — one pass that also hashes the feature keys, dropped here —, the document context, page detection, decisions, later passes, rendering), and shows how far the targets are from the design itself.${pageNote}`,
    '',
    table(
      ['what', 'time per corpus pass', 'MB/s', 'time ÷ floor'],
      [
        ['floor (split + NFKC + lower case)', `${num(f.mean)} ms`, num(floorMbps), '1.00×'],
        ['`clean()`', `${num(c.mean)} ms`, num(mbps), ratio(c.mean / f.mean)],
        ...variantRows,
        ...(pageRow ? [pageRow] : []),
      ],
    ),
    '',
    stages.md,
  ].join('\n');
  return { title: '2. `clean()` throughput', body, targets, summary: [`clean ${num(mbps)} MB/s, floor ${num(floorMbps)} MB/s, ratio ${ratio(c.mean / f.mean)}; before any scoring ${num(skeletonMbps)} MB/s`], mbps, floorMbps, skeletonMbps, stages: stages.data };
}

/**
 * Where clean()'s time goes, stage by stage, by re-running each stage of the pipeline on the
 * same corpus (internal modules of src/, read only). Best effort: if the internals change shape,
 * the table says so instead of failing the suite.
 */
async function stageBreakdown(docs: readonly string[], cleanBefore: number): Promise<{ md: string; data: Record<string, number> }> {
  try {
    const segs = docs.map((d) => segment(d));
    const blocks = segs.flat();
    const norms = blocks.map((b) => normalizeForScoring(b.text));
    const langs = docs.map((d) => detectLanguage(d));
    const ctxs = docs.map((d, i) => buildContext(segs[i], langs[i].language, langs[i].script));
    const model = defaultModel();
    const opt = { time: 0, iterations: 2, warmup: 1 };
    const rows: Array<[string, number]> = [];
    rows.push(['segment (split into line blocks)', (await measure('segment', () => { for (const d of docs) segment(d); }, opt)).mean]);
    rows.push(['detectLanguage (script counts, franc on non-CJK) — `analyze()` only, not part of clean()', (await measure('detect', () => { for (const d of docs) detectLanguage(d); }, opt)).mean]);
    rows.push(['normalizeForScoring per block (NFKC, T→S, lower case)', (await measure('norm', () => { for (const b of blocks) normalizeForScoring(b.text); }, opt)).mean]);
    rows.push(['scanBlock per block (feature keys, units, topic words, shingles, shapes in one scan; as clean() calls it)', (await measure('scan', () => { for (const n of norms) scanBlock(n, true, false); }, opt)).mean]);
    rows.push(['  of which feature keys alone (no topic words or shingles)', (await measure('features', () => { for (const n of norms) scanBlock(n, false, false); }, opt)).mean]);
    const ctxTotal = (await measure('buildContext', () => { docs.forEach((d, i) => buildContext(segs[i], langs[i].language, langs[i].script)); }, opt)).mean;
    const ruleRows: Array<[string, number]> = [];
    for (const r of BUILTIN_RULES) {
      const t = await measure(`rule ${r.id}`, () => { for (const { blocks: bs, doc } of ctxs) for (const b of bs) r.test(b, doc); }, opt);
      ruleRows.push([`rule \`${r.id}\``, t.mean]);
    }
    // The twelve phrase rules share one scan per block (PHRASES.scan, kept with the block): the
    // rows above read it from that cache, so it is measured here on its own.
    ruleRows.push(['the phrase scan the twelve phrase rules share (`PHRASES.scan`)', (await measure('phrase scan', () => { for (const n of norms) PHRASES.scan(n); }, opt)).mean]);
    ruleRows.sort((a, b) => b[1] - a[1]);
    const rulesTotal = ruleRows.reduce((a, r) => a + r[1], 0);
    const feats = norms.map((n) => extractFeatures(n));
    const keys = norms.map((n) => scanBlock(n, false, false).keys.slice());
    const cls = (await measure('classify', () => { for (const f of feats) model.classifyFeatures(f, 3); }, opt)).mean;
    const cls0 = (await measure('classify0', () => { for (const k of keys) model.classifyKeys(k, k.length / 2); }, opt)).mean;
    // clean() once more now, so that the reference for the shares is contemporaneous with the
    // stages (on a busy machine speed drifts over a run).
    const cleanAfter = (await measure('clean again', () => { for (const d of docs) clean(d); }, { time: 0, iterations: 1, warmup: 0 })).mean;
    const cleanMs = (cleanBefore + cleanAfter) / 2;
    const buildOther = ctxTotal - rows[2][1] - rows[3][1];
    // What clean() runs: no language detection, no evidence (those are analyze()'s).
    const known = rows[0][1] + rows[2][1] + rows[3][1] + Math.max(0, buildOther) + rulesTotal + cls0;
    const all: Array<[string, number]> = [
      ...rows,
      ['buildContext bookkeeping (maps of shingles and topic words; rest of buildContext)', Math.max(0, buildOther)],
      [`all ${BUILTIN_RULES.length} rules (\`rule.test\` on every block)`, rulesTotal],
      ...ruleRows.slice(0, 6).map(([n, t]) => [`  of which ${n}`, t] as [string, number]),
      ['classifier (`classifyKeys(keys)`, as clean() calls it)', cls0],
      ['  for comparison: from feature strings with evidence (`classifyFeatures(features, 3)`, as analyze() calls it)', cls],
      ['rest of clean() (scores, decide, render, later passes), by difference', Math.max(0, cleanMs - known)],
    ];
    const bytes = docs.reduce((a, d) => a + bytesUtf8(d), 0);
    const data: Record<string, number> = { detect: rows[1][1], classify: cls, classify0: cls0, rules: rulesTotal, scan: rows[3][1], bodyEcho: ruleRows.find((r) => r[0].includes('body-echo'))?.[1] ?? 0, features: rows[4][1], clean: cleanMs, docs: docs.length, nonCjkDocs: langs.filter((l) => l.script !== 'Hant' && l.script !== 'Hans').length };
    const md = [
      `**Where the time goes** (each stage re-run alone on the same ${blocks.length.toLocaleString('en-US')} blocks, best effort: stages measured apart do not sum exactly to the whole; shares are of the mean of the clean() pass above and one more pass right after the stages, ${num(cleanMs)} ms; the last row is what remains, so it also absorbs measurement noise — the CPU profile in "Where the time goes" below is the cross-check):`,
      '',
      table(['stage', 'ms per corpus pass', 'ms per MB', 'share of clean()'], all.map(([n, t]) => [n, num(t), num(t / (bytes / MB)), pct(t / cleanMs)])),
    ].join('\n');
    return { md, data };
  } catch (e) {
    return { md: `Stage breakdown unavailable (internal modules changed: ${(e as Error).message}).`, data: {} };
  }
}

// --- 3. Traditional → Simplified ----------------------------------------------------------------

export async function t2sSection(): Promise<Section> {
  const { blocks } = loadBlocks();
  const { docs } = loadDocuments();
  const { lines, source } = hanBlocks(blocks, docs);
  const bytes = lines.reduce((a, l) => a + bytesUtf8(l), 0);
  const convert = Converter({ from: 'hk', to: 'cn' });
  const o = await measure('opencc', () => { for (const l of lines) convert(l); }, { time: 1000, iterations: 3, warmup: 1 });
  const n = await measure('normalizeForScoring', () => { for (const l of lines) normalizeForScoring(l); }, { time: 1000, iterations: 5, warmup: 1 });
  const t = await measure('toSimplified', () => { for (const l of lines) toSimplified(l); }, { time: 1000, iterations: 5, warmup: 1 });
  let same = 0;
  let chars = 0;
  let sameChars = 0;
  for (const l of lines) {
    const a = Array.from(toSimplified(l));
    const b = Array.from(convert(l));
    if (a.join('') === b.join('')) same++;
    if (a.length === b.length) {
      chars += a.length;
      for (let i = 0; i < a.length; i++) if (a[i] === b[i]) sameChars++;
    }
  }
  const mbps = (ms: number): number => bytes / MB / (ms / 1000);
  log(`t2s: opencc ${num(mbps(o.mean))} MB/s, normalizeForScoring ${num(mbps(n.mean))} MB/s`);
  const body = [
    `Text: ${source}, ${num(bytes / MB)} MB of UTF-8, converted one block at a time. opencc-js: \`Converter({ from: 'hk', to: 'cn' })\` from \`opencc-js/t2cn\` (phrase and character dictionaries). ` +
      `dechaff: \`normalizeForScoring\` (NFKC + a character table generated from opencc-js + lower case) and its table step \`toSimplified\` alone.`,
    '',
    table(
      ['converter', 'MB/s', 'time ÷ opencc-js'],
      [
        ['opencc-js `Converter({from:"hk",to:"cn"})`', num(mbps(o.mean)), '1.00×'],
        ['dechaff `normalizeForScoring` (NFKC + T→S + lower case)', num(mbps(n.mean)), ratio(n.mean / o.mean)],
        ['dechaff `toSimplified` (table only)', num(mbps(t.mean)), ratio(t.mean / o.mean)],
      ],
    ),
    '',
    `Agreement: \`toSimplified\` gives exactly opencc-js's output on ${pct(same / lines.length)} of the blocks and the same character on ${pct(sameChars / Math.max(1, chars))} of character positions (blocks of equal length); ` +
      `the differences are opencc's phrase-level choices (e.g. one Traditional character with two Simplified readings), which a per-character table cannot make — harmless for scoring, which never shows its output.`,
  ].join('\n');
  return { title: '3. Traditional → Simplified: `normalizeForScoring` vs opencc-js', body, targets: [], summary: [`T→S: normalizeForScoring ${num(mbps(n.mean))} MB/s vs opencc ${num(mbps(o.mean))} MB/s (${ratio(o.mean / n.mean)} faster)`] };
}

// --- 4. scaling ---------------------------------------------------------------------------------

export async function scalingSection(opts: { sizes: number[]; maxProjectedMs: number }): Promise<Section & { perMb: number[] }> {
  const { docs } = loadDocuments();
  clean(docs[0]);
  const rows: Array<Array<string>> = [];
  const perMb: number[] = [];
  let prev: { bytes: number; ms: number } | undefined;
  let exponent = 1;
  const notes: string[] = [];
  for (const size of opts.sizes) {
    const text = buildDocument(docs, size, 42 + size);
    const bytes = bytesUtf8(text);
    if (prev) {
      const projected = prev.ms * Math.pow(bytes / prev.bytes, Math.max(1, exponent));
      if (projected > opts.maxProjectedMs) {
        notes.push(`${num(size / MB, 2)} MB skipped: projected ${num(projected / 1000)} s for one call exceeds the ${num(opts.maxProjectedMs / 1000)} s budget.`);
        rows.push([label(size), num(bytes, 3), 'skipped', '—', '—', '—', '—']);
        continue;
      }
    }
    const big = bytes >= 5 * MB;
    const mid = bytes >= 500_000;
    const c = await measure(`clean ${size}`, () => clean(text), { time: big || mid ? 0 : 1000, iterations: big ? 1 : mid ? 2 : 5, warmup: big ? 0 : 1 });
    const f = await measure(`floor ${size}`, () => floor(text), { time: 300, iterations: big ? 2 : 5, warmup: 1 });
    const msPerMb = c.mean / (bytes / MB);
    perMb.push(msPerMb);
    if (prev) exponent = Math.log(c.mean / prev.ms) / Math.log(bytes / prev.bytes);
    prev = { bytes, ms: c.mean };
    rows.push([label(size), num(bytes, 3), `${num(c.mean)} ms (${c.runs} call${c.runs > 1 ? 's' : ''})`, num(msPerMb), num(f.mean / (bytes / MB)), ratio(c.mean / f.mean), ratio(msPerMb / perMb[0])]);
    log(`scaling: ${label(size)} ${num(c.mean)} ms, ${num(msPerMb)} ms/MB`);
  }
  const spread = Math.max(...perMb) / Math.min(...perMb);
  const body = [
    `Documents built from the clean() corpus by drawing whole documents in a seeded random order (so paragraphs and their order vary), joined by blank lines; one \`clean()\` call per document. A large document draws the ${docs.length} documents more than once (10 MB about seven times): every repeat has its lines made distinct by a few trailing blanks (\`buildDocument\` in bench/lib/data.ts), so that no block of a document is the same string as another — \`clean()\` scores a repeated block text once per call, and a 10 MB document of repeats measured 124 ms per MB against 273 for 1 MB, a discount real documents do not get.`,
    '',
    table(['document', 'bytes', 'clean() per call', 'clean() ms per MB', 'floor ms per MB', 'clean ÷ floor', 'ms/MB vs the 1 KB document'], rows),
    '',
    `Time per MB varies by ${ratio(spread)} (largest ÷ smallest) across sizes${spread <= 2 ? ': flat, no superlinear stage' : ': not flat'}. ` +
      (perMb[0] === Math.min(...perMb)
        ? 'The 1 KB document is the cheapest per MB: a document of 30 or more blocks is also tested for page shape (its end blocks classified jusText-style, src/page-classify.ts, and every block when an end has a run of short lines), which a 1 KB document never is, and every later pass re-runs the contextual rules and the shared-count table over all its remaining blocks; per MB the large documents stay within a constant factor of each other (no superlinear stage).'
        : 'Small documents pay per-document costs (the cleaner\'s per-document maps and passes) over less text.') +
      (notes.length ? ' ' + notes.join(' ') : ''),
  ].join('\n');
  return { title: '4. Scaling with document size', body, targets: [], summary: [`scaling ms/MB: ${perMb.map((x) => num(x)).join(' / ')}`], perMb };
}

function label(size: number): string {
  return size >= MB ? `~${num(size / MB, 2)} MB` : `~${num(size / 1000, 3)} KB`;
}
