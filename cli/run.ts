/**
 * One run of the `candor` command: parse, find files, lint or fix each, format,
 * write the report, and return the exit code (0 clean or warnings within
 * --max-warnings, 1 errors or too many warnings, 2 usage error). All I/O to the
 * terminal goes through `CliIO`, so the run is testable and main stays tiny.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import picocolors from 'picocolors';
import { lint, type LintOptions } from '../core/engine.js';
import { fixText } from '../core/fix.js';
import { findFormatter, sumCounts, countFindings, type LintResult } from '../core/format/index.js';
import { displayPath } from '../core/format/stylish.js';
import { createConfigResolver, type ConfigResolver } from './config.js';
import { UsageError, oneLine } from './errors.js';
import { resolveFiles } from './files.js';
import { writeFileAtomic } from './fix-writer.js';
import { parseOptions, type CliOptions } from './options.js';
import { decodeDraft, encodeDraft, readDraftFile, type DraftFile } from './source.js';

export interface CliIO {
  cwd: string;
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Whether standard error is a terminal (progress is shown only then). */
  stderrIsTTY: boolean;
  /** Whether colour is on when no flag says otherwise (picocolors: TTY, NO_COLOR, FORCE_COLOR). */
  colorByDefault: boolean;
  readStdin(): Promise<Uint8Array>;
}

type Mode = 'lint' | 'fix' | 'dry-run';

/** The name unnamed standard input is reported under (ESLint's). */
export const STDIN_NAME = '<text>';
const PROGRESS_THRESHOLD = 50;

interface Processed {
  result: LintResult;
  /** The original text, when a fix changed it. */
  before?: string;
}

function processDraft(
  draft: DraftFile,
  filePath: string | undefined,
  mode: Mode,
  resolveConfig: ConfigResolver,
  warn: (message: string) => void,
): Processed {
  const shown = filePath ?? STDIN_NAME;
  const failed = new Set<string>();
  const lintOptions: LintOptions = {
    config: resolveConfig(filePath),
    onRuleError: (ruleId, error) => {
      if (failed.has(ruleId)) return;
      failed.add(ruleId);
      warn(`rule ${ruleId} failed on ${shown}: ${oneLine(error)}`);
    },
  };
  if (filePath !== undefined) lintOptions.filePath = filePath;
  const text = draft.text;
  if (mode === 'lint' || (mode === 'fix' && !draft.roundTrips)) {
    if (mode === 'fix') warn(`not fixing ${shown}: it is not valid UTF-8, and writing it would lose bytes`);
    return { result: { filePath: shown, source: text, findings: lint(text, lintOptions) } };
  }
  const fixed = fixText(text, lintOptions);
  const result: LintResult = { filePath: shown, source: fixed.output, findings: fixed.remaining };
  if (fixed.output === text) return { result };
  result.output = fixed.output;
  return { result, before: text };
}

function unifiedDiff(name: string, before: string, after: string, color: boolean): string {
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 })
    .split('\n')
    .filter((line, i) => !(i === 0 && line.startsWith('====')));
  if (!color) return patch.join('\n');
  const c = picocolors.createColors(true);
  return patch
    .map((line) =>
      line.startsWith('+++') || line.startsWith('---')
        ? c.bold(line)
        : line.startsWith('+')
          ? c.green(line)
          : line.startsWith('-')
            ? c.red(line)
            : line.startsWith('@@')
              ? c.cyan(line)
              : line,
    )
    .join('\n');
}

