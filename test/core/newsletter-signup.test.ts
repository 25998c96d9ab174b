/**
 * The newsletter-signup rule: a short block that asks the reader to sign up for, subscribe to or
 * get a newsletter, alerts or e-mails goes, inside an article too; a sentence that names a
 * newsletter without asking, and a long paragraph about one, stay.
 */
import { describe, expect, it } from 'vitest';
import { firesOn } from './rule-fires.js';
import { analyze, clean } from '../../src/index.js';
import { rule } from '../../src/rules/newsletter-signup.js';

// An article written for this test.
const PARAGRAPHS = [
  'The harbour ferry will return to the islands next spring after a two-year pause, the port authority said on Monday.',
  'Two new boats are being built at the yard in the north basin, and each will carry up to three hundred passengers and forty bicycles.',
  'Residents of the islands have asked for the service since the old boat was retired, saying the bus detour adds an hour to every trip.',
];

const fires = firesOn(rule);

describe('newsletter-signup', () => {
  it('removes a newsletter box between paragraphs, and explains it', () => {
    const text = [PARAGRAPHS[0], 'Sign up for Newsletters and Alerts', PARAGRAPHS[1], PARAGRAPHS[2]].join('\n');
    expect(clean(text)).toBe(PARAGRAPHS.join('\n'));
    expect(analyze(text).blocks[1].reasons.find((r) => r.id === 'newsletter-signup')).toMatchObject({ weight: 3, match: 'sign up … newsletters' });
  });

  it('reads the verbs and the nouns of a sign-up box', () => {
    expect(fires('Get the best of the harbour news in your inbox every morning')).toBe(true);
    expect(fires('Join our newsletter')).toBe(true);
    expect(fires('Subscribe to Harbour Daily e-mails')).toBe(true);
    expect(fires('The port sends its timetable changes by newsletter.')).toBe(false);
    expect(fires('Get on the first boat')).toBe(false);
  });

  it("reads a sign-up box's heading or button, what it offers by e-mail and the promise under it", () => {
    expect(fires('Subscribe to Harbour Notes')).toBe(true);
    expect(fires('Sign up for the weekly digest')).toBe(true);
    expect(fires('Subscribe now')).toBe(true);
    expect(fires('Get new posts by email.')).toBe(true);
    expect(fires('No spam, unsubscribe at any time.')).toBe(true);
    expect(fires('Subscribe to the ferry company, the council said, and you pay less.')).toBe(false);
    expect(fires('Subscribers to the old service will be moved to the new one in May')).toBe(false);
    expect(fires('Residents can send their questions to the council by email.')).toBe(false);
  });

  it('leaves a long paragraph about a newsletter', () => {
    const long = 'The council’s newsletter, which residents can subscribe to at the library, has carried the timetable since 1998, and its editor says the ferry’s return will be the main story of the spring issue, with a map of the new route and an interview with the captain.';
    expect(fires(long)).toBe(false);
  });
});
