import { describe, expect, it } from 'vitest';
import { smoothClasses } from '../../src/page-smooth.js';

describe('jusText context smoothing', () => {
  it('keeps short blocks between good blocks', () => {
    expect(smoothClasses(['good', 'short', 'short', 'good'])).toEqual(['good', 'good', 'good', 'good']);
  });

  it('drops runs of short blocks at the edges (the edge counts as bad)', () => {
    expect(smoothClasses(['short', 'short', 'good', 'good', 'short', 'short'])).toEqual(['bad', 'bad', 'good', 'good', 'bad', 'bad']);
  });

  it('drops short blocks between bad blocks', () => {
    expect(smoothClasses(['good', 'bad', 'short', 'bad', 'good'])).toEqual(['good', 'bad', 'bad', 'bad', 'good']);
  });

  it('keeps a short block between good and bad only when near-good text goes on towards the bad side', () => {
    expect(smoothClasses(['good', 'short', 'bad'])).toEqual(['good', 'bad', 'bad']);
    expect(smoothClasses(['good', 'short', 'near-good', 'bad'])).toEqual(['good', 'good', 'good', 'bad']);
  });

  it('keeps near-good blocks next to good text and drops them between bad blocks', () => {
    expect(smoothClasses(['bad', 'near-good', 'near-good', 'good'])).toEqual(['bad', 'good', 'good', 'good']);
    expect(smoothClasses(['bad', 'near-good', 'short', 'bad'])).toEqual(['bad', 'bad', 'bad', 'bad']);
  });
});
