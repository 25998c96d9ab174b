import { describe, expect, it } from 'vitest';
import { analyze, BUILTIN_RULES, clean, createCleaner, DechaffError, type CleanerOptions } from '../../src/index.js';
import { FIXTURES, byCategory, expectedClean, fixture } from '../fixtures/index.js';

const removedLines = (text: string, options?: CleanerOptions): number[] =>
  analyze(text, options).blocks.filter((b) => b.removed).map((b) => b.line);

describe('option strip', () => {
  // Three ad lines, then an article with a two-line commentary tail.
  const ads = fixture('hant-preamble-ad.txt').lines.slice(0, 3);
  const article = fixture('hant-commentary-tail.txt');
  const text = [...ads, ...article.lines].join('\n') + '\n';

  it('default strips promo and commentary', () => {
    expect(clean(text)).toBe(article.expected);
  });

  it("strip: ['promo'] removes the ads and keeps the commentary", () => {
    expect(clean(text, { strip: ['promo'] })).toBe(article.text);
  });

  it("strip: ['commentary'] keeps the ads and removes the commentary", () => {
    expect(clean(text, { strip: ['commentary'] })).toBe(expectedClean(text, [8, 9]));
  });

  it('labels do not depend on strip: kept commentary is still labelled commentary', () => {
    const blocks = analyze(text, { strip: ['promo'] }).blocks;
    expect(blocks.map((b) => b.label)).toEqual([...Array(3).fill('promo'), ...Array(4).fill('body'), 'commentary', 'commentary']);
    expect(blocks.map((b) => b.removed)).toEqual([true, true, true, false, false, false, false, false, false]);
  });

  it('strip: [] removes nothing', () => {
    expect(clean(text, { strip: [] })).toBe(text);
  });
});

describe('option disableRules', () => {
  it('a disabled rule no longer appears in any reason', () => {
    for (const f of byCategory('commentary')) {
      const on = analyze(f.text).blocks.flatMap((b) => b.reasons.map((r) => r.id));
      expect(on).toContain('editor-voice');
      const off = analyze(f.text, { disableRules: ['editor-voice'] }).blocks.flatMap((b) => b.reasons.map((r) => r.id));
      expect(off).not.toContain('editor-voice');
    }
  });

  it('disabling a rule lowers the score of the block it fired on by exactly its weight', () => {
    const f = fixture('en-commentary-tail.txt');
    const on = analyze(f.text, { model: false }).blocks[4];
    const off = analyze(f.text, { model: false, disableRules: ['editor-voice'] }).blocks[4];
    expect(on.score - off.score).toBeCloseTo(3, 5);
  });

  it('the cleaner lists only the rules in force', () => {
    const ids = createCleaner({ disableRules: ['price', 'url'] }).rules.map((r) => r.id);
    expect(ids).toHaveLength(BUILTIN_RULES.length - 2);
    expect(ids).not.toContain('price');
    expect(ids).not.toContain('url');
  });
});

describe('option ruleWeights', () => {
  const f = fixture('hant-commentary-tail.txt');

  it('changes the weight a rule adds, and the score with it', () => {
    const base = analyze(f.text, { model: false }).blocks[4];
    const light = analyze(f.text, { model: false, ruleWeights: { 'editor-voice': 0.5 } }).blocks[4];
    expect(base.reasons.find((r) => r.id === 'editor-voice')?.weight).toBe(3);
    expect(light.reasons.find((r) => r.id === 'editor-voice')?.weight).toBe(0.5);
    expect(base.score - light.score).toBeCloseTo(2.5, 5);
  });

  it('a weight of zero for the phrase rules of a disclaimer keeps the disclaimer', () => {
    const d = fixture('hant-disclaimer.txt');
    const zero = { model: false as const, ruleWeights: { disclaimer: 0, 'meta-reference': 0, 'off-topic': 0 } };
    expect(clean(d.text, { model: false })).toBe(d.expected);
    expect(clean(d.text, zero)).toBe(d.text);
    expect(analyze(d.text, zero).blocks[4].reasons.find((r) => r.id === 'disclaimer')?.weight).toBe(0);
  });

  it('the cleaner reports the overridden weight', () => {
    const r = createCleaner({ ruleWeights: { price: 2.25 } }).rules.find((x) => x.id === 'price')!;
    expect(r.weight).toBe(2.25);
  });
});

