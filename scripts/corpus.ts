// Reads the training corpora: the team's own (data/corpus/*.jsonl, always) and the shared real
// data (../shared/corpora/*.jsonl, when present). Blocks that occur in any shared evaluation set
// are left out, so that the dev figures measure the model on text it never saw.
import fs from 'node:fs';
import path from 'node:path';
import { franc } from 'franc';
import type { Label, TrainingExample } from '../src/index.js';

/** Where the shared data is, relative to the project root. */
export const SHARED = path.resolve('..', 'shared');

/** Weight of the shared chat messages, used as `body`: they teach the classifier that short,
 * informal text is not an ad, but they are not article text, so they count half. */
const CHAT_WEIGHT = 0.25;

interface Row { text: string; label: string; lang?: string; source?: string }

/** Read a JSONL file into rows. */
export function readJsonl(file: string): Row[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

/** Every text of the shared evaluation sets: blocks and lines of their inputs. */
export function evalTexts(): Set<string> {
  const seen = new Set<string>();
  const dir = path.join(SHARED, 'eval');
  if (!fs.existsSync(dir)) return seen;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
    for (const r of readJsonl(path.join(dir, f)) as unknown as Array<{ text: string; blocks?: Array<{ text: string }> }>) {
      for (const line of r.text.split(/\r\n|\r|\n/)) if (line.trim()) seen.add(line.trim());
      for (const b of r.blocks ?? []) seen.add(b.text.trim());
    }
  }
  const seed = path.join(SHARED, 'seed', '000_d39c578bb5044c0c.txt');
  if (fs.existsSync(seed)) for (const line of fs.readFileSync(seed, 'utf8').split('\n')) if (line.trim()) seen.add(line.trim());
  return seen;
}

/** A training example with where it came from. */
export interface SourcedExample extends TrainingExample { source: string; lang: string }

/**
 * Load the corpora.
 *
 * @param opts.shared include ../shared/corpora when present
 * @returns examples and per-source counts
 */
export function loadCorpora(opts: { shared: boolean }): { examples: SourcedExample[]; excluded: number; foreign: number } {
  const examples: SourcedExample[] = [];
  const own = path.resolve('data', 'corpus');
  for (const f of fs.readdirSync(own).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const r of readJsonl(path.join(own, f))) examples.push({ text: r.text, label: r.label as Label, source: `team/${f}`, lang: r.lang ?? '' });
  }
  let excluded = 0;
  let foreign = 0;
  const dir = path.join(SHARED, 'corpora');
  if (opts.shared && fs.existsSync(dir)) {
    const held = evalTexts();
    const map: Record<string, { label: Label; weight: number }> = {
      'promo-blocks.jsonl': { label: 'promo', weight: 1 },
      'chat-blocks.jsonl': { label: 'body', weight: CHAT_WEIGHT },
      'body-blocks.jsonl': { label: 'body', weight: 1 },
      'boilerplate-snippets.jsonl': { label: 'boilerplate', weight: 1 },
    };
    for (const [f, { label, weight }] of Object.entries(map)) {
      const file = path.join(dir, f);
      if (!fs.existsSync(file)) continue;
      for (const r of readJsonl(file)) {
        if (held.has(r.text.trim())) { excluded++; continue; }
        if (f === 'boilerplate-snippets.jsonl' && !englishOrNeutral(r.text)) { foreign++; continue; }
        examples.push({ text: r.text, label, weight, source: `shared/${f}:${(r.source ?? '').split('/')[0]}`, lang: r.lang ?? '' });
      }
    }
  }
  return { examples, excluded, foreign };
}

/** German, French and other non-English snippets dominate the shared boilerplate set; kept, they
 * taught the classifier that any German or Portuguese paragraph is boilerplate (measured: 183
 * English-set body blocks in foreign languages scored boilerplate). Keep English ones and short
 * ASCII lines without non-English letters. */
function englishOrNeutral(text: string): boolean {
  if (/[^\x00-\x7f‘’“”–—…·|»«›©®]/.test(text)) return false;
  if (text.length < 25) return true;
  return franc(text, { minLength: 25 }) === 'eng';
}
