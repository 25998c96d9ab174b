import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../cli/helpers.js';

beforeAll(ensureBuilt, 180_000);

// The built `dechaff/node` entry imports the cleaner from the main entry by the package's own
// name; this checks that Node resolves it, from ESM and from CommonJS.
describe('the dechaff/node entry', { timeout: 60_000 }, () => {
  const doc = '🎬 Netflix 合租 只需 HK$38/月！加LINE: abc12345\n城市交通新措施下月實施\n運輸署今日公布，城市主要幹道將於下月起實施新的交通管理措施，包括延長巴士專線的運作時間及增設過路設施，以改善繁忙時段的交通情況。';

  it('cleans through a Node Transform (ESM)', () => {
    const src = `import { Readable } from 'node:stream';
      import { cleanTransform } from 'dechaff/node';
      const out = [];
      for await (const x of Readable.from([${JSON.stringify(doc)}]).pipe(cleanTransform())) out.push(x);
      process.stdout.write(JSON.stringify(out));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', src], { cwd: ROOT, encoding: 'utf8' }));
    expect(out).toHaveLength(1);
    expect(out[0]).not.toContain('Netflix');
    expect(out[0]).toContain('運輸署今日公布');
  });

  it('loads from CommonJS', () => {
    const src = `const m = require('dechaff/node'); process.stdout.write(Object.keys(m).sort().join(','));`;
    expect(execFileSync(process.execPath, ['-e', src], { cwd: ROOT, encoding: 'utf8' })).toBe('cleanRecordTransform,cleanRecordTransformStream,cleanTransform,cleanTransformStream');
  });
});
