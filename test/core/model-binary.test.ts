/**
 * The packed model format (src/model-binary.ts): what `toBinary()` writes, `loadModel()` reads back
 * to the same model; damaged or hand-made bytes are refused with `E_MODEL`, naming what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { encodeModel } from '../../src/model-binary.js';
import { loadShippedModel } from '../../src/bayes.js';
import { DechaffError, loadModel, train } from '../../src/index.js';

const model = train([
  { text: 'The council voted on Tuesday to approve the plan for the new library.', label: 'body' },
  { text: '市議會週二表決通過新圖書館的興建計劃。', label: 'body' },
  { text: '限時優惠 只需 HK$58/月 立即訂閱', label: 'promo' },
  { text: 'Call now to claim your free prize! Txt WIN to 80086', label: 'promo', weight: 0.25 },
  { text: 'In conclusion, this article is well worth reading.', label: 'commentary' },
  { text: 'All rights reserved.', label: 'boilerplate' },
]);
const bytes = model.toBinary();

function headerOf(b: Uint8Array): Record<string, unknown> {
  const len = new DataView(b.buffer, b.byteOffset).getUint32(5, true);
  return JSON.parse(new TextDecoder().decode(b.subarray(9, 9 + len))) as Record<string, unknown>;
}

function refusal(input: Uint8Array): DechaffError {
  try {
    loadModel(input);
  } catch (e) {
    return e as DechaffError;
  }
  throw new Error('the model was accepted');
}

/** The bytes with the header replaced (the checksum recomputed by re-encoding is not wanted here). */
function withHeader(edit: (h: Record<string, unknown>) => void): Uint8Array {
  const len = new DataView(bytes.buffer, bytes.byteOffset).getUint32(5, true);
  const h = JSON.parse(new TextDecoder().decode(bytes.subarray(9, 9 + len))) as Record<string, unknown>;
  edit(h);
  // Padded as the writer pads it, so that the body stays at a multiple of 4 bytes.
  let text = JSON.stringify(h);
  text += ' '.repeat((4 - ((9 + new TextEncoder().encode(text).length) % 4)) % 4);
  const header = new TextEncoder().encode(text);
  const out = new Uint8Array(9 + header.length + bytes.length - 9 - len);
  out.set(bytes.subarray(0, 5));
  new DataView(out.buffer).setUint32(5, header.length, true);
  out.set(header, 9);
  out.set(bytes.subarray(9 + len), 9 + header.length);
  return out;
}

