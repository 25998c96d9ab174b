/**
 * The dateline rule: a post's date line — a date and a time of day with a byline, a published or
 * updated label, a source or a separator — goes, in English and Chinese; a date alone and a
 * sentence with a date and an hour stay; a date line between a page's updates never ends its main
 * text.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { rule } from '../../src/rules/dateline.js';
import { normalizeForScoring } from '../../src/normalize.js';

// An article written for this test.
const PARAGRAPHS = [
  'The harbour ferry will return to the islands next spring after a two-year pause, the port authority said on Monday.',
  'Two new boats are being built at the yard in the north basin, and each will carry up to three hundred passengers and forty bicycles.',
  'Residents of the islands have asked for the service since the old boat was retired, saying the bus detour adds an hour to every trip.',
];

const hit = (text: string) => rule.test({ text, norm: normalizeForScoring(text), units: 1 } as never, {} as never);

describe('dateline', () => {
  it('removes the date line under a headline, and explains it', () => {
    const text = ['Ferry to return to the islands', 'By Dana Whitfield | March 3, 2026, 9:41 AM', ...PARAGRAPHS].join('\n');
    expect(clean(text)).toBe(['Ferry to return to the islands', ...PARAGRAPHS].join('\n'));
    const line = analyze(text).blocks[1];
    expect(line.label).toBe('boilerplate');
    expect(line.reasons.find((r) => r.id === 'dateline')?.note).toContain('9:41');
  });

  it("removes a Chinese stamp under a headline though its place and paper names read as body to the classifier", () => {
    const title = '港湾渡轮明年春季复航';
    const stamp = '2026-03-04 09:41:07 来源:福建泉州 选稿：王建国';
    const zh = [
      '港口管理局周一表示，停航两年的港湾渡轮将于明年春季恢复往返离岛的航班，新船正在北港船厂建造。',
      '每艘新船可载客三百人并搭载四十辆自行车，管理局预计夏季每天开行六班，冬季每天四班。',
      '离岛居民多年来一直呼吁恢复渡轮服务，他们说绕道乘坐巴士单程要多花一个小时。',
    ];
    const text = [title, stamp, ...zh].join('\n');
    expect(clean(text)).toBe([title, ...zh].join('\n'));
    const line = analyze(text).blocks[1];
    expect(line.reasons.find((r) => r.id === 'classifier')!.weight).toBeLessThan(0);
    expect(line.reasons.find((r) => r.id === 'dateline')?.weight).toBe(5.5);
  });

  it('reads English and Chinese date lines', () => {
    expect(hit('PUBLISHED: March 3, 2026 at 8:59 pm | UPDATED: March 3, 2026 at 10:16 pm')).not.toBeNull();
    expect(hit('Updated 1:39 am EST, Wednesday, March 4, 2026')).not.toBeNull();
    expect(hit('By Sam Okafor - 3/4/26 06:56 AM EST')).not.toBeNull();
    expect(hit('2026-03-04 19:32:27 來源：港灣日報')).not.toBeNull();
    expect(hit('时间：2026年3月4日 23:00 浏览： 33')).not.toBeNull();
    expect(hit('Nov. 18, 2026 7:04 pm ET')).not.toBeNull();
    expect(hit('19 Nov 2026 05:44 GMT')).not.toBeNull();
    expect(hit('Published 18 November 2026')).not.toBeNull();
    expect(hit('投稿日: 2026/03/04 (水)')).not.toBeNull();
    expect(hit('發布日期：2026-03-04')).not.toBeNull();
    expect(hit('기사입력 :[ 2026-03-04 17:32 ]')).not.toBeNull();
    expect(hit('Dated 18 November 2026, the letter reached the council.')).toBeNull();
    expect(hit('Published in 2026, the timetable lists 12 crossings a day.')).toBeNull();
    expect(hit('Date night at the harbour: March 3, 2026')).toBeNull();
    expect(hit('时间过得真快，2026年3月4日渡轮复航')).toBeNull();
  });

  it('leaves a date alone, a time alone and a sentence with a date and an hour', () => {
    expect(hit('March 3, 2026')).toBeNull();
    expect(hit('06-29-2004, 04:19 AM')).toBeNull();
    expect(hit('Posted by Sam at 1:02 PM')).toBeNull();
    expect(hit('The first boat leaves on March 3 at 6:30, the port said.')).toBeNull();
    expect(hit('The last boat must be moored by 10:30 pm on March 3.')).toBeNull();
    expect(hit('The first boat leaves on March 3 at 6:30 and the last one at 21:15, and both stop at the north basin before they cross to the islands in the morning and the evening.')).toBeNull();
  });

  it('never ends the main text of a page: a live report puts one before every update', () => {
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Travel', 'Photos', 'Contact', 'Log in'];
    const updates = [
      PARAGRAPHS[0],
      'Update: March 3, 2026 10:15 AM | Dana Whitfield',
      PARAGRAPHS[1],
      'Update: March 3, 2026 11:40 AM | Dana Whitfield',
      'The first boat will leave the islands at half past six.',
    ];
    const footer = ['About', 'Privacy', 'Terms', 'Sitemap', 'Careers', 'Advertise', '© 2026 Harbour News'];
    const page = [...menu, 'Ferry returns: live', ...updates, ...footer].join('\n');
    const out = clean(page, { mode: 'page' });
    expect(out).toContain(updates[4]);
    expect(out).toContain(PARAGRAPHS[1]);
    expect(out).not.toContain('Update: March 3');
  });
});
