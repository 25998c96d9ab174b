/**
 * Lines that open with a label and a colon ("Related: …", "Tags: …", 上一篇：…): what the
 * `related-link` and `tag-line` rules read, and the rule they share the shape of. Not a rule
 * itself (rules are the modules listed in `src/rules/index.ts`).
 */
import { LABEL_LISTS } from '../generated/labels.js';
import type { Rule } from './rule.js';

/** Bullets, brackets and separators before the label ("» Related:", "【相关阅读】：", "[Read more:"). */
const LEAD = /^[\s"'“”「」『』【】《》()[\]*•·|>»›\-–—]+/;
/** What a label may carry before its colon: a closing bracket or spaces ("【相关阅读】：", "上一篇 :"). */
const TAIL = /[\s」』】》)\]]+$/;

/** A list of labels, and how far into a block a colon can end one. */
export interface ColonLabels {
  labels: ReadonlySet<string>;
  /** The longest label plus room for what may stand around it. */
  reach: number;
}

/**
 * Labels (normalized: NFKC, Traditional → Simplified, lower case) for `colonLabel`.
 *
 * @param list the labels
 */
export function colonLabels(list: readonly string[]): ColonLabels {
  return { labels: new Set(list), reach: Math.max(...list.map((l) => l.length)) + 8 };
}

/**
 * The label a normalized block opens with, and the text after its colon, when the label is one
 * of `labels`.
 *
 * @param norm the block's normalized text (a full-width colon is a colon)
 * @param labels the labels
 * @returns the label and the rest, or undefined
 */
export function colonLabel(norm: string, labels: ColonLabels): { label: string; rest: string } | undefined {
  const colon = norm.indexOf(':');
  if (colon < 0 || colon > labels.reach) return undefined;
  const label = norm.slice(0, colon).replace(LEAD, '').replace(TAIL, '');
  return labels.labels.has(label) ? { label, rest: norm.slice(colon + 1) } : undefined;
}

/**
 * A boilerplate rule that fires on a short block opening with one of the labels of
 * `data/labels/<id>.txt` and a colon: on what follows the colon when `rest` says so.
 *
 * @param options the rule's id (its labels' file), description and weight, the longest block
 *   tested, and what the text after the colon must be (default: anything)
 * @returns the rule
 */
export function colonLabelRule(options: { id: string; description: string; weight: number; maxChars: number; rest?: (rest: string) => boolean }): Rule {
  const labels = colonLabels(LABEL_LISTS[options.id]);
  const { maxChars, rest } = options;
  return {
    id: options.id,
    description: options.description,
    label: 'boilerplate',
    weight: options.weight,
    // Page furniture repeats by nature (a tag line under every teaser); no article is about it.
    neverTopical: true,
    test(block) {
      const norm = block.norm;
      if (norm.length > maxChars) return null;
      const found = colonLabel(norm, labels);
      return found && (rest === undefined || rest(found.rest)) ? { match: found.label } : null;
    },
  };
}
