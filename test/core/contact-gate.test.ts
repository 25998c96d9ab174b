/**
 * contact-handle skips a block without a digit, a colon or an @: on any text where one of its
 * patterns matches, the gate lets it through (so the rule's findings are unchanged).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTACT_PATTERNS, mayContact } from '../../src/rules/contact-handle.js';
import { matchShape } from '../../src/shapes.js';

const ALPHABET = [...'abcxyz ._-@:：0123456789', 'line', 'wechat', 'wx', 'qq', 'telegram', 'call', 'text', '微信', '加我', '群', '群号', '私聊', '电话', '客服', 'id', '号', '09', '080', ' '];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((a) => a.join(''));

describe('contact-handle gate', () => {
  it('never hides a match of its patterns or of the handle and e-mail shapes', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        const hit = CONTACT_PATTERNS.some((re) => re.test(t)) || matchShape('handle', t) !== null || matchShape('email', t) !== null;
        if (hit) matched++;
        return !hit || mayContact(t);
      }),
      { numRuns: 4000 },
    );
    expect(matched).toBeGreaterThan(50);
  });

  it('lets through what the patterns need, and nothing without', () => {
    expect(mayContact('加我微信abc123')).toBe(true);
    expect(mayContact('line: foo_bar')).toBe(true);
    expect(mayContact('寫信到 a@b.com')).toBe(true);
    expect(mayContact('市政府週二公布新的巴士路線計劃')).toBe(false);
  });
});
