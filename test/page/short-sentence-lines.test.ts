/**
 * A short Latin-script line that closes a sentence (`SHORT_SENTENCE` in src/page.ts), in running
 * text, costs nothing in the main-text search: a list of such lines is a page's content (steps,
 * features), where menu items and headlines, which do not end so, still cost.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { blockValue, pageClasses } from '../../src/page.js';
import { textUnits } from '../../src/features.js';
import { TUNABLES } from '../../src/tunables.js';

const NAV = ['Home', 'Recipes', 'Baking', 'Preserves', 'Drinks', 'Seasonal', 'Shop', 'Log in', 'Register', 'Contact'];
const INTRO = 'Plum jam is the easiest preserve to start with: plums set well on their own, the stones come out after cooking, and one kilo of fruit fills four jars that keep for a year.';
const STEPS = [
  'Wash the plums and cut them in half.',
  'Weigh the fruit and the sugar.',
  'Put the fruit in a wide pan.',
  'Simmer until the skins are soft.',
  'Lift out the stones with a spoon.',
  'Stir in the sugar until it dissolves.',
  'Boil hard for ten minutes.',
  'Put a saucer in the freezer.',
  'Drop a little jam on the saucer.',
  'Keep boiling if it does not wrinkle.',
  'Warm the clean jars in the oven.',
  'Ladle the hot jam into the jars.',
  'Screw the lids on at once.',
  'Label the jars when they are cold.',
];
const CLOSING = 'Store the jars somewhere cool and dark. Once a jar is open, keep it in the fridge and eat it within a month; a spoonful stirred into yoghurt is the best breakfast of the autumn.';
const FOOTER = ['About', 'Privacy', 'Terms', 'Newsletter', 'Advertise', '© 2024 The Jam Pan'];

describe('short sentences in running text', () => {
  it('cost nothing in the main-text search; menu items and headlines still cost', () => {
    const lines = [INTRO, ...STEPS.slice(0, 3), 'Seasonal Recipes', 'Shop', CLOSING];
    const blocks = lines.map((text) => ({ text, units: textUnits(text) }));
    const { raw, smoothed } = pageClasses(blocks, TUNABLES);
    const values = blocks.map((b, i) => blockValue(b, raw[i], smoothed[i], TUNABLES));
    expect(smoothed.slice(1, 4)).toEqual(['good', 'good', 'good']);
    expect(values.slice(1, 4)).toEqual([0, 0, 0]);
    expect(values[4]).toBeLessThan(0);
    expect(values[5]).toBeLessThan(0);
  });

  it('keeps a recipe\'s steps, one short sentence a line, between its introduction and its closing paragraph', () => {
    const text = [...NAV, 'Plum jam in an afternoon', INTRO, ...STEPS, CLOSING, ...FOOTER].join('\n');
    const out = clean(text);
    for (const line of [INTRO, ...STEPS, CLOSING]) expect(out).toContain(line);
    expect(out).not.toContain('Preserves');
    expect(out).not.toContain('The Jam Pan');
  });
});
