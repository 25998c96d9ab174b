/**
 * Shared types. One location model everywhere: `start`/`end` are UTF-16 code-unit offsets into the
 * original input, `end` exclusive, so `input.slice(start, end)` is the block's text.
 */

/** What a block is. `body` is kept; the other labels are chaff that `clean()` may strip. */
export type Label = 'body' | 'promo' | 'commentary' | 'boilerplate';

/** The labels that are chaff. */
export type NoiseLabel = Exclude<Label, 'body'>;

/** All labels, in a fixed order (the classifier's class order). */
export const LABELS: readonly Label[] = ['body', 'promo', 'commentary', 'boilerplate'];

/** The chaff labels, in a fixed order. */
export const NOISE_LABELS: readonly NoiseLabel[] = ['promo', 'commentary', 'boilerplate'];

/** Writing systems that dechaff tells apart. */
export type Script = 'Hant' | 'Hans' | 'Han' | 'Jpan' | 'Kore' | 'Latn' | 'Cyrl' | 'Other' | 'None';

/** One block of the input: a line, without its line terminator. */
export interface Segment {
  /** Index of the block in document order. */
  index: number;
  /** The block's text, exactly as in the input: one line (without its line terminator), or the
   * lines of a hard-wrapped paragraph with the line breaks between them (see
   * src/wrapped-lines.ts; `input.slice(start, end)` either way). */
  text: string;
  /** UTF-16 offset of the first code unit of the block. */
  start: number;
  /** UTF-16 offset just past the block (before its last line's terminator). */
  end: number;
  /** 1-based line number of the block's (first) line in the input. */
  line: number;
}

/** One piece of evidence: a rule that fired, or the classifier's vote. */
export interface Reason {
  /** Rule id (the rule's file name), or `classifier` / `context` / `position` / `title` /
   * `safety-valve`, or `lines` (why a block of several lines is one block, weight 0). */
  id: string;
  /** Which label the evidence points to. */
  label: Label;
  /** Signed weight in log-odds units added to that label's score. */
  weight: number;
  /** The matched text (first match), when there is one. */
  match?: string;
  /** A human-readable explanation. */
  note?: string;
}

/** Classifier output for one block. */
export interface ClassifierVote {
  /** Posterior probability per label (sums to 1). */
  probabilities: Record<Label, number>;
  /** Number of features the block produced. */
  features: number;
}

/** The analysis of one block. */
export interface BlockAnalysis extends Segment {
  /** The decision. */
  label: Label;
  /** Strength of the strongest chaff evidence, in log-odds units (higher = more likely chaff). */
  score: number;
  /** The label the evidence points to most strongly, whether or not the block was removed. */
  suspect: Label;
  /** Where the block sits: before the body, inside it, or after it. */
  region: 'head' | 'inner' | 'tail';
  /** Whether `clean()` removes the block with the options in force. */
  removed: boolean;
  /** Every piece of evidence, rules first, then the classifier, then context decisions. */
  reasons: Reason[];
  /** The classifier's vote, when a model is in use. */
  classifier?: ClassifierVote;
}

/** The analysis of a document. */
export interface Analysis {
  /** ISO 639-1 code when known (`zh`, `en`, `ja`, `ko`, …) or `und`. */
  language: string;
  /** The dominant writing system. */
  script: Script;
  /** Every block, in order. */
  blocks: BlockAnalysis[];
  /** `page` when the document was judged as a whole scraped page (see `CleanerOptions.mode`). */
  mode: 'article' | 'page';
  /** Set when the safety valve kept everything: the reason, in words. */
  fallback?: string;
  /** Set when the input was UTF-8 misread as GBK or Windows-1252 and was decoded again (see
   * `CleanerOptions.repairEncoding`): the encoding it had been read with, and the text decoded
   * again, which the blocks' texts, offsets and lines refer to (its line breaks are the input's). */
  repaired?: { encoding: 'gbk' | 'windows-1252'; text: string };
  /** Counts by decided label. */
  counts: Record<Label, number>;
  /** Set when the text was read as scraped Markdown (see `CleanerOptions.markdown`). */
  markdown?: true;
}

/** A user-supplied rule: a pattern that adds weight to a label. */
export interface CustomRule {
  /** Unique id, kebab-case. */
  id: string;
  /** What the rule finds. */
  description?: string;
  /** The label it votes for. */
  label: Label;
  /** Weight in log-odds units (negative votes against the label). */
  weight: number;
  /** A literal phrase list (matched case-insensitively after normalization) or a RegExp. */
  pattern: RegExp | string[];
}

/** Options of `createCleaner`, `clean` and `analyze`. */
export interface CleanerOptions {
  /**
   * Sensitivity from 0 (remove only the most certain chaff) to 1 (remove more). Default 0.5.
   * It shifts every decision threshold by up to ±1 log-odds unit.
   */
  sensitivity?: number;
  /** Which labels `clean()` strips. Default: all three chaff labels. */
  strip?: NoiseLabel[];
  /** Rules to add. */
  rules?: CustomRule[];
  /** Ids of built-in rules to turn off. */
  disableRules?: string[];
  /** Weight overrides for built-in rules, by id. */
  ruleWeights?: Record<string, number>;
  /** A naive Bayes model to use instead of the shipped one; `false` for rules only. */
  model?: import('./bayes.js').NaiveBayes | false;
  /**
   * `article` judges every block as part of an article with chaff; `page` first finds the main
   * text of a whole scraped page (menus, footers and link lists around it are boilerplate);
   * `auto` (default) uses page mode when 30+ blocks are mostly short lines.
   */
  mode?: 'auto' | 'article' | 'page';
  /** Language hint (ISO 639-1), skipping detection. */
  language?: string;
  /**
   * The most of the document (share of characters) that may be removed; beyond it everything is
   * kept and the analysis says why. Default 0.5.
   */
  maxRemovedShare?: number;
  /**
   * Decode the text again when it is UTF-8 misread as GBK or Windows-1252 (mojibake such as
   * "鏃犻殰纰嶈鏄" for 无障碍说明 or "donâ€™t" for don’t, from a page whose declared charset was
   * wrong): `clean()` then
   * returns body text of the repaired text, and `analyze()` says so in `repaired`. Judged on the
   * whole text; a text that is not such mojibake is never changed. Default true.
   */
  repairEncoding?: boolean;
  /**
   * Read the text as scraped Markdown (see src/markdown-view.ts): the rules and the classifier
   * read each line's visible text (link and image text without targets, no list, heading or
   * emphasis marks), setext underlines, thematic breaks and code fences follow the blocks around
   * them, and a reader service's header ("Title:", "URL Source:", "Markdown Content:") is
   * boilerplate. The kept lines come back verbatim, Markdown and all. `auto` (default) when the
   * text has three or more inline links or images, or opens with such a header.
   */
  markdown?: 'auto' | boolean;
}
