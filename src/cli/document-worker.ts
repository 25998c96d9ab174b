import { parentPort, workerData } from 'node:worker_threads';
import { checkDocument } from './document.js';
import type { DocumentWorkerData } from './large-document.js';
import { threadCleaner } from './thread-cleaner.js';

// One document, checked in a thread of its own (see src/cli/large-document.ts): the cleaner is
// built from the main thread's options, the check's result posted back.
const data = workerData as DocumentWorkerData;
const cleaner = threadCleaner(data, data.markdownCleaner ? { markdown: true } : {});
parentPort!.postMessage(checkDocument(data.text, cleaner, data.check));
