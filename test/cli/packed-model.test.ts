/**
 * `--model FILE` reads a packed model (`toBinary()`) as well as JSON; a damaged packed model is
 * refused with exit 2 and one line naming the file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { train } from '../../src/index.js';
import { ensureBuilt, fixture, put, run, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

const model = train([
  { text: 'Get Spotify Premium for only $2.99 a month, DM us now', label: 'promo' },
  { text: 'Subscribe to our channel for daily deals and free gifts', label: 'promo' },
  { text: 'The council approved the budget after a long debate on Tuesday evening.', label: 'body' },
  { text: 'Residents said the new bus lanes had shortened their journeys.', label: 'body' },
  { text: 'In conclusion, this article offers a timely and thorough analysis.', label: 'commentary' },
  { text: 'All rights reserved. Do not reproduce without permission.', label: 'boilerplate' },
]);

describe('dechaff clean --model with a packed model', { timeout: 90_000 }, () => {
  it('cleans as with the same model in JSON', () => {
    const dir = tempDir();
    put(dir, 'm.json', JSON.stringify(model.toJSON()));
    put(dir, 'm.bin', Buffer.from(model.toBinary()));
    const input = fixture('en-post.txt');
    const json = run(['clean', '--model', 'm.json'], { cwd: dir, input });
    const packed = run(['clean', '--model', 'm.bin'], { cwd: dir, input });
    expect(json.status).toBe(0);
    expect(packed.status).toBe(0);
    expect(packed.stdout).toBe(json.stdout);
  });

  it('refuses a damaged packed model: exit 2, one line naming the file', () => {
    const dir = tempDir();
    const bytes = Buffer.from(model.toBinary());
    bytes[bytes.length - 1] ^= 1;
    put(dir, 'bad.bin', bytes);
    const r = run(['clean', '--model', 'bad.bin'], { cwd: dir, input: 'hello' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.bin: model: checksum mismatch/);
  });
});
