/**
 * The author-box rule: a heading about a person after an article ("About Dana Whitfield", "Über
 * Jonas Brandt", "About the author") and the bio under it that names the person go; a heading
 * whose next block does not name the person, and a sentence that starts with "About", stay.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';

// An article written for this test.
const PARAGRAPHS = [
  'The city library will stay open until nine on weekdays from December, after a survey found that most of its visitors come in the evening, after work or school.',
  'Staff will be moved from the quieter morning hours, and the reading room on the top floor will open at noon instead of ten, the library said on Tuesday.',
  'The longer hours will be reviewed in the spring, when the library expects to know whether the evening visitors keep coming once the novelty has worn off.',
];

const removed = (text: string): string[] => analyze(text).blocks.filter((b) => b.removed).map((b) => b.text);
const fired = (text: string, line: number): boolean => analyze(text).blocks[line].reasons.some((r) => r.id === 'author-box');

describe('author-box', () => {
  it('removes a heading about the author and the bio that names her, and explains it', () => {
    const box = ['About Dana Whitfield', 'Dana Whitfield is a reporter at the Evening Post, where she covers city services. Follow her on Twitter @danaw.'];
    const text = [...PARAGRAPHS, ...box].join('\n');
    expect(clean(text)).toBe(`${PARAGRAPHS.join('\n')}\n`);
    const a = analyze(text);
    expect(a.blocks[3].reasons.find((r) => r.id === 'author-box')?.note).toContain('names Dana Whitfield');
    expect(a.blocks[4].reasons.find((r) => r.id === 'author-box')?.weight).toBe(3);
  });

  it('is evidence, not a verdict: a bio the classifier reads as body stays in an article', () => {
    const bio = 'After ten years at the Harbour Gazette, Dana Whitfield now covers city services and libraries for the Evening Post.';
    const a = analyze([...PARAGRAPHS, 'About Dana Whitfield', bio].join('\n'));
    expect(a.blocks[3].removed).toBe(true);
    expect(a.blocks[4].reasons.some((r) => r.id === 'author-box')).toBe(true);
    expect(a.blocks[4].removed).toBe(false);
  });

  it('reads the heading in other languages and without a name', () => {
    const de = [...PARAGRAPHS, 'Über Jonas Brandt', 'Als Redakteur für Stadtthemen schreibt Jonas Brandt seit 2015 über Bibliotheken, Schulen und den Nahverkehr.'].join('\n');
    expect(removed(de)).toEqual(['Über Jonas Brandt', 'Als Redakteur für Stadtthemen schreibt Jonas Brandt seit 2015 über Bibliotheken, Schulen und den Nahverkehr.']);
    const generic = [...PARAGRAPHS, 'About the author', 'Dana Whitfield covers city services for the Evening Post.'].join('\n');
    expect(fired(generic, 3)).toBe(true);
    expect(fired(generic, 4)).toBe(true);
  });

  it('leaves a heading whose next block does not name the person, and sentences that start with About', () => {
    const section = [PARAGRAPHS[0], 'About Harbour Ferries', PARAGRAPHS[1], PARAGRAPHS[2]].join('\n');
    expect(fired(section, 1)).toBe(false);
    expect(fired(section, 2)).toBe(false);
    const sentence = [PARAGRAPHS[0], 'About 300 people came to the meeting.', PARAGRAPHS[1]].join('\n');
    expect(fired(sentence, 1)).toBe(false);
    const menu = [PARAGRAPHS[0], 'About Us', 'Us and them: the library’s new reading groups.'].join('\n');
    expect(fired(menu, 1)).toBe(false);
  });
});
