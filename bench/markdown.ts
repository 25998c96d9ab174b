/**
 * Section 8: scraped Markdown. The Markdown view (src/markdown-view.ts, a hand-written scanner)
 * against mdast-util-from-markdown (micromark, the parser of the unified ecosystem) on the same
 * text, and what reading a text as Markdown adds to `clean()`: clean() of the Markdown against
 * clean() of the same documents' views as plain text.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { lib } from './lib/bundled.js';
import { loadDocuments } from './lib/data.js';
import type { Section } from './lib/report.js';
import { bytesUtf8, log, measure, mulberry32, num, ratio, table } from './lib/util.js';

const { clean, markdownView } = lib;
const MB = 1e6;

/**
 * The clean() corpus written as scraped Markdown, seeded: a short line (under 40 characters) as a
 * bullet link, a longer one with its third word linked, every seventh line a heading; a setext
 * underline, an image and a code span here and there. Only for timing: the links say nothing
 * about which lines are chaff (they follow the lines' length, as menus and prose differ).
 */
export function markdownCorpus(docs: readonly string[]): string[] {
  const rng = mulberry32(11);
  return docs.map((d, k) =>
    d
      .split(/\r?\n/)
      .map((line, i) => {
        const t = line.trim();
        if (t === '') return line;
        if (t.length < 40) return `* [${t}](https://site-${k}.example/p/${i})`;
        if (i % 7 === 0) return rng() < 0.5 ? `## ${t}` : `${t}\n${'='.repeat(Math.min(t.length, 40))}`;
        const words = t.split(' ');
        if (words.length > 3) words[2] = `[${words[2]}](https://site-${k}.example/a/${i} "link")`;
        if (rng() < 0.1) words.push(`![figure](https://img.example/${k}-${i}.jpg) \`code\``);
        return words.join(' ');
      })
      .join('\n\n'),
  );
}

export async function markdownSection(): Promise<Section> {
  const { docs, source } = loadDocuments();
  const md = markdownCorpus(docs);
  const views = md.map((d) => markdownView(d).text);
  const bytes = md.reduce((a, d) => a + bytesUtf8(d), 0);
  log(`markdown: ${md.length} documents, ${num(bytes / MB)} MB`);
  const v = await measure('markdownView', () => { for (const d of md) markdownView(d); }, { time: 1000, iterations: 5, warmup: 1 });
  const m = await measure('mdast fromMarkdown', () => { for (const d of md) fromMarkdown(d); }, { time: 0, iterations: 2, warmup: 1 });
  const cm = await measure('clean markdown', () => { for (const d of md) clean(d); }, { time: 0, iterations: 3, warmup: 1 });
  const cv = await measure('clean views', () => { for (const d of views) clean(d, { markdown: false }); }, { time: 0, iterations: 3, warmup: 1 });
  const mbps = (ms: number): number => bytes / MB / (ms / 1000);
  log(`markdown: view ${num(mbps(v.mean))} MB/s, mdast ${num(mbps(m.mean))} MB/s; clean() of Markdown ${ratio(cm.mean / cv.mean)} clean() of its views`);
  const body = [
    `Corpus: ${source}, written as scraped Markdown (\`bench/markdown.ts\`, seeded: short lines as bullet links, a link in longer lines, headings, setext underlines, images and code spans): ${md.length} documents, ${num(bytes / MB)} MB of UTF-8. Baseline: mdast-util-from-markdown ${'2.0.2'} (micromark) parsing the same documents to a syntax tree.`,
    '',
    table(
      ['what', 'time per corpus pass', 'MB/s', 'time ÷ mdast'],
      [
        ['mdast-util-from-markdown `fromMarkdown` (baseline)', `${num(m.mean)} ms`, num(mbps(m.mean)), '1.00×'],
        ['dechaff `markdownView` (the view clean() reads)', `${num(v.mean)} ms`, num(mbps(v.mean)), ratio(v.mean / m.mean)],
      ],
    ),
    '',
    table(
      ['what', 'time per corpus pass', 'MB/s of the Markdown', 'time ÷ plain text'],
      [
        ['`clean(view, { markdown: false })`: the same documents as plain text (baseline)', `${num(cv.mean)} ms`, num(mbps(cv.mean)), '1.00×'],
        ['`clean(markdown)`: view, link density, decisions mapped back', `${num(cm.mean)} ms`, num(mbps(cm.mean)), ratio(cm.mean / cv.mean)],
      ],
    ),
    '',
    `The view is why dechaff reads Markdown with its own scanner: a parser that builds the whole tree costs ${ratio(m.mean / v.mean)} the view's time, and ${ratio(m.mean / cv.mean)} the time of \`clean()\` itself on the same documents.`,
  ].join('\n');
  return { title: '8. Scraped Markdown: the view vs a Markdown parser', body, targets: [], summary: [`markdown: view ${num(mbps(v.mean))} MB/s vs mdast ${num(mbps(m.mean))} MB/s; clean() of Markdown ${ratio(cm.mean / cv.mean)} of plain`] };
}