describe('the packed model format', () => {
  it('round-trips: same JSON, same classifications', () => {
    const back = loadModel(bytes);
    expect(back.toJSON()).toEqual(model.toJSON());
    for (const t of ['Claim your free prize now', '議會表決通過計劃', 'well worth reading']) {
      expect(back.classify(t).probabilities).toEqual(model.classify(t).probabilities);
    }
  });

  it("without stored keys (the browser build's form): smaller, read to the same model and classifications", () => {
    const compact = encodeModel(model.toJSON(), { keys: false });
    expect(compact.length).toBeLessThan(bytes.length);
    expect(headerOf(compact).keys).toBe(false);
    expect(loadModel(compact).toJSON()).toEqual(model.toJSON());
    const lazy = loadShippedModel(compact);
    for (const text of ['限時優惠 立即訂閱', 'The council voted.', 'All rights reserved.']) expect(lazy.classify(text)).toEqual(loadModel(bytes).classify(text));
    const bad = compact.slice();
    bad[bad.length - 2] ^= 1;
    expect(refusal(bad).message).toMatch(/checksum mismatch/);
  });

  it('is deterministic', () => {
    expect(loadModel(bytes).toBinary()).toEqual(bytes);
  });

  it('classifies the same read lazily without checks (as the shipped model is) as read checked', () => {
    const checked = loadModel(bytes);
    const lazy = loadShippedModel(bytes);
    for (const text of ['限時優惠 立即訂閱', 'The council voted.', 'All rights reserved.', '市議會週二表決', 'nothing known here']) {
      expect(lazy.classify(text)).toEqual(checked.classify(text));
    }
    expect(lazy.toJSON()).toEqual(checked.toJSON());
  });

  it('refuses a header whose per-channel totals were edited (the checksum covers them)', () => {
    expect(headerOf(bytes).channelRows).toEqual(expect.any(Array));
    const edited = withHeader((x) => { (x.channelTotals as number[])[0] += 1; });
    expect(refusal(edited).message).toMatch(/checksum mismatch/);
  });

  it('keeps fractional counts (weights) exactly', () => {
    const json = loadModel(bytes).toJSON();
    expect(json.counts.some((c) => c % 1 !== 0)).toBe(true);
    expect(json.counts).toEqual(model.toJSON().counts);
  });

  it('refuses a changed byte anywhere after the header (checksum)', () => {
    for (const at of [bytes.length - 1, bytes.length >> 1]) {
      const bad = bytes.slice();
      bad[at] ^= 1;
      const e = refusal(bad);
      expect(e.code).toBe('E_MODEL');
    }
    const bad = bytes.slice();
    bad[bad.length - 1] ^= 1;
    expect(refusal(bad).message).toMatch(/checksum mismatch/);
  });

  it('refuses truncated bytes, a foreign magic and another version', () => {
    expect(refusal(bytes.subarray(0, bytes.length - 3)).message).toMatch(/checksum|truncated/);
    expect(refusal(bytes.subarray(0, 7)).message).toMatch(/truncated/);
    const foreign = bytes.slice();
    foreign[0] = 0x58;
    expect(refusal(foreign).message).toMatch(/neither a packed dechaff model nor UTF-8 JSON|not JSON/);
    const v9 = bytes.slice();
    v9[4] = 9;
    expect(refusal(v9).message).toMatch(/version 9/);
  });

  it('refuses header fields that could reach a prototype, naming them', () => {
    const e = refusal(withHeader((h) => Object.defineProperty(h, '__proto__', { value: { polluted: true }, enumerable: true })));
    expect(e.message).toContain('"__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a header whose settings were edited (the checksum covers them)', () => {
    const e = refusal(withHeader((h) => { (h.settings as Record<string, number>).alpha = 3; }));
    expect(e.message).toMatch(/checksum mismatch/);
  });

  it('keeps counts of 255 and more (overflow rows), up to the largest safe integer, read lazily or checked', () => {
    const big = { classes: ['body', 'promo', 'commentary', 'boilerplate'], settings: { alpha: 0.5, logPriors: null, tokenCap: 40 }, documents: [3, 3, 1, 1], vocabulary: ['#len:s', 'ad', 'news', '優惠'], counts: [50, 63.5, 0, 1, 0, 2 ** 33 + 7, 0, 0, 2 ** 50, 0, 3, 0, 1.5, 300.25, 0, 0] };
    const packed = encodeModel(big);
    expect(headerOf(packed).overflowRows).toBe(3);
    const back = loadModel(packed).toJSON();
    expect(back.vocabulary).toEqual(big.vocabulary);
    expect(back.counts).toEqual(big.counts);
    const lazy = loadShippedModel(packed);
    for (const text of ['ad news', '優惠', 'nothing']) expect(lazy.classify(text)).toEqual(loadModel(packed).classify(text));
  });

  it('refuses a vocabulary with a repeated entry even with a valid checksum', () => {
    const dup = encodeModel({ classes: ['body', 'promo', 'commentary', 'boilerplate'], settings: { alpha: 0.5, logPriors: null, tokenCap: 40 }, documents: [1, 1, 1, 1], vocabulary: ['a', 'b', 'a'], counts: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0] });
    expect(refusal(dup).message).toMatch(/must be distinct \(entries \d and \d have the same key\)/);
  });

  it('cannot pack a feature with a line break', () => {
    expect(() => encodeModel({ classes: ['body', 'promo', 'commentary', 'boilerplate'], settings: { alpha: 0.5, logPriors: null, tokenCap: 40 }, documents: [1, 1, 1, 1], vocabulary: ['a\nb'], counts: [1, 0, 0, 0] })).toThrow(DechaffError);
  });
});
