/**
 * Ranked link lists: runs of blocks numbered 1, 2, 3, … whose items are titles, not sentences —
 * the "热点文章 1 … 10" and "Most read" boxes of news pages. Shared by the `link-list` rule and
 * page mode (`src/page.ts`), which takes such items for furniture.
 */

/** A list item's number and what follows it: "1 标题", "01 标题", "3. Title", "4、标题", "５）标题". */
const NUMBERED = /^\s*[0０]?([0-9０-９]{1,2})(?:[.．、)）]\s*|\s+)(\S.*)$/;
/** What a title does not have: sentence or clause punctuation (an article's own numbered list has
 * sentences for items: "1、拨打热线进行投诉，…"). Question and exclamation marks are titles' own
 * ("…是真的吗？"). */
const SENTENCE = /[。；;，,]|[.．](?:\s|$)/;
/** Longest title, in characters. */
const TITLE_MAX = 60;
/** Fewest items in a run: a top-five box at least. */
const MIN_RUN = 5;

/**
 * The item number of a block that starts like a numbered list item ("3) …", "4. …", "5、…"),
 * whatever follows, else 0.
 *
 * @param text the block's text
 */
export function listItemNumber(text: string): number {
  const m = numbered(text);
  return m === null ? 0 : Number(m[1].normalize('NFKC'));
}

/** The number and the rest of a block that starts like a numbered item, or null. */
function numbered(text: string): RegExpExecArray | null {
  const c = text.charCodeAt(0);
  // Cheap gate: a digit (ASCII or full width) or a space first.
  if (!((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x20 || c === 0x3000)) return null;
  return NUMBERED.exec(text);
}

/**
 * The item number of a block that is a numbered title ("3 标题", "03. Title"), else 0.
 *
 * @param text the block's text (as is or normalized)
 */
export function titleItemNumber(text: string): number {
  if (text.length > TITLE_MAX + 6) return 0;
  const m = numbered(text);
  if (m === null || m[2].length > TITLE_MAX || SENTENCE.test(m[2])) return 0;
  return Number(m[1].normalize('NFKC'));
}

/**
 * The length of the run of numbered titles that the block at `i` belongs to (items numbered 1,
 * 2, 3, … in consecutive blocks, at least `MIN_RUN`), or 0.
 *
 * @param texts the text of the document's block at an index
 * @param count the number of blocks
 * @param i the block's index
 */
export function titleRunAt(texts: (i: number) => string, count: number, i: number): number {
  const n = titleItemNumber(texts(i));
  if (n === 0) return 0;
  const first = i - (n - 1);
  if (first < 0) return 0;
  let k = 0;
  while (first + k < count && titleItemNumber(texts(first + k)) === k + 1) k++;
  return k > i - first && k >= MIN_RUN ? k : 0;
}
