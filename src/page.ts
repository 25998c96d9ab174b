import type { Tunables } from './tunables.js';
import type { NoiseLabel } from './types.js';
import { classifyBlock, type BlockClass } from './page-classify.js';
import { smoothClasses } from './page-smooth.js';
import { furnitureShape, isMenuShaped, sentenceCased, stopwordDensity, type FurnitureShape } from './page-text-shape.js';
import { textUnits } from './features.js';
import { plainSpaces } from './chars.js';
import { listItemNumber, titleRunAt } from './numbered-titles.js';
import { commentThreadStart } from './comment-thread.js';
import { teaserRuns } from './teaser-list.js';

/** What the page pass needs of a block. */
export interface PageBlock {
  text: string;
  /** Length in units (one per CJK character, 1.5 per word). */
  units: number;
}

/** A page's blocks classified (jusText-style) and smoothed in context, computed once per block list. */
interface PageClasses {
  raw: BlockClass[];
  smoothed: Array<'good' | 'bad'>;
  /** Whether the block's text stands again within `pageRepeatWindow` blocks (see `repeatedNearby`). */
  repeated: boolean[];
}
const classCache = new WeakMap<readonly PageBlock[], PageClasses>();

/**
 * Each block's jusText-style class from its text alone (CJK-aware length, stopword density per
 * script, sentence ends, furniture shapes), and the class after context smoothing.
 *
 * @param blocks the page's blocks
 * @param t the tunables
 * @param known classes of block texts already classified (the passes over one document share it)
 */
export function pageClasses(blocks: readonly PageBlock[], t: Tunables, known?: Map<string, BlockClass>): PageClasses {
  let c = classCache.get(blocks);
  if (!c) {
    // A ranked link list's items are headlines, which read as text to the stopword test.
    const raw = blocks.map((b, i): BlockClass => (inTitleRun(blocks, i) ? 'bad' : classOf(b, t, known)));
    const repeated = repeatedNearby(blocks, t.pageRepeatWindow);
    // Text shown twice that is most of the page's prose is its content (posts that share their
    // paragraphs, an article scraped twice), not a gallery's captions beside it.
    let repeatedProse = 0;
    let otherProse = 0;
    blocks.forEach((b, i) => {
      if (!isProse(b, t)) return;
      if (repeated[i]) repeatedProse += b.units;
      else otherProse += b.units;
    });
    if (repeatedProse >= otherProse) repeated.fill(false);
    c = { raw, smoothed: smoothClasses(raw, t.pageNearGoodRun), repeated };
    classCache.set(blocks, c);
  }
  return c;
}

/**
 * Which blocks' text (trimmed) stands again within `window` blocks before or after them: a photo
 * gallery's captions and credits, shown on the slide and again in the strip or the caption box
 * ("Karma Automotive's Andreas Thurner, left, …" four times in ten blocks before an article). An
 * article's paragraphs do not repeat close by; a page that repeats its content far apart (a meal
 * plan's menus, one per plan) is not touched.
 *
 * @param blocks the page's blocks
 * @param window most blocks between two showings
 */
export function repeatedNearby(blocks: readonly PageBlock[], window: number): boolean[] {
  const last = new Map<string, number>();
  const repeated = blocks.map(() => false);
  blocks.forEach((b, i) => {
    const text = b.text.trim();
    if (text.length === 0) return;
    const before = last.get(text);
    if (before !== undefined && i - before <= window) repeated[i] = repeated[before] = true;
    last.set(text, i);
  });
  return repeated;
}

/** Whether a block is measured as CJK text. */
function isCjkScript(s: string | undefined): boolean {
  return s === 'han' || s === 'kana';
}

const CLAUSE_PUNCTUATION = /[。！？；，、,;!?]|\.(?:\s|$)/g;
const SENTENCE_END = /[。！？!?.…:：;；,，]\s*$/;

