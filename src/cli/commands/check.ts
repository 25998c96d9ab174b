import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { countValue, CLEANER_OPTIONS, HELP_OPTION, parseCommandArgs, stringOption } from '../args.js';
import type { DocumentCheck } from '../document.js';
import { CliError, EXIT, SYSTEM_MESSAGES } from '../errors.js';
import { expandPatterns, reportPath } from '../files.js';
import { FORMATTERS, FORMAT_NAMES, type FileReport } from '../formatters/index.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { HELP } from '../help.js';
import { InputError, readTextFile, warn, writeStdout } from '../io.js';
import { checkInput } from '../large-document.js';
import { markdownFlavour } from '../markdown.js';
import { createProgress } from '../progress.js';
import { cleanersByFormat, formatConfig, setupCleaner } from '../setup.js';

const OPTIONS = {
  ...CLEANER_OPTIONS,
  ...HELP_OPTION,
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
} as const;

/**
 * `dechaff check <globs…>`: report chaff in content files; `--fix` removes it, `--dry-run` shows
 * the diff instead.
 *
 * @param args the arguments after `check`
 * @returns the exit code: 0 clean, 1 chaff found, 2 usage/config/input error or no file matched
 */
export async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'check');
  if (values.help) {
    await writeStdout(HELP.check);
    return EXIT.ok;
  }
  const formatName = stringOption(values, 'format') ?? 'stylish';
  const formatter = FORMATTERS[formatName];
  if (!Object.prototype.hasOwnProperty.call(FORMATTERS, formatName) || !formatter) {
    throw new CliError(`check: unknown format "${formatName}" (formats: ${FORMAT_NAMES.join(', ')})`, true);
  }
  const maxWarningsText = stringOption(values, 'max-warnings');
  const maxWarnings = maxWarningsText === undefined ? undefined : countValue(maxWarningsText, '--max-warnings');
  const cwd = process.cwd();
  const setup = await setupCleaner(values, cwd);
  if (values['print-config']) {
    await writeStdout(formatConfig(setup.resolved.config));
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError('check: give at least one file, directory or glob (e.g. "docs/**/*.md")', true);
  const quiet = values.quiet === true;
  const dryRun = values['dry-run'] === true;
  const fix = values.fix === true && !dryRun;
  const expansion = await expandPatterns(positionals, cwd, setup.resolved.ignore);
  if (expansion.matched === 0) throw new CliError(`check: no files matched ${positionals.map((p) => JSON.stringify(p)).join(' ')}`);
  // A site's own pages link its pages in lists (a table of contents, "see also"): link density,
  // which marks a scraped page's menus, is not counted in the files `check` reads unless the
  // configuration sets the rule (rules: { "link-density": 2.5 }).
  const linkDensitySet = Object.prototype.hasOwnProperty.call(setup.resolved.config.rules, 'link-density');
  const options = linkDensitySet ? setup.options : { ...setup.options, disableRules: [...(setup.options.disableRules ?? []), 'link-density'] };
  const cleanerFor = cleanersByFormat(options);
  cleanerFor(false); // built now: a bad option fails before any file is read
  const checker = { options, model: setup.model, cleanerFor };
  const reports: FileReport[] = [];
  const diffs: string[] = [];
  let unreadable = 0;
  const progress = createProgress(expansion.files.length, !quiet);
  try {
    for (const file of expansion.files) {
      const shown = reportPath(file, cwd);
      progress.tick(shown);
      let text: string;
      let bom: boolean;
      try {
        ({ text, bom } = await readTextFile(file));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        warn(`dechaff: ${shown}: ${e.reason}`);
        unreadable++;
        continue;
      }
      const markdown = markdownFlavour(file);
      let result: DocumentCheck;
      try {
        // A large document is checked in a thread of its own (src/cli/large-document.ts): one
        // that does not fit in memory is reported as unreadable, and the others are checked.
        result = await checkInput(shown, text, checker, markdown !== undefined, { markdown });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        warn(`dechaff: ${e.message}`);
        unreadable++;
        continue;
      }
      let fixedCount: number | undefined;
      if ((fix || dryRun) && result.fixed !== text) {
        if (dryRun) {
          // Loaded only for --dry-run: its import is ~40 ms of a CLI run.
          const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
          diffs.push(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, text, result.fixed, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY }));
        } else {
          try {
            await writeFileAtomic(file, (bom ? '\uFEFF' : '') + result.fixed);
          } catch (e) {
            // Name the file, not the temporary file the error is about; the original is intact.
            const code = (e as NodeJS.ErrnoException).code ?? '';
            throw new CliError(`${shown}: cannot write the fixed file (${SYSTEM_MESSAGES[code] ?? (e as Error).message}); the file is unchanged`);
          }
          fixedCount = result.findings.filter((f) => f.severity === 'error').length;
          result = await checkInput(shown, result.fixed, checker, markdown !== undefined, { markdown });
        }
      }
      reports.push(toReport(shown, result, fixedCount));
    }
  } finally {
    progress.done();
  }
  const errors = reports.reduce((n, r) => n + r.errorCount, 0);
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0);
  const shownReports = quiet ? reports.map(errorsOnly) : reports;
  const report = formatter(shownReports);
  const output = stringOption(values, 'output');
  if (output !== undefined) {
    try {
      await fsp.mkdir(path.dirname(path.resolve(output)), { recursive: true });
      await writeFileAtomic(output, report);
    } catch (e) {
      throw new CliError(`--output ${output}: ${(e as Error).message}`);
    }
  }
  if (dryRun) await writeStdout(diffs.join(''));
  else if (output === undefined && !(quiet && errors === 0)) await writeStdout(report);
  if (unreadable > 0) return EXIT.error;
  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    if (!quiet) warn(`dechaff: ${warnings} warnings, more than --max-warnings ${maxWarnings}`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

function toReport(file: string, result: DocumentCheck, fixedCount: number | undefined): FileReport {
  const errorCount = result.findings.filter((f) => f.severity === 'error').length;
  return {
    file,
    findings: result.findings,
    errorCount,
    warningCount: result.findings.length - errorCount,
    ...(fixedCount !== undefined && { fixedCount }),
  };
}

function errorsOnly(r: FileReport): FileReport {
  const { fixedCount: _fixed, ...rest } = r;
  return { ...rest, findings: r.findings.filter((f) => f.severity === 'error'), warningCount: 0 };
}
