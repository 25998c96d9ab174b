import { extractFeatures, textUnits } from './features.js';
import { normalizeForScoring } from './normalize.js';
import type { BlockContext, DocumentContext } from './rules/rule.js';
import { shingles } from './shingles.js';
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
 * @returns per-block contexts and the document context
 */
export function buildContext(segments: readonly Segment[], language: string, script: Script): { blocks: ScoredInput[]; doc: DocumentContext } {
  const blocks: ScoredInput[] = segments.map((s) => {
    const norm = normalizeForScoring(s.text);
    return { text: s.text, norm, units: textUnits(norm), index: s.index, features: extractFeatures(norm) };
  });
  const shingleBlocks = new Map<string, number>();
  for (const b of blocks) for (const s of shingles(b.norm)) shingleBlocks.set(s, (shingleBlocks.get(s) ?? 0) + 1);
  return { blocks, doc: { language, script, blocks, shingleBlocks } };
}