/**
 * Whether a document is a whole scraped page (menus, footers, link lists around the article)
 * rather than an article with chaff: many blocks, most of them short. On the dev sets this holds
 * for 232 of 255 pages and for none of the 307 article composites (before `pageEdgeSkip` and the
 * numbered title lists, which made 5 more English pages and 1 Chinese page page-like, and no
 * composite). A run of `pageEdgeRunAlone` short blocks at one end is enough alone: 3 more English
 * pages, whose articles are long.
 *
 * @param blocks the document's blocks
 * @param t the tunables
 * @param known see `pageClasses`
 */
export function isPageLike(blocks: readonly PageBlock[], t: Tunables, known?: Map<string, BlockClass>): boolean {
  if (blocks.length < t.pageMinBlocks) return false;
  const n = blocks.length;
  // A block's class only when asked for, and a short block is short whatever its class: the edge
  // runs are tested first, and they read the blocks at the two ends only, so that a document
  // without page furniture at either end has only those classified (classifying every block was
  // ~20 % of clean() on a 1 MB document of articles, which is no page).
  const isShort = (i: number): boolean => blocks[i].units < t.pageShortUnits || inTitleRun(blocks, i) || classOf(blocks[i], t, known) === 'bad';
  // Page furniture: a run of short lines at the top (menus) or the bottom (footer links), after at
  // most `pageEdgeSkip` Latin-script blocks at that end.
  const lead = edgeRun(blocks, 0, 1, isShort, t.pageEdgeSkip);
  const trail = edgeRun(blocks, n - 1, -1, isShort, t.pageEdgeSkip);
  const run = Math.max(lead, trail);
  if (run < t.pageEdgeRun) return false;
  // A long menu or footer is a page whatever the share of short blocks (see `pageEdgeRunAlone`).
  if (run >= t.pageEdgeRunAlone) return true;
  // The share of short blocks: first those short by length alone (no classification), then the
  // others classified only until the answer is known either way (on a 1 MB document of articles
  // with furniture at an edge, classifying every block was ~9 % of clean()).
  const enough = (k: number): boolean => k / n >= t.pageShortShare;
  let short = 0;
  for (let i = 0; i < n; i++) if (blocks[i].units < t.pageShortUnits) short++;
  let left = n - short;
  for (let i = 0; i < n && !enough(short) && enough(short + left); i++) {
    if (blocks[i].units < t.pageShortUnits) continue;
    left--;
    if (isShort(i)) short++;
  }
  return enough(short);
}

/**
 * The longest run of short blocks at one end of a page, starting at the end block or after up to
 * `skip` Latin-script blocks there (a skip link, a cookie or sign-up notice, a long site name
 * before the menu).
 *
 * @param blocks the page's blocks
 * @param from the end block's index
 * @param step 1 from the top, -1 from the bottom
 * @param isShort whether the block at an index is short
 * @param skip how many Latin-script blocks at the end may stand before the run
 */
function edgeRun(blocks: readonly PageBlock[], from: number, step: 1 | -1, isShort: (i: number) => boolean, skip: number): number {
  const n = blocks.length;
  let best = 0;
  for (let s = 0; s <= skip; s++) {
    const start = from + s * step;
    if (start < 0 || start >= n) break;
    if (s > 0 && stopwordDensity(blocks[start - step].text).script !== 'latin') break;
    let k = 0;
    while (start + k * step >= 0 && start + k * step < n && isShort(start + k * step)) k++;
    best = Math.max(best, k);
  }
  return best;
}

/** Whether a block is an item of a ranked link list (see `src/numbered-titles.ts`): page
 * furniture, like a menu. On the dev Chinese pages this made one page (three "1 … 10" boxes of
 * question-style headlines) page-like, F1 0.70 → 0.88, and changed no other dev page. */
function inTitleRun(blocks: readonly PageBlock[], i: number): boolean {
  return titleRunAt((j) => blocks[j].text, blocks.length, i) > 0;
}

/** A block's class from its text alone, kept in `known` (see `pageClasses`). */
function classOf(b: PageBlock, t: Tunables, known?: Map<string, BlockClass>): BlockClass {
  let k = known?.get(b.text);
  if (k === undefined) {
    k = classifyBlock(b.text, b.units, t);
    known?.set(b.text, k);
  }
  return k;
}

