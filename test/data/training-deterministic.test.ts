import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { train, type Label } from '../../src/index.js';

// The team corpus ships with the repository, so this runs on a fresh clone.
function teamCorpus(): Array<{ text: string; label: Label }> {
  const dir = 'data/corpus';
  return fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) =>
    fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; label: Label }));
}

describe('training', () => {
  it('is deterministic: same examples, byte-identical model JSON', () => {
    const examples = teamCorpus();
    expect(examples.length).toBeGreaterThan(2000);
    const a = JSON.stringify(train(examples).prune(2).toJSON());
    const b = JSON.stringify(train(examples).prune(2).toJSON());
    expect(a).toBe(b);
  });

  it('does not depend on example order within a class', () => {
    const examples = teamCorpus();
    const reversed = [...examples].reverse();
    expect(JSON.stringify(train(reversed).toJSON())).toBe(JSON.stringify(train(examples).toJSON()));
  });
});
