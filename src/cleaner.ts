import type { NaiveBayes } from './bayes.js';
import { buildContext, hasLineBreak, type KnownBlock } from './context.js';
import { compileCustomRule } from './custom-rule.js';
import { decide, findAnchors, regionOf, type Decision, type Evidence } from './decide.js';
import { defaultModel } from './default-model.js';
import { DechaffError } from './errors.js';
import type { BlockScan } from './features.js';
import { BUILTIN_RULES, type BlockContext, type Rule, type RuleHit } from './rules/index.js';
import type { BlockClass } from './page-classify.js';
import { holdsMostProse, isPageLike, mainTextRegion, type MainText, type PageJudge } from './page.js';
import { withTextMemos } from './page-text-shape.js';
import { looksLikeMarkdown, markdownView, type LineInfo, type MarkdownView } from './markdown-view.js';
import { repairMojibake } from './mojibake.js';
import { detectLanguage } from './script.js';
import { LINE_BREAK, render, segment } from './segment.js';
import { joinLines } from './wrapped-lines.js';
import { teaserBoxAfter, teaserSummaryBoxAfter } from './teaser-box.js';
import { TUNABLES } from './tunables.js';
import { LABELS, NOISE_LABELS, type Analysis, type BlockAnalysis, type CleanerOptions, type Label, type NoiseLabel, type Reason, type Segment } from './types.js';

/** Why a block outside a page's main text is furniture (`analyze()`'s note). */
function furnitureNote(main: MainText, i: number, count: number): string {
  const span = `blocks ${main.start + 1}–${main.end + 1} of ${count}`;
  const after = main.after;
  if (after === undefined || i < after.start) return `page mode: outside the main text of the page (${span})`;
  return after.kind === 'comment-thread'
    ? `page mode: in the comment thread after the main text (its comment heads — names, time stamps, reply buttons — from block ${after.start + 1} on; main text: ${span})`
    : `page mode: in the teaser list after the main text (its record markers — date lines, headlines shown twice, bylines — from block ${after.start + 1} on; main text: ${span})`;
}

/** A cleaner with rules, model and thresholds compiled once; reuse it across documents. */
export interface Cleaner {
  /** The body blocks of `text`, verbatim, with their original separators (of the text decoded
   * again when it is UTF-8 misread as GBK or Windows-1252: see `CleanerOptions.repairEncoding`). */
  clean(text: string): string;
  /**
   * Every block with its label, score, region and reasons. With `{ explain: false }` only what
   * `clean()` computes: the same labels, scores, regions and removals, but no reasons, no
   * classifier evidence and no language detection (`language` is the `language` option or `und`,
   * `script` is `None`) — several times cheaper, for callers that need the decisions only.
   */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** The rules in force. */
  readonly rules: readonly Rule[];
}

/** Options of `Cleaner.analyze`. */
export interface AnalyzeOptions {
  /** Collect reasons, classifier evidence and the language (default true). */
  explain?: boolean;
  /** Turn `CleanerOptions.repairEncoding` off for this call (a Markdown file is checked as it is). */
  repairEncoding?: boolean;
}

/**
 * Build a cleaner. Options are validated here, once; a bad option is a `DechaffError`
 * (`E_OPTIONS`, `E_RULE` or `E_MODEL`).
 *
 * @param options sensitivity, labels to strip, rules, model, language hint, safety valve
 * @returns a reusable cleaner
 */
