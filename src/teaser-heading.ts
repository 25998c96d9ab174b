import { LABEL_LISTS } from './generated/labels.js';

/**
 * The headings of boxes of links to other stories, normalized (data/labels/teaser-heading.txt):
 * "related articles", "you may also like", 相关推荐, 作者最新文章.
 */
export const TEASER_HEADINGS: ReadonlySet<string> = new Set(LABEL_LISTS['teaser-heading']);

/** Most words of a teaser box's heading that names its section or site ("More from Dawgs By
 * Nature", "Next Up In Science & Health"). */
const TEASER_HEAD_MAX_WORDS = 7;
/** What a heading "more …" of a teaser box ends with ("More Great WIRED Stories"). */
const TEASER_KINDS: ReadonlySet<string> = new Set(['stories', 'news', 'articles', 'videos', 'posts']);
/** What a "most … in X" box lists. */
const MOST_BOXES: ReadonlySet<string> = new Set(['read', 'popular', 'viewed', 'shared', 'watched']);
/** Sentence punctuation, which a box's heading has not (a colon at its end is set aside). */
const SENTENCE_MARK = /[.!?,;。！？，；]/;

/**
 * The heading of a teaser box that names its section or site: "More from X", "More in X", "More
 * on X", "More … stories / news / articles / videos (like this)", "Next up in X", "Most read in
 * X". Read word by word on the normalized text (a pattern with a free section name was ambiguous
 * for the regex-safety check). Dev, composite and unlabelled pages: 76 such lines, none a whole
 * gold line.
 *
 * @param label a block's normalized text, its edges and a final colon set aside
 */
export function namedTeaserHeading(label: string): boolean {
  if (!(label.startsWith('more ') || label.startsWith('next up ') || label.startsWith('most '))) return false;
  if (SENTENCE_MARK.test(label)) return false;
  const words = label.split(' ');
  if (words.length < 2 || words.length > TEASER_HEAD_MAX_WORDS) return false;
  if (words[0] === 'next') return words.length >= 4 && words[1] === 'up' && words[2] === 'in';
  // "Most read in World", "Most popular on X".
  if (words[0] === 'most') return words.length >= 4 && MOST_BOXES.has(words[1]) && (words[2] === 'in' || words[2] === 'on' || words[2] === 'from');
  if (words.length >= 3 && (words[1] === 'from' || words[1] === 'in' || words[1] === 'on')) return true;
  // "… stories like this (one)": the kind stands before "like".
  const like = words.indexOf('like');
  return TEASER_KINDS.has(words[like > 0 ? like - 1 : words.length - 1]);
}
