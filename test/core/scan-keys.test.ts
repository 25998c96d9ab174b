/**
 * The keys the block scan computes as it reads (what clean() classifies by) are exactly the keys of
 * the feature strings it would make (what analyze(), training and the model's vocabulary use): for
 * CJK characters and bigrams (astral ones included), words, word bigrams, digits, shapes and the
 * length bucket.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysOf } from '../../src/feature-key.js';
import { scanBlock } from '../../src/features.js';
import { normalizeForScoring } from '../../src/normalize.js';

const piece = fc.constantFrom('中', '文', '字', '𠀀', '𠀁', 'の', 'カ', '한', 'running', 'runs', 'the', 'cat', '12345', '7', ' ', ', ', '。', 'hk$148/年', 'www.example.com', '@user', '#tag', '😀', '→', '50%', "don't", 'é', 'ß');
const text = fc.array(piece, { maxLength: 40 }).map((a) => normalizeForScoring(a.join('')));

describe('block scan keys', () => {
  it('equal the keys of the feature strings, in order', () => {
    fc.assert(
      fc.property(text, (t) => {
        const s = scanBlock(t, true, true);
        expect(s.count).toBe(s.features.length);
        expect([...s.keys]).toEqual([...keysOf(s.features)]);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the word cache', () => {
  it('gives the same features, keys and topic words after it has been emptied (more than 50,000 distinct words)', () => {
    const sample = normalizeForScoring('The runners were running 12345 miles, 7 days; running again at www.example.com');
    const before = scanBlock(sample, true, true);
    const copy = (s: ReturnType<typeof scanBlock>) => ({ features: [...s.features], keys: [...s.keys], topic: [...s.topic], shingles: [...s.shingles] });
    const expected = copy(before);
    // 60,000 distinct words fill the cache (50,000 entries) and empty it once.
    const words = Array.from({ length: 60_000 }, (_, i) => 'w' + i.toString(36) + 'x');
    for (let i = 0; i < words.length; i += 1000) {
      const s = scanBlock(words.slice(i, i + 1000).join(' '), true, true);
      expect([...s.keys]).toEqual([...keysOf(s.features)]);
    }
    expect(copy(scanBlock(sample, true, true))).toEqual(expected);
    expect(expected.features).toContain('run');
    expect(expected.features).toContain('#digits5');
  });
});

describe("a scan's topic words and shingles", () => {
  it('stay as they were while later scans fill and replace the chunks they are views of', () => {
    const text = normalizeForScoring('Markets rallied strongly today as investors weighed inflation data 中文新聞報導說明市場今天大幅上漲');
    const first = scanBlock(text);
    const topic = [...first.topic];
    const shingles = [...first.shingles];
    expect(topic.length).toBeGreaterThan(4);
    expect(shingles.length).toBeGreaterThan(4);
    // Far more values than one chunk holds (65,536), in lists short and long.
    for (let i = 0; i < 3000; i++) scanBlock(normalizeForScoring(`item ${i} delivery planning review budget quarterly 市场分析报告第${i}期内容摘要`.repeat(1 + (i % 7))));
    expect([...first.topic]).toEqual(topic);
    expect([...first.shingles]).toEqual(shingles);
    expect([...scanBlock(text).topic]).toEqual(topic);
  });
});

describe('the word cache with long words', () => {
  it('stays correct when long distinct words fill its pool of stem code units (4,194,304) and empty it', () => {
    // 300 distinct words of 20,000 characters: 6 million code units.
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const word = (i.toString(36) + 'q').repeat(4000).slice(0, 20_000);
      const s = scanBlock(`alpha ${word} beta`, false, true);
      if (i % 50 === 0 || i > 205) {
        expect([...s.keys]).toEqual([...keysOf(s.features)]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(90);
    const s = scanBlock('the runners were running', false, true);
    expect(s.features).toEqual(['the', 'runner', 'the runner', 'were', 'runner were', 'run', 'were run', '#len1']);
  });
});
