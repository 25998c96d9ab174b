// Builds data/model.json, the shipped naive Bayes model, from the team corpus and (when present)
// ../shared/corpora. Deterministic: same inputs, byte-identical output.
import fs from 'node:fs';
import { train } from '../src/bayes.js';
import { loadCorpora } from './corpus.js';

/** Features seen fewer times than this are dropped: they are mostly one-off bigrams that only
 * inflate the model (pruning at 2 shrinks it ~3× and changed 5-fold F1 by < 0.005). */
const MIN_COUNT = 2;
/** Hard cap on the vocabulary so that data/model.json stays under 2 MB. */
const MAX_VOCABULARY = 100_000;

const useShared = !process.argv.includes('--no-shared');
const { examples, excluded, foreign } = loadCorpora({ shared: useShared });
const model = train(examples).prune(MIN_COUNT, MAX_VOCABULARY);
const json = JSON.stringify(model.toJSON());
fs.writeFileSync('data/model.json', json + '\n');
const bySource: Record<string, Record<string, number>> = {};
for (const e of examples) {
  bySource[e.source] ??= {};
  bySource[e.source][e.label] = (bySource[e.source][e.label] ?? 0) + 1;
}
fs.writeFileSync('data/model-stats.json', JSON.stringify({ examples: examples.length, excludedAsEvalText: excluded, excludedAsNonEnglishBoilerplate: foreign, vocabulary: model.vocabularySize, bytes: json.length + 1, bySource }, null, 2) + '\n');
console.log(`model: ${examples.length} examples (${excluded} left out as eval text), vocabulary ${model.vocabularySize}, ${(json.length / 1024).toFixed(0)} KiB`);
