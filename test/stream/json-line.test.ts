import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../src/index.js';
import { cleanJsonLines, createJsonLineCleaner, scanObject, spliceFields } from '../../src/stream/json-line.js';
import { recordText } from './corpus.js';

const cleaner = createCleaner();

describe('spliceFields', () => {
  it('replaces a value in place, keeping every other byte', () => {
    const raw = '{ "id": 12345678901234567890, "text" : "a\\"b", "n": 1.50, "o": {"text": "inner"}, "2": [1, "]"] }';
    const out = spliceFields(raw, new Map([['text', '"X"']]));
    expect(out).toBe('{ "id": 12345678901234567890, "text" : "X", "n": 1.50, "o": {"text": "inner"}, "2": [1, "]"] }');
    expect(JSON.parse(out).o.text).toBe('inner');
  });

  it('appends a new field before the closing brace', () => {
    expect(spliceFields('{"a":1}', new Map([['b', '2'], ['c', '3']]))).toBe('{"a":1,"b":2,"c":3}');
    expect(spliceFields('{}', new Map([['b', '2']]))).toBe('{"b":2}');
  });

  it('edits the last of duplicate keys, as JSON.parse reads it', () => {
    const raw = '{"text":"first","text":"second"}';
    expect(scanObject(raw).spans.get('text')).toEqual([raw.indexOf('"second"'), raw.length - 1]);
    expect(JSON.parse(spliceFields(raw, new Map([['text', '"Z"']]))).text).toBe('Z');
  });

  it('handles escaped backslashes before quotes and escaped keys', () => {
    const raw = '{"p":"c:\\\\","t\\u0065xt":"v"}';
    const out = spliceFields(raw, new Map([['text', '"w"']]));
    expect(JSON.parse(out)).toEqual({ p: 'c:\\', text: 'w' });
  });
});

describe('createJsonLineCleaner', () => {
  const line = createJsonLineCleaner(cleaner);

  it('cleans the field and keeps the rest', () => {
    const text = recordText(0);
    const r = line(JSON.stringify({ id: 1, text, extra: { a: [1, 2] } }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(JSON.parse(r.line)).toEqual({ id: 1, text: cleaner.clean(text), extra: { a: [1, 2] } });
  });

  it('rejects malformed lines with a reason', () => {
    expect(line('nope')).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid JSON/) });
    expect(line('[1]')).toEqual({ ok: false, error: 'expected a JSON object, got an array' });
    expect(line('null')).toEqual({ ok: false, error: 'expected a JSON object, got null' });
    expect(line('{"body":"x"}')).toEqual({ ok: false, error: 'field "text" is missing' });
    expect(line('{"text":null}')).toEqual({ ok: false, error: 'field "text" must be a string, got null' });
  });

  it('--labels adds the removed blocks and the language', () => {
    const labelled = createJsonLineCleaner(cleaner, { labels: true, outField: 'body' });
    const r = labelled(JSON.stringify({ text: recordText(0) }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const o = JSON.parse(r.line);
    expect(o.body).toBe(cleaner.clean(recordText(0)));
    expect(o.dechaff.language).toBe('en');
    expect(o.dechaff.removed[0]).toMatchObject({ line: 1, label: 'promo' });
    expect(o.dechaff.removed[0].reasons.length).toBeGreaterThan(0);
  });

  it('cleanJsonLines reports rejects by index and keeps order', () => {
    const r = cleanJsonLines(['{"text":"One."}', null, 'x', '{"text":"Two."}'], line);
    expect(r.text).toBe('{"text":"One."}\n{"text":"Two."}\n');
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2]);
    expect(r.rejected[0].error).toBe('not valid UTF-8');
  });
});
