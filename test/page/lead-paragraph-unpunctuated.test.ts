/**
 * A page's article whose first paragraph has no punctuation (`leadParagraphsStart` in
 * src/page.ts): the main-text search counts only punctuated blocks as prose, so it started the
 * article after that paragraph, which went with the menus. A long, stopword-dense block in
 * sentence case right before the main text, with no chaff evidence, is now its first paragraph; a
 * headline as long in title case is not.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { sentenceCased } from '../../src/page-text-shape.js';

// A football news page written for this test: a menu, the headline, a byline, the lead paragraph
// and a short second one without a full stop, the rest of the article, and a footer. (The main
// text took one line before its first punctuated paragraph as its headline: the short one.)
const MENU = ['Home', 'About', 'Advertise', 'Jobs', 'Contact', 'Latest', 'Politics', 'World', 'Sport', 'Business', 'Entertainment', 'Events', 'Video', 'Podcasts', 'Relationship', 'Opinion', 'Travel', 'Weather', 'Photos', 'Search'];
const HEADLINE = 'City sign the league’s most expensive goalkeeper from a Spanish club';
const BYLINE = 'Sports Desk, August 8, 2018';
const LEAD = 'City have this morning paid the record fee to the Spanish league to complete the signing of the goalkeeper who kept a clean sheet in half of his matches last season';
const ARTICLE = [
  'This has freed the club to sell its current keeper to a rival across town',
  'The goalkeeper will have a medical at the club’s training ground today, ahead of a move that makes him the most expensive keeper in the history of the league.',
  'The 23-year-old flew to the city yesterday evening and will spend the day completing the formalities of the deal, which the club hopes to announce later today.',
  'He is expected to take the place of the club’s first-choice keeper, who has asked to leave after six seasons, and could play in the opening match of the season on Sunday.',
];
const FOOTER = ['Tags:', 'Latest News', 'Facebook', 'Twitter', 'Popular Posts', 'Follow by Email', 'Privacy policy', 'Terms of use', '© 2018 The Daily Courier'];

describe('a lead paragraph without punctuation before a page’s article', () => {
  const page = [...MENU, HEADLINE, BYLINE, LEAD, ...ARTICLE, ...FOOTER].join('\n');

  it('is kept with the article, in page mode', () => {
    const a = analyze(page);
    expect(a.mode).toBe('page');
    const out = clean(page);
    expect(out).toContain(LEAD);
    for (const p of ARTICLE) expect(out).toContain(p);
    expect(out).not.toContain('Privacy policy');
  });

  it('is not taken when it is a headline in title case', () => {
    const titled = LEAD.replace(/\b[a-z]/g, (c) => c.toUpperCase());
    const out = clean([...MENU, BYLINE, titled, ...ARTICLE, ...FOOTER].join('\n'));
    expect(out).not.toContain(titled);
    for (const p of ARTICLE) expect(out).toContain(p);
  });
});

describe('sentenceCased', () => {
  it('tells running text from title case, names and CJK text', () => {
    expect(sentenceCased(LEAD)).toBe(true);
    expect(sentenceCased('Our Research Shows – A Mix of Native Ad Units Generate the Highest Engagement Metrics')).toBe(false);
    expect(sentenceCased('Home About Advertise Jobs Contact')).toBe(false);
    expect(sentenceCased('港鐵公司今日公布，東鐵線過海段通車一年以來')).toBe(false);
  });
});
