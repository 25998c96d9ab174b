import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, put, run, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

function printConfig(cwd: string, ...args: string[]): Record<string, unknown> {
  const r = run(['check', '--print-config', ...args], { cwd });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('configuration', { timeout: 90_000 }, () => {
  it('--print-config prints the defaults when there is no config', () => {
    const dir = tempDir();
    expect(printConfig(dir)).toEqual({ sensitivity: 0.5, strip: ['promo', 'commentary', 'boilerplate'], rules: {}, phrases: {}, ignore: [], maxRemovedShare: 0.5 });
    // Also without a command.
    const r = run(['--print-config'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ sensitivity: 0.5 });
  });

  it('precedence: --config over .dechaffrc over package.json, searched from the cwd upward', () => {
    const dir = tempDir();
    put(dir, 'package.json', JSON.stringify({ name: 'site', dechaff: { sensitivity: 0.1 } }));
    put(dir, 'sub/deeper/.keep', '');
    expect(printConfig(`${dir}/sub/deeper`).sensitivity).toBe(0.1);
    put(dir, '.dechaffrc', 'sensitivity: 0.2\nstrip: [promo]\n');
    expect(printConfig(`${dir}/sub/deeper`)).toMatchObject({ sensitivity: 0.2, strip: ['promo'] });
    put(dir, 'sub/dechaff.config.json', JSON.stringify({ sensitivity: 0.3 }));
    expect(printConfig(`${dir}/sub/deeper`).sensitivity).toBe(0.3);
    put(dir, 'other.yaml', 'sensitivity: 0.9\n');
    expect(printConfig(`${dir}/sub/deeper`, '--config', '../../other.yaml').sensitivity).toBe(0.9);
    // A command-line flag beats every file.
    expect(printConfig(`${dir}/sub/deeper`, '--sensitivity', '0.7').sensitivity).toBe(0.7);
  });

  it('a package.json without a "dechaff" key is passed over', () => {
    const dir = tempDir();
    put(dir, '.dechaffrc.json', JSON.stringify({ sensitivity: 0.4 }));
    put(dir, 'app/package.json', JSON.stringify({ name: 'app' }));
    expect(printConfig(`${dir}/app`).sensitivity).toBe(0.4);
  });

  it.each([
    ['an unknown key', { sensitivty: 0.5 }, /"sensitivty" is not a known field/],
    ['a wrong type', { strip: 'promo' }, /"strip" must be an array/],
    ['an unknown label', { strip: ['ads'] }, /"strip\[0\]" must be one of/],
    ['an unknown rule id', { rules: { 'no-such-rule': 'off' } }, /"rules\.no-such-rule" is not a built-in rule/],
    ['a bad rule value', { rules: { price: 'on' } }, /"rules\.price" must be "off" or a finite number/],
    ['an out-of-range number', { maxRemovedShare: 2 }, /"maxRemovedShare" must be a number from 0 to 1/],
    ['a bad phrase list', { phrases: { promo: [''] } }, /"phrases\.promo\[0\]"/],
    ['a __proto__ key', JSON.parse('{"__proto__": {"sensitivity": 1}}') as object, /"__proto__" is a forbidden key/],
    ['a nested constructor key', { rules: { constructor: 1 } }, /"rules\.constructor" is a forbidden key/],
  ])('rejects %s naming the file and the field (exit 2)', (_what, config, message) => {
    const dir = tempDir();
    put(dir, 'a.md', fixture('clean-post.md'));
    put(dir, 'dechaff.config.json', JSON.stringify(config));
    const r = run(['check', 'a.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dechaff: dechaff\.config\.json: /);
    expect(r.stderr).toMatch(message);
  });

  it('rejects invalid JSON and YAML with the file name', () => {
    const dir = tempDir();
    put(dir, '.dechaffrc.yml', 'sensitivity: [\n');
    expect(run(['check', '--print-config'], { cwd: dir }).stderr).toMatch(/^dechaff: \.dechaffrc\.yml: invalid YAML/);
    const other = tempDir();
    put(other, '.dechaffrc.json', '{ "sensitivity": }');
    const r = run(['check', '--print-config'], { cwd: other });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dechaff: \.dechaffrc\.json: invalid JSON/);
    expect(run(['check', '--config', 'missing.json', '--print-config'], { cwd: other }).stderr).toMatch(/missing\.json: cannot read/);
  });

  it('rules: "off" turns a built-in rule off, a number sets its weight', () => {
    const dir = tempDir();
    put(dir, 'en.txt', fixture('en-post.txt'));
    put(dir, '.dechaffrc.json', JSON.stringify({ rules: { 'editor-voice': 'off', price: 2 } }));
    const data = JSON.parse(run(['check', 'en.txt', '-f', 'json'], { cwd: dir }).stdout) as Array<{ findings: Array<{ ruleIds: string[]; reasons: Array<{ id: string; weight: number }> }> }>;
    const all = data[0].findings.flatMap((f) => f.reasons.map((r) => r.id));
    expect(all).not.toContain('editor-voice');
    expect(data[0].findings[0].reasons.find((r) => r.id === 'price')?.weight).toBeGreaterThan(0);
  });

  it('phrases become rules that flag the lines holding them', () => {
    const dir = tempDir();
    const article = fixture('en-post.txt').split('\n').slice(1, 5).join('\n');
    put(dir, 'post.txt', `${article}\nBrought to you by Acme Widgets Weekly.\n`);
    expect(run(['check', 'post.txt'], { cwd: dir }).status).toBe(0);
    put(dir, '.dechaffrc.json', JSON.stringify({ phrases: { boilerplate: ['brought to you by acme'] } }));
    const r = run(['check', 'post.txt', '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const f = (JSON.parse(r.stdout) as Array<{ findings: Array<{ line: number; ruleIds: string[] }> }>)[0].findings;
    expect(f.map((x) => x.line)).toEqual([5]);
    expect(f[0].ruleIds).toContain('phrases-boilerplate');
  });

  it('ignore globs and .dechaffignore leave files out', () => {
    const dir = tempDir();
    put(dir, 'docs/a.txt', fixture('en-post.txt'));
    put(dir, 'docs/drafts/b.txt', fixture('en-post.txt'));
    put(dir, 'docs/vendor/c.txt', fixture('en-post.txt'));
    put(dir, '.dechaffrc.json', JSON.stringify({ ignore: ['drafts/'] }));
    put(dir, '.dechaffignore', '# generated\n/docs/vendor\n');
    const r = run(['check', 'docs', '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as Array<{ file: string }>).map((x) => x.file)).toEqual(['docs/a.txt']);
    // Everything matched but ignored: nothing to do, exit 0.
    expect(run(['check', 'docs/drafts/b.txt'], { cwd: dir }).status).toBe(0);
  });
});
