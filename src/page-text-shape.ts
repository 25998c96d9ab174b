/**
 * Text-only signals for telling a page's running text from its furniture, in the spirit of
 * jusText (Pomikálek 2011) but made to work without HTML and for CJK: stopword density per
 * script, sentence punctuation and the shapes of menus, counters and date lines.
 */
import { classOf, HIRAGANA, isHan, isSpace, japaneseScript, OTHER, plainSpaces } from './chars.js';
import { T2S_FROM, T2S_TO } from './generated/t2s.js';

/** Which stoplist a block is measured with. */
export type StopScript = 'latin' | 'han' | 'kana';

/** Common English function words (a short jusText-like stoplist). */
const EN_STOPWORDS = new Set(
  ('a about above after again against all am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours ' +
    "also been can't don't it's i'm isn't said says may might must shall us").split(/\s+/),
);

/** Chinese function characters (Simplified): particles, pronouns, copulas, prepositions and
 * conjunctions — what running Chinese prose is full of and names, menu items and headlines have
 * few of. */
const ZH_FUNCTION_SIMPLIFIED = '的了是在我你他她它们这那个和与及而但也都就不没很还又再才只被把将从对于为以所因此其之可能会要得地着过吧呢吗啊呀么什怎哪里些已经并或且该更最如果到说让给来去有看时后上下中';
/** The same in every script: each function character and each character the Traditional →
 * Simplified table makes one (們, 這, 隻, the Hong Kong 説…). A list of the Traditional forms by
 * hand missed some: 隻 and 説 counted in Simplified text and not in Traditional, so that a page's
 * blocks read as prose in one script and not in the other. */
const ZH_FUNCTION: ReadonlySet<number> = (() => {
  const set = new Set([...ZH_FUNCTION_SIMPLIFIED].map((c) => c.codePointAt(0)!));
  const from = [...T2S_FROM];
  const to = [...T2S_TO];
  for (let i = 0; i < from.length; i++) if (set.has(to[i].codePointAt(0)!)) set.add(from[i].codePointAt(0)!);
  return set;
})();

// A module constant, not a literal in the function: the build lowers a literal with \p{…} to
// `new RegExp(…)`, which then ran once per call.
const LETTER = /\p{L}/u;

/**
 * A word of ASCII letters and apostrophes as numbers: five bits a character (a–z 1–26, either
 * apostrophe 27, case folded), the first character lowest; six characters fill 30 bits, a small
 * integer for V8 (a number over 31 bits is a heap number, and looking one up allocated it). The
 * longest stopwords have seven characters: the seventh is a bit of the mask the first six find.
 */
const KEY_BITS = 5;
const KEY_CHARS = 6;
const APOSTROPHE_CODE = 27;
/** Most characters of a stopword. */
const STOPWORD_MAX_CHARS = KEY_CHARS + 1;
/** By the key of a stopword's first six characters: bit 0 when they are a whole stopword, bit c
 * when they and a seventh character of code c are one. A word is looked up without a string. */
