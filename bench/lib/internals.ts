// What the in-process benchmarks measure: the library's public API and the internal stages they
// time one by one. Bundled by bench/lib/bundled.ts the way tsup bundles dist/.
export * from '../../src/index.js';
export { buildContext } from '../../src/context.js';
export { scanBlock } from '../../src/features.js';
export { packedPrefixLength } from '../../src/model-binary.js';
export { PHRASES } from '../../src/phrase-scan.js';
export { markdownView } from '../../src/markdown-view.js';
