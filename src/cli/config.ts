import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { BUILTIN_RULES, createCleaner, LABELS, NOISE_LABELS, type CleanerOptions, type CustomRule, type Label, type NoiseLabel } from '../index.js';
import { CliError } from './errors.js';
import { compileIgnorePattern, parseIgnoreFile, type IgnoreRule } from './ignore.js';

/** The configuration as written in a config file. Every field is optional. */
export interface DechaffConfig {
  /** 0 (remove only the most certain chaff) to 1 (remove more). */
  sensitivity?: number;
  /** Which chaff labels count as findings and are removed by `--fix`. */
  strip?: NoiseLabel[];
  /** Built-in rules by id: `"off"` turns a rule off, a number sets its weight. */
  rules?: Record<string, 'off' | number>;
  /** Extra phrases per label, each list turned into a rule `phrases-<label>`. */
  phrases?: Partial<Record<Label, string[]>>;
  /** Gitignore-like globs of files not to check, relative to the config file's directory. */
  ignore?: string[];
  /** The most of a document (share of characters) that may be removed; beyond it nothing is. */
  maxRemovedShare?: number;
}

/** The configuration with every default filled in. */
export type FullConfig = Required<DechaffConfig>;

/** The configuration in force and where it came from. */
export interface ResolvedConfig {
  /** The config file, when one was found or given. */
  file?: string;
  /** The configuration, defaults filled in. */
  config: FullConfig;
  /** Ignore rules from the config's `ignore` and `.dechaffignore` in the working directory. */
  ignore: IgnoreRule[];
}

/** Config file names, in the order they are looked for in each directory. */
export const CONFIG_FILES: readonly string[] = ['dechaff.config.json', '.dechaffrc', '.dechaffrc.json', '.dechaffrc.yml', '.dechaffrc.yaml', 'package.json'];

/** The ignore file read from the working directory. */
export const IGNORE_FILE = '.dechaffignore';

/** Weight of a rule made from a config phrase list: one hit reaches the threshold inside the body. */
export const PHRASE_WEIGHT = 3;

/** Files and folders never checked. */
export const DEFAULT_IGNORES: readonly string[] = ['node_modules/', '.git/'];

const KEYS: ReadonlySet<string> = new Set(['sensitivity', 'strip', 'rules', 'phrases', 'ignore', 'maxRemovedShare']);
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_PHRASE_LENGTH = 200;

/** The defaults of every field. */
export function defaultConfig(): FullConfig {
  return { sensitivity: 0.5, strip: [...NOISE_LABELS], rules: {}, phrases: {}, ignore: [], maxRemovedShare: 0.5 };
}

/**
 * Find the config file: each directory from `cwd` up to the root is searched for
 * `CONFIG_FILES` in order; a package.json counts only when it has a `"dechaff"` key.
 *
 * @param cwd where to start
 * @returns the first config file found, or undefined
 */
