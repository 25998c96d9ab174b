/**
 * Markup that says nothing about a line changes no decision: every fixture document, its words
 * set in bold and italics here and there and its punctuation escaped, read as Markdown, gets the
 * same label and removal on every line as the plain document. The view gives back the plain
 * text; this checks that it does so on real documents of every kind (Chinese and English, ads,
 * commentary, boilerplate, clean articles).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { markdownView } from '../../src/markdown-view.js';
import { FIXTURES } from '../fixtures/index.js';

/** Bold the first word of a line, italicize the last, escape the first ASCII punctuation mark
 * that Markdown could read as markup. */
function decorate(line: string): string {
  let out = line.replace(/[*_[\]\\`<!~]/, (c) => `\\${c}`);
  out = out.replace(/^(\s*)([A-Za-z\u4e00-\u9fff]{2,})/, '$1**$2**');
  out = out.replace(/([A-Za-z]{2,})([.!?]?)\s*$/, '*$1*$2');
  return out;
}

describe('markup that says nothing changes no decision', () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))('%s', (_, f) => {
    const decorated = f.lines.map(decorate).join('\n');
    expect(decorated).not.toBe(f.lines.join('\n'));
    expect(markdownView(decorated).text).toBe(f.lines.join('\n'));
    const plain = analyze(f.lines.join('\n'), { markdown: false }).blocks;
    const md = analyze(decorated, { markdown: true }).blocks;
    expect(md.map((b) => [b.line, b.label, b.removed])).toEqual(plain.map((b) => [b.line, b.label, b.removed]));
  });
});
