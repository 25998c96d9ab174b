/**
 * A long menu at the top of a page makes it a page, even when its article is long enough that
 * fewer than half of its blocks are short (`pageEdgeRunAlone`): the menu goes, the article stays.
 * A short run at the edge of such a document does not: an article with a few short lines at its
 * top is judged as an article.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';
import { TUNABLES as t } from '../../src/tunables.js';

// A review written for this test: long enough that its paragraphs outnumber the menu's lines.
const ARTICLE = [
  'The Lighthouse Keeper’s Daughter',
  'The new novel by Marta Keller follows a girl who grows up on a rock in the North Sea, where her father keeps the light and her mother keeps the accounts of every ship that passes.',
  'Keller wrote it over six winters on the island of Hallig, and the weather is the book’s second character: storms arrive in the middle of sentences and leave the furniture wet.',
  'The girl, Ilse, learns the signals of the lamps before she learns to read, and the novel is at its best when it lets her name the ships by the rhythm of their lights.',
  'Halfway through, a stranger is pulled out of the water after a wreck, and the family has to decide whether to report him to the mainland or to hide him in the store room.',
  'The second half is slower. The stranger’s story is told in letters, and the letters are less alive than the island, although the last of them is the finest page of the book.',
  'Keller’s prose is plain and exact. She rarely uses a metaphor where a fact will do, and the facts she chooses are the ones a child would notice: the smell of paraffin, a cracked cup.',
  'There are flaws. The mother disappears from the story for a hundred pages, and the ending resolves the stranger’s fate in a paragraph that feels hurried after so much patience.',
  'Still, it is a rare novel that makes a reader feel the cold of a place, and this one does it on every page. It will be read in the winter, by the window, with the lamp on.',
  'The Lighthouse Keeper’s Daughter is published by Northwind Books in March, at 320 pages.',
];
const MENU = ['Home', 'News', 'Politics', 'Culture', 'Books', 'Music', 'Film', 'Science', 'Travel', 'Podcasts', 'Newsletters', 'Log in'];
// Enough blocks for a page (`pageMinBlocks`): the review's paragraphs told twice as a two-part feature.
const BODY = [...ARTICLE, ...ARTICLE.slice(1).map((p) => `${p.slice(0, -1)}, the reviewer adds.`), ...ARTICLE.slice(1, 9).map((p) => `In part two: ${p}`)];

describe('a long menu at the top', () => {
  it('makes a document a page although most of its blocks are long', () => {
    const text = [...MENU, ...BODY].join('\n');
    const shortShare = MENU.length / (MENU.length + BODY.length);
    expect(shortShare).toBeLessThan(t.pageShortShare);
    expect(MENU.length).toBeGreaterThanOrEqual(t.pageEdgeRunAlone);
    const a = analyze(text);
    expect(a.mode).toBe('page');
    expect(clean(text)).toBe(BODY.join('\n'));
  });

  it('does not when the run at the top is short', () => {
    // The headline is short too: with it, the run at the top is one block short.
    const text = [...MENU.slice(0, t.pageEdgeRunAlone - 2), ...BODY].join('\n');
    expect(analyze(text).mode).toBe('article');
  });
});
