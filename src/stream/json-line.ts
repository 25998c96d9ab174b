import type { Cleaner } from '../cleaner.js';
import { render } from '../segment.js';
import type { Analysis } from '../types.js';

/**
 * Cleaning one JSON Lines record without re-serializing it: the line is validated with
 * `JSON.parse`, then only the cleaned field's value (and `--out-field` / `"dechaff"`) is spliced
 * into the original text, so every other field keeps its exact bytes: big integers, number
 * formatting, key order and escapes all pass through unchanged. No Node built-ins here.
 */

/** How a JSON line is cleaned. */
export interface JsonLineOptions {
  /** The field holding the text. Default `text`. */
  field?: string;
  /** Where the cleaned text goes. Default: back into `field`. */
  outField?: string;
  /** Add `"dechaff": { removed: [...], language }`. */
  labels?: boolean;
}

/** The result of cleaning one line: the output line, or why the line was rejected. */
export type JsonLineResult = { ok: true; line: string } | { ok: false; error: string };

/** One removed block, as `--labels` reports it. */
export interface RemovedBlock {
  /** 1-based line of the block in the field's text. */
  line: number;
  /** The decided label. */
  label: string;
  /** The block's chaff score. */
  score: number;
  /** Ids of the evidence for removal (rules, `classifier`, `page-mode`). */
  reasons: string[];
}

/**
 * The `"dechaff"` object of `--labels`: the removed blocks and the language.
 *
 * @param analysis the analysis of the text
 * @returns a JSON-ready object
 */
export function labelsOf(analysis: Analysis): { removed: RemovedBlock[]; language: string } {
  const removed: RemovedBlock[] = [];
  for (const b of analysis.blocks) {
    if (!b.removed) continue;
    const reasons = b.reasons.filter((r) => r.label !== 'body' && r.weight > 0).map((r) => r.id);
    if (analysis.mode === 'page' && b.region !== 'inner' && reasons.length === 0) reasons.push('page-mode');
    removed.push({ line: b.line, label: b.label, score: b.score, reasons });
  }
  return { removed, language: analysis.language };
}

/**
 * A function that cleans one JSON line (without its line break) with a prepared cleaner.
 *
 * @param cleaner the cleaner, built once
 * @param options field names and `labels`
 * @returns the line cleaner; it never throws
 */
export function createJsonLineCleaner(cleaner: Cleaner, options: JsonLineOptions = {}): (raw: string) => JsonLineResult {
  const field = options.field ?? 'text';
  const outField = options.outField ?? field;
  const labels = options.labels === true;
  return (raw: string): JsonLineResult => {
    let rec: unknown;
    try {
      rec = JSON.parse(raw);
    } catch (e) {
      return { ok: false, error: `invalid JSON: ${(e as Error).message}` };
    }
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      return { ok: false, error: `expected a JSON object, got ${rec === null ? 'null' : Array.isArray(rec) ? 'an array' : typeof rec}` };
    }
    const r = rec as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(r, field)) return { ok: false, error: `field ${JSON.stringify(field)} is missing` };
    const text = r[field];
    if (typeof text !== 'string') return { ok: false, error: `field ${JSON.stringify(field)} must be a string, got ${text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text}` };
    let cleaned: string;
    let extra: string | undefined;
    try {
      if (labels) {
        const a = cleaner.analyze(text);
        cleaned = render(text, a.blocks, a.blocks.map((b) => !b.removed));
        extra = JSON.stringify(labelsOf(a));
      } else {
        cleaned = cleaner.clean(text);
      }
    } catch (e) {
      return { ok: false, error: `cleaning failed: ${(e as Error).message}` };
    }
    const edits = new Map<string, string>([[outField, JSON.stringify(cleaned)]]);
    if (extra !== undefined) edits.set('dechaff', extra);
    return { ok: true, line: spliceFields(raw, edits) };
  };
}