const STOP_KEYS: ReadonlyMap<number, number> = (() => {
  const table = new Map<number, number>();
  for (const w of EN_STOPWORDS) {
    if (w.length > STOPWORD_MAX_CHARS || !/^[a-z']+$/.test(w)) throw new Error(`stopword ${w}: not keyable`);
    const codes = [...w].map((ch) => (ch === "'" ? APOSTROPHE_CODE : ch.charCodeAt(0) - 0x60));
    let key = 0;
    for (let i = 0; i < Math.min(codes.length, KEY_CHARS); i++) key |= codes[i] << (KEY_BITS * i);
    table.set(key, (table.get(key) ?? 0) | (codes.length > KEY_CHARS ? 1 << codes[KEY_CHARS] : 1));
  }
  return table;
})();

/** A word that starts in lower case, or with a capital (after any marks). */
const LOWER_START = /^\P{L}*\p{Ll}/u;
const UPPER_START = /^\P{L}*\p{Lu}/u;
const SPACES = /\s+/;

/** What a code point is to the word pass of `stopwordDensity`: no part of a word, a letter, a digit
 * (or another number), or an apostrophe (inside a word only). Han and kana are counted apart. */
const NOT_WORD = 1;
const LETTER_PART = 2;
const NUMBER_PART = 3;
const APOSTROPHE = 4;
/** `wordPart` of each non-ASCII BMP code point, 0 until first asked. */
const wordParts = new Uint8Array(0x10000);

/** `wordPart` of a code point that is neither ASCII nor Han nor kana. */
function wordPart(cp: number): number {
  if (cp < 0x10000 && wordParts[cp] !== 0) return wordParts[cp];
  const part = cp === 0x2019 ? APOSTROPHE : classOf(cp) === OTHER ? NOT_WORD : LETTER.test(String.fromCodePoint(cp)) ? LETTER_PART : NUMBER_PART;
  if (cp < 0x10000) wordParts[cp] = part;
  return part;
}

/**
 * The share of a block's tokens that are function words: English stopwords for Latin text, Chinese
 * function characters for Han text, and hiragana (Japanese particles and inflections) for text with
 * kana. The script is the one with most tokens.
 *
 * @param text the block's text
 * @returns the density (0–1) and the script it was measured in (`undefined` for a block without
 * letters)
 */
export function stopwordDensity(text: string): StopwordDensity {
  return remembered(densityMemo, text, densityOf);
}

/** What `stopwordDensity` finds (read-only: the same object is handed to every caller). */
export interface StopwordDensity {
  readonly density: number;
  readonly script: StopScript | undefined;
}

/** The densities remembered, by text (see `TEXT_MEMO_CAP`). */
const densityMemo = new Map<string, StopwordDensity>();

function densityOf(text: string): StopwordDensity {
  let han = 0;
  let hanStop = 0;
  let kana = 0;
  let hiragana = 0;
  // One pass by code point, with the cached script classes of src/chars.ts (three Unicode-property
  // regex tests per character were most of page classification's time). Words: a letter or digit,
  // then letters, digits and apostrophes, Han and kana between words; a word with a letter counts,
  // and one of ASCII letters and apostrophes is looked up by its number (`STOP_KEYS`).
  // Lower-casing the block, blanking its Han and kana with a regex and matching its words into an
  // array of strings was 18 % of clean()'s time on the dev English pages (--cpu-prof), where page
  // mode measures every block. This pass is 3.5x faster on their 43,427 lines (552 → 160 ms for
  // three passes) and counts the same on 284,302 dev, corpus and random lines, but for a word with
  // a Turkish İ, which lower-casing first split at its dot (into a stopword "i").
  let latin = 0;
  let stop = 0;
  let inWord = false;
  let letter = false;
  let key = 0;
  let seventh = 0;
  let chars = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    // By code unit, pairing surrogates here: `codePointAt` was half of this loop's time.
    let cp = i < n ? text.charCodeAt(i) : 0x20;
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    let part: number;
    let code = 0;
    if (cp < 0x80) {
      if (cp >= 0x61 && cp <= 0x7a) {
        part = LETTER_PART;
        code = cp - 0x60;
      } else if (cp >= 0x41 && cp <= 0x5a) {
        part = LETTER_PART;
        code = cp - 0x40;
      } else if (cp >= 0x30 && cp <= 0x39) part = NUMBER_PART;
      else if (cp === 0x27) {
        part = APOSTROPHE;
        code = APOSTROPHE_CODE;
      } else part = NOT_WORD;
    } else if (isHan(cp)) {
      han++;
      if (ZH_FUNCTION.has(cp)) hanStop++;
      part = NOT_WORD;
    } else {
      const j = japaneseScript(cp);
      if (j !== 0) {
        kana++;
        if (j === HIRAGANA) hiragana++;
        part = NOT_WORD;
      } else {
        part = wordPart(cp);
        if (part === APOSTROPHE) code = APOSTROPHE_CODE;
      }
    }
    if (part === NOT_WORD || (!inWord && part === APOSTROPHE)) {
      if (inWord) {
        if (letter) {
          latin++;
          if (chars <= STOPWORD_MAX_CHARS && (((STOP_KEYS.get(key) ?? 0) >> (chars > KEY_CHARS ? seventh : 0)) & 1) === 1) stop++;
        }
        inWord = false;
      }
      continue;
    }
    if (!inWord) {
      inWord = true;
      letter = false;
      key = 0;
      seventh = 0;
      chars = 0;
    }
    if (part === LETTER_PART) letter = true;
    // A character without a code (a digit, a letter outside ASCII) makes the word no stopword.
    if (code === 0) chars = STOPWORD_MAX_CHARS + 1;
    else if (chars < KEY_CHARS) key |= code << (KEY_BITS * chars++);
    else if (chars++ === KEY_CHARS) seventh = code;
  }
  const cjk = han + kana;
  if (cjk === 0 && latin === 0) return { density: 0, script: undefined };
  if (latin * 1.5 > cjk) return { density: stop / latin, script: 'latin' };
  // Japanese: kana present in earnest; particles are hiragana, Han characters are content.
  if (kana >= Math.max(2, 0.1 * cjk)) return { density: hiragana / cjk, script: 'kana' };
  return { density: hanStop / Math.max(1, han), script: 'han' };
}

const SENTENCE_END = /[。！？!?]|[.…](?:["”’』」)]*)(?:\s|$)/g;

/**
 * How many sentence ends a block has: 。！？ and !?, and a full stop or ellipsis before a space or
 * the end.
 *
 * @param text the block's text
 */
export function sentenceEnds(text: string): number {
  return text.match(SENTENCE_END)?.length ?? 0;
}

const SEPARATORS = /\s{0,3}(?:[|｜›»>＞•·・／/]|>>|::)\s{0,3}/;
const DATE_TIME = /\d{4}\s{0,3}[-/.年]\s{0,3}\d{1,2}\s{0,3}[-/.月]\s{0,3}\d{1,2}\s{0,3}日?|\d{1,2}\s{0,3}[-/.月]\s{0,3}\d{1,2}\s{0,3}日|\d{1,2}:\d{2}(?::\d{2})?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,3}\d{1,2}\b|\b\d{1,2}\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b|\b(?:19|20)\d{2}\b/gi;
const COUNTER = /(?:[(（\[]\s{0,3}\d[\d,]{0,12}\s{0,3}[)）\]]|\b\d[\d,.]{0,12}\s{0,3}(?:k\s{1,3})?(?:comments?|repl(?:y|ies)|views?|likes?|shares?|points?|votes?)\b|\d[\d,]{0,12}\s{0,3}(?:条评论|條評論|评论|評論|人参与|人參與|則留言|条回复|則回應|人阅读|人閱讀|次浏览|次瀏覽|人浏览|赞|讚))\s{0,3}$/i;
const LEGAL = /©|\(c\)\s{0,3}\d{4}|copyright|all rights reserved|版权所有|版權所有|ICP备|ICP證|ICP证|公网安备/i;

/**
 * How many date and time pieces a text has: a date ("November 19", "2019-11-19", "19 Jul"), a
 * year, a weekday or a clock time each count one.
 *
 * @param text the text
 */
export function dateTimeCount(text: string): number {
  return text.match(DATE_TIME)?.length ?? 0;
}

/** Words a date line may hold besides its date and time ("Posted on", "at", "am"). */
const DATE_WORDS = /\b(?:at|on|am|pm|posted|updated|published)\b/gi;

/**
 * Whether a text is a date line and nothing else: at least two date or time pieces ("Tuesday
 * November 19, 2019", "2019/11/20 11:54 am"), and no letter or digit left without them but the
 * words of `DATE_WORDS`.
 *
 * @param text the text
 */
export function dateOnly(text: string): boolean {
  if (dateTimeCount(text) < 2) return false;
  return !/[\p{L}\p{N}]/u.test(text.replace(DATE_TIME, ' ').replace(DATE_WORDS, ' '));
}

/**
 * A line's date at its end, after a headline: "香港家长：还孩子安宁守法的生活环境2019年10月20日",
 * "Market square to get more benches Nov 20, 2019" (a teaser's headline with its date glued on).
 * The date is the run of date and time pieces that ends the line, separated by spaces, commas or
 * dashes only.
 *
 * @param text the line, trimmed
 * @returns the text before the date and the date, or undefined when the line does not end with one
 */
export function trailingDate(text: string): { head: string; date: string } | undefined {
  if (!mayEndWithDate(text)) return undefined;
  const pieces = [...text.matchAll(DATE_TIME)];
  let k = pieces.length - 1;
  if (k < 0 || pieces[k].index! + pieces[k][0].length !== text.length) return undefined;
  while (k > 0 && DATE_GLUE.test(text.slice(pieces[k - 1].index! + pieces[k - 1][0].length, pieces[k].index!))) k--;
  const at = pieces[k].index!;
  return { head: text.slice(0, at).trimEnd(), date: text.slice(at) };
}

/** The first three letters of the month and weekday names `DATE_TIME` reads. */
const DATE_NAMES: ReadonlySet<string> = new Set('jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun'.split(' '));
/** Longest month or weekday name `DATE_TIME` reads: three letters and six more. */
const DATE_NAME_MAX = 9;

/**
 * Whether a `DATE_TIME` piece can end where the text ends: every piece ends with a digit, 日, a
 * space or a month or weekday name standing as a word (a run of ASCII letters after no word
 * character, 3 to `DATE_NAME_MAX` letters, starting with one of `DATE_NAMES`). Read from the end
 * before matching: on the dev English pages `trailingDate` ran the pattern over 1.9 MB of blocks
 * (every block of a page, paragraphs too) to find a few dated headlines.
 *
 * @param text any text
 */
function mayEndWithDate(text: string): boolean {
  const end = text.length - 1;
  if (end < 0) return false;
  const c = text.charCodeAt(end);
  if ((c >= 0x30 && c <= 0x39) || c === 0x65e5 || isSpace(c)) return true;
  let i = end;
  while (i >= 0 && isAsciiLetter(text.charCodeAt(i))) i--;
  const letters = end - i;
  if (letters < 3 || letters > DATE_NAME_MAX) return false;
  if (i >= 0) {
    const before = text.charCodeAt(i);
    if ((before >= 0x30 && before <= 0x39) || before === 0x5f) return false;
  }
  return DATE_NAMES.has(text.slice(i + 1, i + 4).toLowerCase());
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** What may stand between the pieces of one date ("Nov 20, 2019", "2019-10-20 08:15"). */
const DATE_GLUE = /^[\s,-]*$/;

/**
 * Whether a text has a relative time stamp ("2 days ago", "10H ago", "21小时前").
 *
 * @param text the text
 */
export function hasRelativeTime(text: string): boolean {
  return text.search(RELATIVE_TIME) >= 0;
}

/** Which furniture shape a block has (see `furnitureShape`). */
export type FurnitureShape = 'legal' | 'menu' | 'link' | 'date' | 'relative-time' | 'counter' | 'count';

/** A relative time stamp: "14H ago", "2 days ago", "an hour ago", "21小时前", "5分鐘前" (any word
 * between the number and "ago": one word class instead of an alternation of units, whose
 * overlapping prefixes — s, secs, seconds — redos-detector could not prove linear). */
const RELATIVE_TIME = /(?<!\d)\d{1,4} ?[a-z]{1,7}\s{1,3}ago\b|\b(?:an?|one) (?:minute|hour|day|week|month|year) ago\b|(?<!\d)\d{1,4} ?(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)前/gi;
const URL_LIKE = /:\/\/|^\s*www\./i;
const BARE_COUNT = /[(（\[]\s{0,3}\d[\d,]{0,12}\s{0,3}[)）\]]\s{0,3}$/;

/**
 * The shape of page furniture a block has whatever its words, if any: a copyright or licence line
 * (`legal`); a menu or breadcrumb, three or more short items between separators such as | › » / ·
 * (`menu`, or `link` when the "items" are the parts of a URL); a date or time line with little
 * else (`date`: a byline stamp, "#5 name at 2013/12/28 22:50"); a relative time stamp with little
 * else (`relative-time`: "Posted 4 mins ago", "12H ago 34 photos", "87阅读37分钟前"); a label with a counter
 * (`counter`: "123 comments", "Comments (42)" read as a label and a count of replies; `count`: a
 * bare number in brackets, "Breast Cancer (19)").
 *
 * @param text the block's text
 * @param unitsOf how long a piece of text is, in units (one per CJK character, 1.5 per word)
 * @param maxResidualUnits a date, time or counter line is furniture when at most this many units
 * are left without the date, time or counter
 */
export function furnitureShape(text: string, unitsOf: (s: string) => number, maxResidualUnits: number): FurnitureShape | undefined {
  if (unitsOf !== shapeMemo.unitsOf || maxResidualUnits !== shapeMemo.maxResidualUnits) {
    shapeMemo.shapes.clear();
    shapeMemo.unitsOf = unitsOf;
    shapeMemo.maxResidualUnits = maxResidualUnits;
  }
  return remembered(shapeMemo.shapes, text, (t) => shapeOf(plainSpaces(t), unitsOf, maxResidualUnits) ?? null) ?? undefined;
}

/**
 * What `compute` gives for a text, remembered in `memo` inside a `withTextMemos` scope (cleared
 * when it holds `TEXT_MEMO_CAP` texts), computed afresh outside one.
 */
function remembered<T>(memo: Map<string, T>, text: string, compute: (text: string) => T): T {
  if (memoScopes === 0) return compute(text);
  let value = memo.get(text);
  if (value === undefined) {
    value = compute(text);
    if (memo.size >= TEXT_MEMO_CAP) memo.clear();
    memo.set(text, value);
  }
  return value;
}

/**
 * Most texts whose shape or stopword density is remembered: page mode asks for both several
 * times a block (its class, its value in the main-text search, the comment-thread and teaser
 * passes; 80,685 shapes of 31,646 texts on the dev English pages), and a page has at most a few
 * thousand blocks. Cleared when full.
 */
const TEXT_MEMO_CAP = 8192;

/** How many `withTextMemos` calls are running: the memos are used only inside one. */
let memoScopes = 0;

/**
 * Run `fn` with shapes and stopword densities remembered by text, and forget them all when it
 * returns: the cleaner runs each `clean()` or `analyze()` in one scope. A block's text is a slice
 * of its document, which a remembered text would keep alive after the call (a 100 MB document
 * held until the memos filled up again); outside a scope nothing is remembered.
 *
 * @param fn the work
 * @returns what `fn` returns
 */
export function withTextMemos<T>(fn: () => T): T {
  memoScopes++;
  try {
    return fn();
  } finally {
    if (--memoScopes === 0) {
      densityMemo.clear();
      shapeMemo.shapes.clear();
    }
  }
}

/** The shapes remembered, for the `unitsOf` and `maxResidualUnits` they were found with (`null`:
 * no shape). */
const shapeMemo = {
  shapes: new Map<string, FurnitureShape | null>(),
  unitsOf: undefined as ((s: string) => number) | undefined,
  maxResidualUnits: NaN,
};

function shapeOf(text: string, unitsOf: (s: string) => number, maxResidualUnits: number): FurnitureShape | undefined {
  if (LEGAL.test(text)) return 'legal';
  const parts = text.split(SEPARATORS).filter((p) => p.trim() !== '');
  if (parts.length >= 3 && parts.every((p) => unitsOf(p) <= 12) && !/[。！？，,]/.test(text)) return URL_LIKE.test(text) ? 'link' : 'menu';
  const dateless = text.replace(DATE_TIME, ' ');
  if (dateless !== text && unitsOf(dateless) <= maxResidualUnits && sentenceEnds(text.replace(DATE_TIME, '0')) === 0) return 'date';
  const timeless = text.replace(RELATIVE_TIME, ' ');
  if (timeless !== text && unitsOf(timeless) <= maxResidualUnits && sentenceEnds(timeless) === 0) return 'relative-time';
  if (!COUNTER.test(text) || unitsOf(text.replace(COUNTER, '')) > maxResidualUnits) return undefined;
  return BARE_COUNT.test(text) ? 'count' : 'counter';
}

/**
 * Whether a block has the shape of page furniture whatever its words (any `furnitureShape`).
 *
 * @param text the block's text
 * @param unitsOf how long a piece of text is, in units (one per CJK character, 1.5 per word)
 * @param maxResidualUnits see `furnitureShape`
 */
export function isMenuShaped(text: string, unitsOf: (s: string) => number, maxResidualUnits: number): boolean {
  return furnitureShape(text, unitsOf, maxResidualUnits) !== undefined;
}

/**
 * How many of a line's words start in lower case, and how many with a capital (after any marks:
 * quotes, brackets). Words of other scripts (CJK) count as neither.
 *
 * @param text the line
 */
export function wordCases(text: string): { lower: number; upper: number } {
  let lower = 0;
  let upper = 0;
  for (const w of text.split(SPACES)) {
    if (LOWER_START.test(w)) lower++;
    else if (UPPER_START.test(w)) upper++;
  }
  return { lower, upper };
}

/**
 * Whether a Latin-script line is in sentence case: more than twice as many of its words start in
 * lower case as with a capital. Running text is ("Chelsea have this morning paid the £71.6million
 * fee to the Spanish league …"); a headline in title case, a menu or a list of names is not. A line
 * without Latin words (CJK text) is not.
 *
 * @param text the line
 */
export function sentenceCased(text: string): boolean {
  const { lower, upper } = wordCases(text);
  return lower > 2 * upper;
}
