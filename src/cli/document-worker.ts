import { parentPort, workerData } from 'node:worker_threads';
import { createCleaner, loadModel } from '../index.js';
import { checkDocument } from './document.js';
import type { DocumentWorkerData } from './large-document.js';

// One document, checked in a thread of its own (see src/cli/large-document.ts): the cleaner is
// built from the main thread's options, the check's result posted back.
const data = workerData as DocumentWorkerData;
const cleaner = createCleaner({ ...data.options, ...(data.markdownCleaner && { markdown: true }), ...(data.model !== undefined && { model: loadModel(data.model) }) });
parentPort!.postMessage(checkDocument(data.text, cleaner, data.check));