describe('option rules (custom rules)', () => {
  const news = fixture('clean-hant-news.txt');
  const notice = '本報徵才：誠徵地方新聞記者兩名，具兩年以上採訪經驗者尤佳，意者請將履歷寄至本報人事室。';
  const text = news.text + notice + '\n';
  // A decisive weight: the line reads like body prose, so the classifier votes against it.
  const houseAd = { id: 'house-ad', label: 'promo' as const, weight: 5, pattern: ['本報徵才'] };

  it('without the rule the line is kept', () => {
    expect(clean(text)).toBe(text);
  });

  it('a phrase rule fires and removes the line at the document edge', () => {
    expect(clean(text, { rules: [houseAd] })).toBe(news.text);
    const b = analyze(text, { rules: [houseAd] }).blocks.at(-1)!;
    expect(b.removed).toBe(true);
    expect(b.region).toBe('tail');
    expect(b.reasons.find((r) => r.id === 'house-ad')).toMatchObject({ label: 'promo', weight: 5, match: '本报征才' });
  });

  it('phrases are matched after normalization: a Simplified phrase finds Traditional text', () => {
    const simplified = { ...houseAd, pattern: ['本报征才'] };
    expect(clean(text, { rules: [simplified] })).toBe(news.text);
  });

  it('a RegExp rule removes a line at the head', () => {
    const blog = fixture('clean-en-blog.txt');
    const t = 'PROMOTED: brought to you by GreenThumb Planters\n' + blog.text;
    const rule = { id: 'sponsor-tag', label: 'promo' as const, weight: 3, pattern: /^promoted:/ };
    expect(clean(t)).toBe(t);
    expect(clean(t, { rules: [rule] })).toBe(blog.text);
  });

  it('a body-labelled rule votes to keep: it lowers every chaff score', () => {
    const d = fixture('hant-disclaimer.txt');
    const keep = { id: 'keep-disclaimer', label: 'body' as const, weight: 10, pattern: ['免責聲明'] };
    expect(clean(d.text, { rules: [keep] })).toBe(d.text);
  });
});

describe('option sensitivity', () => {
  it('sensitivity 0 removes no more than 0.5, and 0.5 no more than 1, on every fixture', () => {
    for (const f of FIXTURES) {
      const at = (s: number): number[] => removedLines(f.text, { sensitivity: s, maxRemovedShare: 1 });
      const [lo, mid, hi] = [at(0), at(0.5), at(1)];
      expect(mid, f.file).toEqual(expect.arrayContaining(lo));
      expect(hi, f.file).toEqual(expect.arrayContaining(mid));
      expect(clean(f.text, { sensitivity: 0, maxRemovedShare: 1 }).length).toBeGreaterThanOrEqual(clean(f.text, { sensitivity: 1, maxRemovedShare: 1 }).length);
    }
  });

  it('shifts every threshold by (0.5 − sensitivity) × 2', () => {
    const f = fixture('en-inline-ad.txt');
    const note = (s: number, i: number): string => analyze(f.text, { sensitivity: s }).blocks[i].reasons.at(-1)!.note!;
    expect(note(0.5, 4)).toMatch(/^inner block: threshold 2\.9\b/);
    expect(note(0, 4)).toMatch(/^inner block: threshold 3\.9\b/);
    expect(note(1, 4)).toMatch(/^inner block: threshold 1\.9\b/);
  });

  it('sensitivity 0 still removes the obvious chaff of every chaff fixture', () => {
    for (const f of FIXTURES.filter((x) => x.remove.length > 0)) expect(clean(f.text, { sensitivity: 0 }), f.file).toBe(f.expected);
  });
});

describe('option model: false', () => {
  it('runs rules only: no classifier vote or reason anywhere', () => {
    for (const f of FIXTURES) {
      for (const b of analyze(f.text, { model: false }).blocks) {
        expect(b.classifier).toBeUndefined();
        expect(b.reasons.map((r) => r.id)).not.toContain('classifier');
      }
    }
  });

  it('rules alone clean every fixture as expected', () => {
    for (const f of FIXTURES) expect(clean(f.text, { model: false }), f.file).toBe(f.expected);
  });

  it('with the default model every block has a classifier vote whose probabilities sum to 1', () => {
    for (const b of analyze(fixture('hans-inline-ad.txt').text).blocks) {
      const p = b.classifier!.probabilities;
      expect(p.body + p.promo + p.commentary + p.boilerplate).toBeCloseTo(1, 9);
    }
  });
});

