import type { Analysis, BlockAnalysis, Cleaner, Label, Reason } from '../index.js';
import { render, segment } from '../segment.js';
import { maskSkipped, scanMarkdown, splitLines, type LineSpan, type SkipKind } from './markdown.js';

/** How serious a finding is: an error is chaff that `--fix` removes; a warning is chaff that is kept. */
export type Severity = 'error' | 'warning';

/** One block of chaff found in a document. */
export interface Finding {
  /** 1-based line of the block's first non-blank character. */
  line: number;
  /** 1-based column (UTF-16 code units) of that character. */
  column: number;
  /** 1-based line where the block ends. */
  endLine: number;
  /** 1-based column just past the block's last character. */
  endColumn: number;
  /** UTF-16 offset of the block's start in the document. */
  start: number;
  /** UTF-16 offset just past the block. */
  end: number;
  /** The decided label. */
  label: Exclude<Label, 'body'>;
  /** The block's chaff score (log-odds units). */
  score: number;
  /** `error` when `--fix` removes the block, `warning` when it is chaff but kept. */
  severity: Severity;
  /** Ids of the evidence for the label: rules strongest first, then `classifier`; or `context`. */
  ruleIds: string[];
  /** Every piece of evidence, as the cleaner gave it. */
  reasons: Reason[];
  /** The block's text. */
  text: string;
  /** Why a chaff block is kept (warnings only). */
  note?: string;
}

/** The result of checking one document. */
export interface DocumentCheck {
  /** The analysis of the text the cleaner saw (skipped lines blanked). */
  analysis: Analysis;
  /** Chaff found, in document order. */
  findings: Finding[];
  /**
   * The document with the removable chaff taken out (equal to the input when there is none). For
   * plain text exactly `clean()`'s output; Markdown also keeps the file's final line break.
   */
  fixed: string;
  /** Non-blank lines left alone, by 1-based line number, with the reason. */
  skipped: Map<number, SkipKind>;
}

/** Options of `checkDocument`. */
export interface CheckDocumentOptions {
  /** Markdown flavour; undefined for plain text. */
  markdown?: 'markdown' | 'mdx';
  /** Collect the reasons of the findings (default true); `dechaff clean` printing the cleaned
   * text needs only the decisions, which are the same without (see `Cleaner.analyze`). */
  explain?: boolean;
  /** Decode a plain text misread as GBK or Windows-1252 again, as `clean()` does (`dechaff clean`); default false:
   * `dechaff check` checks and fixes files as they are, never transcoding one (Markdown never). */
  repairEncoding?: boolean;
}

/**
 * Check one document: analyze it (for Markdown with front matter, code, HTML comments, tables and
 * disabled ranges blanked out first, so the cleaner never sees them as removable blocks), list
 * the chaff, and build the fixed text. For plain text the fixed text is exactly `clean()`'s output.
 *
 * @param text the document
 * @param cleaner the cleaner to use
 * @param options Markdown or plain text
 * @returns findings and the fixed text
 */
export function checkDocument(text: string, cleaner: Cleaner, options: CheckDocumentOptions = {}): DocumentCheck {
  const skipped = new Map<number, SkipKind>();
  let analyzed = text;
  if (options.markdown) {
    const scan = scanMarkdown(text, { mdx: options.markdown === 'mdx' });
    scan.skip.forEach((k, i) => {
      const l = scan.lines[i];
      if (k && text.slice(l.start, l.end).trim() !== '') skipped.set(l.line, k);
    });
    if (scan.skip.some(Boolean)) analyzed = maskSkipped(text, scan);
  }
  // With `repairEncoding`, a plain text misread as GBK or Windows-1252 is repaired, as clean() does, and located
  // and fixed in the repaired text (its lines are the file's).
  const repair = (options.repairEncoding ?? false) && !options.markdown;
  const analysis = cleaner.analyze(analyzed, { explain: options.explain ?? true, ...(!repair && { repairEncoding: false }) });
  if (analysis.repaired) text = analysis.repaired.text;
  const lines = splitLines(text);
  // The text's lines, each kept unless it lies in a removed block (a block is a line, or the
  // lines of a hard-wrapped paragraph: src/wrapped-lines.ts); both lists are in text order.
  const segments = segment(text);
  let at = 0;
  const keep = segments.map((s) => {
    while (at < analysis.blocks.length && analysis.blocks[at].end < s.end) at++;
    const b = analysis.blocks[at];
    return !(b !== undefined && b.removed && b.start <= s.start);
  });
  let fixed = keep.every(Boolean) ? text : render(text, segments, keep);
  // A Markdown file keeps its final line break when the chaff at its end goes.
  const finalBreak = /(\r\n|\r|\n)$/.exec(text);
  if (options.markdown && finalBreak && fixed !== '' && !/[\r\n]$/.test(fixed)) fixed += finalBreak[1];
  const findings: Finding[] = [];
  for (const b of analysis.blocks) {
    if (b.label === 'body') continue;
    const lead = b.text.length - b.text.trimStart().length;
    const from = locate(lines, b.start + lead);
    const to = locate(lines, b.end);
    const severity: Severity = b.removed ? 'error' : 'warning';
    findings.push({
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      start: b.start,
      end: b.end,
      label: b.label,
      score: b.score,
      severity,
      ruleIds: evidenceIds(b),
      reasons: b.reasons,
      text: b.text.trim(),
      ...(severity === 'warning' && { note: analysis.fallback ?? `kept: "${b.label}" is not among the labels to strip` }),
    });
  }
  return { analysis, findings, fixed, skipped };
}

/**
 * The evidence for a block's label: the rules that voted for it, strongest first, then the
 * classifier when it did; `context` when only the block's neighbours decided.
 *
 * @param b an analyzed block
 * @returns rule ids
 */
export function evidenceIds(b: BlockAnalysis): string[] {
  const ids = b.reasons
    .filter((r) => r.id !== 'position' && r.label === b.label && r.weight > 0)
    .sort((x, y) => Number(x.id === 'classifier') - Number(y.id === 'classifier') || y.weight - x.weight)
    .map((r) => r.id);
  const unique = [...new Set(ids)];
  return unique.length > 0 ? unique : ['context'];
}

/**
 * The 1-based line and column (UTF-16 code units) of an offset.
 *
 * @param lines the document's lines
 * @param offset a UTF-16 offset
 * @returns line and column
 */
export function locate(lines: readonly LineSpan[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const l = lines[lo];
  return { line: l.line, column: offset - l.start + 1 };
}
