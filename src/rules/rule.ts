import { PHRASES } from '../phrase-scan.js';
import type { LineInfo } from '../markdown-view.js';
import type { Label, Script } from '../types.js';
import type { ScriptCounts, TextCounts } from './script-mismatch.js';

/** What a rule sees of one block. */
export interface BlockContext {
  /** The block's text as in the input. */
  text: string;
  /** NFKC, Traditional → Simplified, lower case: what patterns match. */
  norm: string;
  /** Length in units (one per CJK character, 1.5 per word). */
  units: number;
  /** Index of the block in the document. */
  index: number;
  /** Its distinct topic words (Han bigrams, stemmed content words; see `scanBlock`) and how many
   * of them occur in another block of the document. */
  topic: { readonly words: number; readonly shared: number };
  /** Its distinct long n-grams (6 CJK characters, 4 words; see `scanBlock`) and how many of them
   * occur in another block of the document. */
  echo: { readonly shingles: number; readonly repeated: number };
  /** CJK characters and Latin letters in its first 20,000 characters (see `script-mismatch`). */
  scripts: ScriptCounts;
  /** The counts of `text` (ASCII letters and capitals, code-unit flags), when known: rules that
   * count characters of the raw text read them instead of walking it again. */
  counts?: TextCounts;
  /** `norm`'s code-unit flags (see src/unit-flags.ts), when known: rules gate their patterns with
   * them instead of walking `norm` again. */
  flags?: number;
  /** Which scanned shapes `norm` matches (see `SCANNED_SHAPES` in src/shapes.ts), when known:
   * a rule then runs a shape's pattern only where the scan found it. */
  shapes?: number;
  /** The phrase lists' matches in `norm` (see `src/phrase-scan.ts`), kept here by the first
   * phrase rule that reads them, with the text they were found in. */
  phrases?: { readonly norm: string; readonly found: Array<string[] | null> };
}

/** What a rule sees of the whole document. */
export interface DocumentContext {
  /** ISO 639-1 language or `und`. */
  language: string;
  /** Dominant script. */
  script: Script;
  /** Every block. */
  blocks: readonly BlockContext[];
  /** Share of the document's letters that are CJK (a Latin letter weighs a fifth). */
  cjkShare: number;
  /** For a text read as Markdown (see src/markdown-view.ts): by a block's text (its view), what
   * its links are and whether it is a heading. */
  markdown?: ReadonlyMap<string, LineInfo>;
}

/** A rule's finding on one block. */
export interface RuleHit {
  /** The matched text (as normalized). */
  match?: string;
  /** Multiplier of the rule's weight (default 1), for rules whose evidence grows with hits. */
  strength?: number;
  /** Why, in words, when the match alone does not say. */
  note?: string;
  /** The block is the heading of a box of links to other stories ("Related articles", 相关推荐):
   * after an article's last paragraph, the short lines under it are that box (see
   * `src/teaser-box.ts`). */
  opensTeaserBox?: boolean;
}

/** A rule: a small module with an id (its file name), a description, a label and a test. */
export interface Rule {
  /** Kebab-case id, equal to the rule's file name. */
  id: string;
  /** One sentence: what the rule finds. */
  description: string;
  /** The label the rule votes for. */
  label: Label;
  /** Default weight in log-odds units (see `tunables.ts` for the scale). */
  weight: number;
  /** The rule reads more than the block's own text: the document (`doc`) or what the block shares
   * with the other blocks (`topic`, `echo`). Other rules' findings on a block's text are reused
   * across the passes over one document. */
  contextual?: boolean;
  /** Firing all through a document never makes the rule the document's topic (see
   * `topicalMinBlocks` in tunables.ts): what it finds repeats on pages by nature (a "Close" or
   * "Share" label on every gallery item), and no article is about it. */
  neverTopical?: boolean;
  /** What the rule finds stands between an article's paragraphs by nature (a picture's credit):
   * a block it fires on never ends a page's main text (see `chaffTrimmedEnd` in src/page.ts),
   * however sure the removal. */
  midArticle?: boolean;
  /** Look at one block; `null` when the rule does not fire. */
  test(block: BlockContext, doc: DocumentContext): RuleHit | null;
}

/** Each block's phrase matches, for every list: one scan finds every list's phrases (see
 * `src/phrase-scan.ts`) and the phrase rules share it through the block. (A `WeakMap` keyed by
 * the block held every block of a long stream until a full collection: `dechaff jsonl` on 1 GB
 * peaked at 158 MiB instead of ~122 and slowed from 4.8 to 3.9 MB/s as it ran.) */
function phrasesOf(block: BlockContext): Array<string[] | null> {
  let entry = block.phrases;
  if (entry === undefined || entry.norm !== block.norm) {
    entry = { norm: block.norm, found: PHRASES.scan(block.norm) };
    block.phrases = entry;
  }
  return entry.found;
}

/**
 * A rule that fires on the phrases of `data/phrases/<id>.txt`. Each further distinct phrase adds
 * `extra` to the strength, up to `cap`.
 *
 * @param spec id, description, label, weight; extra and cap for repeated hits
 * @returns the rule
 */
export function phraseRule(spec: { id: string; description: string; label: Label; weight: number; extra?: number; cap?: number }): Rule {
  const list = PHRASES.ids.indexOf(spec.id);
  if (list < 0) throw new Error(`no phrase list data/phrases/${spec.id}.txt`);
  const extra = spec.extra ?? 0;
  const cap = spec.cap ?? 1;
  return {
    id: spec.id,
    description: spec.description,
    label: spec.label,
    weight: spec.weight,
    test(block) {
      const found = phrasesOf(block)[list];
      if (found === null) return null;
      return { match: found.join(' | '), strength: Math.min(cap, 1 + extra * (found.length - 1)) };
    },
  };
}
