/**
 * In a Latin-script page's main-text search, furniture by shape (copyright lines, menus, labelled
 * counters such as "48 comments", relative time stamps such as "14H ago") costs what it costs in
 * CJK pages (`pageMenuCost`), so that a list of teasers after the article, each with its counter
 * or time stamp, does not pay for itself; date lines, bare bracketed counts and URLs do not (see
 * `LATIN_FURNITURE` in src/page.ts).
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { furnitureShape } from '../../src/page-text-shape.js';
import { textUnits } from '../../src/features.js';

// A scraped news page written for this test: menu, headline, article, teasers of other stories
// (headline, comment counter, one-sentence summary) and a footer, one visible block per line.
const NAV = ['Home', 'News', 'World', 'Business', 'Technology', 'Science', 'Sport', 'Culture', 'Opinion', 'Video', 'Sign in', 'Subscribe'];
const TITLE = 'City council approves new library for the harbour district';
const ARTICLE = [
  'The city council voted on Tuesday to build a new public library in the harbour district, ending a debate that has run for almost six years. The building will stand on the site of the old ferry terminal, which has been empty since the last boats stopped running in 2017.',
  'Council members approved the plan by nine votes to four after a long evening session. Supporters said the district, home to about forty thousand people, has had no library of its own since the old branch closed, and that children there travel across the city to borrow books.',
  'The library is expected to cost about thirty million dollars and to open in three years. It will have a children\'s floor, quiet study rooms, a small theatre for readings and a roof garden that looks out over the water, according to the plans shown at the meeting.',
  'Opponents argued that the money would be better spent on repairing the schools of the district, several of which still wait for new roofs. The mayor said both could be done, and that the library would be paid for over twenty years from the city\'s building fund.',
];
const MORE = [
  'More from Harbour Daily',
  'Ferry service to the islands will return next spring',
  '48 comments',
  'The port authority says two new boats will run between the harbour and the islands from April, with six crossings a day.',
  'Night market moves to the old warehouse quarter',
  '112 comments',
  'Traders say the new site has more room, better lighting and space for the food stalls that were turned away last year.',
  'School roof repairs to start before the winter',
  '73 comments',
  'The education office has set aside money for the first eight schools, and work should begin once the autumn term ends.',
  'Harbour swimming club celebrates its hundredth year',
  '29 comments',
  'Members old and young swam across the bay on Sunday morning, watched by a crowd that filled the sea wall from end to end.',
];
const FOOTER = ['About us', 'Contact', 'Advertise', 'Privacy policy', 'Terms of use', '© 2024 Harbour Daily News. All rights reserved.'];
const page = [...NAV, TITLE, ...ARTICLE, ...MORE, ...FOOTER].join('\n');

const shape = (s: string): string | undefined => furnitureShape(s, textUnits, 8);

describe('Latin page furniture in the main-text search', () => {
  it('leaves out teasers that carry comment counters after the article', () => {
    expect(clean(page)).toBe(`${[TITLE, ...ARTICLE].join('\n')}\n`);
  });

  it('leaves out teasers that carry relative time stamps after the article', () => {
    const stamps = ['14H ago', '2 days ago', 'updated 35M ago', 'an hour ago'];
    let k = 0;
    const stamped = page.replace(/^\d+ comments$/gm, () => stamps[k++]);
    expect(stamped).toContain('updated 35M ago');
    expect(clean(stamped)).toBe(`${[TITLE, ...ARTICLE].join('\n')}\n`);
  });

  it('tells the furniture shapes apart', () => {
    expect(shape('48 comments')).toBe('counter');
    expect(shape('Rating: 36 Votes')).toBe('counter');
    expect(shape('Breast care (19)')).toBe('count');
    expect(shape('Home › World › Europe')).toBe('menu');
    expect(shape('http://example.com/news/2024/library')).toBe('link');
    expect(shape('06-29-2004, 12:10 PM')).toBe('date');
    expect(shape('Posted 4 mins ago')).toBe('relative-time');
    expect(shape('87阅读37分钟前')).toBe('relative-time');
    expect(shape('Barely a week ago, the team had scored just once in ten games.')).toBeUndefined();
    expect(shape('© 2024 Harbour Daily News. All rights reserved.')).toBe('legal');
    expect(shape(ARTICLE[0])).toBeUndefined();
  });
});
