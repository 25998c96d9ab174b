/**
 * A teaser list after a page's article ends its main text (src/teaser-list.ts): the teasers'
 * summaries are prose and used to pay for themselves in the main-text search. A blog index,
 * whose first post has its date line like every later one, and an article with the same short
 * line between its paragraphs keep all their text.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { teaserRuns } from '../../src/teaser-list.js';
import { dateOnly } from '../../src/page-text-shape.js';
import { textUnits } from '../../src/features.js';
import { TUNABLES } from '../../src/tunables.js';

// A scraped news page written for this test: menu, headline, byline, article, tags, then a
// "more from" box of teasers (headline, author, date line, summary), then a footer.
const NAV = ['News', 'Politics', 'Business', 'Science', 'Opinion', 'Sports', 'Weather', 'Subscribe'];
const TITLE = 'City council approves a new network of protected bike lanes';
const BYLINE = 'By Dana Whitfield';
const ARTICLE = [
  'The city council voted seven to two on Tuesday night to build forty kilometres of protected bike lanes over the next three years, the largest change to the street network since the tram lines were removed in the 1960s.',
  'Supporters packed the chamber for the four-hour meeting. Several parents described riding with their children on roads where parked cars and delivery vans leave no room, and a retired bus driver said the plan would make every junction safer for everyone, not only for cyclists.',
  'Opponents, mostly shop owners along the two main avenues, said the loss of parking would hurt their business. The council agreed to review deliveries on those streets after the first year and to keep short-stay spaces on the side roads.',
  'Construction of the first section, along the river, is expected to start next spring. The transport department will publish the full map and a timetable for each stage before the end of the month.',
];
const TAGS = ['Transport', 'City council'];
const TEASERS = [
  ['Library extends its opening hours for the winter', 'Sam Okafor', 'Wednesday November 20, 2024', 'The central library will stay open until nine on weekdays from December, after a survey found most visitors come after work.'],
  ['Harbour ferry returns after a month of repairs', 'Lena Brandt', 'Tuesday November 19, 2024', 'The morning ferry to the islands is running again, with a new engine and a timetable that adds two crossings at the weekend.'],
  ['Schools plan a longer lunch break next term', 'Dana Whitfield', 'Tuesday November 19, 2024', 'Three primary schools will test a lunch break of an hour, saying children come back calmer and teachers lose less time to settling them.'],
  ['Market hall reopens with forty new stalls', 'Priya Raman', 'Monday November 18, 2024', 'After two years of building work the old market hall has reopened, and traders say the first weekend brought more visitors than they had hoped.'],
];
const FOOTER = ['About us', 'Contact', 'Privacy policy', '© 2024 The Riverside Courier'];
const newsPage = [...NAV, TITLE, BYLINE, ...ARTICLE, ...TAGS, 'More from the Courier', ...TEASERS.flat(), ...FOOTER].join('\n');

const starts = (blocks: string[]) => teaserRuns((i) => blocks[i], blocks.length, textUnits, TUNABLES).map((r) => r.start);

describe('teaser lists after an article', () => {
  it('reads a line that is a date and nothing else as a date line', () => {
    expect(dateOnly('Wednesday November 20, 2024')).toBe(true);
    expect(dateOnly('2024/11/20 11:54 am')).toBe(true);
    expect(dateOnly('Posted on March 3, 2024')).toBe(true);
    expect(dateOnly('2019-09-30 07:42')).toBe(true);
    // A label, a name or a sentence beside the date: no date line.
    expect(dateOnly('When: Sun, April 4')).toBe(false);
    expect(dateOnly('— Dana Whitfield (@dana) November 18, 2024')).toBe(false);
    expect(dateOnly('The vote was held on November 19, 2024.')).toBe(false);
    // One date piece alone (a year, a weekday) is no date line.
    expect(dateOnly('2024')).toBe(false);
    expect(dateOnly('Monday')).toBe(false);
  });

  it('finds a list by its date lines, where they first occur', () => {
    const blocks = newsPage.split('\n');
    expect(starts(blocks)).toEqual([blocks.indexOf(TEASERS[0][2])]);
  });

  it('finds a list by its headlines shown twice', () => {
    const records = ['Section', 'Ferry returns after a month of repairs', 'Section', 'Ferry returns after a month of repairs', 'The ferry is running again.'];
    const list = [0, 1, 2].flatMap((k) => records.map((r) => (r.startsWith('Ferry') ? `${r} (${k})` : r)));
    const blocks = ['An article paragraph.', ...list];
    expect(starts(blocks)).toEqual([2]);
    // "Advertisement" twice between paragraphs is no headline: too short.
    expect(starts(['Text one.', 'Advertisement', 'Advertisement', 'Text two.', 'Advertisement', 'Advertisement', 'Text three.', 'Advertisement', 'Advertisement'])).toEqual([]);
  });

  it('ends the main text of a page where the teaser list starts', () => {
    const out = clean(newsPage);
    for (const p of ARTICLE) expect(out).toContain(p);
    for (const t of TEASERS) expect(out).not.toContain(t[3]);
  });

  it('says why each teaser went', () => {
    const a = analyze(newsPage);
    expect(a.mode).toBe('page');
    const teaser = a.blocks.find((b) => b.text === TEASERS[2][3])!;
    expect(teaser.removed).toBe(true);
    expect(teaser.reasons.at(-1)!.note).toMatch(/teaser list after the main text .* from block \d+ on/);
  });

  it('keeps a blog index whose first post has a date line like the others', () => {
    // The first post is long (more than `teaserMaxGap` blocks), so the main-text search finds it
    // alone and the later posts' date lines make a run of their own; the first post's date line,
    // in their form, says the dated records are the page's content.
    const more = [
      'The last week of the trip was the slowest. We spent three days waiting for a bus that the timetable promised every morning and the station master promised every afternoon.',
      'When it finally came it was full, and we rode the first hundred kilometres standing in the aisle between sacks of rice and a crate of very patient chickens.',
      'Nobody on board seemed to mind, and by the time we reached the coast we had been invited to two weddings and a christening.',
    ];
    const posts = [
      ['Monday, December 6, 2004', 'Back home at last', ...ARTICLE, ...more],
      ['Friday, December 3, 2004', 'The night train', TEASERS[0][3]],
      ['Tuesday, November 30, 2004', 'Salt flats', TEASERS[1][3]],
      ['Sunday, November 28, 2004', 'Altitude', TEASERS[2][3]],
    ];
    const index = [...NAV, ...posts.flat(), ...FOOTER].join('\n');
    expect(TUNABLES.teaserMaxGap).toBeLessThan(posts[0].length);
    const out = clean(index);
    for (const p of posts) expect(out).toContain(p[2]);
  });

  it('keeps a timeline whose dated entries are paragraphs', () => {
    // Date lines every other block after an introduction: a timeline inside the article, not a
    // list of teasers (no headline or name line between two dates).
    const entries = [
      ['Monday, March 2, 2024', 'The council publishes the first draft of the plan and asks residents for their views by the end of the month.'],
      ['Thursday, March 19, 2024', 'More than two thousand responses arrive, most of them asking for the lanes to continue past the station.'],
      ['Tuesday, April 7, 2024', 'The transport committee changes the route and adds a crossing near the primary school on the hill.'],
      ['Wednesday, May 13, 2024', 'The second draft is approved by the committee and sent to the full council for a vote in June.'],
    ];
    const page = [...NAV, TITLE, ...ARTICLE.slice(0, 2), ...entries.flat(), ...FOOTER].join('\n');
    expect(starts(page.split('\n'))).toEqual([]);
    const out = clean(page);
    for (const [date, text] of entries) {
      expect(out).toContain(date);
      expect(out).toContain(text);
    }
  });

  it('keeps an article with the same short line between its paragraphs', () => {
    const page = [...NAV, TITLE, ARTICLE[0], '___', ARTICLE[1], '___', ARTICLE[2], '___', ARTICLE[3], ...FOOTER].join('\n');
    const out = clean(page);
    for (const p of ARTICLE) expect(out).toContain(p);
  });
});
