import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeModel } from '../../src/model-binary.js';
import { loadShippedModel } from '../../src/bayes.js';
import { loadModel } from '../../src/index.js';

describe('the shipped model', () => {
  const text = fs.readFileSync('data/model.json', 'utf8');

  it('is at most 2 MB', () => {
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('loads and validates, with a format version and a matching checksum', () => {
    const json = JSON.parse(text);
    expect(json.format).toBe('dechaff-naive-bayes');
    expect(json.version).toBe(1);
    expect(json.checksum).toMatch(/^[0-9a-f]{8}$/);
    const m = loadModel(json);
    expect(m.vocabularySize).toBe(json.vocabulary.length);
  });

  it('tells an ad from an article paragraph', () => {
    const m = loadModel(text);
    const ad = m.classify('加我微信 abc12345 領取優惠券，限時特價只需 99 元！').probabilities;
    const body = m.classify('The city council voted on Tuesday to extend the bus lane on Main Street, after a year-long trial cut average journey times by four minutes.').probabilities;
    expect(ad.promo).toBeGreaterThan(ad.body);
    expect(body.body).toBeGreaterThan(Math.max(body.promo, body.commentary, body.boilerplate));
  });

  it('packs to the binary form the build ships (dist/model.bin) without losing a count', () => {
    const json = JSON.parse(text);
    const packed = encodeModel(json);
    // 2.19 MB: keys 0.8, buckets 0.13, counts as bytes 0.4, overflow rows 0.13, vocabulary 0.6.
    expect(packed.length).toBeLessThanOrEqual(2.25 * 1024 * 1024);
    expect(loadModel(packed).toJSON()).toEqual(json);
    // The browser build's form, without the stored keys: 1.26 MB.
    expect(encodeModel(json, { keys: false }).length).toBeLessThan(1.3 * 1024 * 1024);
    // Read as the build reads it (no checks, counts read in place): the same classifications.
    const lazy = loadShippedModel(packed);
    const checked = loadModel(json);
    for (const t of ['加我微信 abc12345 領取優惠券', 'The city council voted on Tuesday.', '責任編輯：王小明', 'In conclusion, this article is a must-read.']) {
      expect(lazy.classify(t)).toEqual(checked.classify(t));
    }
  });
});