describe('option maxRemovedShare (safety valve)', () => {
  const f = fixture('hant-preamble-ad.txt');

  it('0.1 keeps everything when the ads are more than 10% of the text, and says why', () => {
    const a = analyze(f.text, { maxRemovedShare: 0.1 });
    expect(a.fallback).toMatch(/^safety valve: the decisions would remove \d+% of the text, more than the 10% allowed; everything is kept$/);
    expect(a.blocks.every((b) => !b.removed)).toBe(true);
    expect(a.counts.promo).toBe(3);
    expect(clean(f.text, { maxRemovedShare: 0.1 })).toBe(f.text);
  });

  it('the share is measured in characters of the blocks', () => {
    const share = f.lines.slice(0, 3).join('').length / f.lines.join('').length;
    expect(analyze(f.text, { maxRemovedShare: 0.1 }).fallback).toContain(`remove ${Math.round(share * 100)}%`);
    expect(analyze(f.text, { maxRemovedShare: share + 0.001 }).fallback).toBeUndefined();
    expect(analyze(f.text, { maxRemovedShare: share - 0.001 }).fallback).toBeDefined();
  });

  it('the default valve (0.5) does not fire on the fixtures', () => {
    for (const x of FIXTURES) expect(analyze(x.text).fallback, x.file).toBeUndefined();
  });
});

describe('bad options and input throw DechaffError', () => {
  const code = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(DechaffError);
      expect((e as DechaffError).name).toBe('DechaffError');
      return (e as DechaffError).code;
    }
    return undefined;
  };

  const badOptions: Array<[string, unknown]> = [
    ['options null', null],
    ['options a string', 'strict'],
    ['sensitivity > 1', { sensitivity: 1.5 }],
    ['sensitivity < 0', { sensitivity: -0.1 }],
    ['sensitivity NaN', { sensitivity: NaN }],
    ['sensitivity a string', { sensitivity: '0.5' }],
    ['strip body', { strip: ['body'] }],
    ['strip an unknown label', { strip: ['spam'] }],
    ['maxRemovedShare > 1', { maxRemovedShare: 2 }],
    ['maxRemovedShare negative', { maxRemovedShare: -1 }],
    ['language not ISO', { language: 'Chinese' }],
    ['disableRules unknown id', { disableRules: ['no-such-rule'] }],
    ['ruleWeights unknown id', { ruleWeights: { 'no-such-rule': 1 } }],
    ['ruleWeights not finite', { ruleWeights: { price: Infinity } }],
    ['ruleWeights not a number', { ruleWeights: { price: '2' } }],
    ['model not a model', { model: {} }],
    ['model true', { model: true }],
  ];
  for (const [name, options] of badOptions) {
    it(`${name} → E_OPTIONS`, () => {
      expect(code(() => createCleaner(options as CleanerOptions))).toBe('E_OPTIONS');
    });
  }

  it('clean() and analyze() with bad options throw too', () => {
    expect(code(() => clean('text', { sensitivity: 3 }))).toBe('E_OPTIONS');
    expect(code(() => analyze('text', { strip: ['body' as never] }))).toBe('E_OPTIONS');
  });

  it('the message names the option', () => {
    expect(() => createCleaner({ sensitivity: 7 })).toThrow(/"sensitivity"/);
    expect(() => createCleaner({ disableRules: ['nope'] })).toThrow(/"disableRules".*"nope"/);
  });

  const rule = { id: 'my-rule', label: 'promo', weight: 1, pattern: ['x'] };
  const badRules: Array<[string, unknown]> = [
    ['rule not an object', 'promo'],
    ['id not kebab-case', { ...rule, id: 'My Rule' }],
    ['id missing', { ...rule, id: undefined }],
    ['label unknown', { ...rule, label: 'spam' }],
    ['weight not finite', { ...rule, weight: NaN }],
    ['weight a string', { ...rule, weight: '1' }],
    ['empty phrase list', { ...rule, pattern: [] }],
    ['blank phrase', { ...rule, pattern: ['ok', '  '] }],
    ['phrase too long', { ...rule, pattern: ['x'.repeat(201)] }],
    ['pattern a string', { ...rule, pattern: 'x' }],
    ['id of a built-in rule', { ...rule, id: 'price' }],
  ];
  for (const [name, r] of badRules) {
    it(`${name} → E_RULE`, () => {
      expect(code(() => createCleaner({ rules: [r as never] }))).toBe('E_RULE');
    });
  }

  it('two custom rules with one id → E_RULE', () => {
    expect(code(() => createCleaner({ rules: [rule as never, rule as never] }))).toBe('E_RULE');
  });

  for (const input of [42, null, undefined, ['text'], { text: 'x' }, Buffer.from('x')]) {
    it(`input ${Object.prototype.toString.call(input)} → E_INPUT`, () => {
      expect(code(() => clean(input as never))).toBe('E_INPUT');
      expect(code(() => analyze(input as never))).toBe('E_INPUT');
    });
  }

  it('the E_INPUT message names what was passed', () => {
    expect(() => clean(null as never)).toThrow('expected a string, got null');
    expect(() => clean(5 as never)).toThrow('expected a string, got number');
  });
});
