import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { FIXTURES, withLineBreaks } from '../fixtures/index.js';

describe('clean() is idempotent', () => {
  for (const f of FIXTURES) {
    it(`${f.file}: clean(clean(x)) === clean(x)`, () => {
      const once = clean(f.text);
      expect(clean(once)).toBe(once);
    });
  }

  it('with CRLF line breaks and blank-line paragraphs too', () => {
    for (const f of FIXTURES) {
      const text = withLineBreaks(f.lines.join('\n\n') + '\n', '\r\n');
      const once = clean(text);
      expect(clean(once)).toBe(once);
    }
  });
});
