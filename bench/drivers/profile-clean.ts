// CPU-profile driver, run by bench/profile.ts as
// `node --import tsx profile-clean.ts <out.cpuprofile> <bundle.mjs>` (the bundle of bench/lib/bundled.ts):
// cleans the clean() corpus once to warm up, then profiles two more passes with the inspector
// (the same V8 sampling profiler as `node --cpu-prof`, limited to the measured window).
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { loadDocuments } from '../lib/data.js';

const out = process.argv[2];
const { clean } = (await import(pathToFileURL(process.argv[3]).href)) as typeof import('../lib/internals.js');
const { docs } = loadDocuments();
for (const d of docs) clean(d);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let i = 0; i < 2; i++) for (const d of docs) clean(d);
const { profile } = await session.post('Profiler.stop');
fs.writeFileSync(out, JSON.stringify(profile));
session.disconnect();
