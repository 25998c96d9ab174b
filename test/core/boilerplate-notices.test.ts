import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { byCategory } from '../fixtures/index.js';

// A disclaimer or an AI-generated notice at the end of an article.
describe('end-of-article disclaimers and AI notices are removed', () => {
  const expectedRule: Record<string, string> = {
    'hant-disclaimer.txt': 'disclaimer',
    'hans-ai-notice.txt': 'ai-generated',
    'en-ai-notice.txt': 'ai-generated',
  };

  for (const d of byCategory('boilerplate')) {
    describe(d.file, () => {
      it('clean() drops the notice and keeps the article', () => {
        expect(clean(d.text)).toBe(d.expected);
      });

      it('the notice is boilerplate, with its phrase rule among the reasons', () => {
        const b = analyze(d.text).blocks.find((x) => x.line === d.remove[0])!;
        expect(b.removed).toBe(true);
        expect(b.label).toBe('boilerplate');
        expect(b.reasons.find((r) => r.id === expectedRule[d.file])?.weight).toBeGreaterThan(0);
      });
    });
  }
});
