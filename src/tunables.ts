/**
 * Every tunable of the decision, named in one place (Readability-style), with why it has its
 * value. Scores are in log-odds units: rule weights and the classifier's clipped log-ratio add
 * up; a block is chaff when its score for a chaff label reaches the threshold of its region.
 * Values were set on the team corpus and checked on the dev sets (see data/README.md).
 */
export const TUNABLES = {
  /** Threshold for blocks before the first or after the last body anchor, where ads and
   * commentary come in runs. An editor voice with a meta-reference reaches it; a price alone
   * (1.2) or an offer word alone (1.0) does not; a confident classifier (up to 2.85) does. */
  edgeThreshold: 2.5,
  /** Threshold for blocks inside the body: stronger evidence is needed, since a wrongly removed
   * paragraph is worse than a kept ad. Above the classifier's reach (2.85), so that inside the
   * body at least one rule must agree with it. */
  innerThreshold: 2.9,
  /** How far an edge threshold drops for a block in a run of chaff reaching the document's edge
   * (every block between it and the edge removed), as jusText's context pass does. */
  runBonus: 0.6,
  /** The drop for an edge block with chaff on both sides (a price line between two ad lines). */
  sandwichBonus: 1.2,
  /** At most this many blocks from each edge count as head or tail; beyond, blocks are inner
   * even before the first anchor (a list of short lines is not an edge run). Chaff runs at the
   * edges are short: at most 4 blocks in the dev composites, 4 in the seed. */
  maxEdgeBlocks: 6,
  /** A block anchors the body when its chaff score is below this … */
  anchorMaxScore: 0.5,
  /** … and it is at least this long, in units (one per CJK character, 1.5 per word): a
   * 20-word sentence or 30 Han characters, longer than nearly all ads' single lines. */
  anchorMinUnits: 30,
  /** Weight of the classifier's clipped log-ratio log(P(label)/P(body)) in a block's score. NB
   * log-ratios are large and poorly calibrated (on the dev composites 1 % of body blocks exceed
   * 14), so they are scaled down hard; 0.1–0.2 measured best for body kept vs chaff removed. */
  classifierWeight: 0.15,
  /** Clip of the classifier's log-ratio: alone (weight × clip = 2.85) it can remove an edge block
   * but never an inner one (2.9). */
  classifierClip: 19,
  /** Blocks shorter than this (units) get the classifier's vote scaled down in proportion: a
   * two-word line has too few features for naive Bayes to be trusted. */
  classifierMinUnits: 6,
  /** Threshold shift per unit of sensitivity away from 0.5: sensitivity 1 lowers every threshold
   * by 1, sensitivity 0 raises them by 1. */
  sensitivitySpan: 2.0,
  /** Default safety valve: if more than this share of the document's characters would go, keep
   * everything and say so (a cleaner that removes most of a document is more likely wrong). */
  maxRemovedShare: 0.5,
  /** A chaff rule that fires on at least this many blocks of a document … */
  topicalMinBlocks: 3,
  /** … at least this many of them inside the body, is the document's topic, not chaff (a deals
   * page full of prices, a link list, a table of e-mail addresses): inserted chaff comes as
   * single blocks inside a body, and as runs at its edges. */
  topicalMinInner: 2,
  /** Factor on a topical rule's weight in that document. */
  topicalFactor: 0.3,
  /** The classifier's vote is scaled by how many of the block's features it knows: at or under
   * this share it is ignored (a block in a language the model was not trained on) … */
  classifierMinCoverage: 0.3,
  /** … and at or over this share it counts fully. */
  classifierFullCoverage: 0.7,
  /** Body evidence for the headline (the short line right before the first long paragraph,
   * without final punctuation, on which no chaff rule fires): short titles are where the classifier is least reliable, and a
   * lost headline is a lost body block. */
  titleWeight: 1.5,
  /** A headline is at least this long in units (a two-character line is not a title) … */
  titleMinUnits: 4,
  /** … and at most this long (60 Han characters or 40 words). */
  titleMaxUnits: 60,
  /** Page mode (`mode: 'page'`, or `'auto'` on a page-like document): at least this many blocks … */
  pageMinBlocks: 30,
  /** … at least this share of them short … */
  pageShortShare: 0.5,
  /** … where short is under this many units. Scraped pages have a median of 68–76 % short
   * blocks; the article composites 11 %, and none reaches 50 % with 30+ blocks. */
  pageShortUnits: 12,
  /** … and a run of at least this many short blocks at its top or bottom (menus, footers). */
  pageEdgeRun: 3,
  /** … which may start after this many Latin-script blocks at that end: a skip link, a cookie or
   * sign-up notice ("Thanks for contacting us. We've received your submission.") or a long site
   * name stand before many pages' menus. 2 made 5 dev English pages page-like (F1 +0.004 over the
   * set, none lower; 3: one more) and no article composite. Latin only: a Japanese page of the dev
   * set, whose first long lines are its content, became a page with it (its F1 0.99 → 0.55). */
  pageEdgeSkip: 2,
  /** A run of at least this many short blocks at one end makes a document page-like whatever the
   * share of short blocks: a long menu or footer is page furniture, and a page whose article is
   * long (a Slate review: 110 blocks, 48 % short, 17 menu lines at the top) stays under
   * `pageShortShare`. Whether the main text found holds the page's prose is still checked
   * (`pageMinProseShare`). Dev en pages 0.9235 → 0.9241 at 6–10 (3 up, none down; 15: 2 up); no
   * article composite has such a run; two unlabelled Chinese pages become pages, both read right. */
  pageEdgeRunAlone: 8,
  /** In `auto` mode the main text found must hold at least this share of the page's prose
   * (by units), else the document is judged as an article: keeping a page's comments is better
   * than losing half of a list-heavy article. */
  pageMinProseShare: 0.4,
  /** A page block counts as prose (its length counts for the main text) from this many units
   * with clause punctuation. */
  pageProseUnits: 15,
  /** A page block whose text stands again within this many blocks (see `repeatedNearby` in
   * src/page.ts) is worth what a short line is in the main-text search and is not counted as the
   * page's prose: photo galleries show each caption and credit two or more times before an
   * article. Dev en pages F1 0.9155 → 0.9192 (11 up, none down: galleries, a highlights box
   * repeating a paragraph); 2: 5 up; 12 and more: a forum page lost posts (0.987 → 0.949); any
   * distance: a meal plan repeating its menus for each plan lost them all (0.995 → 0.023). Not
   * counting such blocks as page prose matters too: a cookie dialog's text shown twice, no longer
   * in the main text, made two short reviews fail `pageMinProseShare` (0.96 → 0.35). */
  pageRepeatWindow: 8,
  /** What a non-prose block is worth at most, in units. */
  pageShortValue: 5,
  /** A short Latin-script sentence in running text costs nothing in the main-text search from
   * this many units (three words; see `SHORT_SENTENCE` in src/page.ts): "Bugs fixed." is too
   * little to tell. 2, 3 and 5 words measured the same on the dev pages. */
  pageShortSentenceMinUnits: 4.5,
  /** The cost of every block in the main-text search: a prose block must be longer than this to
   * pay for itself. 10 measured best of 5–40 on the dev pages (F1 0.86 en / 0.79 zh). */
  pageBlockCost: 10,
  /** Block classes in page mode (jusText-style, text only): under this many units a block is
   * `short` (too short to judge alone). 15 units is about ten English words or fifteen Han
   * characters, the same as `pageProseUnits`. */
  pageClassShortUnits: 15,
  /** From this many units a block with prose-level stopword density is `good` even without a
   * sentence end (jusText's length_high of 200 characters is about 35 words, ~50 units). */
  pageClassLongUnits: 50,
  /** A date, counter or separator line is furniture when at most this many units are left
   * without the date or counter (a name beside a timestamp, a label beside "(42)"). */
  pageMenuResidualUnits: 8,
  /** This many near-good blocks in a row (short ones may stand between) are running text: a blog
   * body of unpunctuated lines has no good block to lean on. Menus and link lists are mostly bad
   * blocks, so five in a row rarely happen outside a body. */
  pageNearGoodRun: 5,
  /** In the main-text search, a furniture-shaped block (CJK: a date stamp, a counter, a menu;
   * Latin: the shapes of `LATIN_FURNITURE` in src/page.ts) costs this much: comment threads are
   * prose too, but every comment carries a name and date line, so a thread does not pay for
   * itself. */
  pageMenuCost: 30,
  /** A comment thread after the article (see `src/comment-thread.ts`) ends the main text of a
   * page: at least this many comment heads … (dev English pages, F1 over the set: 3 → 0.895,
   * 4 → 0.890, 5 → 0.888; without threads 0.875) */
  threadMinHeads: 3,
  /** … of which this many author lines or time stamps (1 and 2: 0.895, 3: 0.894) … */
  threadMinNamedHeads: 2,
  /** … each at most this many blocks after the one before (a comment of several paragraphs; 6–8:
   * 0.895, 12: 0.891, 16: 0.889) … */
  threadMaxGap: 8,
  /** … after a main text of at least this many prose units (a short blog post is ~80; 40–80:
   * 0.895, 0: 0.882 — a forum page's first post became "the article" —, 150: 0.891). */
  threadMinArticleUnits: 40,
  /** A teaser list after the article (see `src/teaser-list.ts`) ends the main text of a page too,
   * after the same `threadMinArticleUnits`: at least this many markers of one kind … (dev en
   * pages: 2–4 the same, 0.9019; without teaser lists 0.8969) */
  teaserMinMarkers: 3,
  /** … each at most this many blocks after the one before (a record: headline, author, date,
   * summary; 5–10 the same, 4: 0.9010 — records of five blocks; 12: 0.9003 — a headline shown
   * twice in an inset inside an article, 11 blocks before the list) … */
  teaserMaxGap: 6,
  /** … date lines of at most this many characters ("Wednesday November 20, 2019") … */
  teaserDateMaxChars: 40,
  /** … and headlines shown twice of 6 to 40 units (a headline is several words; "Advertisement"
   * twice, 1.5 units, stands between an article's paragraphs; 3–10 the same; up to 80: 0.8996 —
   * a paragraph quoted twice). */
  teaserHeadlineMinUnits: 6,
  teaserHeadlineMaxUnits: 40,
  /** Between two date lines of a teaser list, a line of 3 to `teaserHeadlineMaxUnits` units that is
   * no sentence (a headline, an author's name: "Madeline Fry" is 3): a timeline's or a diary's
   * date lines inside an article have paragraphs between them, and are no teaser list. */
  teaserLineMinUnits: 3,
  /** … and the main text before a list holds at least this many times the prose of one of its
   * records (from one marker to the next): a teaser's summary is a line or two, while the posts
   * of a blog index, whose first post the search may take for the article, are about as long. The
   * lists found on the dev pages have 10–38 times a record's prose before them (or records with
   * none), so no dev page turns on it; it guards a blog index whose first post's byline stands
   * above the main text, as an article's does. */
  teaserArticleRecords: 5,
  /** A teaser box after the article (see `src/teaser-box.ts`): a box's heading ("Related
   * articles", 相关推荐) after the last body anchor, and under it at least this many short lines
   * and nothing else (headlines, their sources and counts, date lines). One link under a heading
   * is no box to be sure of; the boxes of the unlabelled Chinese pages list 3 to 55. No dev page
   * or composite has one (2–4 the same there). */
  teaserBoxMinItems: 2,
  /** A teaser box whose headlines each have a summary under them (see `teaserSummaryBoxAfter` in
   * src/teaser-box.ts): a summary is at most this many units, a sentence or two. The summaries of
   * the three such boxes on the dev and unlabelled pages are up to ~100 units (a Chinese teaser of
   * two sentences); at 50–60 units two of them are found, at 40 one. An article's own sections
   * after a box heading would be its paragraphs, mostly longer, and to the end of its text. */
  teaserSummaryMaxUnits: 120,
  /** … and the text kept before its heading is at least this many times the box's own text: the
   * box follows an article, not the other way round (the three boxes: 1.1, 2.2 and 6.9). */
  teaserSummaryArticleShare: 1,
  /** … and its summaries are about other stories: the median share of their topic words (Han
   * bigrams, content words; those with at least `teaserSummaryMinTopicWords`, as `off-topic`
   * judges) found in the text before the box is under `teaserSummaryMaxShared`. The three boxes'
   * medians: 0.10, 0.01 and 0.11 (a box's first links to the article's own sources share 0.64).
   * An article's last two paragraphs of at most 120 units, against the rest of its gold body:
   * under 0.2 on 15 of the 128 dev en pages and 3 of the 12 zh pages with 5 paragraphs or more, so
   * this keeps most articles whose sections follow a box heading even without the heading's own
   * evidence. */
  teaserSummaryMinTopicWords: 5,
  teaserSummaryMaxShared: 0.2,
  /** In a page's main-text search, chaff after the article (see `chaffTrimmedEnd` in src/page.ts)
   * costs `pageMenuCost`, and a boilerplate block right after chaff this many times what the one
   * before it cost: the sign-off run of a site (an editor line, a disclaimer, "Tweet", "Share",
   * "Related") ends the article although the teasers after it are prose (dev en pages 0.9110 →
   * 0.9130, zh 0.9295 → 0.9396, none lower; 3 the same). Promo runs stay flat: a deals post's
   * "Sign up for … $11.99 a month" lines are its topic, and doubling them too lost one dev page
   * three gold paragraphs. */
  pageChaffRunFactor: 2,
  /** A page's main text takes the short sentences right after it, when they have at least this
   * many units (four words) and no chaff evidence (see `closingSentencesEnd` in src/page.ts): an
   * article's last line is often one short sentence, too short for the search. Dev en pages: 11
   * up, 2 down (a tiny page's "You can view our open thread here."), recall 0.9693 → 0.9700;
   * 4–8 the same. With no chaff evidence meaning a score under 0 instead of `anchorMaxScore`: 7 up,
   * none down — the anchor's bar was kept, as when in doubt the text stays. */
  closingSentenceMinUnits: 6,
  /** The blocks right before a page's main text that are taken as its first paragraphs although
   * they have no punctuation (see `leadParagraphsStart` in src/page.ts): at least this many units
   * (twenty words), stopword-dense, in sentence case, with no chaff evidence. Dev en pages 0.9383
   * → 0.9391: one page 0.83 → 1.00, none down; at 20 units three more pages lost 0.001–0.011 of
   * precision; at 45 no page changes. zh pages, composites and the unlabelled pages unchanged. */
  pageLeadParagraphMinUnits: 30,
  /** A page's main text that ends announcing a list ("…, with a link to each:") takes the
   * numbered items after it (see `announcedListEnd` in src/page.ts): at least this many items …
   * (a list; two could be a quote and its source) */
  pageListMinItems: 3,
  /** … each at most this many blocks after the one before (an item with its link or price lines).
   * One dev page has such a list (22 items, each with its link: F1 0.48 → 1.00); no other dev or
   * unlabelled page changed. */
  pageListMaxStride: 3,
  /** … announced by a colon line or a heading of at least this many units ("Qualified teams" is
   * 3; as `teaserLineMinUnits`) … */
  pageListHeadingMinUnits: 3,
  /** … and, for items known by their shared punctuation form (see `itemsOfOneForm` in
   * src/page.ts), at least this many of them in a row: a results table after an article (one dev
   * page 0.88 → 0.99; at 4 a page lost precision to a short list of like links, 0.985 → 0.984). */
  pageListFormMinItems: 6,
  /** Stopword density thresholds for Latin text: jusText's defaults for English (0.30 / 0.32). */
  pageStopLatin: { low: 0.3, high: 0.32 },
  /** For Han text, the share of function characters (的了是在…): running Chinese prose has a
   * median near 0.2, headlines, names and menu items mostly under 0.1. */
  pageStopHan: { low: 0.1, high: 0.15 },
  /** For Japanese, the share of hiragana among CJK characters: prose is particle-rich (median
   * about 0.4), names, menus and katakana/kanji headlines are not. */
  pageStopKana: { low: 0.2, high: 0.3 },
  /** Most passes of the decision: each later pass decides again on what the previous one left
   * (with its own safety valve, as a fresh clean() of it would), so that clean(clean(x)) ===
   * clean(x). On the 624 dev documents one pass left 17 that a second clean() changed; five
   * passes leave none. A pass runs only when the one before removed something. */
  maxPasses: 5,
  /** Hard-wrapped text (src/wrapped-lines.ts): at least this many forced breaks (the next line's
   * first word would not have fitted) make a text wrapped. Lines longer than the width
   * (`wrapMaxLonger`) are what keeps text written a paragraph a line out. */
  wrapMinBreaks: 3,
  /** Paragraphs split at their links (src/fragment-lines.ts): a text is read so from this many
   * breaks where the next line reads on in mid-sentence (as `wrapMinBreaks`; 2 and 5 measured
   * within 0.002 of it on the split dev pages below) … */
  fragmentMinBreaks: 3,
  /** … a line that runs on in lower case does so after a line of at least this many words, and
   * has as many itself: "Skip to content" / "accedi" and "most popular" / "stay updated" are
   * menus. Dev en pages with half / all their long lines split at capitalized names and random
   * spans (a simulation of text-node scrapes): F1 0.883 / 0.811 line by line, 0.917 / 0.888 at
   * 3 words; 2 words 0.919 / 0.899 but joined a Python listing's "import json" / "import redis" on
   * an unlabelled page; 4 words 0.913 / 0.868. The unsplit dev sets and the unlabelled pages are
   * the same at 3 as without the joins. */
  fragmentMinWords: 3,
  /** … and a link's own line between two parts of a sentence has at most this many words (4–8
   * measured the same). */
  fragmentLinkMaxWords: 6,
  /** Widths a text can be wrapped at, in code units: html2text wraps at 78, lynx at 76, e-mail at
   * 72–76, `fmt` at 75, Python's textwrap at 70; under 40 a "wrapped" text is a list of short
   * lines, over 160 one paragraph a line. */
  wrapMinWidth: 40,
  wrapMaxWidth: 160,
  /** The width is one of this many longest distinct line lengths: a wrapped text's longest lines
   * are its width, save a few longer ones (`wrapMaxLongerShare`). */
  wrapWidthCandidates: 5,
  /** Lines with a space allowed to be longer than the width (a table row, a preformatted line; a
   * line without one, a URL, cannot be broken and does not count): this many, or this share of
   * the lines. Text written a paragraph a line has most of its paragraphs longer than any width
   * a wrapper uses. */
  wrapMaxLonger: 2,
  wrapMaxLongerShare: 0.02,
  /** CJK text wrapped at a fixed display width (src/wrapped-lines.ts): a line within this many
   * columns of the width is full (a wide character, two columns, that did not fit, and a closing
   * mark wrappers keep on the line) … */
  cjkWrapSlack: 2,
  /** … and at least this share of the full lines break mid-sentence: in text written a paragraph
   * a line, lines that happen to share the longest width end sentences. */
  cjkWrapMinFullShare: 0.6,
  /** Rules and the classifier read at most this many characters of a block (the output is never
   * truncated). Ads and commentary lines are far shorter; before this cap a single 10-million-
   * character line took 35 s and 1.3 GB to score. */
  maxScoredChars: 20_000,
  /** Scraped Markdown (src/markdown-view.ts): inline links or images that make a text Markdown
   * (`markdown: 'auto'`): a plain scraped text with three `[…](…)` is not written by hand (one or
   * two can be a quoted snippet); none of the 624 dev documents has one. */
  markdownMinLinks: 3,
  /** Lines of a reader service's header ("Title:", "URL Source:", "Markdown Content:") looked at
   * from the top: its fields take four to six. */
  markdownHeaderMaxLines: 12,
  /** Longest unlinked title at the end of a breadcrumb trail ("[Home](/) / [Posts](/posts/) /
   * This post"): a page's title, not a sentence. */
  markdownTrailTitleMaxChars: 80,
  /** A long Markdown page's headline: the first-level heading at most this many blocks above the
   * main text the search found … */
  markdownHeadlineBlocks: 6,
  /** … over blocks of at most this many units (a byline, a date, a picture's caption): a
   * paragraph between means the heading is not the article's. */
  markdownHeadlineGapUnits: 60,
  /** Scraped Markdown: a line whose visible text is at least this share link text is a link line
   * (`link-density`). jusText calls a block with a link density over 0.2 bad; a sentence with a
   * link or two in it stays well under 0.8, a menu item or a "Related: [headline](…)" line is 0.7
   * to 1. */
  linkDensityMin: 0.8,
  /** A run of at least this many link lines is a box of links (a menu, "most read", a footer) … */
  linkRunMinBlocks: 3,
  /** … and each of its lines counts `link-density` this many times: 2.5 × 2.5 = 6.25, over the
   * inner threshold (2.9) even against the classifier's strongest body vote (−2.85), which it
   * gives headlines (a "related" box's first link, between the article and the box, kept at 2). */
  linkRunStrength: 2.5,
  /** Rule weight for a chaff label (after body evidence) from which the classifier's vote for
   * chaff of any kind backs that label, when the classifier reads the block as chaff of another
   * kind: a furniture label the classifier calls commentary. Not below: a phrase rule discounted
   * as the document's topic (0.3) then made a finance article's sentence promo on an unlabelled
   * page; at 1 and 1.5 the dev sets give the same (en 0.9324 → 0.9329, zh 0.9551 → 0.9559,
   * composites unchanged), at 2.5 en 0.9325. */
  chaffBackingMinRules: 1.5,
  /** Weight of body evidence (rules voting `body`) against every chaff label. */
  bodyEvidenceFactor: 1.0,
} as const;

/** The type of the tunables table. */
export type Tunables = typeof TUNABLES;