export function createCleaner(options: CleanerOptions = {}): Cleaner {
  if (options === null || typeof options !== 'object') throw new DechaffError('E_OPTIONS', 'options must be an object');
  const sensitivity = options.sensitivity ?? 0.5;
  if (typeof sensitivity !== 'number' || !(sensitivity >= 0 && sensitivity <= 1)) throw new DechaffError('E_OPTIONS', '"sensitivity" must be a number from 0 to 1');
  const strip = new Set<NoiseLabel>(options.strip ?? NOISE_LABELS);
  for (const l of strip) if (!NOISE_LABELS.includes(l)) throw new DechaffError('E_OPTIONS', `"strip" may hold only ${NOISE_LABELS.join(', ')}; got ${JSON.stringify(l)}`);
  const maxRemovedShare = options.maxRemovedShare ?? TUNABLES.maxRemovedShare;
  if (typeof maxRemovedShare !== 'number' || !(maxRemovedShare >= 0 && maxRemovedShare <= 1)) throw new DechaffError('E_OPTIONS', '"maxRemovedShare" must be a number from 0 to 1');
  if (options.language !== undefined && (typeof options.language !== 'string' || !/^[a-z]{2,3}$/.test(options.language))) throw new DechaffError('E_OPTIONS', '"language" must be an ISO 639 code such as "zh" or "en"');
  const mode = options.mode ?? 'auto';
  if (mode !== 'auto' && mode !== 'article' && mode !== 'page') throw new DechaffError('E_OPTIONS', '"mode" must be "auto", "article" or "page"');
  const disabled = new Set(options.disableRules ?? []);
  for (const id of disabled) if (!BUILTIN_RULES.some((r) => r.id === id)) throw new DechaffError('E_OPTIONS', `"disableRules": no built-in rule ${JSON.stringify(id)}`);
  const weights = options.ruleWeights ?? {};
  for (const [id, w] of Object.entries(weights)) {
    if (!BUILTIN_RULES.some((r) => r.id === id)) throw new DechaffError('E_OPTIONS', `"ruleWeights": no built-in rule ${JSON.stringify(id)}`);
    if (typeof w !== 'number' || !Number.isFinite(w)) throw new DechaffError('E_OPTIONS', `"ruleWeights.${id}" must be a finite number`);
  }
  const rules: Rule[] = BUILTIN_RULES.filter((r) => !disabled.has(r.id)).map((r) => (id(r) in weights ? { ...r, weight: weights[r.id] } : r));
  for (const r of options.rules ?? []) {
    const compiled = compileCustomRule(r);
    if (rules.some((x) => x.id === compiled.id)) throw new DechaffError('E_RULE', `rule ${JSON.stringify(compiled.id)}: the id is taken`);
    rules.push(compiled);
  }
  let model: NaiveBayes | undefined;
  if (options.model !== false) {
    if (options.model !== undefined && (typeof options.model !== 'object' || typeof options.model.classifyFeatures !== 'function')) {
      throw new DechaffError('E_OPTIONS', '"model" must be a model from train() or loadModel(), or false');
    }
    model = options.model ?? defaultModel();
  }
  const markdown = options.markdown ?? 'auto';
  if (markdown !== 'auto' && typeof markdown !== 'boolean') throw new DechaffError('E_OPTIONS', '"markdown" must be "auto", true or false');
  const repairEncoding = options.repairEncoding ?? true;
  if (typeof repairEncoding !== 'boolean') throw new DechaffError('E_OPTIONS', '"repairEncoding" must be true or false');
  /** The text decoded again, when it is to be and is misread UTF-8 (see `src/mojibake.ts`). */
  const repairOf = (text: unknown, allowed = true): ReturnType<typeof repairMojibake> => (repairEncoding && allowed && typeof text === 'string' ? repairMojibake(text) : undefined);
  const shift = (0.5 - sensitivity) * TUNABLES.sensitivitySpan;
  const localRules = rules.filter((r) => !r.contextual);
  const contextualRules = rules.filter((r) => r.contextual);
  const order = new Map(rules.map((r, i) => [r, i]));

  /** The analysis; with `explain` false (for clean()) the language is not detected and the
   * classifier's strongest features are not collected, which only the explanation needs. */
  function once(text: string, explain: boolean, cache: PassCache, blocksOfText?: readonly Segment[], links?: ReadonlyMap<string, LineInfo>, rawLines?: readonly string[]): Analysis {
    if (typeof text !== 'string') throw new DechaffError('E_INPUT', `expected a string, got ${text === null ? 'null' : typeof text}`);
    // Lines of a hard-wrapped paragraph, or of one split at its links, are one block (in a
    // Markdown view, judged on the Markdown text's own lines, `rawLines`).
    const joined = blocksOfText ? undefined : joinLines(text, segment(text), TUNABLES, rawLines);
    const segments = blocksOfText ?? joined!.blocks;
    const detected = explain ? detectLanguage(text) : { language: 'und', script: 'None' as const };
    const language = options.language ?? detected.language;
    // The classifier votes as each block is scanned (and later passes reuse the vote), so that a
    // block's features are never all alive at once.
    const onFeatures = model ? (t: string, scan: BlockScan): void => void cache.votes.set(t, vote(model!, scan, explain)) : undefined;
    const { blocks, doc } = buildContext(segments, language, detected.script, cache.blocks, onFeatures, explain);
    if (links) doc.markdown = links;
    // 1. Rules and classifier on every block.
    // Rules that read only the block's text give the same findings in every pass: those are
    // reused (later passes were ~30 % of clean() re-running them); contextual rules run again.
    const hits = blocks.map((b) => {
      let local = cache.localHits.get(b.text);
      if (!local) {
        local = [];
        for (const r of localRules) {
          const hit = r.test(b, doc);
          if (hit) local.push({ rule: r, hit });
        }
        cache.localHits.set(b.text, local);
      }
      if (contextualRules.length === 0) return local;
      const list = local.slice();
      for (const r of contextualRules) {
        const hit = r.test(b, doc);
        if (hit) list.push({ rule: r, hit });
      }
      // In the rules' order, as if each had run in turn.
      return list.length > 1 ? list.sort((x, y) => order.get(x.rule)! - order.get(y.rule)!) : list;
    });
    const votes = blocks.map((b) => {
      if (!model) return undefined;
      return cache.votes.get(b.text);
    });
    // Page mode: only the main text of a whole page is judged; the rest is page furniture.
    // A block that would go as chaff even inside the body (a rule agreeing with the classifier)
    // ends a page's main text (see `chaffTrimmedEnd` in src/page.ts); its score without topic
    // discounts, as in `prelim` below. Not the edge threshold: the classifier alone reaches it,
    // and a travel blog's last line ("come and stay a night") then cut itself off.
    // Only labels to strip: a block that would be kept is no chaff to end the main text at. A
    // short sentence with no chaff evidence after the main text closes it (`closingSentencesEnd`).
    // A block's scores without topic discounts, computed once: the page judge and `prelim` read them.
    const unscored: Array<{ scores: Record<NoiseLabel, number>; best: number }> = [];
    const unscoredOf = (i: number): { scores: Record<NoiseLabel, number>; best: number } => (unscored[i] ??= score(hits[i], votes[i], NO_TOPICS, undefined, false, false));
    // The label a block would be removed with even inside the body, if any.
    const sureChaff = (i: number): NoiseLabel | undefined => {
      const { scores: s, best } = unscoredOf(i);
      const label: NoiseLabel = s.boilerplate === best ? 'boilerplate' : s.promo === best ? 'promo' : 'commentary';
      return best >= TUNABLES.innerThreshold + shift && strip.has(label) ? label : undefined;
    };
    const midArticle = (i: number): boolean => hits[i].some(({ rule }) => rule.midArticle);
    const judge: PageJudge = {
      // A picture's credit between paragraphs is no sign that the article has ended.
      chaff: (i) => (midArticle(i) ? undefined : sureChaff(i)),
      plain: (i) => unscoredOf(i).best < TUNABLES.anchorMaxScore,
      midArticleChaff: (i) => midArticle(i) && sureChaff(i) !== undefined,
    };
    const candidate = mode === 'page' || (mode === 'auto' && isPageLike(blocks, TUNABLES, cache.pageClasses)) ? mainTextRegion(blocks, TUNABLES, judge) : undefined;
    const pageMode = candidate !== undefined && (mode === 'page' || holdsMostProse(blocks, candidate, TUNABLES));
    const main: MainText = pageMode ? (links ? fromMarkdownHeadline(candidate, blocks, links, (i) => unscoredOf(i).best) : candidate) : { start: 0, end: blocks.length - 1 };
    const inMain = blocks.slice(main.start, main.end + 1);
    const at = (j: number): number => main.start + j;
    // 2. Rules that fire all through the body are the document's topic: discount them.
    const prelim = inMain.map((_, j) => unscoredOf(at(j)).best);
    const { first, last } = findAnchors(prelim, inMain.map((b) => b.units), TUNABLES);
    const innerFires = new Map<string, number>();
    const fires = new Map<string, number[]>();
    inMain.forEach((_, j) => {
      for (const { rule } of hits[at(j)]) {
        if (rule.label === 'body' || rule.neverTopical) continue;
        if (regionOf(j, inMain.length, first, last, TUNABLES) === 'inner') innerFires.set(rule.id, (innerFires.get(rule.id) ?? 0) + 1);
        const list = fires.get(rule.id) ?? [];
        list.push(j);
        fires.set(rule.id, list);
      }
    });
    const topical = new Set<string>();
    for (const [ruleId, list] of fires) {
      if (list.length >= TUNABLES.topicalMinBlocks && (innerFires.get(ruleId) ?? 0) >= TUNABLES.topicalMinInner) topical.add(ruleId);
    }
    // The title: the short line right before the first long paragraph. Only when no chaff rule
    // fires on it: then the suspicion is the classifier's alone, least reliable on short lines.
    const firstLong = inMain.findIndex((b) => b.units >= TUNABLES.anchorMinUnits);
    const t = firstLong - 1;
    const title = t >= 0 && isTitleLike(inMain[t].text, inMain[t].units) && !hits[at(t)].some(({ rule }) => rule.label !== 'body' && rule.weight > 0) ? t : -1;
    // 3. Final scores with reasons, and the decisions in context.
    const reasons: Reason[][] = blocks.map(() => []);
    const evidence: Evidence[] = [];
    inMain.forEach((b, j) => {
      const s = score(hits[at(j)], votes[at(j)], topical, fires, j === title, explain);
      reasons[at(j)] = s.reasons;
      evidence.push({ scores: s.scores, units: b.units, chars: b.text.length });
    });
    const judged = decide(evidence, TUNABLES, shift, explain);
    // A teaser box after the article's last paragraph: its headlines go with its heading. Not in
    // a text read as Markdown: there a box's items are links, which the link-density rule judges,
    // and `dechaff check` leaves a site's own "see also" lists alone on purpose (see its command).
    const removedAt = (j: number): boolean => judged[j].label !== 'body' && strip.has(judged[j].label);
    // A box whose headlines have a line of summary each holds paragraphs, the last anchor among
    // them: it is read from its heading to the end of the main text (see src/teaser-box.ts).
    const opensBox = (j: number): boolean => hits[at(j)].some(({ hit }) => hit.opensTeaserBox === true);
    const headlineBox = links ? -1 : teaserBoxAfter(inMain, last, opensBox, removedAt, TUNABLES);
    const box = links || headlineBox >= 0 ? headlineBox : teaserSummaryBoxAfter(inMain, first, opensBox, removedAt, (j) => cache.blocks.get(inMain[j].text)?.topic ?? NO_TOPIC_WORDS, TUNABLES);
    if (box >= 0) {
      const heading = inMain[box].text.trim();
      const what = box === headlineBox ? "after the article's last paragraph: only short lines follow it, the headlines of other stories" : 'after the article: only headlines and a short summary under each follow it to the end of the text, the teasers of other stories';
      for (let j = box + 1; j < inMain.length; j++) {
        const d = judged[j];
        if (d.label !== 'body') continue;
        d.label = 'boilerplate';
        d.suspect = 'boilerplate';
        if (explain) d.note = `in the teaser box "${heading.length > 40 ? heading.slice(0, 40) + '…' : heading}" (block ${at(box) + 1}) ${what}`;
      }
    }
    const furniture = (i: number): Decision => ({
      label: 'boilerplate',
      suspect: 'boilerplate',
      score: 0,
      region: i < main.start ? 'head' : 'tail',
      threshold: 0,
      // Notes are for explanations only (see `decide`).
      note: explain ? furnitureNote(main, i, blocks.length) : '',
    });
    const decisions: Decision[] = blocks.map((_, i) => (i < main.start || i > main.end ? furniture(i) : judged[i - main.start]));
    if (pageMode && explain) {
      blocks.forEach((_, i) => {
        if (i < main.start || i > main.end) reasons[i] = score(hits[i], votes[i], NO_TOPICS).reasons;
      });
    }
    const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
    let removedChars = 0;
    let totalChars = 0;
    // The safety valve measures the main text before a teaser box: the box follows the article's
    // last paragraph and holds none of it, and on a portal's page it is longer than the article.
    const measuredEnd = box >= 0 ? at(box) - 1 : main.end;
    const out: BlockAnalysis[] = segments.map((s, i) => {
      const d = decisions[i];
      counts[d.label]++;
      const removed = d.label !== 'body' && strip.has(d.label);
      if (i >= main.start && i <= measuredEnd) {
        totalChars += s.text.length;
        if (removed) removedChars += s.text.length;
      }
      if (!explain) {
        // clean() reads only what is removed: no reasons, notes or classifier objects (they were
        // 8 % of clean()'s time, and most of its memory on large documents).
        return { index: s.index, text: s.text, start: s.start, end: s.end, line: s.line, label: d.label, score: d.score, suspect: d.suspect, region: d.region, removed, reasons: NO_REASONS };
      }
      const rs = reasons[i];
      // A block of several lines says why they are one (src/wrapped-lines.ts).
      if (joined?.how !== undefined && hasLineBreak(s.text)) rs.unshift({ id: 'lines', label: 'body', weight: 0, note: `lines ${s.line}–${s.line + lineBreaks(s.text)} are read as one block: ${joined.how}` });
      const kept = d.label !== 'body' && !removed ? `; kept: ${d.label} is not among the labels to strip (${[...strip].join(', ') || 'none'})` : '';
      rs.push({ id: 'position', label: d.label, weight: 0, note: d.note + kept });
      return { ...s, label: d.label, score: d.score, suspect: d.suspect, region: d.region, removed, reasons: rs, ...(votes[i] && { classifier: { probabilities: votes[i]!.probabilities, features: votes[i]!.features } }) };
    });
    const analysis: Analysis = { language, script: detected.script, mode: pageMode ? 'page' : 'article', blocks: out, counts };
    if (totalChars > 0 && removedChars / totalChars > maxRemovedShare) {
      analysis.fallback = `safety valve: the decisions would remove ${Math.round((100 * removedChars) / totalChars)}% of the ${pageMode ? "page's main " : ''}text, more than the ${Math.round(100 * maxRemovedShare)}% allowed; everything is kept`;
      for (const b of out.slice(main.start, main.end + 1)) {
        if (!b.removed) continue;
        b.removed = false;
        if (explain) b.reasons.push({ id: 'safety-valve', label: 'body', weight: 0, note: 'kept: ' + analysis.fallback });
      }
    }
    return analysis;
  }

  /**
   * Decide, then decide again on what is left until nothing more goes (at most `maxPasses`):
   * context changes when chaff goes (a block becomes the document's edge; an ad run's last line
   * is no longer between body blocks), and a cleaner whose output it would clean further is not
   * idempotent. Each pass has its own safety valve, measured on the text it is given — exactly
   * what calling clean() again on the output would do, so clean(clean(x)) === clean(x). Page
   * mode's memos of block texts (`withTextMemos`) live as long as the call.
   */
  function run(text: string, explain: boolean, links?: ReadonlyMap<string, LineInfo>, rawLines?: readonly string[]): Analysis {
    return withTextMemos(() => passes(text, explain, links, rawLines));
  }

  /** The passes of `run`. */
  function passes(text: string, explain: boolean, links?: ReadonlyMap<string, LineInfo>, rawLines?: readonly string[]): Analysis {
    const cache: PassCache = { blocks: new Map(), votes: new Map(), localHits: new Map(), pageClasses: new Map() };
    const analysis = once(text, explain, cache, undefined, links, rawLines);
    if (analysis.fallback) return analysis;
    for (let pass = 2; pass <= TUNABLES.maxPasses; pass++) {
      const keptIdx = analysis.blocks.flatMap((b, i) => (b.removed ? [] : [i]));
      if (keptIdx.length === analysis.blocks.length) break;
      // The blocks of the text left are the kept blocks, the same strings (render() joins them with
      // line breaks, and segment() would split them back): their texts find the pass cache's
      // entries by identity, with no new strings to hash and compare, and the text left is built
      // only for language detection. Their offsets and line numbers stay the input's; nothing of a
      // later pass reads them but the analysis it returns, of which only labels, scores and reasons
      // are kept. (Rendering and splitting the text left again was 6 % of a 1 MB document's
      // clean(), hashing and comparing its block texts again in the caches more.)
      const rest = explain ? render(text, analysis.blocks, analysis.blocks.map((b) => !b.removed)) : '';
      const next = once(rest, explain, cache, keptIdx.map((i, j) => segmentOf(analysis.blocks[i], j)), links);
      if (next.fallback || next.blocks.length !== keptIdx.length || !next.blocks.some((b) => b.removed)) break;
      // What is left after the chaff can look like a whole page: the pass then works in page mode.
      if (next.mode === 'page') analysis.mode = 'page';
      next.blocks.forEach((b, j) => {
        if (!b.removed) return;
        const orig = analysis.blocks[keptIdx[j]];
        analysis.counts[orig.label]--;
        analysis.counts[b.label]++;
        Object.assign(orig, { label: b.label, score: b.score, suspect: b.suspect, region: b.region, removed: true });
        if (explain) orig.reasons = [...orig.reasons.filter((r) => r.id === 'lines'), ...b.reasons, { id: 'position', label: b.label, weight: 0, note: `removed in pass ${pass}, on the text left after the chaff around it was removed` }];
      });
    }
    return analysis;
  }

  /** `run` on the text, or on its Markdown view with the decisions mapped back to its lines. */
  function runText(text: string, explain: boolean): Analysis {
    const view = typeof text === 'string' && (markdown === true || (markdown === 'auto' && looksLikeMarkdown(text))) ? markdownView(text) : undefined;
    if (!view) return run(text, explain);
    return fromView(text, view, run(view.text, explain, view.info, view.raw), strip, explain);
  }

  return {
    rules,
    analyze(text: string, opts?: AnalyzeOptions): Analysis {
      const repair = repairOf(text, opts?.repairEncoding);
      const a = runText(repair?.text ?? text, opts?.explain ?? true);
      if (repair) a.repaired = repair;
      return a;
    },
    clean(text: string): string {
      const source = repairOf(text)?.text ?? text;
      const a = runText(source, false);
      return render(source, a.blocks, a.blocks.map((b) => !b.removed));
    },
  };
}


