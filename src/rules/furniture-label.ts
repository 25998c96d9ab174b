import { LABEL_LISTS } from '../generated/labels.js';
import { namedTeaserHeading, TEASER_HEADINGS } from '../teaser-heading.js';
import type { Rule } from './rule.js';

/** The labels, normalized (data/labels/furniture-label.txt, and the teaser boxes' headings of
 * data/labels/teaser-heading.txt). */
const LABELS: ReadonlySet<string> = new Set([...LABEL_LISTS['furniture-label'], ...TEASER_HEADINGS]);
/** The longest label: a longer block is not tested. */
const LONGEST = Math.max(...[...LABELS].map((l) => l.length));
/** What may stand around a label on its line: brackets and quotes, bullets and separators
 * before it, stops, ellipses and arrows after it ("» Share", "【广告】", "Continue reading…", "一覧を見る →"). Not a
 * colon after one word: "Email:" is a form's or a contact block's field label, content of the
 * page (several words and a colon are a box's heading: "Share this:", "Follow us:"). */
const EDGES = /^[\s"'“”「」『』【】《》()[\]*•·|>»›\-–—]+|[\s"'“”「」『』【】《》()[\].。!！…»›>→|\-–—]+$/g;
/** Longest block read as a row of labels on one line. */
const SEQUENCE_MAX_CHARS = 100;
/** A colon after a row's first word or two ("Share:", "Share on:"), read as a space. */
const ROW_HEAD_COLON = /^([a-z]+(?: [a-z]+)?):\s+/;
/** What separates the labels of a row: spaces, bars, dots, slashes. */
const SEPARATORS = /[\s|·•/]+/;
/** A CJK label of a row without spaces: 2 to `CJK_LABEL_MAX_CHARS` Han or kana characters. */
const CJK_LABEL = /^[\u3040-\u30ff\u3400-\u9fff]{2,10}$/;
/** Longest CJK label read in a row. */
const CJK_LABEL_MAX_CHARS = 10;
/** The end of a button's label that says where it opens. */
const NEW_WINDOW = /\(opens in (?:a )?new (?:window|tab)\)$/;
/** A label's count in brackets after a space, on `norm` (full-width brackets are ASCII there),
 * its closing bracket set aside with the edges ("View all (23)"): the label before it is matched.
 * A space is asked for, so that a call in code ("print(12345)") stays out. Dev and unlabelled
 * pages: 2 such lines, neither gold. */
const COUNT_SUFFIX = / \(\d{1,6}$/;
/** Most characters of edges around a label. */
const EDGE_SLACK = 8;
/** Longest breadcrumb trail read (one can end with the article's headline). */
const BREADCRUMB_MAX_CHARS = 200;
/** What may stand before a trail, on `norm` ("当前位置：首页 > …", "您的位置：…"). */
const BREADCRUMB_LEADS = ['当前位置', '您的位置', '你的位置', '您现在的位置', '现在位置', '所在位置', '位置', 'you are here'];
/** The home page a trail starts from, on `norm`. */
const BREADCRUMB_HOMES = ['网站首页', '首页', '主页', 'home'];
/** What separates a trail's steps ("首页 > 新闻", "Home » Blog", "Home › Reviews", "首页 - 新闻动态"). */
const BREADCRUMB_STEPS = new Set(['>', '»', '›', '→', '/', '-']);
/** The separators that follow "home" in an English trail. */
const ARROWS = new Set(['>', '»', '›', '→']);
/** The first characters of a block `breadcrumb` can match. */
const BREADCRUMB_FIRST: ReadonlySet<number> = new Set([...BREADCRUMB_LEADS, ...BREADCRUMB_HOMES].map((w) => w.charCodeAt(0)));

/**
 * A breadcrumb trail: the home page, a separator and the sections down to the article ("首页 > 要闻 >
 * 正文", "当前位置：主页 > 股市消息 >", "Home › CHOICE Magazine › Product review"), told by its start.
 * Dev and unlabelled pages: 29 such lines, none a whole gold line.
 *
 * @param norm a block's normalized text
 * @returns the trail's start, or undefined
 */
function breadcrumb(norm: string): string | undefined {
  let at = 0;
  const lead = BREADCRUMB_LEADS.find((l) => norm.startsWith(l));
  if (lead !== undefined) {
    at = lead.length;
    while (norm[at] === ' ') at++;
    if (norm[at] !== ':') return undefined;
    at++;
    while (norm[at] === ' ') at++;
  }
  const home = BREADCRUMB_HOMES.find((h) => norm.startsWith(h, at));
  if (home === undefined) return undefined;
  let i = at + home.length;
  while (norm[i] === ' ') i++;
  // After "home" only an arrow: "Home-made …" and "Home / Office …" are words.
  const step = norm[i];
  if (!BREADCRUMB_STEPS.has(step) || (home === 'home' && !ARROWS.has(step))) return undefined;
  return norm.slice(0, i + 1);
}

/**
 * A block that is only a button, link or slot label of the page ("Advertisement", "Share",
 * "Skip to main content", 返回顶部, 相关阅读): on the dev pages, 1,307 lines are only one of the
 * listed labels, none of them in a gold body (the labels that are, once each — read more,
 * previous, report, comments, 责任编辑 — are left out of the list). The headings of teaser boxes
 * ("Top stories", "Latest news", 为您推荐) added later: 150 lines on the dev and unlabelled pages,
 * none in a gold body; in page mode they end the main text (see `chaffTrimmedEnd`). A row of
 * labels on one line ("Facebook Twitter LinkedIn", "Email • Twitter") and a heading of several
 * words with a colon ("Share this:") added in session 9: 113 lines on the dev, composite and
 * unlabelled pages, one in a gold body ("Email:", a single word, which is why one word with a
 * colon stays out). Added in session 10: footer links, teaser-box buttons, share targets and a
 * few labels in other European languages, Chinese and Japanese paging, loading and WeChat buttons
 * (data/labels/furniture-label.txt); and four shapes: the heading of a teaser box that names its
 * section or site ("More from X", `namedTeaserHeading` in src/teaser-heading.ts), a breadcrumb trail (`breadcrumb`), a button
 * that opens a new window, and rows of labels of several words or of CJK labels without spaces
 * (`isRowOfLabels`, `isCjkRowOfLabels`). Whole-line gold counts are in each one's comment.
 */
export const rule: Rule = {
  id: 'furniture-label',
  description: 'The whole block is a button, link or slot label of the page ("Advertisement", "Share on Facebook", 返回顶部).',
  label: 'boilerplate',
  // Enough alone to pass the threshold inside a body (2.9, tunables.ts), also where the classifier
  // leans a little to body on a short label (收录于合集: −0.25): a label alone on its line is
  // nothing else, and the list leaves out labels an article could use as headings. Dev zh pages
  // 0.9532 → 0.9537 at 3.5 (3 up, none down; en, composites unchanged; 4: the same and 1 en up).
  weight: 3.5,
  neverTopical: true,
  test(block) {
    const norm = block.norm;
    if (norm.length <= LONGEST + EDGE_SLACK) {
      const label = norm.replace(EDGES, '');
      if (label === '') return null;
      if (LABELS.has(label)) return TEASER_HEADINGS.has(label) ? { match: label, opensTeaserBox: true } : { match: label };
      const counted = COUNT_SUFFIX.exec(label);
      if (counted && LABELS.has(label.slice(0, counted.index))) return { match: label.slice(0, counted.index), note: 'a label with a count' };
      // Chinese labels glued into one line without spaces ("个人中心帐号设置意见反馈退出").
      if (label.length <= CJK_ROW_MAX_CHARS && CJK_ROW_STARTS.has(label.slice(0, 2)) && isCjkRowOfLabels(label)) return { match: label, note: 'a row of page labels' };
      // A heading of several words may end with a colon ("Share this:", "Follow us:", "You may
      // also like:"); a one-word label with a colon is a field's ("Email:"), but not a teaser
      // box's heading ("Related:", 相关阅读：, which has no spaces to count words by).
      const head = label.endsWith(':') ? label.slice(0, -1).trimEnd() : label;
      if (head !== label && TEASER_HEADINGS.has(head)) return { match: head, opensTeaserBox: true };
      if (head !== label && head.includes(' ') && LABELS.has(head)) return { match: head };
      // A CJK label with a colon is a bar's heading ("分享到：", "上一篇："), not a form's field: dev
      // and unlabelled pages, 32 such lines, none gold.
      if (head !== label && CJK_LABEL.test(head) && LABELS.has(head)) return { match: head };
      if (namedTeaserHeading(head)) return { match: head, note: "a teaser box's heading", opensTeaserBox: true };
    }
    if (norm.length <= BREADCRUMB_MAX_CHARS && BREADCRUMB_FIRST.has(norm.charCodeAt(0))) {
      const crumb = breadcrumb(norm);
      if (crumb !== undefined) return { match: crumb, note: 'a breadcrumb trail' };
    }
    if (norm.length > SEQUENCE_MAX_CHARS) return null;
    // A share or print button that says where it opens ("Click to share on Twitter (Opens in new
    // window)"): 22 lines on the dev pages, none gold.
    if (norm.endsWith(')') && NEW_WINDOW.test(norm)) return { match: norm.trim(), note: 'a button that opens a new window' };
    // A row of buttons on one line ("Facebook Twitter LinkedIn", "Email • Twitter", "Cancel
    // Print", "Terms of Service Privacy Notice"), told first by its first word: most blocks this
    // short are sentences.
    // The first word may be a heading's, with a colon ("Share: Facebook X Email", "Share on:
    // Facebook Twitter"): 2 lines on the dev pages, none gold.
    const text = norm.trim().replace(ROW_HEAD_COLON, '$1 ');
    const space = text.indexOf(' ');
    if (space <= 0 || !ROW_FIRST_WORDS.has(text.slice(0, space))) return null;
    const words = text.replace(EDGES, '').split(SEPARATORS);
    return isRowOfLabels(words) ? { match: words.join(' '), note: 'a row of page labels' } : null;
  },
};

/** Longest line read as CJK labels glued together. */
const CJK_ROW_MAX_CHARS = 40;
/** The CJK labels (Han and kana, 2–10 characters), which a row without spaces is made of. */
const CJK_LABELS: ReadonlySet<string> = new Set([...LABELS].filter((l) => CJK_LABEL.test(l)));
/** Their first two characters: a row starts with one. */
const CJK_ROW_STARTS: ReadonlySet<string> = new Set([...CJK_LABELS].map((l) => l.slice(0, 2)));

/**
 * Whether a line is CJK labels one after another without spaces ("个人中心帐号设置意见反馈退出",
 * "分享到微博", "注册登录"), two or more: each character position is reached from an earlier one
 * by a whole label. Dev, composite and unlabelled pages: 19 such lines, none in a gold body.
 *
 * @param text the line, normalized, its edges set aside
 */
function isCjkRowOfLabels(text: string): boolean {
  return labelsCover(text.length, 2, CJK_LABEL_MAX_CHARS, (i, k) => CJK_LABELS.has(text.slice(i, i + k)));
}

/**
 * Whether `n` units (words, characters) are labels one after another: each position is reached
 * from an earlier one by a whole label of `min` to `max` units (`isLabel(i, k)`: the `k` units from
 * position `i` are one).
 */
function labelsCover(n: number, min: number, max: number, isLabel: (i: number, k: number) => boolean): boolean {
  const reached = new Uint8Array(n + 1);
  reached[0] = 1;
  for (let i = 0; i < n; i++) {
    if (reached[i] === 0) continue;
    for (let k = min; k <= max && i + k <= n; k++) if (isLabel(i, k)) reached[i + k] = 1;
  }
  return reached[n] === 1;
}

/** Most words of one label in a row ("terms of service", "advertise with us"). */
const ROW_LABEL_MAX_WORDS = 4;
/** The first words of the labels: a row starts with one. */
const ROW_FIRST_WORDS: ReadonlySet<string> = new Set([...LABELS].map((l) => l.split(' ')[0]));

/**
 * Whether words are labels one after another, a label of one to `ROW_LABEL_MAX_WORDS` words at a
 * time ("terms of service" + "privacy notice"; "subscribe" + "sign in"): each word position is
 * reached from an earlier one by a whole label. Dev and unlabelled pages: 26 rows of labels of
 * several words, none a whole gold line (a row of one-word labels was read before).
 *
 * @param words the row's words, normalized
 */
function isRowOfLabels(words: readonly string[]): boolean {
  return labelsCover(words.length, 1, ROW_LABEL_MAX_WORDS, (i, k) => LABELS.has(words.slice(i, i + k).join(' ')));
}
