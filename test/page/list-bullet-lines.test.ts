/**
 * A line with nothing to read — a list item's bullet on a line of its own, or only a zero-width
 * space — is markup (`isMarkupLine` in src/page.ts): worth nothing in the main-text search, where
 * it used to cost as a short line repeated nearby. A page whose steps are a long bulleted list, a
 * bullet line between every two steps, lost the list and the introduction above it. Menu
 * separators on lines of their own still cost.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { blockValue, pageClasses } from '../../src/page.js';
import { textUnits } from '../../src/features.js';
import { TUNABLES } from '../../src/tunables.js';

// A teaching page written for this test: a menu, an introduction, twenty steps each under a
// bullet line (as scrapers give a list whose bullets are images or glyphs), notes, a footer.
const NAV = ['Home', 'Lesson plans', 'Science', 'History', 'Art', 'Music', 'Search', 'Log in', 'Contact', 'Donate'];
const INTRO = 'Overview Pupils plan, build and test a small weather station over three weeks, then keep a record of what it measures and compare it with the forecast on the radio every morning.';
const STEPS = [
  'Read the forecast aloud and write it on the board.',
  'Sort the class into four teams of builders.',
  'Hand out the cups, straws and card for the wind gauge.',
  'Cut the card into a cross and pin it to a pencil.',
  'Glue a cup to each arm of the cross.',
  'Mark one cup with a dot so it can be counted.',
  'Count the turns of the marked cup in one minute.',
  'Fill a jar with water and tape a ruler to its side.',
  'Place the jar in the open, away from trees.',
  'Read the ruler at the same time every day.',
  'Hang a strip of paper to show where the wind blows from.',
  'Put a thermometer in the shade by the door.',
  'Write every reading in the class log book.',
  'Draw a chart of the week on squared paper.',
  'Compare the chart with the forecasts you wrote down.',
  'Discuss which forecasts came true and why.',
  'Let each team present one thing they learned.',
  'Take photographs of the station for the school paper.',
  'Invite another class to read the instruments.',
  'Take the station down and store the parts dry.',
];
const NOTES = [
  'Assessment Teams keep their own log, and at the end of the third week each team explains one surprise in its readings to the class, using the chart they drew.',
  'Materials Paper cups, drinking straws, card, pencils with erasers, drawing pins, a glass jar, a ruler, tape, a thermometer and squared paper for the charts.',
  'Teacher tip Start the readings on a Monday so that a full school week fits on one chart, and let the quieter pupils read the instruments first.',
];
const FOOTER = ['About', 'Privacy', 'Terms', 'Newsletter', '© 2024 Lesson Library'];

const page = (bullet: string): string => [...NAV, 'A school weather station', INTRO, ...STEPS.flatMap((s) => [bullet, s]), ...NOTES, ...FOOTER].join('\n');

describe('a line with nothing to read', () => {
  it('is worth nothing in the main-text search, where a short line costs', () => {
    const blocks = ['•', '▪', '\ufffd', ' ✓ ', '\u200b', '\u200b • \u200b', '|', 'Home'].map((text) => ({ text, units: textUnits(text) }));
    const { raw, smoothed } = pageClasses(blocks, TUNABLES);
    const values = blocks.map((b, i) => blockValue(b, raw[i], smoothed[i], TUNABLES));
    expect(values.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(values[6]).toBeLessThan(0);
    expect(values[7]).toBeLessThan(0);
  });

  for (const bullet of ['•', '\ufffd', '\u200b']) {
    it(`keeps a list of steps and the introduction above it, a ${JSON.stringify(bullet)} line between every two`, () => {
      const text = page(bullet);
      expect(analyze(text).mode).toBe('page');
      const out = clean(text);
      for (const line of [INTRO, ...STEPS, ...NOTES]) expect(out).toContain(line);
      expect(out).not.toContain('Lesson plans');
      expect(out).not.toContain('Lesson Library');
    });
  }
});