/**
 * Whether the main text found holds enough of the page's prose to be trusted in `auto` mode: a
 * list-heavy article (a recipe, a results table) can look like a page, and then the "main text"
 * would be only part of it. Prose is what has clause punctuation and some length, and for CJK
 * also what the smoothed block classes call running text (blogs that break lines instead of
 * writing commas).
 *
 * @param blocks the page's blocks
 * @param region the main text found (prose from its comment thread or teaser list on is not counted)
 * @param t the tunables
 */
export function holdsMostProse(blocks: readonly PageBlock[], region: MainText, t: Tunables): boolean {
  let inside = 0;
  let all = 0;
  const { smoothed, repeated } = pageClasses(blocks, t);
  // A comment thread or a teaser list after the main text is not the page's prose to hold.
  const limit = region.after?.start ?? blocks.length;
  // As the search found it: chaff after the article that drew its end back is no page prose the
  // main text misses (an article of one paragraph before a comment box lost page mode to it).
  const found = searched(region);
  blocks.forEach((b, i) => {
    // Nor is text shown twice close by, which the search does not pay for (a gallery's captions,
    // a cookie dialog's text in its banner and in its settings).
    if (i >= limit || repeated[i]) return;
    const cjkText = smoothed[i] === 'good' && b.units >= t.pageProseUnits && isCjkScript(stopwordDensity(b.text).script);
    if (!isProse(b, t) && !cjkText) return;
    all += b.units;
    if (i >= found.start && i <= found.end) inside += b.units;
  });
  return all === 0 || inside / all >= t.pageMinProseShare;
}

function isProse(b: PageBlock, t: Tunables): boolean {
  return (b.text.match(CLAUSE_PUNCTUATION)?.length ?? 0) >= 1 && b.units >= t.pageProseUnits;
}

/**
 * The furniture shapes that cost `pageMenuCost` in a Latin-script page's main-text search:
 * copyright lines, menus, relative time stamps ("14H ago", "2 days ago at 07:52 am") and labelled
 * counters ("Rating: 36 Votes", "12 comments") mark comment threads, teaser lists and footers.
 * Not date lines: forum posts and event listings that are a page's content carry them
 * ("06-29-2004, 12:10 PM", "June 26 -- PPL Center"), and costing them lost body on 7 of the 29 dev
 * pages it changed; not bare bracketed counts, which also number a page's own category lists
 * ("Risk and Prevention (20)"); not URLs split at their slashes.
 */
const LATIN_FURNITURE: ReadonlySet<FurnitureShape> = new Set(['legal', 'menu', 'relative-time', 'counter']);

/**
 * A short Latin-script line that closes a sentence after a lower-case word ("Prepare for the
 * interview.", "This game will help you!"): a list's step or a short paragraph, not a menu item or
 * a headline, which do not end so. Where jusText's context smoothing reads it as text, it costs
 * nothing in the main-text search, as a CJK short line between running text does; it cost up to
 * a full block before (`pageShortValue`): a game page's feature list of such lines kept its page
 * out of page mode, and its menus in (dev en pages 0.9344 → 0.9360: that page 0.51 → 0.89, one
 * more +0.003, none down; the same at 2, 3 or 5 words).
 */
