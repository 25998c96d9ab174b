/**
 * Paragraphs split at their inline elements (src/fragment-lines.ts): a scraper that writes every
 * text node on a line of its own breaks a paragraph at each link. Where the next line reads on in
 * mid-sentence, the lines are one block, verbatim; a text with fewer such breaks, menus, bylines,
 * code and Chinese lines are left line by line.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { fragmentJoins } from '../../src/fragment-lines.js';
import { segment } from '../../src/segment.js';
import { TUNABLES } from '../../src/tunables.js';
import { joinWrappedLines } from '../../src/wrapped-lines.js';

// A local news article written for this test, each paragraph as a text-node scrape gives it: the
// links and the emphasis on lines of their own.
const ARTICLE = [
  ['Harbour ferry back in service after a month of repairs'],
  ['The harbour ferry returned to service on Monday after repairs to its engine took longer than planned, according to', 'the port authority', ', which runs the crossing between the town pier and the island.'],
  ['Passengers had to take the bus around the bay while the ferry was in dry dock, and the operator said', 'the timetable', 'would be back to normal by the weekend, with an extra crossing in the evening for commuters.'],
  ['A new ramp for wheelchairs and bicycles has been fitted at both piers, and the shelter at', 'the town pier', 'where passengers waited in the rain all winter is being rebuilt by', 'the council', 'before the summer.'],
  ['The operator thanked passengers for their patience and said the old boat that stood in for the ferry goes back to the', 'island route', 'it left in the spring.'],
];
const AD = ['🔥 Limited offer! Streaming family plan from $3/month, no password needed', 'DM us now ➜ instant 4K access'];
const SUBSCRIBE = 'Subscribe to our newsletter for the latest local news';

const paragraphs = ARTICLE.map((p) => p.join('\n'));
const text = [...AD, ...paragraphs, SUBSCRIBE].join('\n');

describe('paragraphs split at their links', () => {
  it('makes the lines of each paragraph one block, verbatim', () => {
    const blocks = joinWrappedLines(text, segment(text));
    for (const p of paragraphs) {
      const b = blocks.find((x) => x.text === p);
      expect(b, p.slice(0, 30)).toBeDefined();
      expect(text.slice(b!.start, b!.end)).toBe(p);
    }
  });

  it('keeps every line of the article and removes the ad and the sign-up line', () => {
    const out = clean(text);
    expect(out).toBe(`${paragraphs.join('\n')}\n`);
    expect(clean(out)).toBe(out);
  });

  it('finds the whole article among a page’s menus: its fragments are no menu items', () => {
    // Line by line, page mode took the short links and the fragments after them for furniture
    // and ended the article's main text in its fourth paragraph.
    const menu = ['Home', 'News', 'Local', 'Sport', 'Business', 'Weather', 'Opinion', 'Arts', 'Travel', 'Obituaries', 'Jobs', 'Contact us', 'Search', 'Sign in', 'Podcasts', 'Events', 'Crosswords', 'Letters', 'Photos', 'Video'];
    const footer = ['About us', 'Advertise', 'Privacy policy', 'Terms of use', 'Cookie settings', 'Follow us on Facebook', '© 2024 The Harbour Courier'];
    const page = [...menu, ...paragraphs, ...footer].join('\n');
    const a = analyze(page);
    expect(a.mode).toBe('page');
    expect(clean(page)).toBe(`${paragraphs.join('\n')}\n`);
  });

  it('keeps the links that read alone as menu items', () => {
    // Line by line, "the port authority", "the timetable" and "the council" were short lines of
    // their own between the article's fragments.
    const a = analyze(text);
    for (const link of ['the port authority', 'the timetable', 'the council']) {
      const block = a.blocks.find((b) => b.text.split('\n').includes(link))!;
      expect(block.removed, link).toBe(false);
      expect(block.text.length).toBeGreaterThan(link.length);
    }
  });
});

describe('fragmentJoins', () => {
  const joins = (lines: string[]): number[] => {
    const segs = segment(lines.join('\n'));
    const j = fragmentJoins(segs, TUNABLES);
    return j ? segs.flatMap((_, i) => (i + 1 < segs.length && j(i) ? [i] : [])) : [];
  };

  it('joins a sentence around a link: after a word no sentence ends with, or before punctuation', () => {
    const lines = ['Officials met on Tuesday, according to', 'Reuters', ', and agreed on a plan.', 'The plan was drawn up by', 'the city', 'and the port over the summer months.', 'It will cost less than the', 'old one', ', officials said.'];
    expect(joins(lines)).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('joins a line that runs on in lower case after a line of a few words', () => {
    const lines = ['The ferry carried its first passengers', 'in a month on Monday morning.', 'Repairs to the engine took longer', 'than the operator had planned.', 'The old boat stood in', 'for most of the spring.'];
    expect(joins(lines)).toEqual([0, 2, 4]);
  });

  it('needs at least fragmentMinBreaks breaks in the text', () => {
    expect(joins(['The ferry carried its first passengers', 'in a month on Monday morning.', 'Repairs took longer than planned.'])).toEqual([]);
  });

  it('leaves menus, bylines, code and Chinese lines apart', () => {
    const menu = ['Skip to content', 'accedi', 'Home', 'most popular', 'stay updated', 'submit'];
    const byline = ['we are only mostly perfect ;-)', 'posted by Aaron J. Seigo at 1:02 PM', 'A forum post with a head', '05-06-2005, 05:41 PM', 'there is a difference between guessing and knowing'];
    const code = ['client = redis.Redis()', 'handler = pymongo.MongoClient().test.data', 'data = client.lpop(key)', 'if not data: return'];
    const zh = ['去年的手机有一个广角相机，而今年现在是双摄像头', 'iPhone 11采用广角和超广角摄像头，不仅可以拍摄更高宽容度的照片', '今天 06:42新品长焦镜头充电器', 'iPhone11系列正式发布 可惜亮点很少'];
    for (const lines of [menu, byline, code, zh]) expect(joins([...lines, ...lines]), lines[0]).toEqual([]);
  });

  it('does not join across a blank line, or after a sentence’s end or a date', () => {
    const lines = ['Officials met on Tuesday, according to', '', 'the report released on Friday.', 'Officials met on Tuesday.', 'the report was released on Friday.', 'Posted on June 3, 2024', 'the report was released on Friday.'];
    expect(joins([...lines, ...lines])).toEqual([]);
  });
});
