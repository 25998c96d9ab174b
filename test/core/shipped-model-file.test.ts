/**
 * The Node builds read `dist/model.bin` without its vocabulary (src/shipped-model-file.ts): the
 * model classifies as the whole file does, reads the vocabulary only when asked (evidence,
 * `toJSON()`), and a file that is not a packed model of this version is read whole, so that the
 * loader names what is wrong.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadShippedModel } from '../../src/bayes.js';
import { packedPrefixLength } from '../../src/model-binary.js';
import { readPackedModelFile } from '../../src/shipped-model-file.js';
import { DechaffError, loadModel, train } from '../../src/index.js';

const model = train([
  { text: 'The council voted on Tuesday to approve the plan for the new library.', label: 'body' },
  { text: '市議會週二表決通過新圖書館的興建計劃。', label: 'body' },
  { text: '限時優惠 只需 HK$58/月 立即訂閱', label: 'promo' },
  { text: 'In conclusion, this article is well worth reading.', label: 'commentary' },
  { text: 'All rights reserved.', label: 'boilerplate' },
]);
const bytes = model.toBinary();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dechaff-model-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('reading the packed model file without its vocabulary', () => {
  it('reads the bytes before the vocabulary, and the vocabulary only when asked', () => {
    const file = write('model.bin', bytes);
    const parts = readPackedModelFile(file);
    expect(parts).not.toBeInstanceOf(Uint8Array);
    const { bytes: head, vocabulary } = parts as Exclude<typeof parts, Uint8Array>;
    expect(head.length).toBe(packedPrefixLength(bytes));
    expect(head.length).toBeLessThan(bytes.length);
    expect([...head]).toEqual([...bytes.subarray(0, head.length)]);
    expect([...vocabulary()]).toEqual([...bytes.subarray(head.length)]);
  });

  it('classifies, explains and serializes as the whole file read at once', () => {
    const file = write('model2.bin', bytes);
    let reads = 0;
    const parts = readPackedModelFile(file) as Exclude<ReturnType<typeof readPackedModelFile>, Uint8Array>;
    const counted = { bytes: parts.bytes, vocabulary: () => (reads++, parts.vocabulary()) };
    const lazy = loadShippedModel(counted);
    const whole = loadModel(bytes);
    for (const text of ['限時優惠 立即訂閱', 'The council voted.', 'nothing known here']) {
      expect(lazy.classifyFeatures(['限时', 'council']).probabilities).toEqual(whole.classifyFeatures(['限时', 'council']).probabilities);
      expect(reads).toBe(0);
      expect(lazy.classify(text)).toEqual(whole.classify(text));
    }
    expect(lazy.toJSON()).toEqual(whole.toJSON());
    expect(reads).toBe(1);
  });

  it('reads a file that is not a packed model of this version whole (the loader says what is wrong)', () => {
    const old = bytes.slice();
    old[4] = 3;
    const file = write('old.bin', old);
    const got = readPackedModelFile(file);
    expect(got).toBeInstanceOf(Uint8Array);
    expect(() => loadShippedModel(got)).toThrow(/version 3/);
    const json = write('model.json', new TextEncoder().encode(JSON.stringify(model.toJSON())));
    expect(readPackedModelFile(json)).toBeInstanceOf(Uint8Array);
  });

  it('refuses a file cut short inside the part before the vocabulary or inside the vocabulary', () => {
    const prefix = packedPrefixLength(bytes)!;
    const cut = write('cut.bin', bytes.subarray(0, prefix - 10));
    expect(() => loadShippedModel(readPackedModelFile(cut))).toThrow(DechaffError);
    const cutVocabulary = write('cut-vocabulary.bin', bytes.subarray(0, bytes.length - 3));
    const lazy = loadShippedModel(readPackedModelFile(cutVocabulary));
    expect(() => lazy.toJSON()).toThrow(/vocabulary holds \d+ bytes, the header announces \d+/);
  });

  it('says what happened when the file is gone by the time the vocabulary is needed', () => {
    const file = write('gone.bin', bytes);
    const lazy = loadShippedModel(readPackedModelFile(file));
    fs.rmSync(file);
    expect(lazy.classify('限時優惠 立即訂閱').probabilities.promo).toBeGreaterThan(0.5);
    const e = (() => {
      try {
        lazy.toJSON();
      } catch (error) {
        return error as DechaffError;
      }
      throw new Error('toJSON() worked without the file');
    })();
    expect(e).toBeInstanceOf(DechaffError);
    expect(e.code).toBe('E_MODEL');
    expect(e.message).toMatch(/could not be read again for its vocabulary/);
  });
});
