/**
 * Page mode remembers a block's furniture shape and stopword density by its text (it asks for
 * them several times a block) for the length of one call: what it remembers must never stand for
 * another question, nor outlive the call.
 */
import { describe, expect, it } from 'vitest';
import { textUnits } from '../../src/features.js';
import { furnitureShape, stopwordDensity, trailingDate, withTextMemos } from '../../src/page-text-shape.js';

describe('remembered shapes and densities', () => {
  it('answer a question with other settings anew', () => {
    // A date line when enough words may be left beside the date, none when few may.
    const line = 'Posted by the harbour desk on December 28, 2019 at 22:50';
    withTextMemos(() => {
      expect(furnitureShape(line, textUnits, 12)).toBe('date');
      expect(furnitureShape(line, textUnits, 2)).toBeUndefined();
      expect(furnitureShape(line, textUnits, 12)).toBe('date');
      // Another measure of length is another question too.
      expect(furnitureShape(line, () => 100, 12)).toBeUndefined();
    });
  });

  it('give the same answer the second time, for many texts', () => {
    const texts = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? `${i} comments` : i % 3 === 1 ? `The ferry ${i} left the harbour on time and was full.` : `渡轮第${i}班准时开出`));
    const asked = (): Array<[string | undefined, number]> => texts.map((t) => [furnitureShape(t, textUnits, 6), stopwordDensity(t).density]);
    const first = asked();
    const [again, twice] = withTextMemos(() => [asked(), asked()]);
    expect(again).toEqual(first);
    expect(twice).toEqual(first);
    expect(first[0][0]).toBe('counter');
    expect(first[1][1]).toBeGreaterThan(0.2);
  });

  it('are forgotten when the scope ends, and used only inside one', () => {
    // The same object comes back from the memo inside a scope, a new one outside.
    const text = 'The ferry left the harbour on time and was full.';
    withTextMemos(() => expect(stopwordDensity(text)).toBe(stopwordDensity(text)));
    expect(stopwordDensity(text)).not.toBe(stopwordDensity(text));
    expect(stopwordDensity(text)).toEqual(stopwordDensity(text));
  });

  it('read a dated headline only when a date can end the line', () => {
    expect(trailingDate('Market square to get more benches Nov 20, 2019')).toEqual({ head: 'Market square to get more benches', date: 'Nov 20, 2019' });
    expect(trailingDate('香港家长：还孩子安宁守法的生活环境2019年10月20日')?.date).toBe('2019年10月20日');
    expect(trailingDate('Ferry timetable for Sunday')).toEqual({ head: 'Ferry timetable for', date: 'Sunday' });
    expect(trailingDate('Ferry timetable for Sundays2')).toBeUndefined();
    expect(trailingDate('The ferry left the harbour.')).toBeUndefined();
    expect(trailingDate('A visit to the old salmon')).toBeUndefined();
  });
});
