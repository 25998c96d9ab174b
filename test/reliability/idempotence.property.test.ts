/**
 * clean(clean(x)) === clean(x). Decisions depend on the whole document (its dominant script, how
 * many blocks each rule fires on, where the body starts and ends, the share removed), and the first
 * pass changes the document, so idempotence is a real property to check, not a tautology.
 *
 * It holds on hostile strings. On realistic documents it does NOT hold today: see the `it.fails`
 * below and the two minimal reproducers, which pin down the two mechanisms found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { hostileString, shortDocument, SEED } from './arbitraries.js';

const idempotent = (x: string): boolean => {
  const once = clean(x);
  return clean(once) === once;
};

describe('clean() is idempotent', () => {
  it('on hostile Unicode strings', () => {
    fc.assert(fc.property(hostileString, idempotent), { seed: SEED, numRuns: 400 });
  });

  // KNOWN LIBRARY LIMITATION (reported, not fixed: no surgical fix keeps behaviour otherwise
  // identical). The first pass removes chaff, which changes document-level evidence used to judge
  // the remaining blocks, so a second pass can remove more. Two mechanisms, reproduced below.
  // About 1 short document in 300 is affected. With this seed fast-check fails at run 315 and
  // shrinks to (mechanism 1):
  //   "The city council voted on Tuesday to extend the night bus network to three new districts.\n
  //    🔥 限時優惠！Netflix 4K 共享車位 只需 HK$58/月 ➜ 加LINE: deal4k 立即訂閱\n👨‍👩‍👧 家庭日活動"
  // clean() drops line 2; clean() of that drops line 3 as well.
  // When the library becomes idempotent this test passes and `it.fails` turns it red: then make it
  // a plain `it` (and the reproducers below too).
  it.fails('on short documents assembled from realistic lines (known to fail: context-dependent decisions)', () => {
    fc.assert(fc.property(shortDocument, idempotent), { seed: SEED, numRuns: 2000 });
  });

  // Mechanism 1: script-mismatch compares a block with the document's CJK share, computed over
  // every block including the chaff. Removing a Chinese ad from a mostly English document makes
  // the document more Latin, so a short Chinese line with an emoji lead now also fires
  // script-mismatch (+1.2) and crosses the threshold (1.98 → 3.18 against 2.9).
  // Pinned as the current behaviour (not it.fails, which would pass on any error): when this test
  // goes red because the second pass keeps the line, the limitation is fixed.
  it('known limitation, reproducer 1 (script share shifts): emoji-led Chinese line in an English text with a Chinese ad', () => {
    const x = [
      '👨\u200D👩\u200D👧 家庭日活動',
      'The city council voted on Tuesday to extend the night bus network to three new districts.',
      '🔥 限時優惠！Netflix 4K 共享車位 只需 HK$58/月 ➜ 加LINE: deal4k 立即訂閱',
    ].join('\n');
    const once = clean(x);
    expect(once).toBe(x.split('\n').slice(0, 2).join('\n'));
    const twice = clean(once);
    expect(twice).toBe(x.split('\n')[1]); // the second pass also removes line 1 …
    const line1 = analyze(once).blocks[0];
    expect(line1.reasons.map((r) => r.id)).toContain('script-mismatch'); // … because of script-mismatch,
    expect(analyze(x).blocks[0].reasons.map((r) => r.id)).not.toContain('script-mismatch'); // absent in pass 1
  });

  // Mechanism 2: a rule that fires on enough blocks inside the body is taken as the document's
  // topic and discounted (weight × topicalFactor). The first pass removes most of the blocks it
  // fires on; in the second pass it fires on too few to be topical, its full weight returns, and a
  // block it had been discounted on is now removed (限時優惠: offer-phrase 0.45 → 1.5).
  it('known limitation, reproducer 2 (topical discount lapses): an offer phrase repeated by ads', () => {
    const zh = '市政府昨日公布新的公共交通計劃，預計在未來五年內增設三條巴士專線，以紓緩市中心的交通擠塞。';
    const ad = '🔥 限時優惠！Netflix 4K 共享車位 只需 HK$58/月 ➜ 加LINE: deal4k 立即訂閱';
    const en = 'The city council voted on Tuesday to extend the night bus network to three new districts.';
    const x = [zh, '限時優惠', ad, zh, en, ad].join('\n');
    const once = clean(x);
    expect(once).toBe([zh, '限時優惠', zh, en].join('\n'));
    expect(analyze(x).blocks[1].reasons.find((r) => r.id === 'offer-phrase')?.note).toMatch(/its topic here/);
    expect(clean(once)).toBe([zh, zh, en].join('\n')); // the second pass removes 限時優惠 too
    expect(analyze(once).blocks[1].reasons.find((r) => r.id === 'offer-phrase')?.note ?? '').not.toMatch(/its topic here/);
  });
});
