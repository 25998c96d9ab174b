/**
 * A page's main text takes the short sentences right after it (`closingSentencesEnd` in
 * src/page.ts): an article's last line is often one short sentence, too short to count as prose
 * in the main-text search, and was lost when the page's own word (a teaser list, chaff) ended the
 * main text there.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

// A news page written for this test: menu, headline, article whose last line is one short
// sentence, then tags, a share bar and a footer.
const NAV = ['World', 'Politics', 'Business', 'Science', 'Culture', 'Sport', 'Travel', 'Video', 'Subscribe', 'Search'];
const TITLE = 'Floodwater closes the old harbour road for a second week';
const ARTICLE = [
  'The harbour road stayed closed on Friday after the river rose again overnight, leaving the lower town cut off from the ring road for the second week running and forcing delivery vans onto narrow lanes through the hills.',
  'Engineers from the county said the pumps installed on Monday had kept up with the water until the early hours, when a section of the old sea wall gave way under the pressure of the tide and the swollen river together.',
  'Shop owners on the quay have moved their stock to upper floors, and the primary school has moved its lessons to the church hall on the hill until the road can be opened again safely.',
];
const LAST = 'Officials did not say when the road would reopen.';
const AFTER = ['Floods', 'Harbour', 'Weather', 'Tweet', 'Share', 'Email'];
const FOOTER = ['About us', 'Contact', 'Advertise', 'Careers', 'Terms', 'Privacy', 'Archive', 'RSS', '© 2024 The Lower Town Times'];

describe('the short sentence that ends an article', () => {
  it('is kept with the main text of a page', () => {
    const page = [...NAV, TITLE, ...ARTICLE, LAST, ...AFTER, ...FOOTER].join('\n');
    expect(clean(page)).toBe(`${[TITLE, ...ARTICLE, LAST].join('\n')}\n`);
  });

  it('is not taken when it is no sentence', () => {
    const page = [...NAV, TITLE, ...ARTICLE, 'Read more from the Lower Town Times', ...AFTER, ...FOOTER].join('\n');
    expect(clean(page)).toBe(`${[TITLE, ...ARTICLE].join('\n')}\n`);
  });
});
