/**
 * The Markdown view (src/markdown-view.ts): what a reader sees of each line of scraped Markdown,
 * line for line, and which lines have nothing to read.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, markdownView } from '../../src/markdown-view.js';

const viewOf = (line: string): string => markdownView(line).text;

describe('markdownView: inline markup', () => {
  it('keeps link and image text and drops their targets', () => {
    expect(viewOf('See [the report](https://x.example/r "Report") and ![a chart](c.png).')).toBe('See the report and a chart.');
    expect(viewOf('[![Logo](https://x.example/logo.png)](https://x.example/)')).toBe('Logo');
    expect(viewOf('Read [part one][1] first.')).toBe('Read part one first.');
    expect(viewOf('Mail <editor@x.example> or see <https://x.example/about>')).toBe('Mail editor@x.example or see https://x.example/about');
    expect(viewOf('[a link](https://x.example/a_(b)) stays whole')).toBe('a link stays whole');
    // A reader service's picture numbers are not the page's text.
    expect(viewOf('![Image 3](https://x.example/logo.svg)')).toBe(' ');
    expect(viewOf('![Image 1: A ferry at the pier](https://x.example/f.jpg)')).toBe('A ferry at the pier');
    expect(viewOf('[_![Image 2](https://x.example/l.svg)_](https://x.example/)')).toBe(' ');
  });

  it('drops emphasis marks, escapes and inline HTML tags, and keeps what is not markup', () => {
    expect(viewOf('A **bold**, _leaning_ and ~~struck~~ word.')).toBe('A bold, leaning and struck word.');
    expect(viewOf('snake_case_name stays, 5 * 3 stays, a ~ b stays')).toBe('snake_case_name stays, 5 * 3 stays, a ~ b stays');
    expect(viewOf('\\[not a link\\](x) and 1\\. item')).toBe('[not a link](x) and 1. item');
    expect(viewOf('line<br>break')).toBe('line break');
    expect(viewOf('code `[x](y)` stays as written')).toBe('code [x](y) stays as written');
    expect(viewOf('an [unclosed bracket (and paren')).toBe('an [unclosed bracket (and paren');
  });

  it('drops block markers: headings, bullets, quotes, table pipes; keeps an ordered item\'s number', () => {
    expect(viewOf('## A heading ##')).toBe('A heading');
    expect(viewOf('  * [ ] a task')).toBe('a task');
    expect(viewOf('12. twelfth')).toBe('12. twelfth');
    expect(viewOf('> > quoted')).toBe('quoted');
    expect(viewOf('| a | b |')).toBe('a  b');
  });
});

describe('markdownView: lines', () => {
  const text = ['# Title', 'Sub title', '=====', '', '---', '[1]: https://x.example', '```js', 'const a = [1](2);', '```', '| a | b |', '|---|:-:|', '<!-- note -->', '![](spacer.gif)', 'Text.'].join('\r\n');
  const view = markdownView(text);

  it('keeps every line break, so that line n of the view is line n of the text', () => {
    expect(view.text.split('\r\n')).toHaveLength(text.split('\r\n').length);
    expect(view.text.split('\r\n')[13]).toBe('Text.');
  });

  it('leaves blank the lines with nothing to read, and says what follows what', () => {
    const kinds = view.lines.map((l) => (l.follows ? `${l.kind}/${l.follows}` : l.kind));
    expect(kinds).toEqual(['text', 'text', 'mark/previous', 'blank', 'mark/both', 'mark/both', 'mark/both', 'code/either', 'mark/both', 'text', 'mark/both', 'mark/both', 'mark/both', 'text']);
    expect(view.text.split('\r\n').filter((l, i) => view.lines[i].kind !== 'text' && l.trim() !== '')).toEqual([]);
  });

  it('finds code fences as the CLI does (src/markdown-fence.ts): in list items and quotes, and not inline code', () => {
    const kindsOf = (lines: string[]): string[] => markdownView(lines.join('\n')).lines.map((l) => l.kind);
    // A fence in a list item, indented four spaces, and one in a quote: code.
    expect(kindsOf(['1. Install it:', '    ```sh', '    npm i [x](y)', '    ```', 'Then run it.'])).toEqual(['text', 'mark', 'code', 'mark', 'text']);
    expect(kindsOf(['> ```', '> let a = 1;', '> ```', 'After.'])).toEqual(['mark', 'code', 'mark', 'text']);
    // A shorter run or one with text after it does not close the block; a longer one does.
    expect(kindsOf(['````', '```', '``` not yet', '`````', 'After.'])).toEqual(['mark', 'code', 'code', 'mark', 'text']);
    // Backticks in the info string: inline code, not a fence; the lines after it stay text.
    expect(kindsOf(['```js``` is inline code', 'A paragraph after it.'])).toEqual(['text', 'text']);
  });

  it('never joins a lone CR and the next LF into one break (found by a property test)', () => {
    const v = markdownView('\r<!-- c -->\nText [a](/a) here.');
    expect(v.text.split(/\r\n|\r|\n/)).toHaveLength(3);
    expect(v.text.split(/\r\n|\r|\n/)[2]).toBe('Text a here.');
  });

  it('counts link text against all text, without spaces, punctuation or separators', () => {
    const v = markdownView(['[首页](/) | [国内](/china/) | [国际](/world/)', 'A sentence with [one link](/x) in it.'].join('\n'));
    expect(v.info.get('首页 | 国内 | 国际')).toEqual({ share: 1, trail: false, heading: 0 });
    expect(v.info.get('A sentence with one link in it.')!.share).toBeCloseTo(7 / 24, 5);
  });

  it('reads a breadcrumb trail as all link text', () => {
    const v = markdownView('[Home](/) / [Posts](/posts/) / Retrying with backoff');
    expect(v.info.get('Home / Posts / Retrying with backoff')).toEqual({ share: 1, trail: true, heading: 0 });
    expect(markdownView('[Home](/) and [Posts](/posts/) are pages').info.get('Home and Posts are pages')!.trail).toBe(false);
  });

  it('knows heading levels, underlined ones too', () => {
    const v = markdownView(['# One', '### Three', 'Under one', '====', 'Under two', '----', 'Not a heading'].join('\n'));
    expect(['One', 'Three', 'Under one', 'Under two', 'Not a heading'].map((t) => v.info.get(t)?.heading)).toEqual([1, 3, 1, 2, 0]);
  });

  it("marks a reader service's header", () => {
    const v = markdownView(['Title: A page', '', 'URL Source: https://x.example/a', '', 'Markdown Content:', 'Body text.'].join('\n'));
    expect(v.lines.map((l) => l.kind)).toEqual(['header', 'blank', 'header', 'blank', 'header', 'text']);
    // Without "URL Source:", a "Title:" line is text.
    expect(markdownView(['Title: A page', 'Markdown Content:'].join('\n')).lines[0].kind).toBe('text');
  });
});

describe('looksLikeMarkdown', () => {
  it('needs three inline links or images, or a reader header', () => {
    expect(looksLikeMarkdown('[a](https://x.example/a) and [b](https://x.example/b)')).toBe(false);
    expect(looksLikeMarkdown('[a](https://x.example/a) [b](/b) ![c](c.png)')).toBe(true);
    expect(looksLikeMarkdown('Title: A\nURL Source: https://x.example/\nMarkdown Content:\nText')).toBe(true);
  });

  it('is false for plain scraped text with brackets', () => {
    expect(looksLikeMarkdown('[Photo] The mayor (left) said [sic] that (a) and (b) [1] [2] [3] hold.')).toBe(false);
    expect(looksLikeMarkdown('【广告】点击[这里] (限时) [优惠] (今天)')).toBe(false);
  });
});