/** What later passes over one document reuse: a block's text gives the same features and vote. */
interface PassCache {
  blocks: Map<string, KnownBlock>;
  votes: Map<string, Vote>;
  /** Findings of the rules that read only the block's text. */
  localHits: Map<string, Array<{ rule: Rule; hit: RuleHit }>>;
  /** Page-mode block classes (jusText-style), which read only the block's text. */
  pageClasses: Map<string, BlockClass>;
}

interface Vote {
  probabilities: Record<Label, number>;
  features: number;
  /** How much the vote counts, 0–1: short blocks and unknown vocabulary count less. */
  trust: number;
  evidence: string[];
}

function vote(model: NaiveBayes, scan: BlockScan, explain: boolean): Vote {
  // clean() looks features up by the keys the scan computed; analyze() also names the strongest.
  const c = explain ? model.classifyFeatures(scan.features, 3) : model.classifyKeys(scan.keys, scan.count);
  const units = scan.units;
  const coverage = c.total ? c.features / c.total : 0;
  const byCoverage = clamp01((coverage - TUNABLES.classifierMinCoverage) / (TUNABLES.classifierFullCoverage - TUNABLES.classifierMinCoverage));
  const byLength = Math.min(1, units / TUNABLES.classifierMinUnits);
  return { probabilities: c.probabilities, features: c.features, trust: byCoverage * byLength, evidence: c.evidence.map((e) => e.feature) };
}

