/**
 * The related-link rule: a line that is a label and another story's headline ("Related: …",
 * "READ MORE: …", 相關閱讀：…) goes, inside an article too; a paragraph that opens with such a
 * word, or a label an article uses before its own text ("Note: …"), stays.
 */
import { describe, expect, it } from 'vitest';
import { firesOn } from './rule-fires.js';
import { analyze, clean } from '../../src/index.js';
import { rule } from '../../src/rules/related-link.js';

// An article written for this test, with links to other stories between its paragraphs.
const PARAGRAPHS = [
  'The observatory on the ridge will open to the public on weekends from next month, after a year of repairs to its dome and its largest telescope.',
  'Volunteers will run two sessions each night, one for families in the early evening and one later for those who want to stay until the planets rise.',
  'The university, which owns the site, said the sessions would be free, but asked visitors to book a place because the dome holds only thirty people.',
];

const fires = firesOn(rule);

describe('related-link', () => {
  it('removes links to other stories between paragraphs, and explains it', () => {
    const text = [PARAGRAPHS[0], 'Related: The 12 strangest moons in the solar system', PARAGRAPHS[1], 'READ MORE: Night sky guide for December', PARAGRAPHS[2]].join('\n');
    expect(clean(text)).toBe(PARAGRAPHS.join('\n'));
    const link = analyze(text).blocks[1];
    expect(link.label).toBe('boilerplate');
    expect(link.reasons.find((r) => r.id === 'related-link')).toMatchObject({ weight: 5.5, match: 'related' });
  });

  it('reads the label before the first colon, in either Chinese script', () => {
    expect(fires('» Related: Possible water plumes on Europa')).toBe(true);
    expect(fires('[See also: How telescopes are made]')).toBe(true);
    expect(fires('相關閱讀：天文台週末對外開放')).toBe(true);
    expect(fires('【延伸阅读】：天文台周末对外开放')).toBe(true);
  });

  it('leaves labels an article uses, lone labels and paragraphs alone', () => {
    expect(fires('Note: the dome is closed when it rains.')).toBe(false);
    expect(fires('Related:')).toBe(false);
    expect(fires('Read more: here')).toBe(false);
    expect(fires(`Read more: ${PARAGRAPHS[0]} ${PARAGRAPHS[1]}`)).toBe(false);
    expect(fires('More: the council published its report on Monday')).toBe(false);
  });
});
