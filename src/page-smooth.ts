import type { BlockClass } from './page-classify.js';

/** The class of the nearest block before (`step` −1) or after (+1) `i` that is neither `short`
 * nor, with `skipNearGood`, `near-good`; the page's edge counts as `bad`. */
function neighbour(classes: readonly BlockClass[], i: number, step: 1 | -1, skipNearGood: boolean): BlockClass {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) {
    const c = classes[j];
    if (c === 'short' || (skipNearGood && c === 'near-good')) continue;
    return c;
  }
  return 'bad';
}

/**
 * jusText's context smoothing: a short block between good blocks is good, one between bad blocks
 * is bad; between a good and a bad block it is good only when a near-good block is its next
 * neighbour on the bad side (the text goes on that way), else bad. A
 * near-good block is good unless bad blocks stand on both sides of it. So short lines inside an
 * article (a list, a dialogue, a poem) stay with it, and runs of short lines at the page's edges,
 * which face the edge (bad), go.
 *
 * Before that, a run of at least `nearGoodRun` near-good blocks (short blocks may stand between
 * them) is taken as running text (good): a body of many unpunctuated lines has no good block for
 * its near-good lines to lean on, which jusText's HTML signals would have supplied.
 *
 * @param input each block's class from classifyBlock
 * @param nearGoodRun how many near-good blocks in a row count as running text (default: never)
 * @returns each block's class after smoothing: only `good` or `bad`
 */
export function smoothClasses(input: readonly BlockClass[], nearGoodRun = Infinity): Array<'good' | 'bad'> {
  const classes = promoteNearGoodRuns(input, nearGoodRun);
  // Short blocks first, against the classes before smoothing, as jusText does.
  const stage1: BlockClass[] = classes.map((c, i) => {
    if (c !== 'short') return c;
    const prev = neighbour(classes, i, -1, true);
    const next = neighbour(classes, i, 1, true);
    if (prev === 'good' && next === 'good') return 'good';
    if (prev === 'bad' && next === 'bad') return 'bad';
    if ((prev === 'bad' && neighbour(classes, i, -1, false) === 'near-good') || (next === 'bad' && neighbour(classes, i, 1, false) === 'near-good')) return 'good';
    return 'bad';
  });
  return stage1.map((c, i) => {
    if (c === 'good' || c === 'bad') return c;
    const prev = neighbour(stage1, i, -1, true);
    const next = neighbour(stage1, i, 1, true);
    return prev === 'bad' && next === 'bad' ? 'bad' : 'good';
  });
}

/**
 * Turns each run of at least `minRun` near-good blocks (ignoring short blocks between them) into
 * good blocks; a bad or good block ends a run.
 *
 * @param classes the blocks' classes
 * @param minRun the least number of near-good blocks in a run
 */
export function promoteNearGoodRuns(classes: readonly BlockClass[], minRun: number): BlockClass[] {
  const out = [...classes];
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= minRun) for (const j of run) out[j] = 'good';
    run = [];
  };
  classes.forEach((c, i) => {
    if (c === 'near-good') run.push(i);
    else if (c !== 'short') flush();
  });
  flush();
  return out;
}
