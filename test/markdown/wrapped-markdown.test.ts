/**
 * Hard-wrapped Markdown (a site's posts written at 80 columns): the view's lines of a wrapped
 * paragraph are judged as one block (src/wrapped-lines.ts, on the Markdown text's own lines), and
 * the decision is every one of its lines'. A list item, a heading, a quote or a table row starts a
 * block of its own.
 */
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../src/index.js';
import { markdownView } from '../../src/markdown-view.js';
import { segment } from '../../src/segment.js';
import { joinWrappedLines } from '../../src/wrapped-lines.js';
import { TUNABLES } from '../../src/tunables.js';

// A post written for this test, wrapped at 72 columns as an editor would.
const POST = `# Repairing a dry-stone wall

Dry-stone walls last for centuries when they are built well, and most of
the ones that fall down do so because water has washed out the small
stones that hold the big ones in place. The repair is slow but simple.

- take the fallen stones out and sort them by size, keeping the long ones
  for the through-stones that tie both faces of the wall together
- dig the footing down to firm ground and lay the largest stones first,
  with their length running into the wall rather than along it
- fill every gap behind the face with small stones as you go, because a
  wall with a hollow middle will bulge within a couple of winters

> A wall is only as good as its hearting, the old wallers used to say, and
> the hearting is the part that nobody ever sees once the job is done.

Finish with a row of coping stones set on edge, tight against each other,
so that sheep cannot knock them off and rain runs away from the wall.
Gates, stiles and the water gaps under a wall are for later posts, along
with a few other closely related dry-stone walling and hedge laying
topics.

Enjoyed this guide? Subscribe to our newsletter and get a new walling
guide in your inbox every month. No spam, unsubscribe at any time.
`;

describe('hard-wrapped Markdown', () => {
  it('joins the lines of a paragraph, a list item and a quote; not two items, nor a heading', () => {
    const view = markdownView(POST);
    const raw = POST.split(/\r\n|\r|\n/);
    const blocks = joinWrappedLines(view.text, segment(view.text), TUNABLES, raw);
    const spans = blocks.map((b) => [b.line, b.line + b.text.split('\n').length - 1]);
    expect(spans).toContainEqual([3, 5]); // the first paragraph
    expect(spans).toContainEqual([7, 8]); // the first list item, not the second
    expect(spans).toContainEqual([9, 10]);
    expect(spans).toContainEqual([11, 12]);
    expect(spans).toContainEqual([14, 15]); // the quote
    expect(spans).toContainEqual([1, 1]); // the heading alone
  });

  it('keeps every line of the post, a last word alone on its line too, and removes every line of the wrapped pitch', () => {
    const a = createCleaner({ markdown: true }).analyze(POST);
    const pitch = a.blocks.filter((b) => /newsletter|unsubscribe/.test(b.text));
    expect(pitch).toHaveLength(2);
    for (const b of pitch) expect(b.removed).toBe(true);
    for (const b of a.blocks) if (!pitch.includes(b)) expect(b.removed).toBe(false);
    expect(a.markdown).toBe(true);
  });
});
