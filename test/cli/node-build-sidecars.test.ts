/**
 * The Node builds (dist/index.node.js and .cjs) keep franc and redos-detector out of the bundle, in
 * dist/lazy/*.cjs, and load them on first use: language detection (analyze) and the safety check
 * of a user RegExp rule work from both the ES module and the CommonJS build, and a bare import
 * loads neither.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './helpers.js';

const SCRIPT = (load: string) => `
${load}
const before = Object.keys(require.cache ?? {}).filter((f) => f.includes('lazy')).length;
const lang = m.analyze('The city council voted on Tuesday to extend the night bus network to three new districts.').language;
const ok = m.createCleaner({ rules: [{ id: 'mine', label: 'promo', weight: 2, pattern: /buy now/i }] }).rules.length;
let refused = '';
try { m.createCleaner({ rules: [{ id: 'bad', label: 'promo', weight: 2, pattern: /(a+)+$/ }] }); } catch (e) { refused = e.code; }
const after = Object.keys(require.cache ?? {}).filter((f) => f.includes('lazy')).map((f) => require('node:path').basename(f)).sort();
console.log(JSON.stringify({ before, lang, ok, refused, after }));
`;

function run(code: string, type: 'module' | 'commonjs'): { before: number; lang: string; ok: number; refused: string; after: string[] } {
  const args = type === 'module' ? ['--input-type=module', '-e', code] : ['-e', code];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('the Node builds load franc and redos-detector from dist/lazy on first use', { timeout: 120_000 }, () => {
  beforeAll(() => ensureBuilt());

  it('the ES module build', () => {
    const dist = path.join(ROOT, 'dist', 'index.node.js');
    const out = run(`import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(dist)}); const m = await import(${JSON.stringify(dist)});` + SCRIPT(''), 'module');
    expect(out).toMatchObject({ before: 0, lang: 'en', refused: 'E_RULE', after: ['franc.cjs', 'redos-detector.cjs'] });
    expect(out.ok).toBeGreaterThan(20);
  });

  it('the CommonJS build', () => {
    const dist = path.join(ROOT, 'dist', 'index.node.cjs');
    const out = run(SCRIPT(`const m = require(${JSON.stringify(dist)});`), 'commonjs');
    expect(out).toMatchObject({ before: 0, lang: 'en', refused: 'E_RULE', after: ['franc.cjs', 'redos-detector.cjs'] });
  });
});
