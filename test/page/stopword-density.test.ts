import { describe, expect, it } from 'vitest';
import { stopwordDensity } from '../../src/page-text-shape.js';

// Invented lines: running prose is full of function words in every script; names, headlines and
// menu items are not.
describe('stopword density per script', () => {
  it('measures Han text by its function characters', () => {
    const prose = stopwordDensity('我们到了山上以后才发现这里的风景比想象中还要好看得多');
    const names = stopwordDensity('城北科技园区管理委员会办公室');
    expect(prose.script).toBe('han');
    expect(names.script).toBe('han');
    expect(prose.density).toBeGreaterThan(0.25);
    expect(names.density).toBeLessThan(0.1);
  });

  it('measures Japanese text by its hiragana', () => {
    const prose = stopwordDensity('駅から歩いて五分ほどの場所にある小さな店で、昼は定食を出している。');
    const menu = stopwordDensity('カテゴリー一覧 ランキング');
    expect(prose.script).toBe('kana');
    expect(prose.density).toBeGreaterThan(0.3);
    expect(menu.density).toBeLessThan(0.2);
  });

  it('measures Latin text by English stopwords', () => {
    const prose = stopwordDensity('We walked to the old harbour and sat there for an hour while the boats came in.');
    const headline = stopwordDensity('Quarterly Widget Sales Figures Released');
    expect(prose.script).toBe('latin');
    expect(prose.density).toBeGreaterThan(0.32);
    expect(headline.density).toBeLessThan(0.3);
  });

  it('has no script for a block without letters', () => {
    expect(stopwordDensity('— 12:30 —').script).toBeUndefined();
  });

  it('counts words as the block reads them: any case, either apostrophe, digits, Han between words', () => {
    // Six words, each with a letter; three stopwords: it's, the, don't (curly apostrophes read as
    // straight ones, any case).
    expect(stopwordDensity('It’s THE boat, don’t x2 Boat')).toEqual({ density: 3 / 6, script: 'latin' });
    // A number alone is no word; an apostrophe starts none but ends one ("the'"); Han stands
    // between words.
    expect(stopwordDensity("2024 'the' 港口the港口and")).toEqual({ density: 2 / 3, script: 'latin' });
    // A stopword glued to more letters, digits or letters of other alphabets is no stopword.
    expect(stopwordDensity('theory the2 thé')).toEqual({ density: 0, script: 'latin' });
    // The longest stopwords are found, a letter more is no stopword.
    expect(stopwordDensity('Himself because herselfs')).toEqual({ density: 2 / 3, script: 'latin' });
  });
});

