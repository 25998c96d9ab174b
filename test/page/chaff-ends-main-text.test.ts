/**
 * Chaff after a page's article ends its main text (`chaffTrimmedEnd` in src/page.ts): a block
 * the rules and the classifier would remove at the page's edge — an ad label, a newsletter pitch,
 * a cookie notice — costs in the main-text search like page furniture, so that the prose-like
 * teasers and notices beyond it no longer pay for themselves. And the `consent-notice` rule that
 * tells cookie banners and comment-form notices.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';

// A scraped magazine page written for this test: menu, headline, article, then an ad label, a
// newsletter pitch and a cookie notice, then "more stories" teasers (a headline and a sentence
// each, no dates), then a footer.
const NAV = ['Home', 'Reviews', 'Guides', 'News', 'Podcast', 'Shop', 'Subscribe', 'Search'];
const TITLE = 'The small workshop that repairs old radios for free';
const ARTICLE = [
  'Every Saturday morning a dozen volunteers open a former bakery on the high street and spend the day repairing radios that people bring in from their attics, their parents’ houses and, once, from a skip behind the station.',
  'Most of the sets are from the fifties and sixties. The volunteers clean the contacts, replace the dried-out capacitors and, when a valve has gone, search their drawers of spare parts, which have grown over the years from donations and house clearances.',
  'The workshop charges nothing. Owners are asked to stay while their radio is opened, so that they can see how it works, and many come back the next week with another one, or to help.',
];
const AFTER = [
  'Advertisement',
  'Sign up for our weekly newsletter and get the best stories delivered to your inbox every Friday morning.',
  'This website uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.',
  'More stories',
  'Why the old mill by the river is being turned into a school, and what the neighbours think of the plans so far.',
  'A baker who gets up at three every morning explains, over coffee, why she still makes every loaf by hand.',
  'How a village choir that lost its hall found a new home in the back room of a bicycle shop, and grew.',
  'The last cobbler in town is retiring after forty years, and his apprentice, at nineteen, is taking over.',
];
const FOOTER = ['About', 'Contact', 'Advertise', 'Careers', 'Terms', 'Privacy', 'Sitemap', 'Archive', 'RSS', '© 2024 Small Town Magazine'];
const page = [...NAV, TITLE, ...ARTICLE, ...AFTER, ...FOOTER].join('\n');

describe('chaff after the article ends the main text of a page', () => {
  it('keeps the article and drops the notices and teasers after its chaff', () => {
    expect(clean(page)).toBe(`${[TITLE, ...ARTICLE].join('\n')}\n`);
  });

  it('says the teasers are outside the main text, and why the cookie notice is chaff', () => {
    const a = analyze(page);
    expect(a.mode).toBe('page');
    const teaser = a.blocks.find((b) => b.text === AFTER[5])!;
    expect(teaser.removed).toBe(true);
    expect(teaser.reasons.at(-1)!.note).toMatch(/outside the main text of the page/);
    const cookies = a.blocks.find((b) => b.text === AFTER[2])!;
    expect(cookies.label).toBe('boilerplate');
    expect(cookies.reasons.find((r) => r.id === 'consent-notice')?.weight).toBeGreaterThan(0);
  });

  it('keeps what follows a chaff block when more article follows it', () => {
    // An ad label between paragraphs costs less than the paragraphs after it bring.
    const withAd = [...NAV, TITLE, ARTICLE[0], 'Advertisement', ARTICLE[1], ARTICLE[2], ...AFTER.slice(3), ...FOOTER].join('\n');
    const out = clean(withAd);
    for (const p of ARTICLE) expect(out).toContain(p);
  });
});

describe('a run of boilerplate after the article', () => {
  it('ends the main text even when many prose teasers follow it', () => {
    // "Tweet", "Share", "Related stories": three labels in a row cost 30, 60 and 120 units, more
    // than the teasers after them bring back (one label alone would be paid back by them).
    const teasers = [
      'Why the old mill by the river is being turned into a school, and what the neighbours think of the plans so far, after a year of meetings in the church hall.',
      'A baker who gets up at three every morning explains, over coffee and a slice of rye, why she still makes every loaf by hand and never plans to stop.',
      'How a village choir that lost its hall found a new home in the back room of a bicycle shop, and grew from twelve voices to forty in two winters.',
      'The last cobbler in town is retiring after forty years at the same bench, and his apprentice, at nineteen, is taking over the shop and the customers.',
      'Volunteers have planted three hundred trees along the canal this autumn, and the council has promised to water them through their first dry summer.',
    ];
    const page = [...NAV, TITLE, ...ARTICLE, 'Tweet', 'Share', 'Related stories', ...teasers, ...FOOTER].join('\n');
    const out = clean(page);
    for (const p of ARTICLE) expect(out).toContain(p);
    for (const t of teasers) expect(out).not.toContain(t);
  });
});

describe('consent-notice', () => {
  const fired = (text: string): boolean => analyze(text).blocks.some((b) => b.reasons.some((r) => r.id === 'consent-notice'));

  it('fires on cookie banners and comment-form notices', () => {
    expect(fired('We use cookies to personalise content. Accept all cookies or manage consent.')).toBe(true);
    expect(fired('Your email address will not be published. Required fields are marked *')).toBe(true);
    expect(fired('本网站使用Cookie以改善您的浏览体验，继续浏览本网站即表示您同意。')).toBe(true);
  });

  it('leaves an article about cookie banners alone', () => {
    const article = [
      'Regulators in Brussels said on Monday that the familiar banners reading “we use cookies” have done little for privacy, because most visitors click accept without reading what they agree to.',
      'A study of ten thousand European websites found that fewer than one in twenty visitors ever opened the settings, and that sites which made refusing as easy as accepting saw half of their visitors refuse.',
      'The commission now wants browsers to send a single signal that every site must respect, so that people no longer have to answer the same question on every page they visit.',
    ];
    expect(clean(article.join('\n'))).toBe(article.join('\n'));
  });

  it('does not fire on an article that talks about cookies', () => {
    expect(fired('Regulators say third-party tracking lets advertisers follow users from site to site, and browsers have begun to block it.')).toBe(false);
    expect(fired('She baked two dozen cookies for the school fair and sold every one before noon.')).toBe(false);
  });
});
