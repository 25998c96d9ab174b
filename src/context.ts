import { scanBlock } from './features.js';
import { normalizeForScoring } from './normalize.js';
import type { BlockContext, DocumentContext } from './rules/rule.js';
import { documentCjkShare } from './rules/script-mismatch.js';
import { TUNABLES } from './tunables.js';
import type { Script, Segment } from './types.js';

/** A block with everything computed once for rules and classifier. */
export interface ScoredInput extends BlockContext {
  /** Classifier features of the block. */
  features: string[];
}

/**
 * Normalize every block and index the document's long n-grams (for `body-echo`).
 *
 * @param segments the document's blocks
 * @param language detected or hinted language
 * @param script dominant script
 * @param cache what a block's text yields, kept across the passes over one document
 * @returns per-block contexts and the document context
 */
export function buildContext(
  segments: readonly Segment[],
  language: string,
  script: Script,
  cache?: Map<string, Omit<ScoredInput, 'index'>>,
): { blocks: ScoredInput[]; doc: DocumentContext } {
  const blocks: ScoredInput[] = segments.map((s) => {
    let known = cache?.get(s.text);
    if (!known) {
      // Scoring reads at most the first `maxScoredChars` of a block: chaff is short, the
      // classifier's vote is capped at `tokenCap` features anyway, and a 10 MB single-line
      // document would otherwise build tens of millions of features and shingles.
      const norm = normalizeForScoring(s.text.length > TUNABLES.maxScoredChars ? s.text.slice(0, TUNABLES.maxScoredChars) : s.text);
      const { features, units, topic, shingles } = scanBlock(norm);
      known = { text: s.text, norm, units, features, topic, shingles };
      cache?.set(s.text, known);
    }
    return { ...known, index: s.index };
  });
  const topicBlocks = new Map<number, number>();
  for (const b of blocks) for (const w of b.topic) topicBlocks.set(w, (topicBlocks.get(w) ?? 0) + 1);
  const shingleBlocks = new Map<number, number>();
  for (const b of blocks) for (const s of b.shingles) shingleBlocks.set(s, (shingleBlocks.get(s) ?? 0) + 1);
  return { blocks, doc: { language, script, blocks, shingleBlocks, topicBlocks, cjkShare: documentCjkShare(segments.map((s) => s.text)) } };
}