/**
 * Set top-level fields of a JSON object's text, keeping everything else byte for byte: a field
 * that is present (its last occurrence, which is the one `JSON.parse` keeps) gets the new value
 * in place; a new field is appended before the closing brace.
 *
 * @param raw the text of a valid JSON object
 * @param values new values by key, as JSON text
 * @returns the edited text
 */
export function spliceFields(raw: string, values: ReadonlyMap<string, string>): string {
  const { spans, close } = scanObject(raw);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let appended = '';
  for (const [key, value] of values) {
    const span = spans.get(key);
    if (span) edits.push({ start: span[0], end: span[1], text: value });
    else appended += `${spans.size > 0 || appended !== '' ? ',' : ''}${JSON.stringify(key)}:${value}`;
  }
  if (appended !== '') edits.push({ start: close, end: close, text: appended });
  edits.sort((a, b) => b.start - a.start);
  let out = raw;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * Find the value spans of a JSON object's top-level keys. The text must be valid JSON (checked
 * with `JSON.parse` first): the scanner only skips over values.
 *
 * @param raw a JSON object's text
 * @returns each key's last value span `[start, end)` and the position of the closing brace
 */
export function scanObject(raw: string): { spans: Map<string, [number, number]>; close: number } {
  const spans = new Map<string, [number, number]>();
  let i = skipSpace(raw, 0);
  if (raw[i] !== '{') throw new Error('not a JSON object');
  i = skipSpace(raw, i + 1);
  if (raw[i] === '}') return { spans, close: i };
  for (;;) {
    const keyEnd = skipString(raw, i);
    const key = JSON.parse(raw.slice(i, keyEnd)) as string;
    i = skipSpace(raw, keyEnd);
    i = skipSpace(raw, i + 1); // the colon
    const start = i;
    i = skipValue(raw, i);
    spans.delete(key); // the last occurrence wins, as in JSON.parse
    spans.set(key, [start, i]);
    i = skipSpace(raw, i);
    if (raw[i] === ',') {
      i = skipSpace(raw, i + 1);
      continue;
    }
    return { spans, close: i };
  }
}

function skipSpace(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/** From an opening quote to just past the closing one. */
function skipString(s: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = s.indexOf('"', j);
    if (q === -1) return s.length;
    let backslashes = 0;
    for (let k = q - 1; k > i && s.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

function skipValue(s: string, i: number): number {
  const c = s[i];
  if (c === '"') return skipString(s, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    while (i < s.length) {
      const ch = s[i];
      if (ch === '"') {
        i = skipString(s, i);
        continue;
      }
      if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return i;
  }
  // A number, true, false or null: up to the next delimiter.
  while (i < s.length) {
    const ch = s[i];
    if (ch === ',' || ch === '}' || ch === ']' || ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') break;
    i++;
  }
  return i;
}

/** The result of cleaning a batch of JSON lines. */
export interface JsonLinesBatchResult {
  /** The output lines, each ending with `\n`, in input order. */
  text: string;
  /** The rejected lines: their index in the batch and why. */
  rejected: Array<{ index: number; error: string }>;
}

/**
 * Clean a batch of JSON lines (the unit of work of `dechaff jsonl`, in-process or on a worker).
 *
 * @param lines the lines, without line breaks; `null` for a line that was not valid UTF-8
 * @param cleanLine from `createJsonLineCleaner`
 * @returns the output text and the rejections
 */
export function cleanJsonLines(lines: ReadonlyArray<string | null>, cleanLine: (raw: string) => JsonLineResult): JsonLinesBatchResult {
  let text = '';
  const rejected: JsonLinesBatchResult['rejected'] = [];
  lines.forEach((raw, index) => {
    if (raw === null) {
      rejected.push({ index, error: 'not valid UTF-8' });
      return;
    }
    const r = cleanLine(raw);
    if (r.ok) text += `${r.line}\n`;
    else rejected.push({ index, error: r.error });
  });
  return { text, rejected };
}
