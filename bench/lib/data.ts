import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesUtf8, mulberry32, shuffled } from './util.js';

/** The project root (bench/lib/../..). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');

export type Label = 'body' | 'promo' | 'commentary' | 'boilerplate';

export interface Block {
  text: string;
  label: Label;
  lang?: string;
  source: string;
}

function readJsonl(file: string): Array<Record<string, unknown>> {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function jsonlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Labelled blocks: `../shared/corpora/*.jsonl` when present (label `chat` → `body`), else the
 * team corpus `data/corpus/*.jsonl`.
 */
export function loadBlocks(): { blocks: Block[]; source: string; files: string[] } {
  let files = jsonlFiles(path.join(SHARED, 'corpora'));
  let source = '../shared/corpora';
  if (files.length === 0) {
    files = jsonlFiles(path.join(ROOT, 'data', 'corpus'));
    source = 'data/corpus (team corpus; ../shared absent)';
  }
  const blocks: Block[] = [];
  const known = new Set(['body', 'promo', 'commentary', 'boilerplate']);
  for (const f of files) {
    for (const r of readJsonl(f)) {
      const raw = String(r.label);
      const label = (raw === 'chat' ? 'body' : raw) as Label;
      if (typeof r.text !== 'string' || r.text.trim() === '' || !known.has(label)) continue;
      blocks.push({ text: r.text, label, lang: typeof r.lang === 'string' ? r.lang : undefined, source: path.basename(f) });
    }
  }
  return { blocks, source, files: files.map((f) => path.relative(ROOT, f)) };
}

/**
 * Mixed zh/en documents for `clean()`: the `text` of `../shared/eval/dev-composite.jsonl` when
 * present, else documents made by concatenating team-corpus lines (seeded).
 */
export function loadDocuments(): { docs: string[]; source: string } {
  const file = path.join(SHARED, 'eval', 'dev-composite.jsonl');
  if (fs.existsSync(file)) {
    return { docs: readJsonl(file).map((r) => String(r.text)).filter((t) => t.trim() !== ''), source: '../shared/eval/dev-composite.jsonl (`text` fields)' };
  }
  const rng = mulberry32(7);
  const lines = shuffled(
    jsonlFiles(path.join(ROOT, 'data', 'corpus')).flatMap((f) => readJsonl(f).map((r) => String(r.text))),
    rng,
  );
  const docs: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const n = 8 + Math.floor(rng() * 17);
    docs.push(lines.slice(i, i + n).join('\n'));
    i += n;
  }
  return { docs, source: 'documents of 8–24 team-corpus lines (data/corpus, seeded; ../shared absent)' };
}

/**
 * Whole scraped pages (every visible block of a page, one per line), as scrapers hand them over:
 * the `text` of `../shared/eval/dev-en-pages.jsonl` and `dev-zh-pages.jsonl` when present, else
 * none (the team corpus has no pages).
 */
export function loadPages(): { docs: string[]; source: string } | undefined {
  const files = ['dev-en-pages.jsonl', 'dev-zh-pages.jsonl'].map((f) => path.join(SHARED, 'eval', f)).filter((f) => fs.existsSync(f));
  if (files.length === 0) return undefined;
  const docs = files.flatMap((f) => readJsonl(f).map((r) => String(r.text))).filter((t) => t.trim() !== '');
  return { docs, source: files.map((f) => `../shared/eval/${path.basename(f)}`).join(' and ') };
}

/** Han-script blocks for the Traditional → Simplified comparison, as one block per line. */
export function hanBlocks(blocks: readonly Block[], docs: readonly string[]): { lines: string[]; source: string } {
  const HAN = /\p{Script=Han}/gu;
  const isHanText = (t: string): boolean => (t.match(HAN)?.length ?? 0) >= t.length * 0.5;
  const trad = blocks.filter((b) => b.lang === 'zh-Hant' && isHanText(b.text)).map((b) => b.text);
  if (trad.length >= 200) return { lines: trad, source: `${trad.length} zh-Hant blocks of the training corpora (≥ 50 % Han characters)` };
  const lines = docs.flatMap((d) => d.split(/\r?\n/)).filter((l) => l.trim() !== '' && isHanText(l));
  return { lines, source: `${lines.length} lines with ≥ 50 % Han characters from the clean() corpus` };
}

/**
 * A document of about `size` UTF-8 bytes: whole corpus documents drawn in a seeded random order,
 * joined by blank lines, so that paragraphs vary (no fixed period) while the text stays real.
 *
 * A document drawn again (a 10 MB document holds the 1.4 MB corpus about seven times) has its
 * lines made distinct: the k-th repeat ends each non-blank line with k written in binary as tabs
 * (1) and spaces (0), at most a few characters that scoring reads as blanks. Otherwise its blocks
 * are the same strings as before, which `clean()` scores once per document (its per-call cache of
 * block texts) — a large document then cost less per MB than a small one only because it repeats
 * itself (10 MB: 124 ms per MB, against 273 for 1 MB, in the run that showed it).
 */
export function buildDocument(docs: readonly string[], size: number, seed: number): string {
  const rng = mulberry32(seed);
  const parts: string[] = [];
  const uses = new Uint32Array(docs.length);
  let bytes = 0;
  while (bytes < size) {
    const pick = Math.floor(rng() * docs.length);
    let d = distinctRepeat(docs[pick], uses[pick]++);
    if (bytes + bytesUtf8(d) > size * 1.05) {
      // Trim the last document at a line break so the total stays near the target.
      const lines = d.split('\n');
      const keep: string[] = [];
      let b = 0;
      for (const l of lines) {
        if (bytes + b + bytesUtf8(l) + 1 > size * 1.05 && keep.length > 0) break;
        keep.push(l);
        b += bytesUtf8(l) + 1;
      }
      d = keep.join('\n');
    }
    parts.push(d);
    bytes += bytesUtf8(d) + 2;
  }
  return parts.join('\n\n');
}

/** A document's k-th repeat (see `buildDocument`): every non-blank line ends with k in binary, a
 * tab for 1 and a space for 0; the first use (k = 0) is the document itself. */
function distinctRepeat(doc: string, k: number): string {
  if (k === 0) return doc;
  const mark = k.toString(2).replace(/1/g, '\t').replace(/0/g, ' ');
  return doc.replace(/([^\s])([ \t]*)(?=\r?\n|$)/g, (_, last: string, blanks: string) => last + blanks + mark);
}
