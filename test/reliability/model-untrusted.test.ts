/**
 * Untrusted model files: loadModel() treats a model as data. Keys that could reach an object's
 * prototype (__proto__, constructor, prototype) are refused, naming the field, and never pollute
 * Object.prototype; oversized input is refused before parsing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DechaffError, loadModel, train } from '../../src/index.js';

const model = train([
  { text: 'The council voted on Tuesday to approve the plan.', label: 'body' },
  { text: '限時優惠 只需 HK$58/月 立即訂閱', label: 'promo' },
  { text: 'In conclusion, this article is well worth reading.', label: 'commentary' },
  { text: 'All rights reserved.', label: 'boilerplate' },
]);
const json = JSON.stringify(model.toJSON());

/** Insert `"key": value` as the first member of the object that starts at `at` in `text`. */
function inject(text: string, at: number, key: string, value: string): string {
  return `${text.slice(0, at + 1)}${JSON.stringify(key)}:${value},${text.slice(at + 1)}`;
}
const topLevel = (key: string, value: string): string => inject(json, 0, key, value);
const inSettings = (key: string, value: string): string => inject(json, json.indexOf('"settings":{') + '"settings":'.length, key, value);

function refusal(input: unknown): DechaffError {
  try {
    loadModel(input);
  } catch (e) {
    return e as DechaffError;
  }
  throw new Error('the model was accepted');
}

afterEach(() => {
  // Nothing may leak onto the prototype of every object.
  for (const k of ['polluted', 'alpha', 'tokenCap', 'logPriors']) expect(Object.prototype).not.toHaveProperty(k);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('loadModel() on untrusted input', () => {
  it('loads the untouched model (the injections below are the only difference)', () => {
    expect(loadModel(json).vocabularySize).toBe(model.vocabularySize);
  });

  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`refuses a top-level "${key}" key, naming it`, () => {
      const e = refusal(topLevel(key, '{"polluted":true,"alpha":99}'));
      expect(e).toBeInstanceOf(DechaffError);
      expect(e.code).toBe('E_MODEL');
      expect(e.message).toContain(`"${key}"`);
    });

    it(`refuses a "${key}" key in "settings", naming "settings.${key}"`, () => {
      const e = refusal(inSettings(key, '{"polluted":true,"tokenCap":1e9}'));
      expect(e.code).toBe('E_MODEL');
      expect(e.message).toContain(`"settings.${key}"`);
    });
  }

  it('refuses the keys in an already parsed object too', () => {
    const parsed = JSON.parse(topLevel('__proto__', '{"polluted":true}')) as object;
    expect(Object.prototype.hasOwnProperty.call(parsed, '__proto__')).toBe(true); // JSON.parse makes it an own key
    expect(refusal(parsed).message).toContain('"__proto__"');
  });

  it('refuses oversized input before parsing, saying how large it is', () => {
    const big = ' '.repeat(32 * 1024 * 1024 + 1);
    const e = refusal(big);
    expect(e.code).toBe('E_MODEL');
    expect(e.message).toMatch(/33554433 characters, more than the 33554432 accepted/);
  });

  it('names the field for malformed content (not a generic error)', () => {
    const broken = json.replace(/"tokenCap":\d+/, '"tokenCap":"many"');
    expect(refusal(broken).message).toContain('"settings.tokenCap"');
    expect(refusal('{"format":"dechaff-naive-bayes"').message).toMatch(/not JSON/);
    expect(refusal('[]').message).toMatch(/not an object/);
  });
});