export function findConfigFile(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      if (!isFile(file)) continue;
      if (name === 'package.json') {
        const pkg = readConfigData(file);
        if (pkg === undefined) continue;
      }
      return file;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Read and parse a config file (JSON, YAML, or a package.json's `"dechaff"` key).
 *
 * @param file the config file
 * @returns the raw data; undefined for a package.json without a `"dechaff"` key
 * @throws CliError when the file cannot be read or parsed
 */
export function readConfigData(file: string): unknown {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${shown}: cannot read the config file${code === 'ENOENT' ? ' (no such file)' : code === 'EISDIR' ? ' (it is a directory)' : `: ${(e as Error).message}`}`);
  }
  const base = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (base === 'package.json') {
    const pkg = parseJson(text, shown);
    if (pkg === null || typeof pkg !== 'object' || Array.isArray(pkg)) throw new CliError(`${shown}: not a JSON object`);
    return Object.prototype.hasOwnProperty.call(pkg, 'dechaff') ? (pkg as Record<string, unknown>).dechaff : undefined;
  }
  if (ext === '.json') return parseJson(text, shown);
  if (ext === '.yml' || ext === '.yaml') return parseYamlText(text, shown);
  // .dechaffrc and other names: JSON when it looks like JSON, YAML otherwise.
  return text.trimStart().startsWith('{') ? parseJson(text, shown) : parseYamlText(text, shown);
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`${shown}: invalid JSON: ${(e as Error).message}`);
  }
}

function parseYamlText(text: string, shown: string): unknown {
  try {
    // Loaded only for a YAML config: its import is ~60 ms of a CLI run.
    const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    return parse(text, { uniqueKeys: true }) ?? {};
  } catch (e) {
    throw new CliError(`${shown}: invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

/**
 * Validate raw config data strictly: unknown keys, wrong types, out-of-range numbers, unknown rule
 * ids and prototype-polluting keys are errors naming the file and the field.
 *
 * @param data the parsed file
 * @param file the file, for messages
 * @returns the validated config
 * @throws CliError naming the file and field
 */
export function validateConfig(data: unknown, file: string): DechaffConfig {
  const shown = displayPath(file);
  const fail = (field: string, what: string): never => {
    throw new CliError(`${shown}: ${field ? `"${field}" ` : ''}${what}`);
  };
  rejectForbiddenKeys(data, '', fail);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) fail('', 'the configuration must be an object');
  const raw = data as Record<string, unknown>;
  const out: DechaffConfig = {};
  for (const key of Object.keys(raw)) {
    if (!KEYS.has(key)) fail(key, `is not a known field (known: ${[...KEYS].join(', ')})`);
  }
  if (raw.sensitivity !== undefined) out.sensitivity = unitNumber(raw.sensitivity, 'sensitivity', fail);
  if (raw.maxRemovedShare !== undefined) out.maxRemovedShare = unitNumber(raw.maxRemovedShare, 'maxRemovedShare', fail);
  if (raw.strip !== undefined) {
    if (!Array.isArray(raw.strip)) fail('strip', `must be an array of labels (${NOISE_LABELS.join(', ')})`);
    const strip = raw.strip as unknown[];
    strip.forEach((l, i) => {
      if (!NOISE_LABELS.includes(l as NoiseLabel)) fail(`strip[${i}]`, `must be one of ${NOISE_LABELS.join(', ')}; got ${JSON.stringify(l)}`);
    });
    out.strip = [...new Set(strip as NoiseLabel[])];
  }
  if (raw.rules !== undefined) {
    if (!isPlainObject(raw.rules)) fail('rules', 'must be an object of rule id → "off" or a number');
    const known = BUILTIN_RULES.map((r) => r.id);
    const rules: Record<string, 'off' | number> = {};
    for (const [id, v] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (!known.includes(id)) fail(`rules.${id}`, `is not a built-in rule (known: ${known.join(', ')})`);
      if (v === 'off') rules[id] = 'off';
      else if (typeof v === 'number' && Number.isFinite(v)) rules[id] = v;
      else fail(`rules.${id}`, `must be "off" or a finite number; got ${JSON.stringify(v)}`);
    }
    out.rules = rules;
  }
  if (raw.phrases !== undefined) {
    if (!isPlainObject(raw.phrases)) fail('phrases', `must be an object of label → list of phrases (labels: ${LABELS.join(', ')})`);
    const phrases: Partial<Record<Label, string[]>> = {};
    for (const [label, list] of Object.entries(raw.phrases as Record<string, unknown>)) {
      if (!LABELS.includes(label as Label)) fail(`phrases.${label}`, `is not a label (labels: ${LABELS.join(', ')})`);
      if (!Array.isArray(list)) fail(`phrases.${label}`, 'must be an array of strings');
      (list as unknown[]).forEach((p, i) => {
        if (typeof p !== 'string' || p.trim() === '' || p.length > MAX_PHRASE_LENGTH) fail(`phrases.${label}[${i}]`, `must be a non-empty string of at most ${MAX_PHRASE_LENGTH} characters`);
      });
      if ((list as string[]).length > 0) phrases[label as Label] = list as string[];
    }
    out.phrases = phrases;
  }
  if (raw.ignore !== undefined) {
    if (!Array.isArray(raw.ignore)) fail('ignore', 'must be an array of globs');
    (raw.ignore as unknown[]).forEach((g, i) => {
      if (typeof g !== 'string' || g.trim() === '') fail(`ignore[${i}]`, 'must be a non-empty string');
      try {
        compileIgnorePattern((g as string).trim(), '/');
      } catch (e) {
        fail(`ignore[${i}]`, (e as Error).message);
      }
    });
    out.ignore = (raw.ignore as string[]).map((g) => g.trim());
  }
  return out;
}

function unitNumber(v: unknown, field: string, fail: (field: string, what: string) => never): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) fail(field, `must be a number from 0 to 1; got ${JSON.stringify(v)}`);
  return v as number;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function rejectForbiddenKeys(v: unknown, at: string, fail: (field: string, what: string) => never): void {
  if (Array.isArray(v)) v.forEach((x, i) => rejectForbiddenKeys(x, `${at}[${i}]`, fail));
  else if (isPlainObject(v)) {
    for (const k of Object.keys(v)) {
      const field = at ? `${at}.${k}` : k;
      if (FORBIDDEN_KEYS.has(k)) fail(field, 'is a forbidden key');
      rejectForbiddenKeys(v[k], field, fail);
    }
  }
}

/** Options of `resolveConfig`. */
export interface ResolveOptions {
  /** The working directory (search start, `.dechaffignore` location). */
  cwd: string;
  /** `--config FILE`: use this file and search no further. */
  configFile?: string;
}

/**
 * Find, read and validate the configuration, and read `.dechaffignore`.
 *
 * @param options working directory and `--config`
 * @returns the resolved configuration
 * @throws CliError for an unreadable or invalid config or ignore file
 */
export function resolveConfig(options: ResolveOptions): ResolvedConfig {
  const file = options.configFile ? path.resolve(options.cwd, options.configFile) : findConfigFile(options.cwd);
  const config = defaultConfig();
  if (file) {
    const data = readConfigData(file);
    if (data === undefined) throw new CliError(`${displayPath(file)}: has no "dechaff" key`);
    Object.assign(config, validateConfig(data, file));
    // Let the library check what the CLI does not (phrase normalization, rule compilation).
    try {
      createCleaner({ ...toCleanerOptions(config), model: false });
    } catch (e) {
      throw new CliError(`${displayPath(file)}: ${(e as Error).message}`);
    }
  }
  const base = file ? path.dirname(file) : path.resolve(options.cwd);
  const ignore: IgnoreRule[] = DEFAULT_IGNORES.map((p) => compileIgnorePattern(p, path.resolve(options.cwd)));
  for (const p of config.ignore) ignore.push(compileIgnorePattern(p, base));
  const ignoreFile = path.join(path.resolve(options.cwd), IGNORE_FILE);
  if (existsSync(ignoreFile)) {
    let text: string;
    try {
      text = readFileSync(ignoreFile, 'utf8');
    } catch (e) {
      throw new CliError(`${IGNORE_FILE}: cannot read: ${(e as Error).message}`);
    }
    try {
      ignore.push(...parseIgnoreFile(text, path.resolve(options.cwd), IGNORE_FILE));
    } catch (e) {
      throw new CliError((e as Error).message);
    }
  }
  return { file, config, ignore };
}

/** Overrides from the command line. */
export interface CleanerOverrides {
  /** `--sensitivity`. */
  sensitivity?: number;
  /** `--model`, loaded. */
  model?: CleanerOptions['model'];
}

/**
 * Turn a configuration into the cleaner's options.
 *
 * @param config the configuration
 * @param overrides command-line overrides
 * @returns options for `createCleaner`
 */
export function toCleanerOptions(config: FullConfig, overrides: CleanerOverrides = {}): CleanerOptions {
  const disableRules = Object.entries(config.rules).filter(([, v]) => v === 'off').map(([id]) => id);
  const ruleWeights: Record<string, number> = {};
  for (const [id, v] of Object.entries(config.rules)) if (typeof v === 'number') ruleWeights[id] = v;
  const rules: CustomRule[] = Object.entries(config.phrases).map(([label, list]) => ({
    id: `phrases-${label}`,
    description: `A phrase listed under "phrases.${label}" in the dechaff configuration.`,
    label: label as Label,
    // For `body` the weight is evidence for body, held against every chaff label.
    weight: PHRASE_WEIGHT,
    pattern: list ?? [],
  }));
  const options: CleanerOptions = {
    sensitivity: overrides.sensitivity ?? config.sensitivity,
    strip: config.strip,
    maxRemovedShare: config.maxRemovedShare,
    disableRules,
    ruleWeights,
    rules,
  };
  if (overrides.model !== undefined) options.model = overrides.model;
  return options;
}

/**
 * A path as shown in messages: relative to the working directory when inside it.
 *
 * @param file an absolute or relative path
 * @returns the path to show
 */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
