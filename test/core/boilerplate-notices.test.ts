import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { byCategory } from '../fixtures/index.js';
import { firesOn } from './rule-fires.js';
import { rule as disclaimer } from '../../src/rules/disclaimer.js';
import { rule as creditLine } from '../../src/rules/credit-line.js';

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

describe('disclaimer', () => {
  const fires = firesOn(disclaimer);

  it("knows a self-media platform's notice under a user's post, in either script and in English", () => {
    expect(fires('特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台用户上传并发布，本平台仅提供信息存储服务。')).toBe(true);
    expect(fires('聲明：該文觀點僅代表作者本人，本平台僅提供信息存儲空間服務。')).toBe(true);
    expect(fires('Notice: the content above is uploaded and posted by a user of the platform, which only provides information storage services.')).toBe(true);
    expect(fires('新数据中心将为本市企业提供信息服务和云存储。')).toBe(false);
  });
});

describe('credit-line', () => {
  const fires = firesOn(creditLine);

  it("knows a contributor's credit to the article in brackets, not a sentence about contributing", () => {
    expect(fires('（实习生李明对此文亦有贡献）')).toBe(true);
    expect(fires('（實習生李明對本文亦有貢獻）')).toBe(true);
    expect(fires('他对此亦有贡献，多年来一直参与社区的志愿服务。')).toBe(false);
  });
});

