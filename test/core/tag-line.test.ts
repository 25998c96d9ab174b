/**
 * The tag-line rule: a line of the article's tags or categories ("Tags: …", "Filed under: …",
 * 本文標籤：…) goes, inside an article too; a sentence that opens with such a word stays. And the
 * stories before and after this one ("Next post: …", 下一篇：…) are related links.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { rule as tagLine } from '../../src/rules/tag-line.js';
import { rule as relatedLink } from '../../src/rules/related-link.js';
import { normalizeForScoring } from '../../src/normalize.js';

// An article written for this test, with its tags after the second paragraph.
const PARAGRAPHS = [
  'The old ferry terminal will become a market hall, the council decided on Thursday, after three years in which the building stood empty and its roof began to leak.',
  'Traders will be able to rent stalls from the spring, and the ground floor will keep a waiting room for the small boats that still cross to the island in summer.',
  'The first stalls will open in April, the council said, and the upper floor will follow once its windows have been replaced.',
];

const fires = (rule: typeof tagLine, text: string): boolean => rule.test({ text, norm: normalizeForScoring(text), units: 1 } as never, {} as never) !== null;

describe('tag-line', () => {
  it('removes a line of tags between paragraphs, and explains it', () => {
    const text = [PARAGRAPHS[0], PARAGRAPHS[1], 'Tags: ferry terminal, market hall, council', PARAGRAPHS[2]].join('\n');
    expect(clean(text)).toBe(PARAGRAPHS.join('\n'));
    const tags = analyze(text).blocks[2];
    expect(tags.label).toBe('boilerplate');
    expect(tags.reasons.find((r) => r.id === 'tag-line')).toMatchObject({ weight: 4, match: 'tags' });
  });

  it('reads tag and category labels, alone or with their tags, in either Chinese script', () => {
    expect(fires(tagLine, 'Filed under: Harbour, Markets |')).toBe(true);
    expect(fires(tagLine, 'Tags:')).toBe(true);
    expect(fires(tagLine, '本文標籤：渡輪 市場')).toBe(true);
    expect(fires(tagLine, 'タグ: ソフトウェア')).toBe(true);
    expect(fires(tagLine, '全站分類：國內旅遊')).toBe(true);
    expect(fires(tagLine, 'The tags: red for sold, green for free, were on every stall.')).toBe(false);
    expect(fires(tagLine, `Topic: ${PARAGRAPHS[0]} ${PARAGRAPHS[1]}`)).toBe(false);
  });

  it('knows the links to the stories before and after this one', () => {
    expect(fires(relatedLink, 'Next Post:Council approves the new harbour timetable')).toBe(true);
    expect(fires(relatedLink, '上一篇：港口新時刻表獲批准')).toBe(true);
    expect(fires(relatedLink, '此分類上一篇： 港口新時刻表獲批准 2026/03/04')).toBe(true);
    expect(fires(relatedLink, '下一篇 :')).toBe(false);
  });
});
