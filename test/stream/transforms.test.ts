import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createCleaner, cleanRecordTransformStream, cleanTransformStream, DechaffError } from '../../src/index.js';
import { cleanRecordTransform, cleanTransform } from '../../src/stream/node.js';
import { ADS, hasAd, recordText, records } from './corpus.js';

const cleaner = createCleaner();

async function collectNode<T>(input: unknown[], transform: NodeJS.ReadWriteStream): Promise<T[]> {
  const out: T[] = [];
  await pipeline(
    Readable.from(input),
    transform,
    new Writable({
      objectMode: true,
      write(chunk: T, _e, cb) {
        out.push(chunk);
        cb();
      },
    }),
  );
  return out;
}

async function collectWeb<I, O>(input: I[], transform: TransformStream<I, O>): Promise<O[]> {
  const source = new ReadableStream<I>({
    start(c) {
      for (const x of input) c.enqueue(x);
      c.close();
    },
  });
  const out: O[] = [];
  const reader = source.pipeThrough(transform).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
  return out;
}

describe('cleanTransform (Node)', () => {
  it('cleans documents in order, as clean() does', async () => {
    const docs = Array.from({ length: 40 }, (_, i) => recordText(i));
    const out = await collectNode<string>(docs, cleanTransform());
    expect(out).toEqual(docs.map((d) => cleaner.clean(d)));
    out.forEach((o, i) => {
      if (hasAd(i)) expect(o).not.toContain(i % 2 ? ADS.zh : ADS.en);
    });
  });

  it('passes empty documents through and fails on a non-string chunk', async () => {
    expect(await collectNode<string>(['', 'A plain line of body text.'], cleanTransform())).toEqual(['', 'A plain line of body text.']);
    await expect(collectNode<string>([42], cleanTransform())).rejects.toThrow(DechaffError);
  });

  it('validates options when created', () => {
    expect(() => cleanTransform({ sensitivity: 2 })).toThrow(/sensitivity/);
  });
});

describe('cleanRecordTransform (Node)', () => {
  it('cleans the field in order and passes the other fields through', async () => {
    const recs = records(30);
    const out = await collectNode<Record<string, unknown>>(recs, cleanRecordTransform());
    expect(out).toHaveLength(30);
    out.forEach((o, i) => {
      expect(o).toEqual({ ...recs[i], text: cleaner.clean(recs[i].text) });
    });
    expect(recs[0].text).toBe(recordText(0)); // inputs are not mutated
  });

  it('writes to outField, keeping the input field', async () => {
    const recs = records(6);
    const out = await collectNode<Record<string, unknown>>(recs, cleanRecordTransform({ outField: 'body' }));
    out.forEach((o, i) => {
      expect(o.text).toBe(recs[i].text);
      expect(o.body).toBe(cleaner.clean(recs[i].text));
    });
  });

  it('handles invalid records as told', async () => {
    const input = [{ text: 'Kept body text.' }, { text: 5 }, 'nope', { body: 'x' }];
    await expect(collectNode(input, cleanRecordTransform())).rejects.toThrow(/record 2: expected an object with a string "text" field/);
    expect(await collectNode(input, cleanRecordTransform({ invalid: 'skip' }))).toEqual([{ text: 'Kept body text.' }]);
    expect(await collectNode(input, cleanRecordTransform({ invalid: 'keep' }))).toEqual(input);
    expect(await collectNode([{ body: 'Some body.' }], cleanRecordTransform({ field: 'body', invalid: 'error' }))).toEqual([{ body: 'Some body.' }]);
  });
});

describe('web TransformStreams', () => {
  it('cleanTransformStream cleans documents in order', async () => {
    const docs = Array.from({ length: 25 }, (_, i) => recordText(i));
    expect(await collectWeb(docs, cleanTransformStream())).toEqual(docs.map((d) => cleaner.clean(d)));
  });

  it('cleanTransformStream errors on a non-string chunk', async () => {
    await expect(collectWeb([1 as unknown as string], cleanTransformStream())).rejects.toThrow(/expected a string document/);
  });

  it('cleanRecordTransformStream cleans the field and passes the rest through', async () => {
    const recs = records(20);
    const out = await collectWeb(recs, cleanRecordTransformStream<(typeof recs)[number] & { body?: string }>({ outField: 'body' }));
    out.forEach((o, i) => expect(o).toEqual({ ...recs[i], body: cleaner.clean(recs[i].text) }));
    const skipped = await collectWeb<object, object>([{ text: 1 }, { text: 'Body.' }], cleanRecordTransformStream({ invalid: 'skip' }));
    expect(skipped).toEqual([{ text: 'Body.' }]);
  });

  it('the web module imports no Node built-ins', async () => {
    const { readFileSync } = await import('node:fs');
    for (const f of ['web.ts', 'record.ts', 'json-line.ts']) {
      const src = readFileSync(new URL(`../../src/stream/${f}`, import.meta.url), 'utf8');
      expect(src, f).not.toMatch(/from ['"]node:|require\(/);
    }
  });
});
