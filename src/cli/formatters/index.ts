import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { FileReport, Formatter } from './types.js';

/** The report formats, by `--format` name. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, github, sarif };

/** The `--format` names. */
export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATTERS);
