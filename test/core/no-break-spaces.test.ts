/**
 * Scraped text often parts words with no-break spaces (&nbsp;) and other wide spaces. The rules
 * that read a block as written (a byline's capitals, an author's bio, a picture's credit) and page
 * mode's shapes read them as spaces, as the normalized text does: a document decides the same
 * with them as with plain spaces.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { plainSpaces } from '../../src/chars.js';
import { FIXTURES } from '../fixtures/index.js';
import { ARTICLE, BREADCRUMB, FOOTER, NAV, RELATED, SHARE, TITLE } from '../page/zh-news-page.js';

const decisions = (text: string) => analyze(text).blocks.map((b) => [b.label, b.removed, b.region]);
const noBreak = (text: string) => text.replace(/ /g, '\u00a0');

describe('no-break spaces', () => {
  it('are read as spaces by plainSpaces, which leaves other text as it is', () => {
    expect(plainSpaces('By\u00a0Dana\u2009Whitfield\u3000and\u202fco')).toBe('By Dana Whitfield and co');
    const plain = 'By Dana Whitfield';
    expect(plainSpaces(plain)).toBe(plain);
  });

  it('change no decision on any fixture document', () => {
    for (const f of FIXTURES) expect(decisions(noBreak(f.text)), f.file).toEqual(decisions(f.text));
  });

  it("change no decision on a page with a byline and an author's bio, which they would hide", () => {
    const lines = [
      ...NAV,
      BREADCRUMB,
      'Ferry to return to the islands',
      'By Dana Whitfield | March 3, 2026, 9:41 AM',
      'The harbour ferry will return to the islands next spring after a two-year pause, the port authority said on Monday.',
      'Two new boats are being built at the yard in the north basin, and each will carry up to three hundred passengers and forty bicycles.',
      'Residents of the islands have asked for the service since the old boat was retired, saying the bus detour adds an hour to every trip.',
      'Dana Whitfield is a reporter at the Evening Post, where she covers city services.',
      TITLE,
      ...ARTICLE,
      ...SHARE,
      ...RELATED,
      ...FOOTER,
    ];
    const text = lines.join('\n');
    const plain = analyze(text);
    expect(plain.blocks.find((b) => b.text.startsWith('By Dana'))?.reasons.some((r) => r.id === 'dateline')).toBe(true);
    expect(plain.blocks.find((b) => b.text.startsWith('Dana Whitfield is'))?.reasons.some((r) => r.id === 'author-bio')).toBe(true);
    expect(decisions(noBreak(text))).toEqual(decisions(text));
    const spaced = analyze(noBreak(text));
    expect(spaced.blocks.find((b) => b.text.startsWith('By\u00a0Dana'))?.reasons.some((r) => r.id === 'dateline')).toBe(true);
    expect(spaced.blocks.find((b) => b.text.startsWith('Dana\u00a0Whitfield'))?.reasons.some((r) => r.id === 'author-bio')).toBe(true);
  });
});
