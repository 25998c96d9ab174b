import { describe, expect, it } from 'vitest';
import { analyze, detectLanguage } from '../../src/index.js';
import { FIXTURES } from '../fixtures/index.js';

describe('analyze() reports language and script', () => {
  for (const f of FIXTURES) {
    it(`${f.file}: ${f.lang}/${f.script}`, () => {
      const a = analyze(f.text);
      expect({ language: a.language, script: a.script }).toEqual({ language: f.lang, script: f.script });
    });
  }

  it('covers all three writing systems', () => {
    expect(new Set(FIXTURES.map((f) => `${f.lang}/${f.script}`))).toEqual(new Set(['zh/Hant', 'zh/Hans', 'en/Latn']));
  });

  it('a Traditional article with a few English ad words is still zh/Hant', () => {
    const text = '🔥 Netflix Premium 4K only $3.99/mo, DM me on Telegram\n颱風逼近，天文台表示稍後會考慮改發八號烈風或暴風信號，市民應留意最新天氣消息，並做好防風準備。';
    expect(detectLanguage(text)).toEqual({ language: 'zh', script: 'Hant' });
  });

  it('the language option overrides detection but not the script', () => {
    const f = FIXTURES.find((x) => x.script === 'Hans')!;
    const a = analyze(f.text, { language: 'ja' });
    expect(a.language).toBe('ja');
    expect(a.script).toBe('Hans');
  });

  it('empty and letter-free input is und/None with no blocks', () => {
    expect(analyze('')).toMatchObject({ language: 'und', script: 'None', blocks: [] });
    expect(analyze('\n\n  \n')).toMatchObject({ language: 'und', script: 'None', blocks: [] });
    expect(analyze('12345 67890 !!!')).toMatchObject({ language: 'und', script: 'None' });
  });
});
