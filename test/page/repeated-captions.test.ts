/**
 * Text shown twice close by is not a page's prose (`repeatedNearby` in src/page.ts): a photo
 * gallery above an article shows each caption and credit on the slide and again in its caption
 * box, and those captions used to start the main text. Text a page repeats far apart (a plan
 * that lists the same meal for two days) is content and keeps its worth.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean, createCleaner } from '../../src/index.js';
import { repeatedNearby } from '../../src/page.js';
import { textUnits } from '../../src/features.js';
import { TUNABLES } from '../../src/tunables.js';

// A scraped news page written for this test: menu, headline, byline, a gallery widget (a caption
// and a credit shown twice, a counter, the caption again), the article, a footer.
const NAV = ['Home', 'Local', 'Business', 'Sport', 'Culture', 'Weather', 'Obituaries', 'Subscribe'];
const TITLE = 'Harbour festival draws record crowds despite the rain';
const CAPTION = 'Visitors crowd the quay to watch the tall ships arrive on Saturday morning, the first day of the three-day harbour festival.';
const CREDIT = 'Photo: Morgan Hale, Courier';
const GALLERY = [CAPTION, CAPTION, CREDIT, CREDIT, 'Image 1 of 14', 'Caption', 'Close', CAPTION, CREDIT, TITLE, '1 / 14', 'Back to Gallery'];
const ARTICLE = [
  'More than sixty thousand people came to the harbour over the weekend, the organisers said on Monday, beating the record set before the pandemic although it rained for most of Saturday afternoon.',
  'Eleven tall ships moored along the old quay, and the queues to go aboard the largest of them, a Norwegian training ship, stretched past the fish market for most of Sunday.',
  'Traders on the seafront said it had been their best weekend of the year. The town council will decide in the spring whether the festival becomes a yearly event.',
];
const FOOTER = ['About us', 'Contact', 'Advertise', 'Privacy policy', 'Terms of use', '© 2024 The Harbour Courier'];
const page = [...NAV, TITLE, 'By Robin Ashe', ...GALLERY, ...ARTICLE, ...FOOTER].join('\n');

const blocksOf = (lines: string[]) => lines.map((text) => ({ text, units: textUnits(text) }));

describe('text shown twice close by', () => {
  it('marks blocks whose text stands again within the window, and no others', () => {
    const lines = ['a caption', 'text', 'a caption', ...Array.from({ length: TUNABLES.pageRepeatWindow + 1 }, (_, i) => `filler ${i}`), 'text'];
    expect(repeatedNearby(blocksOf(lines), TUNABLES.pageRepeatWindow).map((r, i) => (r ? i : -1)).filter((i) => i >= 0)).toEqual([0, 2]);
  });

  it('does not start the main text at a gallery\'s captions', () => {
    const a = analyze(page);
    expect(a.mode).toBe('page');
    const out = clean(page);
    for (const p of ARTICLE) expect(out).toContain(p);
    expect(out).not.toContain(CAPTION);
    expect(out).not.toContain(CREDIT);
    expect(a.blocks.find((b) => b.text === CAPTION)!.reasons.at(-1)!.note).toMatch(/outside the main text/);
  });

  it('keeps text shown twice close by when it is most of the page\'s prose', () => {
    // Three posts that share their paragraphs (a syndicated note, scraped with each post's title
    // and byline): every paragraph stands again within the window, and is the page's content.
    const posts = ['Notes from the spring term', 'What the inspectors said', 'Parents evening, again'].flatMap((title, k) => [title, `By Author ${'ABC'[k]}`, ...ARTICLE]);
    const out = createCleaner({ mode: 'page' }).clean([...NAV, ...posts, ...FOOTER].join('\n'));
    for (const p of ARTICLE) expect(out).toContain(p);
  });

  it('keeps text a page repeats far apart', () => {
    // A two-day plan whose days share most lines: each twice, further apart than the window.
    const day = (n: number, dinner: string) => [
      `Day ${n}`,
      'Breakfast: porridge with oats, a grated apple, cinnamon and a spoonful of yoghurt, ready in ten minutes.',
      `Lunch: ${n === 1 ? 'lentil soup with a slice of rye bread, and a pear' : 'a bean salad with tomatoes, cucumber, feta and olive oil'}, packed the night before.`,
      'Snack: a handful of almonds, or carrot sticks with hummus, whichever keeps better in your bag.',
      `Dinner: ${dinner}, with a green salad on the side.`,
      'Tip: cook double and keep half in the fridge; it saves an evening later in the week.',
      'Drinks: water, tea or coffee through the day; keep juice for the weekend.',
      'Shopping: oats, apples, almonds, carrots and a tub of hummus cover both days.',
    ];
    const plan = [
      'Cooking for a busy week does not need a whole Sunday in the kitchen. The plan below uses a handful of ingredients twice, so that nothing goes to waste and every meal is ready in under half an hour.',
      ...day(1, 'baked salmon with potatoes and peas'),
      'On the second day most of the work is already done, because the grains and the beans were cooked the evening before and only need warming through.',
      ...day(2, 'a vegetable curry with rice from the day before'),
      'Repeat the two days as often as you like; swapping the fish for tofu or chickpeas keeps the plan the same and the shopping list shorter.',
    ];
    const lines = [...NAV, 'A two-day meal plan for busy weeks', ...plan, ...FOOTER];
    const repeated = repeatedNearby(blocksOf(lines), TUNABLES.pageRepeatWindow);
    expect(repeated.some(Boolean)).toBe(false);
    const out = clean(lines.join('\n'));
    for (const p of plan) expect(out).toContain(p);
  });
});