function score(
  hits: ReadonlyArray<{ rule: Rule; hit: RuleHit }>,
  v: Vote | undefined,
  topical: ReadonlySet<string>,
  fires?: ReadonlyMap<string, number[]>,
  isTitle = false,
  explain = true,
): { scores: Record<NoiseLabel, number>; best: number; reasons: Reason[] } {
  const scores: Record<NoiseLabel, number> = { promo: 0, commentary: 0, boilerplate: 0 };
  const reasons: Reason[] = [];
  let bodyEvidence = 0;
  if (isTitle) {
    bodyEvidence += TUNABLES.titleWeight;
    reasons.push({ id: 'title', label: 'body', weight: TUNABLES.titleWeight, note: 'a short line without final punctuation right before the first long paragraph, on which no chaff rule fires: the headline' });
  }
  for (const { rule, hit } of hits) {
    const discounted = topical.has(rule.id);
    const weight = round(rule.weight * (hit.strength ?? 1) * (discounted ? TUNABLES.topicalFactor : 1));
    if (rule.label === 'body') bodyEvidence += weight;
    else scores[rule.label] += weight;
    if (!explain) continue;
    const notes = [hit.note, discounted ? `fires on ${fires?.get(rule.id)?.length} blocks of the document, ${TUNABLES.topicalMinInner}+ of them inside the body: its topic here, not chaff; weight × ${TUNABLES.topicalFactor}` : undefined].filter(Boolean);
    reasons.push({ id: rule.id, label: rule.label, weight, ...(hit.match !== undefined && { match: hit.match }), ...(notes.length > 0 && { note: notes.join('; ') }) });
  }
  // Label by label, written out: a loop over the labels read `scores[l]` and `p[l]` by a
  // variable key, which V8 does not make a field load (score() was ~4 % of clean(), --cpu-prof).
  const penalty = bodyEvidence * TUNABLES.bodyEvidenceFactor;
  scores.promo -= penalty;
  scores.commentary -= penalty;
  scores.boilerplate -= penalty;
  if (v) {
    const p = v.probabilities;
    const body = Math.max(p.body, 1e-300);
    const w = TUNABLES.classifierWeight * v.trust;
    // The rules' label, backed by the classifier's vote for chaff of any kind: a rule that finds
    // a block is boilerplate ("您可能會有興趣的文章", a furniture label) lost to a classifier sure
    // it is chaff but reading it as commentary (P(body) 0.000, P(boilerplate) 0.000: the ratio of
    // the two took 1.05 off the rule's 3.5). Only when the classifier leans to chaff at all: a
    // caption the rules call a credit, which it reads as body 0.59 and promo 0.41, keeps its
    // boilerplate ratio and stays (a composite's body line).
    const chaff = clip(Math.log(Math.max(1 - p.body, 1e-300) / body));
    const lrPromo = clip(Math.log(Math.max(p.promo, 1e-300) / body));
    const lrCommentary = clip(Math.log(Math.max(p.commentary, 1e-300) / body));
    const lrBoilerplate = clip(Math.log(Math.max(p.boilerplate, 1e-300) / body));
    const backPromo = backs(scores.promo, lrPromo, chaff);
    const backCommentary = backs(scores.commentary, lrCommentary, chaff);
    const backBoilerplate = backs(scores.boilerplate, lrBoilerplate, chaff);
    scores.promo += w * (backPromo ? chaff : lrPromo);
    scores.commentary += w * (backCommentary ? chaff : lrCommentary);
    scores.boilerplate += w * (backBoilerplate ? chaff : lrBoilerplate);
    if (explain) {
      const backed = NOISE_LABELS.filter((_, k) => [backPromo, backCommentary, backBoilerplate][k]);
      let top: NoiseLabel = 'promo';
      for (const l of NOISE_LABELS) if (p[l] > p[top]) top = l;
      const lr = clip(Math.log(Math.max(p[top], 1e-300) / body));
      reasons.push({
        id: 'classifier',
        label: lr > 0 ? top : 'body',
        weight: round(TUNABLES.classifierWeight * v.trust * lr),
        note: `naive Bayes: ${LABELS.map((l) => `P(${l})=${p[l].toFixed(3)}`).join(' ')}${v.trust < 1 ? `; vote × ${v.trust.toFixed(2)} (short block or unfamiliar words)` : ''}${backed.length > 0 ? `; its vote for chaff of any kind, log(1 − P(body)) − log P(body), backs the rules' ${backed.join(', ')}` : ''}; strongest features ${v.evidence.map((e) => JSON.stringify(e)).join(', ')}`,
      });
    }
  }
  return { scores, best: Math.max(scores.promo, scores.commentary, scores.boilerplate), reasons };
}

