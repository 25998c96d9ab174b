/**
 * The classifier's vote for chaff of any kind backs the rules' chaff label: a line a rule calls
 * boilerplate, which the classifier is sure is chaff but reads as another kind, is not held back by
 * the classifier's ratio of two near-zero probabilities. Only from `chaffBackingMinRules` of rule
 * weight, and only when the classifier leans to chaff at all.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { TUNABLES } from '../../src/tunables.js';

// An article written for this test, and a teaser box's heading after it.
const P = [
  '市政府昨日公布新的公共交通計劃，預計在未來五年內增設三條巴士專線，以紓緩市中心的交通擠塞。',
  '交通局局長表示，新路線將優先覆蓋新發展區，居民往返市區的時間可望縮短約二十分鐘。',
  '有議員質疑計劃的財政安排，認為當局應先公開詳細的成本估算，再交由議會審議。',
];
const TEXT = [...P, '您可能會有興趣的文章', '巴士專線明年通車'].join('\n');
const classifierNote = (a: ReturnType<typeof analyze>, i: number): string => a.blocks[i].reasons.find((r) => r.id === 'classifier')?.note ?? '';

describe('the classifier backs the rules\' chaff label', () => {
  it('removes a teaser heading the classifier reads as commentary, and says why', () => {
    const a = analyze(TEXT);
    expect(a.blocks[3]).toMatchObject({ label: 'boilerplate', removed: true });
    expect(classifierNote(a, 3)).toMatch(/backs the rules' boilerplate/);
  });

  it('not below the minimum rule weight', () => {
    const weight = TUNABLES.chaffBackingMinRules - 0.5;
    const a = analyze(TEXT, { ruleWeights: { 'furniture-label': weight } });
    expect(classifierNote(a, 3)).not.toMatch(/backs/);
    // Without the backing the near-zero ratio pulls boilerplate under the classifier's own label.
    expect(a.blocks[3].suspect).not.toBe('boilerplate');
  });

  it('not when the classifier reads the line as body', () => {
    const a = analyze(TEXT, { rules: [{ id: 'test-transit', label: 'boilerplate', weight: 2, pattern: ['公共交通'] }] });
    expect(a.blocks[0].reasons.some((r) => r.id === 'test-transit')).toBe(true);
    expect(classifierNote(a, 0)).not.toMatch(/backs/);
    expect(a.blocks[0].removed).toBe(false);
  });
});
