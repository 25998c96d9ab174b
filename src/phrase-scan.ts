import { ANCHOR_PREFIX, PHRASE_FLAGS, PHRASE_LISTS } from './generated/phrases.js';

/**
 * One scan of a block for every phrase list at once, with the matches each list's regular
 * expression (`PHRASE_PATTERNS`) would give: the same matched text, in the same order. The eleven
 * patterns were ~20 % of `clean()` (each an alternation of up to 100 literals tried at every
 * position, --cpu-prof) and ~4 ms of the first `clean()` in a fresh process (compiling them); here
 * a position costs one table read unless a phrase starts with its character, and then a walk down
 * a trie of every list's phrases.
 *
 * What a pattern does, and how it is reproduced: it is `^PREFIX(?:anchored…)|anywhere…`, each
 * part `(?<![a-z0-9])(?:phrases starting with [a-z0-9]…)|(?:the others…)`, phrases in a fixed
 * order, and a phrase ending with [a-z0-9] followed by `(?![a-z0-9])`; run with the `g` flag
 * (positions are UTF-16 code units), each search goes on where the last match ended. At a position
 * the first alternative in the pattern's order that matches wins (not the longest): each list's
 * phrases carry their rank. The anchored part is tried first, only at the block's start, with the
 * prefix taken greedily (the longest run of prefix characters first, then shorter ones).
 */

/** One list's phrase ending at a trie node. */
interface Ending {
  /** The list (index into the scanner's `ids`). */
  list: number;
  /** Its rank in the list's pattern: lower is tried first. */
  rank: number;
  anchored: boolean;
  /** Must start a word: the character before it is not [a-z0-9]. */
  wordStart: boolean;
  /** Must end a word: the character after it is not [a-z0-9]. */
  wordEnd: boolean;
}

/** Phrase lists as `scripts/compile-phrases.ts` writes them (see `PHRASE_LISTS`). */
export type PhraseLists = Record<string, { anchored: ReadonlyArray<readonly [string, number]>; anywhere: ReadonlyArray<readonly [string, number]> }>;

/** A scanner for some phrase lists. */
export interface PhraseScanner {
  /** The lists, in the order `scan` answers them. */
  ids: readonly string[];
  /**
   * The phrases of every list in a block's normalized text.
   *
   * @param norm the block's text as the rules see it (`normalizeForScoring`)
   * @returns for each list of `ids`, its distinct matches (trimmed, in order of first occurrence)
   *   or null when it has none
   */
  scan(norm: string): Array<string[] | null>;
}

interface Trie {
  /** Per BMP code unit, the node after reading it from the root (0: no phrase starts with it). */
  root: Int32Array;
  /** Transitions below the first character, an open-addressing table: keys `node * 65536 + code
   * unit` (−1: empty slot), and the nodes they lead to. */
  keys: Int32Array;
  targets: Int32Array;
  /** Bits of the table's size. */
  bits: number;
  /** What ends at each node (undefined: nothing). */
  endings: Array<Ending[] | undefined>;
  /** Whether any list has anchored phrases. */
  anchored: boolean;
}