function exitCodeFor(results: readonly LintResult[], options: CliOptions, warn: (message: string) => void): number {
  const totals = sumCounts(results.map((result) => countFindings(result.findings)));
  if (totals.errorCount > 0) return 1;
  if (options.maxWarnings !== undefined && totals.warningCount > options.maxWarnings) {
    warn(`too many warnings (${totals.warningCount}; --max-warnings ${options.maxWarnings}).`);
    return 1;
  }
  return 0;
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseOptions(argv, (text) => io.writeOut(text));
  if (parsed.kind === 'exit') return parsed.code;
  const options = parsed.options;
  const formatter = findFormatter(options.format);
  if (!formatter) throw new UsageError(`Unknown format "${options.format}".`);
  const resolveConfig = createConfigResolver(options.rules);
  const mode: Mode = options.fix ? 'fix' : options.fixDryRun ? 'dry-run' : 'lint';
  const color = options.color ?? (options.outputFile !== undefined ? false : io.colorByDefault);

  let progressShown = false;
  const clearProgress = (): void => {
    if (progressShown) io.writeErr('\r\u001b[K');
    progressShown = false;
  };
  const warn = (message: string): void => {
    clearProgress();
    io.writeErr(`candor: warning: ${message}\n`);
  };

  const processed: Processed[] = [];
  /** Text for standard output that is not the report (stdin --fix prints the fixed draft). */
  let fixedStdin: Uint8Array | undefined;

  if (options.stdin) {
    const filePath = options.stdinFilename !== undefined ? resolve(io.cwd, options.stdinFilename) : undefined;
    const read = decodeDraft(await io.readStdin());
    if (!read.ok) throw new UsageError(`standard input is a ${read.reason}.`);
    // Standard input is never written back, so invalid UTF-8 is no reason not to fix it.
    const draft = { ...read.file, roundTrips: true };
    const item = processDraft(draft, filePath, mode, resolveConfig, warn);
    processed.push(item);
    if (mode === 'fix') fixedStdin = encodeDraft(item.result.output ?? read.file.text, read.file.hasBom);
  } else {
    const files = resolveFiles(options.patterns, io.cwd);
    const showProgress = io.stderrIsTTY && files.length > PROGRESS_THRESHOLD;
    files.forEach((file, i) => {
      if (showProgress) {
        io.writeErr(`\r[${i + 1}/${files.length}] ${displayPath(file, io.cwd)}\u001b[K`);
        progressShown = true;
      }
      const read = readDraftFile(file);
      if (!read.ok) {
        warn(`skipped ${displayPath(file, io.cwd)}: ${read.reason}`);
        return;
      }
      const item = processDraft(read.file, file, mode, resolveConfig, warn);
      if (mode === 'fix' && item.result.output !== undefined) {
        try {
          writeFileAtomic(file, encodeDraft(item.result.output, read.file.hasBom));
        } catch (error) {
          warn(`could not write ${displayPath(file, io.cwd)}: ${oneLine(error)}`);
          item.result = { filePath: file, source: read.file.text, findings: lint(read.file.text, { filePath: file, config: resolveConfig(file) }) };
          delete item.before;
        }
      }
      processed.push(item);
    });
    clearProgress();
  }

  const results = processed.map((item) => item.result);
  const shownResults = options.quiet
    ? results.map((result) => ({ ...result, findings: result.findings.filter((finding) => finding.severity === 'error') }))
    : results;

  let report = '';
  if (mode === 'dry-run' && options.format !== 'json') {
    for (const item of processed) {
      if (item.before === undefined || item.result.output === undefined) continue;
      report += unifiedDiff(displayPath(item.result.filePath, io.cwd), item.before, item.result.output, color);
    }
  }
  report += formatter(shownResults, { cwd: io.cwd, color });

  if (options.outputFile !== undefined) {
    const target = resolve(io.cwd, options.outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, report);
    } catch (error) {
      throw new UsageError(`cannot write --output-file ${options.outputFile}: ${oneLine(error)}`);
    }
  } else if (fixedStdin !== undefined) {
    if (report) io.writeErr(report.endsWith('\n') ? report : `${report}\n`);
  } else if (report) {
    io.writeOut(report.endsWith('\n') ? report : `${report}\n`);
  }
  if (fixedStdin !== undefined) io.writeOut(Buffer.from(fixedStdin).toString('utf8'));

  return exitCodeFor(results, options, warn);
}
