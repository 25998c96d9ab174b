/**
 * The patterns rewritten to run in linear time (src/shapes.ts price, percent, url, email and
 * src/rules/contact-handle.ts HANDLE) find exactly what the originals found: same index, same
 * match, on random strings over the characters that matter to each pattern. The originals are
 * kept here verbatim as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../../src/shapes.js';
import { SEED } from './arbitraries.js';

const ORIGINAL = {
  price:
    /(?:(?:hk|nt|us|au|ca|s|c|a)?\$|¥|€|£|₩|rmb|cny|hkd|ntd|usd|twd)\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:元|块|塊|圓|円|r(?![a-z])|hkd|usd|rmb|p\/(?:msg|min|day|wk|week|tone|txt)|p(?= ?(?:per|a) ?(?:msg|min|week|day)))/i,
  percent: /\d+(?:\.\d+)?\s?%|百分之/,
  url: /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+\.\S+|\b[a-z0-9-]{2,}\.(?:com|net|org|cn|hk|tw|io|co|ly|me|cc|xyz|top|info|biz)(?:\.[a-z]{2})?\b(?:\/\S*)?/i,
  email: /\b[\w.+-]+@[\w-]+\.[\w.]+\b/,
  handle:
    /(?:(?<![a-z])(?:line|wechat|vx|wx|telegram|tg|whatsapp|qq|kik|snap)(?![a-z])|微信|v信|q群|群号|\d?群|加我|加v|私聊)(?:\s*(?:id|号)?\s*[:：]\s*@?[a-z0-9_.-]{3,24}|\s*(?:id|号)?\s*@?[a-z0-9_.-]{0,20}\d{3}[a-z0-9_.-]{0,20}|\s*@[a-z0-9_.]{3,20})/,
};

/** HANDLE is module-private: read it from the source file (one regex literal on its line). */
async function handlePattern(): Promise<RegExp> {
  const { readFileSync } = await import('node:fs');
  const src = readFileSync(new URL('../../src/rules/contact-handle.ts', import.meta.url), 'utf8');
  const line = src.split('\n').find((l) => l.startsWith('const HANDLE = /'))!;
  const lit = line.slice('const HANDLE = '.length, line.lastIndexOf(';'));
  return new RegExp(lit.slice(1, lit.lastIndexOf('/')), lit.slice(lit.lastIndexOf('/') + 1));
}

/** Strings over a small alphabet of pieces: short, so that every interleaving gets tried. */
const over = (pieces: string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(''));

const found = (re: RegExp, s: string): [number, string] | null => {
  const m = new RegExp(re.source, re.flags).exec(s);
  return m ? [m.index, m[0]] : null;
};

function same(name: string, original: RegExp, fixed: RegExp, pieces: string[], numRuns = 3000): void {
  it(`${name}: same matches as the original`, () => {
    fc.assert(
      fc.property(over(pieces), (s) => {
        expect(found(fixed, s)).toEqual(found(original, s));
      }),
      { seed: SEED, numRuns },
    );
  });
}

describe('linear-time rewrites match exactly what the originals matched', () => {
  same('price', ORIGINAL.price, SHAPES.price, ['1', '2', ',', '.', ' ', '$', 'hk', 'us', 's', '元', 'r', 'a', 'p', '/msg', ' per', ' min', '¥', 'x']);
  same('percent', ORIGINAL.percent, SHAPES.percent, ['1', '2', '.', ' ', '%', '百分之', 'a']);
  same('url', ORIGINAL.url, SHAPES.url, ['a', 'B', '1', '-', '_', '.', 'com', '.hk', 'http://', 'www.', '/', ' ', '@', '中']);
  same('email', ORIGINAL.email, SHAPES.email, ['a', 'Z', '1', '_', '.', '+', '-', '@', ' ', 'com', '中', '!']);
  it('HANDLE (contact-handle): same matches as the original', async () => {
    const fixed = await handlePattern();
    expect(fixed.source).not.toBe(ORIGINAL.handle.source);
    const pieces = ['line', 'wechat', 'qq', '群', '1', '2', '3', 'id', '号', ' ', '  ', ':', '：', '@', 'a', '_', '.', '-', 'x'];
    fc.assert(
      fc.property(over(pieces), (s) => {
        expect(found(fixed, s)).toEqual(found(ORIGINAL.handle, s));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