const SENTENCE_END = /[。！？!?.…:：;；,，]\s*$/;

/** A headline: short, and not ending like a sentence. */
function isTitleLike(text: string, units: number): boolean {
  return units >= TUNABLES.titleMinUnits && units <= TUNABLES.titleMaxUnits && !SENTENCE_END.test(text);
}

/** A block as the `index`-th block of a later pass: its text and where it is in the input. */
function segmentOf(b: BlockAnalysis, index: number): Segment {
  return { index, text: b.text, start: b.start, end: b.end, line: b.line };
}

/** The line breaks in a block's text (CRLF one break). */
function lineBreaks(text: string): number {
  return text.split(LINE_BREAK).length - 1;
}

/** The reasons of every block of a `clean()` run: none are collected. */
const NO_REASONS: Reason[] = [];

/**
 * The analysis of a Markdown text from the analysis of its view (see src/markdown-view.ts): the
 * view's blocks with the text's own lines (text, offsets), and the lines the view left blank —
 * marks, code, a reader service's header — decided by what they are and the blocks around them.
 *
 * @param text the Markdown text
 * @param view its view
 * @param a the analysis of `view.text`
 * @param strip the labels to strip
 * @param explain whether reasons are collected
 */
function fromView(text: string, view: MarkdownView, a: Analysis, strip: ReadonlySet<NoiseLabel>, explain: boolean): Analysis {
  // A block of the view is a line, or the lines of a hard-wrapped paragraph: each of its lines
  // is the text's line of that number.
  const byLine = new Map<number, BlockAnalysis>();
  for (const b of a.blocks) {
    const lines = b.text.split(LINE_BREAK).length;
    for (let k = 0; k < lines; k++) byLine.set(b.line + k, b);
  }
  const segments = segment(text);
  const scored = segments.map((s) => byLine.get(s.line));
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  // The nearest blocks the view scored before and after each line.
  const before: Array<BlockAnalysis | undefined> = [];
  for (let i = 0, last: BlockAnalysis | undefined; i < segments.length; i++) {
    before.push(last);
    if (scored[i]) last = scored[i];
  }
  const after: Array<BlockAnalysis | undefined> = new Array(segments.length);
  for (let i = segments.length - 1, next: BlockAnalysis | undefined; i >= 0; i--) {
    after[i] = next;
    if (scored[i]) next = scored[i];
  }
  const blocks = segments.map((s, i): BlockAnalysis => {
    const v = scored[i];
    if (v) {
      counts[v.label]++;
      return { ...v, index: s.index, text: s.text, start: s.start, end: s.end, line: s.line };
    }
    const line = view.lines[s.line - 1];
    let label: Label = 'body';
    let note: string;
    if (line.kind === 'header') {
      label = 'boilerplate';
      note = "markdown: a reader service's header (Title:, URL Source:, Markdown Content:), how the page was fetched, not the page";
    } else {
      const prev = before[i];
      const next = after[i];
      const sides = line.follows === 'previous' ? [prev ?? next] : [prev, next];
      const present = sides.filter((b): b is BlockAnalysis => b !== undefined);
      const gone = present.filter((b) => b.removed);
      // `either` (code) stays while a block beside it stays; a mark only between kept blocks.
      const removed = present.length > 0 && (line.follows === 'either' ? gone.length === present.length : gone.length > 0);
      if (removed) label = gone[0].label;
      const what = line.kind === 'code' ? 'a line of a code block' : line.follows === 'previous' ? "a heading's underline" : 'a Markdown mark with nothing to read';
      note = `markdown: ${what}, ${removed ? 'removed with' : 'kept with'} the block${line.follows === 'previous' || present.length < 2 ? '' : 's'} beside it`;
    }
    counts[label]++;
    const removed = label !== 'body' && strip.has(label as NoiseLabel);
    const region = a.blocks.length === 0 ? 'inner' : (before[i] ?? after[i])!.region;
    return { ...s, label, score: 0, suspect: label, region, removed, reasons: explain ? [{ id: 'position', label, weight: 0, note }] : NO_REASONS };
  });
  return { ...a, blocks, counts, markdown: true };
}

