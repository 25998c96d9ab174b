/**
 * Untrusted config files (and --model files) for the CLI: a __proto__ / constructor / prototype
 * key anywhere — JSON, YAML, a package.json's "dechaff" key; top level, nested, inside arrays — is
 * refused with exit code 2 and one line naming the file and the field, never a stack trace.
 * Runs the built CLI as a subprocess in temp dirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { train } from '../../src/index.js';
import { ensureBuilt, put, run, tempDir } from '../cli/helpers.js';

beforeAll(ensureBuilt, 180_000);

const BODY = 'The city council voted on Tuesday to extend the night bus network to three new districts.\n';

function expectRefused(r: { status: number | null; stdout: string; stderr: string }, file: string, field: string): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toContain(`dechaff: ${file}: "${field}" is a forbidden key`);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stdout).toBe('');
}

describe('config files with prototype keys are refused (exit 2, file and field named)', { timeout: 90_000 }, () => {
  const JSON_CASES: Array<[string, string, string]> = [
    ['top-level __proto__', '{"__proto__": {"sensitivity": 1}}', '__proto__'],
    ['top-level constructor', '{"constructor": {"prototype": {"polluted": true}}}', 'constructor'],
    ['top-level prototype', '{"prototype": {}}', 'prototype'],
    ['__proto__ in rules', '{"rules": {"__proto__": {"price": "off"}}}', 'rules.__proto__'],
    ['constructor in phrases', '{"phrases": {"constructor": ["x"]}}', 'phrases.constructor'],
    ['__proto__ inside an array', '{"strip": [{"__proto__": {"x": 1}}]}', 'strip[0].__proto__'],
    ['deeply nested', '{"phrases": {"promo": [{"a": {"prototype": 1}}]}}', 'phrases.promo[0].a.prototype'],
  ];
  for (const [name, text, field] of JSON_CASES) {
    it(`dechaff.config.json: ${name}`, () => {
      const dir = tempDir();
      put(dir, 'dechaff.config.json', text);
      put(dir, 'post.txt', BODY);
      expectRefused(run(['check', 'post.txt'], { cwd: dir }), 'dechaff.config.json', field);
    });
  }

  it('YAML (.dechaffrc.yml): __proto__ key at the top and nested', () => {
    const dir = tempDir();
    put(dir, 'post.txt', BODY);
    put(dir, '.dechaffrc.yml', '__proto__:\n  sensitivity: 1\n');
    expectRefused(run(['check', 'post.txt'], { cwd: dir }), '.dechaffrc.yml', '__proto__');
    put(dir, '.dechaffrc.yml', 'rules:\n  constructor: off\n');
    expectRefused(run(['check', 'post.txt'], { cwd: dir }), '.dechaffrc.yml', 'rules.constructor');
  });

  it('.dechaffrc (JSON or YAML by content) and --config FILE', () => {
    const dir = tempDir();
    put(dir, 'post.txt', BODY);
    put(dir, '.dechaffrc', '{"phrases": {"__proto__": ["x"]}}');
    expectRefused(run(['clean', 'post.txt'], { cwd: dir }), '.dechaffrc', 'phrases.__proto__');
    put(dir, 'conf/custom.yaml', 'prototype: 1\n');
    expectRefused(run(['clean', '--config', 'conf/custom.yaml', 'post.txt'], { cwd: dir }), 'conf/custom.yaml', 'prototype');
  });

  it('package.json: under the "dechaff" key', () => {
    const dir = tempDir();
    put(dir, 'post.txt', BODY);
    put(dir, 'package.json', '{"name": "site", "dechaff": {"__proto__": {"sensitivity": 1}}}');
    expectRefused(run(['check', 'post.txt'], { cwd: dir }), 'package.json', '__proto__');
  });

  it('--print-config also refuses (the config is validated before anything is printed)', () => {
    const dir = tempDir();
    put(dir, 'dechaff.config.json', '{"constructor": 1}');
    expectRefused(run(['--print-config'], { cwd: dir }), 'dechaff.config.json', 'constructor');
  });
});

describe('--model files with prototype keys are refused', { timeout: 90_000 }, () => {
  it('exit 2, naming the model field, no stack trace', () => {
    const dir = tempDir();
    put(dir, 'post.txt', BODY);
    const json = JSON.stringify(train([{ text: 'The council voted.', label: 'body' }, { text: 'Buy now!', label: 'promo' }]).toJSON());
    put(dir, 'model.json', `{"__proto__":{"polluted":true},${json.slice(1)}`);
    const r = run(['clean', '--model', 'model.json', 'post.txt'], { cwd: dir });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/model.*"__proto__" is a forbidden key/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});