const SHORT_SENTENCE = /\p{Ll}[.!?]["”’)]?\s*$/u;

/**
 * A line with nothing to read: a list item's bullet that the scraper put on a line of its own
 * ("•", "▪", "✓", or the "�" of a bullet character misread), or only invisible characters (a
 * zero-width space, which editors leave as an "empty" paragraph). Markup between the text, neither
 * text nor furniture: worth nothing in the main-text search. As short lines repeated nearby they
 * cost a full block each (−10): a list of 35 one-sentence steps with a bullet line between every
 * two cost −500 and its page's main text began after it (dev en pages: a teaching guide, F1 0.64
 * → 0.99), and a blog post's photo spacers cut it in three (0.77 → 0.83); no other dev, composite
 * or unlabelled page changes. Not the separators of menus and breadcrumbs ("|", "»", ">", "-"),
 * which stay furniture.
 */
function isMarkupLine(text: string): boolean {
  const left = text.replace(INVISIBLE, '');
  return left.length === 0 || LIST_BULLET.test(left);
}

/** Spaces and invisible format characters (zero-width space and joiners, soft hyphen, BOM). */
const INVISIBLE = /[\s\p{Cf}]+/gu;
/** One bullet character. */
const LIST_BULLET = /^[•·●○◦▪▫■□►▶‣⁃∙*✓✔\ufffd]$/;

/**
 * What a block adds to the main-text search. A line with nothing to read (a bullet, a zero-width
 * space) is markup, worth nothing (`isMarkupLine`). Latin-script blocks: their length when they are
 * prose (clause punctuation and some length); nothing when a short sentence in running text
 * (`SHORT_SENTENCE`); `pageMenuCost` off when they are furniture by shape (`LATIN_FURNITURE`);
 * else at most `pageShortValue`, minus the block cost.
 * CJK blocks, where punctuation is no reliable sign of prose (blogs break lines instead of
 * writing commas; headlines carry 。 and ！): the jusText-style class after context smoothing
 * decides — running text adds its length (short lines between running text cost nothing), a
 * furniture shape (date stamp, counter, menu) costs `pageMenuCost`.
 *
 * @param b the block
 * @param raw its class before smoothing
 * @param smoothed its class after smoothing
 * @param t the tunables
 */
export function blockValue(b: PageBlock, raw: BlockClass, smoothed: 'good' | 'bad', t: Tunables): number {
  if (b.units === 0 && isMarkupLine(b.text)) return 0;
  const otherwise = Math.min(b.units, t.pageShortValue) - t.pageBlockCost;
  if (!isCjkScript(stopwordDensity(b.text).script)) {
    if (isProse(b, t)) return b.units - t.pageBlockCost;
    if (smoothed === 'good' && b.units >= t.pageShortSentenceMinUnits && SHORT_SENTENCE.test(b.text)) return 0;
    return raw === 'bad' && hasShape(b.text, LATIN_FURNITURE, t) ? -t.pageMenuCost : otherwise;
  }
  if (smoothed === 'good') return Math.max(0, b.units - t.pageBlockCost);
  if (raw === 'bad' && isMenuShaped(b.text, textUnits, t.pageMenuResidualUnits)) return -t.pageMenuCost;
  return otherwise;
}

/** What the rules and the classifier say of a page's blocks, for the main-text search. */
export interface PageJudge {
  /** The block's chaff label when it would be removed even inside the body, else undefined. */
  chaff(i: number): NoiseLabel | undefined;
  /** Whether the block has no chaff evidence (its score is under `anchorMaxScore`). */
  plain(i: number): boolean;
  /** Whether the block would be removed even inside the body, but by a kind of evidence that also
   * stands between an article's paragraphs (a dateline, a picture's credit: `Rule.midArticle`). */
  midArticleChaff(i: number): boolean;
}

/** The main text of a page (`mainTextRegion`). */
export interface MainText {
  /** Its first block. */
  start: number;
  /** Its last block (inclusive). */
  end: number;
  /** What ends it, when not the page's end or the search: a comment thread (`src/comment-thread.ts`)
   * or a teaser list (`src/teaser-list.ts`) from block `start` on. */
  after?: { start: number; kind: 'comment-thread' | 'teaser-list' };
  /** The last block the search found, when chaff after the article drew `end` back (see
   * `chaffTrimmedEnd`): whether the main text holds the page's prose, and holds enough before a
   * thread or a list, is judged on what the search found, as before chaff was weighed. */
  searchedEnd?: number;
}

/** The main text as the search found it (before `chaffTrimmedEnd`). */
function searched(region: MainText): { start: number; end: number } {
  return { start: region.start, end: Math.max(region.end, region.searchedEnd ?? region.end) };
}

/**
 * Where a main text found by the search ends once chaff costs as page furniture: the end of the
 * best-summing prefix of the run when every block the rules and the classifier call chaff (a
 * score that would remove it even inside the body: "Advertisement", "Subscribe to our
 * newsletter", a cookie notice, a "Follow us" line) costs `pageMenuCost`, and a boilerplate block
 * right after chaff `pageChaffRunFactor` times what the one before it cost: a site's sign-off
 * (an editor line, a disclaimer, a share bar, "Related") comes in runs, an ad label between an
 * article's paragraphs alone. The search itself pays for the prose of a cookie notice or a
 * newsletter pitch after the article, and for the teasers and link lists beyond them; these
 * blocks are the page's own word that the article has ended. Only the end is drawn back: drawing
 * the start forward as well, a photo page's one caption, between a title and a "report / share /
 * save" bar, lost to the related-stories list below it (an unlabelled Chinese page), and the dev
 * pages gained nothing more.
 *
 * Chaff that also stands between paragraphs (a dateline, a picture's credit) neither ends the
 * main text nor adds to it: a "发布日期：… 所属分类：…" line after an article, which the CJK classes
 * read as text, paid for the page's "赞 0 赏 分享 / 查看评论 / 阅读 539 / A+" bar before it (an
 * unlabelled Chinese page), and two science pages kept three teaser headlines before an "Originally
 * published on …" line (dev en pages 0.9363 → 0.9364).
 *
 * @param values what each block adds to the search (`blockValue`)
 * @param found the run found
 * @param judge what the rules and the classifier say of each block
 * @param t the tunables
 */
function chaffTrimmedEnd(values: readonly number[], found: { start: number; end: number }, judge: PageJudge, t: Tunables): number {
  if (found.end < found.start) return found.end;
  let best = -Infinity;
  let end = found.start;
  let sum = 0;
  let cost = 0;
  for (let i = found.start; i <= found.end; i++) {
    const label = judge.chaff(i);
    // A boilerplate block right after chaff costs `pageChaffRunFactor` times the one before it.
    cost = label === undefined ? 0 : label === 'boilerplate' && cost > 0 ? cost * t.pageChaffRunFactor : t.pageMenuCost;
    sum += label !== undefined ? -cost : judge.midArticleChaff(i) ? Math.min(values[i], 0) : values[i];
    if (sum > best) {
      best = sum;
      end = i;
    }
  }
  return end;
}

/**
 * The main text of a page, from text alone: the run of blocks with the largest sum of
 * (prose units − a cost per block), as body-text extraction does with tokens and tags (Finn et
 * al., BTE). Prose blocks (clause punctuation and some length) add their length; short lines,
 * menus and link lists add little and pay the cost. The short line right before the run is taken
 * as its headline.
 *
 * A comment thread after the article (see `src/comment-thread.ts`) is not searched: its comments
 * are prose and would pay for themselves; nor is a teaser list before it (`src/teaser-list.ts`):
 * its summaries are prose too. Only when the main text found before the thread's first head or
 * the list's first marker holds at least `threadMinArticleUnits` of prose: on a forum page or a
 * listing, the "thread" starts at the top and is the content.
 *
 * @param blocks the page's blocks
 * @param t the tunables
 * @param judge what the rules and the classifier say of each block (see `chaffTrimmedEnd` and
 *   `closingSentencesEnd`); without it, the run found is the main text
 * @returns the first and last index of the main text (inclusive), and what ends it
 */
export function mainTextRegion(blocks: readonly PageBlock[], t: Tunables, judge?: PageJudge): MainText {
  const { raw, smoothed, repeated } = pageClasses(blocks, t);
  // Text shown again close by is worth no more than a short line (see `repeatedNearby`).
  const values = blocks.map((b, i) => {
    const value = blockValue(b, raw[i], smoothed[i], t);
    return repeated[i] && value > 0 ? Math.min(b.units, t.pageShortValue) - t.pageBlockCost : value;
  });
  // The search's run, its end drawn back where chaff after the article stops it.
  const run = (count: number): MainText => {
    const found = bestRun(values, count);
    const end = judge ? chaffTrimmedEnd(values, found, judge, t) : found.end;
    return end === found.end ? found : { ...found, end, searchedEnd: found.end };
  };
  let region: MainText = run(blocks.length);
  const thread = commentThreadStart((i) => blocks[i].text, blocks.length, textUnits, t);
  if (thread > 0) {
    const before = run(thread);
    if (proseUnits(blocks, searched(before), t) >= t.threadMinArticleUnits) region = { ...before, after: { start: thread, kind: 'comment-thread' } };
  }
  for (const list of teaserRuns((i) => blocks[i].text, region.after?.start ?? blocks.length, textUnits, t, region.start)) {
    const start = list.start;
    if (start <= region.start) continue;
    const before = run(start);
    const article = proseUnits(blocks, searched(before), t);
    // A teaser is a headline and a line or two: records as long as the "article" before them are
    // a blog index's posts, the first of them taken for the article.
    const perRecord = proseUnits(blocks, { start, end: list.last - 1 }, t) / (list.markers - 1);
    if (article >= t.threadMinArticleUnits && article >= t.teaserArticleRecords * perRecord) {
      region = { ...before, after: { start, kind: 'teaser-list' } };
      break;
    }
  }
  region.end = announcedListEnd(blocks, region.end, region.after?.start ?? blocks.length, t, judge);
  if (judge) region.end = closingSentencesEnd(blocks, region.end, region.after?.start ?? blocks.length, judge, t);
  if (region.start > 0) {
    // The line right before is the headline, unless it has the shape of page furniture (see
    // `NO_HEADLINE`).
    const h = blocks[region.start - 1];
    if (headingLine(h, t.titleMinUnits, t) && !hasShape(h.text, NO_HEADLINE, t)) region.start--;
  }
  if (judge) region.start = leadParagraphsStart(blocks, region.start, raw, repeated, judge, t);
  return region;
}

/**
 * Where the main text starts once the article's first paragraphs without punctuation before it
 * are taken: a scraped lead paragraph sometimes has no final full stop and no comma ("Chelsea have
 * this morning paid the £71.6million fee … Kepa Arrizabalaga"), so the search, which counts only
 * punctuated blocks as prose, started the article after it (a dev page: recall 0.71). A block
 * right before the main text is taken when it is at least `pageLeadParagraphMinUnits` long, reads
 * as prose by its stopwords (jusText class good or near-good), is not shown again nearby, has no
 * chaff evidence (`PageJudge.plain`) and is in sentence case: a headline as long is in title case
 * ("Our BI Research Shows – A Mix of Native Ad Units Generate the Highest …"), which the gold of
 * the dev pages leaves out. Latin-script text only (CJK text has no case; its classes read it as
 * text already).
 *
 * @param blocks the page's blocks
 * @param start the main text's first block
 * @param raw each block's class
 * @param repeated whether each block's text stands again nearby
 * @param judge what the rules and the classifier say of each block
 * @param t the tunables
 * @returns the new first block
 */
function leadParagraphsStart(blocks: readonly PageBlock[], start: number, raw: readonly BlockClass[], repeated: readonly boolean[], judge: PageJudge, t: Tunables): number {
  while (start > 0) {
    const i = start - 1;
    if (blocks[i].units < t.pageLeadParagraphMinUnits || (raw[i] !== 'good' && raw[i] !== 'near-good') || repeated[i] || !judge.plain(i) || !sentenceCased(blocks[i].text)) break;
    start = i;
  }
  return start;
}

/** A sentence's end: final punctuation, maybe inside closing quotes or brackets. */
const CLOSES_SENTENCE = /[.!?。！？…]["”’」』)）]?\s*$/;

/**
 * Where the main text ends once the short sentences right after it are taken: an article's last
 * line is often one short sentence ("In short, slaughter is likely coming to Hong Kong.",
 * "Officials did not immediately provide any other details."), too short to count as prose in
 * the search, so that a main text ended by the page's own word (a teaser list, chaff) lost it. A
 * block is taken when it ends a sentence, has at least `closingSentenceMinUnits` units, and the
 * rules and the classifier find no chaff in it (`PageJudge.plain`); the first that is not stops.
 *
 * @param blocks the page's blocks
 * @param end the main text's last block
 * @param limit the first block that may not be taken
 * @param judge what the rules and the classifier say of each block
 * @param t the tunables
 * @returns the new last block
 */
function closingSentencesEnd(blocks: readonly PageBlock[], end: number, limit: number, judge: PageJudge, t: Tunables): number {
  while (end >= 0 && end + 1 < limit) {
    const b = blocks[end + 1];
    if (b.units < t.closingSentenceMinUnits || !CLOSES_SENTENCE.test(b.text) || !judge.plain(end + 1)) break;
    end++;
  }
  return end;
}

/**
 * The furniture shapes a headline never has: a page's date line or time stamp, counter
 * ("86人参与23评论", "12 comments"), menu, link or legal line right before the article is not
 * its headline (dev en pages 0.9392 → 0.9398: 24 pages up, the date line before the article
 * gone; 4 CleanEval pages down by at most 0.005, whose gold keeps a post's date line, and one
 * headline of two years read as a date line, as "Harbours: 1950 Versus 1990" would be). A
 * heading with a count in brackets ("Ferry routes (12)", `count`) can be the article's own.
 */
const NO_HEADLINE: ReadonlySet<FurnitureShape> = new Set(['date', 'relative-time', 'counter', 'menu', 'link', 'legal']);

/** Whether a block's text has one of `shapes` (see `furnitureShape`). */
function hasShape(text: string, shapes: ReadonlySet<FurnitureShape>, t: Tunables): boolean {
  const shape = furnitureShape(text, textUnits, t.pageMenuResidualUnits);
  return shape !== undefined && shapes.has(shape);
}

/** A main text does not end on a line that announces a list ("Here are the deals:"). */
const ANNOUNCES = /[:：]\s*$/;
/** A list item led by a date: "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "Nov 20:
 * …", "9 June – …" (a tour's or an event series' dates). */
const DATE_LED = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)(?![\da-z]).{4}/i;

/**
 * Where the main text ends when a list it announces follows it. Its items are short lines
 * without clause punctuation, which the main-text search does not pay for:
 * - numbered items ("1) …", "2) …") after a last block that announces them with a colon — an
 *   article of deals or picks lost its list (a dev page: recall 0.32);
 * - items led by a date ("June 9 -- Coral Sky Amphitheatre, …") after the last block or after the
 *   line right after it, when that block announces them: a colon line ("… 2020 tour dates:") or a
 *   heading ("The Doobie Brothers Tour Dates"), which the search left out as well (two dev pages,
 *   recall 0.60 and 0.62);
 * - after such a line, `pageListFormMinItems` or more consecutive short lines of one punctuation
 *   form with clause punctuation ("Qualified teams": "England (Group A): 10th appearance", …;
 *   see `itemsOfOneForm`), each with no chaff evidence.
 * At least `pageListMinItems` items, the first right after the announcing line, each at most
 * `pageListMaxStride` blocks after the one before; the list is taken with the blocks that follow
 * its last item as they followed the one before it.
 *
 * @param blocks the page's blocks
 * @param end the main text's last block
 * @param limit the first block that may not be taken (a comment thread's or teaser list's start,
 *   or the end)
 * @param t the tunables
 * @param judge what the rules and the classifier say of each block (lists of one form only)
 * @returns the new last block (`end` when no list is announced)
 */
function announcedListEnd(blocks: readonly PageBlock[], end: number, limit: number, t: Tunables, judge?: PageJudge): number {
  if (end < 0) return end;
  if (ANNOUNCES.test(blocks[end].text)) {
    const last = listEnd(blocks, end + 1, limit, (text, k) => listItemNumber(text) === k, t);
    if (last >= 0) return last;
  }
  for (let a = end; a <= end + 1 && a < limit; a++) {
    if (!announcesList(blocks[a], t)) continue;
    const last = listEnd(blocks, a + 1, limit, (text) => DATE_LED.test(plainSpaces(text).trimStart()), t);
    if (last >= 0) return last;
    const alike = itemsOfOneForm(blocks, a + 1, limit, t, judge);
    if (alike >= 0) return alike;
  }
  return end;
}

/** A line's form: its punctuation, in order ("England (Group A): 10th appearance" → "():"). */
function punctuationForm(text: string): string {
  return text.trim().replace(LETTERS_DIGITS_SPACES, '');
}
const LETTERS_DIGITS_SPACES = /[\p{L}\p{N}\s]+/gu;
/** A form with clause punctuation: an item says something ("Path A: Iceland, Bulgaria"), where a
 * menu's or an archive's lines have only separators and brackets ("Blog (2)", "Home » News"). */
const CLAUSE_FORM = /[:,;：，；]/;

/**
 * The last of the consecutive lines from `first` on that share one punctuation form with clause
 * punctuation in it (a table of results or standings under a heading: "England (Group A): 10th
 * appearance", "Spain (Group F): 11th appearance", …), or −1 when fewer than
 * `pageListFormMinItems` do. Each is a short line with no chaff evidence (`PageJudge.plain`).
 */
function itemsOfOneForm(blocks: readonly PageBlock[], first: number, limit: number, t: Tunables, judge?: PageJudge): number {
  if (first >= limit || !judge) return -1;
  const form = punctuationForm(blocks[first].text);
  if (!CLAUSE_FORM.test(form)) return -1;
  let i = first;
  while (i < limit && blocks[i].units <= t.titleMaxUnits && punctuationForm(blocks[i].text) === form && judge.plain(i)) i++;
  return i - first >= t.pageListFormMinItems ? i - 1 : -1;
}

/** Whether a block can announce a list: it ends with a colon, or it is a heading. */
function announcesList(b: PageBlock, t: Tunables): boolean {
  return ANNOUNCES.test(b.text) || headingLine(b, t.pageListHeadingMinUnits, t);
}

/** Whether a block reads as a heading: a short line (`minUnits` to `titleMaxUnits`) without a
 * sentence end — the main text's headline, or a line that announces a list. */
function headingLine(b: PageBlock, minUnits: number, t: Tunables): boolean {
  return b.units >= minUnits && b.units <= t.titleMaxUnits && !SENTENCE_END.test(b.text);
}

/**
 * The last block taken with a list whose first item is at `first` (see `announcedListEnd`), or −1
 * when there are fewer than `pageListMinItems` items.
 *
 * @param item whether a text is the list's k-th item (k from 1)
 */
function listEnd(blocks: readonly PageBlock[], first: number, limit: number, item: (text: string, k: number) => boolean, t: Tunables): number {
  let last = -1;
  let stride = 1;
  let k = 1;
  for (let i = first; i < limit && i <= (last < 0 ? first : last + t.pageListMaxStride); i++) {
    if (!item(blocks[i].text, k)) continue;
    if (last >= 0) stride = i - last;
    last = i;
    k++;
  }
  return k - 1 < t.pageListMinItems ? -1 : Math.min(limit - 1, last + stride - 1);
}

/** The run of the first `count` values with the largest sum (the first such run). */
function bestRun(values: readonly number[], count: number): { start: number; end: number } {
  let best = -Infinity;
  let start = 0;
  let end = -1;
  let sum = 0;
  let from = 0;
  for (let i = 0; i < count; i++) {
    if (sum <= 0) {
      sum = values[i];
      from = i;
    } else sum += values[i];
    if (sum > best) {
      best = sum;
      start = from;
      end = i;
    }
  }
  return { start, end };
}

/** The prose units of a region's blocks (see `isProse`). */
function proseUnits(blocks: readonly PageBlock[], region: { start: number; end: number }, t: Tunables): number {
  let units = 0;
  for (let i = region.start; i <= region.end; i++) if (isProse(blocks[i], t)) units += blocks[i].units;
  return units;
}
