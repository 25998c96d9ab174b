/**
 * A page's main text does not end on a line that announces a list: the numbered items after it
 * (short lines without clause punctuation, which the main-text search does not pay for) are kept
 * with the article, and so are items led by a date (a tour's dates) announced by a heading or a
 * colon line right after it (`announcedListEnd` in src/page.ts).
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

// A deals page written for this test: menu, headline, intro ending in a colon, a numbered list of
// products each followed by its link, then a footer.
const NAV = ['Home', 'Deals', 'Games', 'Movies', 'Music', 'Toys', 'Gadgets', 'Books', 'About', 'Contact', 'Newsletter', 'Search'];
const TITLE = 'Ten gifts for people who miss the eighties';
const INTRO = [
  'The big autumn sales start this week, and as every year the shops are full of offers that are easy to miss among the televisions and phones. We went through the lists so that you do not have to.',
  'Our choice this year is for the nostalgic: toys, films and records from the decade of cassette tapes, collected in one place, with a link to each so that you can check the price before it changes:',
];
const ITEMS = [
  '1) Classic arcade cabinet, half size, with sixty games',
  '2) Slot car racing set with two cars and a lap counter',
  '3) Time travel film trilogy, restored edition on disc',
  '4) Space opera box set with the original cinema cuts',
  '5) Handheld puzzle game with a monochrome screen',
  '6) Robot construction kit with a remote control',
];
const LIST = ITEMS.flatMap((item, k) => [item, `https://shop.example/item/${1000 + k}`]);
const FOOTER = ['About us', 'Privacy policy', 'Terms of use', 'Affiliate disclosure', '© 2024 Retro Picks. All rights reserved.'];

describe('a list announced by the main text', () => {
  it('is kept with the article', () => {
    const page = [...NAV, TITLE, ...INTRO, ...LIST, ...FOOTER].join('\n');
    expect(clean(page)).toBe(`${[TITLE, ...INTRO, ...LIST].join('\n')}\n`);
  });

  it('is not taken when the article does not announce it', () => {
    const unannounced = [...INTRO.slice(0, 1), INTRO[1].replace(/:$/, '.')];
    const page = [...NAV, TITLE, ...unannounced, ...LIST, ...FOOTER].join('\n');
    expect(clean(page)).toBe(`${[TITLE, ...unannounced].join('\n')}\n`);
  });
});

// A concert news page written for this test: the article, then a heading that the search leaves
// out (a short line), then the tour dates, then a footer.
const NEWS = [
  'The band announced on Tuesday that it will go back on the road next summer for the first time in six years, with a tour of amphitheatres and arenas that starts in Florida in June and ends in California in September.',
  'The singer said in a statement that the group had been rehearsing quietly for months and that the shows would mix the old hits with songs from a new record, which is due in the spring.',
  'Tickets go on sale to the public on Friday morning. Members of the fan club can buy them from Wednesday, and a limited number of seats at every show will be kept for the day of the concert.',
];
const DATES = [
  'June 9 -- Coral Bay Amphitheatre, West Palm Beach, FL',
  'June 10 -- Harbour Arena, Tampa, FL',
  'June 14 -- Riverside Pavilion, Alpharetta, GA',
  'June 17 -- Music City Arena, Nashville, TN',
  'June 19 -- Pine Hill Pavilion, Charlotte, NC',
  'June 20 -- Oak Creek Music Park, Raleigh, NC',
  'June 23 -- Bayside Amphitheater, Virginia Beach, VA',
  'June 24 -- Meadow Live, Bristow, VA',
];

describe('a list of dates announced right after the main text', () => {
  it('is kept with the article when a heading announces it', () => {
    const page = [...NAV, 'The Riverbirds go on tour again', ...NEWS, 'The Riverbirds Tour Dates', ...DATES, ...FOOTER].join('\n');
    const out = clean(page);
    for (const line of [...NEWS, ...DATES]) expect(out).toContain(line);
    expect(out).not.toContain(FOOTER[0]);
  });

  it('is not taken after a sentence', () => {
    const page = [...NAV, 'The Riverbirds go on tour again', ...NEWS, 'The full list of dates is below.', ...DATES, ...FOOTER].join('\n');
    const out = clean(page);
    for (const line of DATES) expect(out).not.toContain(line);
  });
});

// A results table after a heading: short lines of one punctuation form ("Team (Group X): …").
const TABLE = [
  'Harbour City (Group A): Third title',
  'North Vale (Group A): First title',
  'Riverside (Group B): Fifth title',
  'Oakfield United (Group B): Second title',
  'Millbrook (Group C): First title',
  'Stonebridge Rovers (Group C): Fourth title',
  'Eastport (Group D): Sixth title',
  'Westfield Athletic (Group D): First title',
];
// An archive list after a heading: one form too, but only brackets around counts.
const ARCHIVE = ['November 2024 (4)', 'October 2024 (7)', 'September 2024 (5)', 'August 2024 (3)', 'July 2024 (6)', 'June 2024 (2)', 'May 2024 (8)', 'April 2024 (1)'];

describe('a table of like lines announced right after the main text', () => {
  it('is kept with the article when a heading announces it', () => {
    const page = [...NAV, 'The regional league decides its champions', ...NEWS, 'Group winners', ...TABLE, ...FOOTER].join('\n');
    const out = clean(page);
    for (const line of [...NEWS, ...TABLE]) expect(out).toContain(line);
    expect(out).not.toContain(FOOTER[0]);
  });

  it('is not taken when its lines have only brackets, as an archive list has', () => {
    const page = [...NAV, 'The regional league decides its champions', ...NEWS, 'Archives by month', ...ARCHIVE, ...FOOTER].join('\n');
    const out = clean(page);
    for (const line of ARCHIVE) expect(out).not.toContain(line);
  });
});