/**
 * A Markdown page's main text from its headline: page mode takes the short line right before the
 * main text as its headline, which on a scraped page is often a picture's caption or a byline, the
 * headline a few blocks above. In Markdown the headline says what it is — a first-level heading
 * (`# …`, or a line underlined with `=`) — so the main text starts at the nearest one at most
 * `markdownHeadlineBlocks` blocks above it, over blocks no longer than `markdownHeadlineGapUnits`,
 * when its own evidence would not remove it at a document's edge; the blocks between are then
 * judged as the main text's (a byline goes by its rules, a picture stays).
 *
 * @param main the main text the search found
 * @param blocks the page's blocks
 * @param links what the Markdown view knows of each block's text
 * @param chaffScore a block's chaff score without topic discounts
 */
function fromMarkdownHeadline(main: MainText, blocks: readonly BlockContext[], links: ReadonlyMap<string, LineInfo>, chaffScore: (i: number) => number): MainText {
  for (let j = main.start - 1; j >= 0 && j >= main.start - TUNABLES.markdownHeadlineBlocks; j--) {
    if (links.get(blocks[j].text)?.heading === 1) return chaffScore(j) < TUNABLES.edgeThreshold ? { ...main, start: j } : main;
    if (blocks[j].units > TUNABLES.markdownHeadlineGapUnits) return main;
  }
  return main;
}
/**
 * Whether the classifier's vote for chaff of any kind backs a label the rules gave (see `score`):
 * the rules give it at least `chaffBackingMinRules`, and the classifier leans to chaff, more than
 * to that label.
 *
 * @param rules the rules' weight for the label, after body evidence
 * @param lr the classifier's clipped log(P(label) / P(body))
 * @param chaff its clipped log((1 − P(body)) / P(body))
 */
