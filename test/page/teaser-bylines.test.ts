/**
 * Bylines mark the records of a teaser list too (src/teaser-list.ts): "more stories" boxes of a
 * section label, a headline, "By …" and a summary, with no date line. The article's own byline,
 * above the main text, does not veto the list; a blog index whose posts carry bylines keeps its
 * posts, because they are as long as the first one.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { teaserRuns } from '../../src/teaser-list.js';
import { textUnits } from '../../src/features.js';
import { TUNABLES } from '../../src/tunables.js';

// A scraped opinion page written for this test: menu, headline, byline, article, then a "most
// popular" box whose records are a section, a headline, a byline and a summary (one of them, a
// video, without a byline), then a footer.
const NAV = ['News', 'Politics', 'Economy', 'Culture', 'Podcasts', 'Magazine', 'Donate', 'Log in'];
const TITLE = 'The quiet success of the four-day school week';
const ARTICLE = [
  'When the district moved its schools to a four-day week three years ago, the decision was sold as a way to save money on buses and heating. Few expected it to change much else, and many parents feared it would leave their children behind.',
  'The results so far suggest otherwise. Attendance has risen in every school, teachers say they plan their lessons better with a full day for preparation, and test scores have held steady while the number of teachers leaving has fallen by half.',
  'There are costs. Working parents had to find care for the fifth day, and the district now runs a day programme at two schools that costs more than the savings on buses. Not every family can reach it.',
  'The lesson for other districts is not that the short week works everywhere, but that a change sold as a cut can be judged by what it does for the people inside the schools, and kept or dropped on that.',
];
const RECORDS = [
  ['Economy', 'Why the harbour towns are hiring again', 'By Ines Maro', 'Fishing fleets are smaller than they were, but repair yards and ferries cannot find enough workers.'],
  ['Politics', 'The budget fight nobody wants to have', 'By Theo Lindqvist', 'Both parties promise not to touch pensions, and both know the numbers do not add up.'],
  ['Video', 'A tour of the oldest working mill in the county', 'Three generations have run it, and the wheel still turns every morning.'],
  ['Culture', 'Small theatres are filling their seats again', 'By Ines Maro', 'Cheaper tickets and shorter plays brought back audiences that had stayed home.'],
  ['Economy', 'What a rate cut would mean for first-time buyers', 'By Ruth Adeyemi', 'Lower rates would help, but the shortage of small homes matters more, lenders say.'],
];
const FOOTER = ['About', 'Masthead', 'Contact', 'Advertise', 'Privacy', '© 2024 The Weekly Ledger'];
const page = [...NAV, TITLE, 'By Dana Whitfield', ...ARTICLE, 'Most popular', ...RECORDS.flat(), ...FOOTER].join('\n');

describe('bylines mark the records of a teaser list', () => {
  it('finds the run of bylines after the main text, over a record without one', () => {
    const blocks = page.split('\n');
    const from = blocks.indexOf(ARTICLE[0]);
    const runs = teaserRuns((i) => blocks[i], blocks.length, textUnits, TUNABLES, from);
    expect(runs.map((r) => r.start)).toEqual([blocks.indexOf('By Ines Maro')]);
    expect(runs[0].markers).toBe(4);
    // Read from the top, the article's own byline would head the run, which then could not end
    // the main text after the article.
    expect(teaserRuns((i) => blocks[i], blocks.length, textUnits, TUNABLES).map((r) => r.start)).toEqual([blocks.indexOf('By Dana Whitfield')]);
  });

  it('ends the main text of a page where the list starts', () => {
    const a = analyze(page);
    expect(a.mode).toBe('page');
    const out = clean(page);
    for (const p of ARTICLE) expect(out).toContain(p);
    for (const r of RECORDS) expect(out).not.toContain(r.at(-1));
    const summary = a.blocks.find((b) => b.text === RECORDS[1][3])!;
    expect(summary.reasons.at(-1)!.note).toMatch(/teaser list after the main text/);
  });

  it('keeps the posts of a blog index, each as long as the first', () => {
    // Posts of a title, a byline and four paragraphs: the first post's byline stands above the
    // main text like an article's, and the later bylines, every six blocks, make a run; but their
    // posts hold as much prose as the first, so they are no teasers.
    // Each post's paragraphs are the article's, numbered (text shown twice close by would count
    // for nothing in the search: see repeated-captions.test.ts).
    const post = (title: string, author: string) => [title, `By ${author}`, ...ARTICLE.map((p) => `${title}: ${p}`)];
    const posts = [post('Notes from the spring term', 'Dana Whitfield'), post('What the inspectors said', 'Ines Maro'), post('Parents evening, again', 'Theo Lindqvist'), post('A year of short weeks', 'Ruth Adeyemi')];
    const lines = [...NAV, ...posts.flat(), ...FOOTER];
    const runs = teaserRuns((i) => lines[i], lines.length, textUnits, TUNABLES, lines.indexOf(posts[0][2]));
    expect(runs.map((r) => r.start)).toEqual([lines.indexOf('By Ines Maro')]);
    const out = clean(lines.join('\n'));
    for (const p of posts) expect(out).toContain(p[0]);
    for (const p of posts) expect(out).toContain(p.at(-1));
  });
});
