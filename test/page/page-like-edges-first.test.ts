/**
 * isPageLike tests the edge runs before the share of short blocks, classifying blocks only as it
 * reads them: it must answer exactly as the definition does with every block classified first
 * (and classify only the blocks at the ends when neither end has a run of furniture), and find a
 * run of furniture after a long Latin-script line at the edge (a skip link, a notice). A long run
 * at an end (`pageEdgeRunAlone`) is enough without the share of short blocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyBlock, type BlockClass } from '../../src/page-classify.js';
import { isPageLike, type PageBlock } from '../../src/page.js';
import { textUnits } from '../../src/features.js';
import { normalizeForScoring } from '../../src/normalize.js';
import { stopwordDensity } from '../../src/page-text-shape.js';
import { titleRunAt } from '../../src/numbered-titles.js';
import { TUNABLES as t } from '../../src/tunables.js';

/** The definition, every block classified up front. */
function reference(blocks: readonly PageBlock[]): boolean {
  if (blocks.length < t.pageMinBlocks) return false;
  const raw = blocks.map((b) => classifyBlock(b.text, b.units, t));
  const isShort = (b: PageBlock, i: number): boolean => b.units < t.pageShortUnits || titleRunAt((j) => blocks[j].text, blocks.length, i) > 0 || raw[i] === 'bad';
  // The run of short blocks from each end, after up to pageEdgeSkip Latin-script blocks there.
  const runs = (order: PageBlock[], index: (j: number) => number): number[] =>
    Array.from({ length: t.pageEdgeSkip + 1 }, (_, skip) => {
      if (order.slice(0, skip).some((b) => stopwordDensity(b.text).script !== 'latin')) return 0;
      let k = 0;
      while (skip + k < order.length && isShort(order[skip + k], index(skip + k))) k++;
      return k;
    });
  const n = blocks.length;
  const lead = Math.max(...runs([...blocks], (j) => j));
  const trail = Math.max(...runs([...blocks].reverse(), (j) => n - 1 - j));
  const run = Math.max(lead, trail);
  // A long run at an end is enough; a short one needs the share of short blocks too.
  return run >= t.pageEdgeRunAlone || (run >= t.pageEdgeRun && blocks.filter(isShort).length / blocks.length >= t.pageShortShare);
}

const LINES = [
  'Home | News | Sports | Weather | Contact',
  'Share this article',
  '© 2026 Example Media. All rights reserved.',
  'Posted 2026-03-01 10:22',
  'Comments (42)',
  'The council said on Tuesday that it would review the plan after residents raised concerns about traffic and noise near the school.',
  'Officials expect the new line to open next spring, and the operator has promised more trains at peak hours.',
  '市政府週二表示，將在下個月公布新的交通規劃，並就噪音問題諮詢附近居民的意見。',
  '首頁 | 新聞 | 體育 | 聯絡我們',
  'Read more',
  'Weather',
  '1 Ferry service returns in spring',
  '2 Night market moves to the warehouse quarter',
  '3 School roofs to be repaired before winter',
];
const block = fc.constantFrom(...LINES).map((text): PageBlock => ({ text, units: textUnits(normalizeForScoring(text)) }));

describe('isPageLike', () => {
  it('answers as the definition does, with every block classified first', () => {
    let pages = 0;
    fc.assert(
      fc.property(fc.array(block, { minLength: 25, maxLength: 60 }), (blocks) => {
        const got = isPageLike(blocks, t, new Map());
        if (got) pages++;
        return got === reference(blocks);
      }),
      { numRuns: 400 },
    );
    // Both answers occur (otherwise the property proves little).
    expect(pages).toBeGreaterThan(0);
  });

  it('finds the menu after a notice at the top of a Latin page, not after a CJK line', () => {
    const notice = 'Thanks for signing up. We have sent you an email to confirm your subscription.';
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Contact'];
    const para = LINES[5];
    const zh = '市政府週二表示，將在下個月公布新的交通規劃，並就噪音問題諮詢附近居民的意見和建議。';
    // Menus before and after the articles; the page ends with a long CJK line, so only its top
    // can have a run of furniture.
    const page = (first: string): PageBlock[] =>
      [first, ...menu, ...Array.from({ length: 14 }, (_, i) => `${para} (${i})`), ...menu, ...menu, ...menu, zh].map((text) => ({ text, units: textUnits(normalizeForScoring(text)) }));
    expect(isPageLike(page(notice), t, new Map())).toBe(true);
    expect(isPageLike(page(zh), t, new Map())).toBe(false);
  });

  it('classifies only the blocks at the two ends of a document without furniture there', () => {
    const para = LINES[5];
    const blocks: PageBlock[] = Array.from({ length: 40 }, (_, i) => ({ text: `${para} (${i})`, units: 40 }));
    const known = new Map<string, BlockClass>();
    expect(isPageLike(blocks, t, known)).toBe(false);
    // The end block and the blocks after the Latin-script ones it may skip, at either end.
    expect(known.size).toBeLessThanOrEqual(2 * (t.pageEdgeSkip + 1));
  });
});
