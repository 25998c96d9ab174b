/**
 * The author-bio rule: a short block after an article that opens with a name and says the person
 * is a writer, reporter or editor goes at the article's edge; a sentence inside the article about
 * a journalist, with the classifier reading it as body, stays.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { rule } from '../../src/rules/author-bio.js';

// An article written for this test, with its author's bio after it.
const PARAGRAPHS = [
  'The city library will stay open until nine on weekdays from December, after a survey found that most of its visitors come in the evening, after work or school.',
  'Staff will be moved from the quieter morning hours, and the reading room on the top floor will open at noon instead of ten, the library said on Tuesday.',
  'The longer hours will be reviewed in the spring, when the library expects to know whether the evening visitors keep coming once the novelty has worn off.',
];
const BIO = 'Dana Whitfield is a freelance writer based in Harbour City. Her work has appeared in several regional papers.';

const fires = (text: string): boolean => rule.test({ text, norm: text.toLowerCase(), units: 1 } as never, {} as never) !== null;

describe('author-bio', () => {
  it('removes the bio after an article, and explains it', () => {
    const text = [...PARAGRAPHS, BIO].join('\n');
    expect(clean(text)).toBe(`${PARAGRAPHS.join('\n')}\n`);
    const bio = analyze(text).blocks[3];
    expect(bio.reasons.find((r) => r.id === 'author-bio')).toMatchObject({ weight: 3, match: 'Dana Whitfield is a freelance writer' });
  });

  it('reads a name, "is a", and a role within a few words', () => {
    expect(fires('Phil Helsel is a reporter for NBC News.')).toBe(true);
    expect(fires('Roger Gonzalez is an award-winning writer based in Virginia.')).toBe(true);
    expect(fires('The council is a body of seven elected members.')).toBe(false);
    expect(fires('She is a reporter for NBC News.')).toBe(false);
    expect(fires('Dana Whitfield is a nurse who has worked nights at the hospital for a decade, and a part-time writer.')).toBe(false);
    expect(fires('Dana Whitfield (@danaw) is a contributor at the Evening Post.')).toBe(true);
    expect(fires('Dana Whitfield (@danaw) said the ferry would be late.')).toBe(false);
  });
});