/** The slot of a transition key in a table of `2^bits` slots. */
function slotOf(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

/** The node after `node` on code unit `c`, or 0. */
function step(trie: Trie, node: number, c: number): number {
  const key = node * 0x10000 + c;
  const { keys, bits } = trie;
  const mask = (1 << bits) - 1;
  for (let q = slotOf(key, bits); ; q = (q + 1) & mask) {
    const k = keys[q];
    if (k === key) return trie.targets[q];
    if (k === -1) return 0;
  }
}

/**
 * The trie of every list's phrases. Plain loops into typed arrays: the same trie built through a
 * `Map` and array callbacks took ~6 ms of the first `clean()` in a fresh process (--cpu-prof over
 * 15 processes), more than compiling the eleven patterns had.
 */
function build(ids: readonly string[], lists: PhraseLists): Trie {
  const root = new Int32Array(0x10000);
  let units = 0;
  for (const id of ids) for (const part of [lists[id].anchored, lists[id].anywhere]) for (const [phrase] of part) units += phrase.length;
  // At most half full: a transition per code unit of every phrase at most.
  let bits = 4;
  while (1 << (bits - 1) < units) bits++;
  const mask = (1 << bits) - 1;
  const keys = new Int32Array(1 << bits).fill(-1);
  const targets = new Int32Array(1 << bits);
  const endings: Array<Ending[] | undefined> = [undefined];
  let anchored = false;
  for (let list = 0; list < ids.length; list++) {
    const { anchored: a, anywhere: w } = lists[ids[list]];
    if (a.length) anchored = true;
    // Anchored phrases are tried first (a lower rank), then the others.
    for (let rank = 0; rank < a.length + w.length; rank++) {
      const isAnchored = rank < a.length;
      const [phrase, flags] = isAnchored ? a[rank] : w[rank - a.length];
      let node = 0;
      for (let i = 0; i < phrase.length; i++) {
        const c = phrase.charCodeAt(i);
        if (node === 0) {
          if (root[c] === 0) {
            root[c] = endings.length;
            endings.push(undefined);
          }
          node = root[c];
          continue;
        }
        const key = node * 0x10000 + c;
        let q = slotOf(key, bits);
        while (keys[q] !== -1 && keys[q] !== key) q = (q + 1) & mask;
        if (keys[q] === -1) {
          keys[q] = key;
          targets[q] = endings.length;
          endings.push(undefined);
        }
        node = targets[q];
      }
      (endings[node] ??= []).push({ list, rank, anchored: isAnchored, wordStart: (flags & PHRASE_FLAGS.wordStart) !== 0, wordEnd: (flags & PHRASE_FLAGS.wordEnd) !== 0 });
    }
  }
  if (endings.length >= 0x8000) throw new Error(`phrase lists: ${endings.length} trie nodes, more than 32,767`);
  return { root, keys, targets, bits, endings, anchored };
}

/** Whether a code unit is in [a-z0-9] (the patterns' word characters, on lower-cased text). */
function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Per list, during one position: the best rank found (−1: none) and its length; and where the
 * list's search goes on. Reused between calls. */
let bestRank = new Int32Array(16).fill(-1);
let bestLength = new Int32Array(16);
let resume = new Int32Array(16);
/** The lists that found something at the position. */
let touched = new Int32Array(16);
let touchedCount = 0;

/**
 * A scanner for phrase lists (the trie is built on the first scan).
 *
 * @param lists the lists, by id
 * @param anchorPrefix the characters an anchored phrase may follow at the start of a block (a
 *   regular-expression source, as `ANCHOR_PREFIX`)
 * @returns the scanner
 */
export function createPhraseScanner(lists: PhraseLists, anchorPrefix: string): PhraseScanner {
  const ids = Object.keys(lists).sort();
  const prefixRe = new RegExp(`^${anchorPrefix}`);
  let trie: Trie | undefined;
  return { ids, scan: (norm) => scan((trie ??= build(ids, lists)), ids.length, prefixRe, norm) };
}

/** Walk the trie from `at`; note each list's best ending there (`anchoredOnly`: the anchored
 * phrases, else the others) in `bestRank`/`bestLength` and `touched`. */
function walk(trie: Trie, norm: string, at: number, anchoredOnly: boolean): void {
  const { endings } = trie;
  const n = norm.length;
  const before = at > 0 && isWordUnit(norm.charCodeAt(at - 1));
  let node = trie.root[norm.charCodeAt(at)];
  for (let i = at + 1; node !== 0; i++) {
    const ends = endings[node];
    if (ends !== undefined) {
      const after = i < n && isWordUnit(norm.charCodeAt(i));
      for (let j = 0; j < ends.length; j++) {
        const e = ends[j];
        if (e.anchored !== anchoredOnly || (e.wordStart && before) || (e.wordEnd && after)) continue;
        const r = bestRank[e.list];
        if (r === -1) touched[touchedCount++] = e.list;
        if (r === -1 || e.rank < r) {
          bestRank[e.list] = e.rank;
          bestLength[e.list] = i - at;
        }
      }
    }
    if (i >= n) break;
    node = step(trie, node, norm.charCodeAt(i));
  }
}

function scan(trie: Trie, lists: number, prefixRe: RegExp, norm: string): Array<string[] | null> {
  if (bestRank.length < lists) {
    bestRank = new Int32Array(lists).fill(-1);
    bestLength = new Int32Array(lists);
    resume = new Int32Array(lists);
    touched = new Int32Array(lists);
  }
  const found: Array<string[] | null> = new Array(lists).fill(null);
  const n = norm.length;
  if (n === 0) return found;
  resume.fill(0, 0, lists);
  const add = (list: number, from: number, to: number): void => {
    const text = norm.slice(from, to).trim();
    const have = found[list];
    if (have === null) found[list] = [text];
    else if (!have.includes(text)) have.push(text);
    resume[list] = to;
  };

  // The anchored part, at the block's start: the longest prefix first; the lists it decides go on
  // after their match.
  if (trie.anchored) {
    const prefix = prefixRe.exec(norm)![0].length;
    for (let k = Math.min(prefix, n - 1); k >= 0; k--) {
      touchedCount = 0;
      walk(trie, norm, k, true);
      for (let t = 0; t < touchedCount; t++) {
        const l = touched[t];
        if (resume[l] === 0) add(l, 0, k + bestLength[l]);
        bestRank[l] = -1;
      }
    }
  }
  const root = trie.root;
  let previousWord = false;
  for (let p = 0; p < n; p++) {
    const c = norm.charCodeAt(p);
    const word = isWordUnit(c);
    // A phrase starting with [a-z0-9] must start a word: none starts inside one.
    const inWord = word && previousWord;
    previousWord = word;
    if (inWord || root[c] === 0) continue;
    touchedCount = 0;
    walk(trie, norm, p, false);
    for (let t = 0; t < touchedCount; t++) {
      const l = touched[t];
      if (p >= resume[l]) add(l, p, p + bestLength[l]);
      bestRank[l] = -1;
    }
  }
  return found;
}

/** The scanner of the built-in lists (`data/phrases/*.txt`). */
export const PHRASES: PhraseScanner = createPhraseScanner(PHRASE_LISTS, ANCHOR_PREFIX);