function backs(rules: number, lr: number, chaff: number): boolean {
  return chaff > 0 && chaff > lr && rules >= TUNABLES.chaffBackingMinRules;
}

/** A block's topic words when its scan is not at hand (every block's is, in the pass cache). */
const NO_TOPIC_WORDS = new Uint32Array(0);

/** No rule is the document's topic (preliminary scores). */
const NO_TOPICS: ReadonlySet<string> = new Set();

/** A log-likelihood ratio clipped to ±`classifierClip`. */
function clip(x: number): number {
  return Math.max(-TUNABLES.classifierClip, Math.min(TUNABLES.classifierClip, x));
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function id(r: Rule): string {
  return r.id;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

let shared: Cleaner | undefined;

/** The default cleaner, built on first use. */
function defaultCleaner(): Cleaner {
  shared ??= createCleaner();
  return shared;
}

/**
 * Strip chaff from scraped text and return the body blocks verbatim.
 *
 * @param text scraped text
 * @param options as for `createCleaner`; with options a cleaner is built for this call, so reuse
 *   `createCleaner(options)` for many documents
 * @returns the body
 */
export function clean(text: string, options?: CleanerOptions): string {
  return (options ? createCleaner(options) : defaultCleaner()).clean(text);
}

/**
 * Analyze scraped text: every block with its label, score and the reasons.
 *
 * @param text scraped text
 * @param options as for `createCleaner`
 * @returns the analysis
 */
export function analyze(text: string, options?: CleanerOptions): Analysis {
  return (options ? createCleaner(options) : defaultCleaner()).analyze(text);
}
