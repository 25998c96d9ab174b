/**
 * A rule not marked `contextual` reads only its block's own text: its finding does not change
 * when the document around the block does. The cleaner reuses such findings across its passes,
 * so a rule that reads the document without the flag would be a silent bug.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/context.js';
import { BUILTIN_RULES, segment } from '../../src/index.js';
import type { BlockContext, DocumentContext } from '../../src/rules/rule.js';
import { FIXTURES } from '../fixtures/index.js';

/** Every fixture block scored in its own document, then with everything around it changed. */
interface Case {
  block: BlockContext;
  doc: DocumentContext;
  other: { block: BlockContext; doc: DocumentContext };
}

function contexts(): Case[] {
  const out: Case[] = [];
  for (const f of FIXTURES) {
    const { blocks, doc } = buildContext(segment(f.text), 'und', 'None');
    blocks.forEach((block) => {
      const otherDoc: DocumentContext = { language: 'en', script: 'Latn', blocks: [block], cjkShare: 1 - doc.cjkShare };
      const otherBlock: BlockContext = { ...block, index: 0, topic: { words: block.topic.words, shared: 0 }, echo: { shingles: block.echo.shingles, repeated: block.echo.shingles } };
      out.push({ block, doc, other: { block: otherBlock, doc: otherDoc } });
    });
  }
  return out;
}

describe('rule locality', () => {
  const all = contexts();

  it('covers blocks on which contextual rules do change their findings (the check can fail)', () => {
    const contextual = BUILTIN_RULES.filter((r) => r.contextual);
    expect(contextual.map((r) => r.id).sort()).toEqual(['author-box', 'body-echo', 'link-density', 'link-list', 'off-topic', 'script-mismatch']);
    const changed = contextual.filter((r) => all.some(({ block, doc, other }) => JSON.stringify(r.test(block, doc)) !== JSON.stringify(r.test(other.block, other.doc))));
    expect(changed.length).toBeGreaterThan(0);
  });

  for (const rule of BUILTIN_RULES.filter((r) => !r.contextual)) {
    it(`${rule.id} finds the same on a block whatever the document around it`, () => {
      for (const { block, doc, other } of all) expect(rule.test(other.block, other.doc)).toEqual(rule.test(block, doc));
    });
  }
});
