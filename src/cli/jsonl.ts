import { LABELS, type Label, type TrainingExample } from '../index.js';
import { CliError } from './errors.js';

/** A labelled document of an evaluation set: `{ id, text, blocks: [{ text, label }], gold }`. */
export interface LabelledDocument {
  /** The document's id, when given. */
  id?: string;
  /** The whole text. */
  text: string;
  /** Every block with its label. */
  blocks: Array<{ text: string; label: Label }>;
  /** The body a person kept, when given. */
  gold?: string;
  /** 1-based line of the record in the file. */
  lineNumber: number;
}

/** What a labelled JSONL file holds. */
export interface LabelledData {
  /** Examples: `{text, label}` records and the blocks of every document. */
  examples: Array<TrainingExample & { lineNumber: number }>;
  /** Records with `blocks`. */
  documents: LabelledDocument[];
}

/**
 * Parse labelled JSONL: one JSON object a line, either an example `{ "text", "label",
 * "weight"? }` or a document `{ "id"?, "text", "blocks": [{ "text", "label" }], "gold"? }`.
 * Blank lines are skipped. A malformed line is an error naming the file and the line number.
 *
 * @param text the file's content
 * @param file the file's name, for messages
 * @returns examples and documents
 * @throws CliError naming the line
 */
export function parseLabelledJsonl(text: string, file: string): LabelledData {
  const examples: LabelledData['examples'] = [];
  const documents: LabelledDocument[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const lineNumber = i + 1;
    if (raw.trim() === '') return;
    const fail = (what: string): never => {
      throw new CliError(`${file}:${lineNumber}: ${what}`);
    };
    let rec: unknown;
    try {
      rec = JSON.parse(raw);
    } catch (e) {
      fail(`invalid JSON: ${(e as Error).message}`);
    }
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) fail('expected a JSON object');
    const r = rec as Record<string, unknown>;
    if (typeof r.text !== 'string') fail('"text" must be a string');
    if (r.blocks !== undefined) {
      if (!Array.isArray(r.blocks)) fail('"blocks" must be an array');
      const blocks = (r.blocks as unknown[]).map((b, j) => {
        if (b === null || typeof b !== 'object') fail(`blocks[${j}] must be an object`);
        const bb = b as Record<string, unknown>;
        if (typeof bb.text !== 'string') fail(`blocks[${j}].text must be a string`);
        if (!LABELS.includes(bb.label as Label)) fail(`blocks[${j}].label must be one of ${LABELS.join(', ')}; got ${JSON.stringify(bb.label)}`);
        return { text: bb.text as string, label: bb.label as Label };
      });
      if (r.gold !== undefined && typeof r.gold !== 'string') fail('"gold" must be a string');
      documents.push({
        ...(r.id !== undefined && { id: String(r.id) }),
        text: r.text as string,
        blocks,
        ...(typeof r.gold === 'string' && { gold: r.gold }),
        lineNumber,
      });
      for (const b of blocks) examples.push({ text: b.text, label: b.label, lineNumber });
      return;
    }
    if (!LABELS.includes(r.label as Label)) fail(`"label" must be one of ${LABELS.join(', ')}; got ${JSON.stringify(r.label)}`);
    const example: TrainingExample & { lineNumber: number } = { text: r.text as string, label: r.label as Label, lineNumber };
    if (r.weight !== undefined) {
      if (typeof r.weight !== 'number' || !Number.isFinite(r.weight) || r.weight < 0) fail('"weight" must be a finite number ≥ 0');
      example.weight = r.weight as number;
    }
    examples.push(example);
  });
  return { examples, documents };
}
