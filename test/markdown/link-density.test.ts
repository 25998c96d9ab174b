/**
 * The link-density rule: in scraped Markdown, a line that is (nearly) all link text is evidence of
 * page furniture, enough alone at a document's edges; a run of such lines is a box of links and
 * goes anywhere; a line with a link in a sentence, and a list announced by a colon, stay.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';

// An article written for this test.
const P = [
  'The harbour ferry will return to the islands next spring after a two-year pause, the port authority said on Monday.',
  'Two new boats are being built at the yard in the north basin, and each will carry up to three hundred passengers and forty bicycles.',
  'Residents of the islands have asked for the service since the old boat was retired, saying the bus detour adds an hour to every trip.',
];
const link = (title: string, i: number): string => `* [${title}](https://port-news.example/story-${i})`;
const HEADLINES = ['Bridge repairs to start in May', 'New timetable for the island buses', 'Fishing fleet returns early', 'Harbour festival dates announced'];
const hit = (text: string, line: number) => analyze(text).blocks.find((b) => b.line === line)?.reasons.find((r) => r.id === 'link-density');

describe('link-density', () => {
  it('fires on a line of links and says how much is link text', () => {
    const text = ['[Home](https://port-news.example/) | [Ferries](https://port-news.example/ferries)', ...P, '[Contact](https://port-news.example/contact)'].join('\n');
    expect(hit(text, 1)).toMatchObject({ label: 'boilerplate', weight: 2.5, note: '100% of its text is link text' });
    expect(clean(text)).toBe(`${P.join('\n')}\n`);
  });

  it('does not fire on a sentence with a link in it', () => {
    const text = [P[0], `${P[1]} The [port authority](https://port.example/) published the plans.`, P[2], '[Privacy](/privacy) [Terms](/terms) [Contact](/contact)'].join('\n');
    expect(hit(text, 2)).toBeUndefined();
    expect(clean(text)).toBe(`${[P[0], `${P[1]} The [port authority](https://port.example/) published the plans.`, P[2]].join('\n')}\n`);
  });

  it('counts a run of link lines 2.5 times: a box of headlines goes between paragraphs too', () => {
    const text = [P[0], P[1], ...HEADLINES.map(link), P[2]].join('\n');
    const r = hit(text, 3);
    expect(r?.weight).toBe(6.25);
    expect(r?.note).toMatch(/one of a run of 4 such lines/);
    expect(clean(text)).toBe(P.join('\n'));
  });

  it('keeps a list the article announces with a colon', () => {
    const text = [P[0], 'The authority named the reports it relied on:', ...HEADLINES.slice(0, 3).map(link), P[1], P[2]].join('\n');
    expect(hit(text, 3)?.weight).toBe(2.5);
    expect(clean(text)).toContain(HEADLINES.slice(0, 3).map(link).join('\n'));
  });

  it('never fires on text read as plain text', () => {
    const text = [P[0], ...HEADLINES.map(link), P[1]].join('\n');
    expect(analyze(text, { markdown: false }).blocks.some((b) => b.reasons.some((r) => r.id === 'link-density'))).toBe(false);
  });
});
