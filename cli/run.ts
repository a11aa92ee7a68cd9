/**
 * One run of the `candor` command: parse, find files, lint or fix each, format,
 * write the report, and return the exit code (0 clean or warnings within
 * --max-warnings, 1 errors or too many warnings, 2 usage or configuration
 * error). All I/O to the terminal goes through `CliIO`, so the run is testable
 * and main stays tiny.
 *
 * Per file: its configuration (cli/config.ts) → the engine's findings (or the
 * cache's) → suppression comments → the baseline → `--diff-base` → report.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type * as Diff from 'diff';
import picocolors from 'picocolors';
import {
  baselineSize,
  createBaseline,
  matchBaseline,
  pruneBaseline,
  setBaselineFile,
  type Baseline,
} from '../core/baseline.js';
import type { ConfigError } from '../core/config/index.js';
import { lintWithinBudget, runBatchWithinBudget } from '../core/budget.js';
import { extraRulesFromEnvironment } from '../core/test-hooks.js';
import { builtinRules } from '../rules/index.js';
import { sortFindings, type LintOptions } from '../core/engine.js';
import { MAX_FIX_PASSES, applyRewrites } from '../core/fix.js';
import { findFormatter, severityCounts, type LintResult } from '../core/format/index.js';
import { displayPath } from '../core/format/stylish.js';
import { LineIndex } from '../core/position.js';
import { detectFormat } from '../core/segment/index.js';
import { applySuppressions, unusedDirectiveFindings, type SuppressionResult } from '../core/suppress.js';
import type { Finding, Format } from '../core/types.js';
import { openBaseline, type BaselineStore } from './baseline.js';
import { DEFAULT_CACHE_LOCATION, LintCache } from './cache.js';
import {
  createConfigResolver,
  loadConfigModule,
  loadedConfigModule,
  parseRuleFlagSyntax,
  type ConfigResolver,
  type FileConfig,
} from './config.js';
import type * as DiffBase from './diff-base.js';
import { UsageError, oneLine } from './errors.js';
import { DRAFT_EXTENSIONS, IgnoreRules, ignoreRoot, resolveFiles } from './files.js';
import { globSync } from './glob.js';
import type * as Init from './init.js';
import { writeFileAtomic } from './fix-writer.js';
import { JsonReport } from './json-report.js';
import type * as Mcp from './mcp.js';
import type * as Rewrite from './rewrite.js';
import { parseOptions, type CliOptions } from './options.js';
import { DEFAULT_MAX_FILE_SIZE, decodeDraft, encodeDraft, readDraftFile, type DraftFile } from './source.js';

export interface CliIO {
  cwd: string;
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Whether standard error is a terminal (progress is shown only then). */
  stderrIsTTY: boolean;
  /** Whether colour is on when no flag says otherwise (picocolors: TTY, NO_COLOR, FORCE_COLOR). */
  colorByDefault: boolean;
  readStdin(): Promise<Uint8Array>;
  /** Called after each file is linted and reported (the real process bounds its heap here: core/heap.ts). */
  afterFile?(): void;
}

type Mode = 'lint' | 'fix' | 'dry-run';

/*
 * What only some runs need is required where it is used, not imported: a
 * bundle evaluates every import when it starts. (cli/ runs only as the
 * bundle, where `require` is esbuild's.)
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const diffLibrary = (): typeof Diff => require('diff') as typeof Diff;
const diffBase = (): typeof DiffBase => require('./diff-base.js') as typeof DiffBase;
const init = (): typeof Init => require('./init.js') as typeof Init;
const mcp = (): typeof Mcp => require('./mcp.js') as typeof Mcp;
const rewrite = (): typeof Rewrite => require('./rewrite.js') as typeof Rewrite;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The name unnamed standard input is reported under (ESLint's). */
export const STDIN_NAME = '<text>';
const PROGRESS_THRESHOLD = 50;

interface Processed {
  result: LintResult;
  /** The original text, when a fix changed it. */
  before?: string;
  /** The findings left after suppression comments, before the baseline and --diff-base. */
  unsuppressed: Finding[];
  /** The findings a suppression comment silenced. */
  suppressedCount: number;
}

/** What processing one draft needs beyond the draft. */
interface DraftContext {
  mode: Mode;
  /** Milliseconds one lint of the draft may take (`--time-budget`). */
  timeBudgetMs: number;
  config: FileConfig;
  cache: LintCache | undefined;
  reportUnused: boolean;
  warn: (message: string) => void;
  /** A note on standard error (not a warning). */
  note?: (message: string) => void;
  /** The working directory, for paths in notes. */
  cwd?: string;
}

/** The default of `--time-budget`, as the editor's `candor.timeBudgetMs`. */
export const DEFAULT_TIME_BUDGET_MS = 10_000;

/** A draft that took longer to lint than `--time-budget`: it is skipped with a warning. */
class OverTimeBudget extends Error {
  constructor(readonly budgetMs: number) {
    super(`linting it took longer than ${budgetMs} ms (--time-budget)`);
  }
}

/** processDraft, or undefined (with a warning) for a draft over the time budget. */
function processWithinBudget(draft: DraftFile, filePath: string | undefined, context: DraftContext, shown: string): Processed | undefined {
  try {
    return processDraft(draft, filePath, context);
  } catch (error) {
    if (!(error instanceof OverTimeBudget)) throw error;
    context.warn(`skipped ${shown}: ${error.message}`);
    return undefined;
  }
}

/** Lints (or fixes) one draft and applies its suppression comments. */
function processDraft(draft: DraftFile, filePath: string | undefined, context: DraftContext): Processed {
  const { config, mode, warn } = context;
  const shown = filePath ?? STDIN_NAME;
  const failed = new Set<string>();
  const text = draft.text;
  const format: Format = config.format ?? detectFormat(text, filePath !== undefined ? { filePath } : {});
  const extra = extraRulesFromEnvironment();
  const lintOptions: LintOptions = {
    config: config.lint,
    rules: extra.length > 0 ? [...(config.rules ?? builtinRules), ...extra] : config.rules,
    format,
    onRuleError: (ruleId, error) => {
      if (failed.has(ruleId)) return;
      failed.add(ruleId);
      warn(`rule ${ruleId} failed on ${shown}: ${oneLine(error)}`);
    },
  };
  if (filePath !== undefined) lintOptions.filePath = filePath;
  // Every lint of the draft runs under the time budget; a draft that goes over it is skipped whole.
  const lint = (source: string, options: LintOptions): Finding[] => {
    const budgeted = lintWithinBudget(source, options, context.timeBudgetMs);
    if (budgeted.stoppedAfterMs !== undefined) throw new OverTimeBudget(context.timeBudgetMs);
    return budgeted.findings;
  };
  const finish = (source: string, suppression: SuppressionResult, before?: string): Processed => {
    const findings = context.reportUnused
      ? sortFindings([...suppression.findings, ...unusedDirectiveFindings(suppression.unusedDirectives)])
      : suppression.findings;
    const result: LintResult = { filePath: shown, source, findings };
    const processed: Processed = {
      result,
      unsuppressed: suppression.findings,
      suppressedCount: suppression.suppressed.length,
    };
    if (before !== undefined) {
      result.output = source;
      processed.before = before;
    }
    return processed;
  };
  if (mode === 'lint' || (mode === 'fix' && !draft.roundTrips)) {
    let raw: Finding[] | undefined;
    let hash: string | undefined;
    if (context.cache && filePath !== undefined && mode === 'lint') {
      hash = context.cache.hashFor(text, config);
      raw = context.cache.get(filePath, hash);
    }
    if (raw === undefined) {
      raw = lint(text, lintOptions);
      if (context.cache && filePath !== undefined && hash !== undefined && failed.size === 0) context.cache.set(filePath, hash, raw);
    }
    return finish(text, applySuppressions(text, format, raw));
  }
  // --fix: the fixes of suppressed findings are not applied (the writer said to leave them).
  let output = text;
  let suppression = applySuppressions(text, format, lint(text, lintOptions));
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const rewrites = suppression.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
    if (rewrites.length === 0) break;
    const applied = applyRewrites(output, rewrites);
    if (applied.applied === 0 || applied.output === output) break;
    output = applied.output;
    suppression = applySuppressions(output, format, lint(output, lintOptions));
  }
  noteUnfixable(suppression.findings, filePath !== undefined && context.cwd !== undefined ? displayPath(filePath, context.cwd) : shown, context);
  return finish(output, suppression, output === text ? undefined : text);
}

/**
 * Says which problems `--fix` left because they are in encoded text (a
 * quoted-printable or base64 part, an RFC 2047 Subject): the message is never
 * rewritten there, so it cannot be corrupted.
 */
function noteUnfixable(findings: readonly Finding[], shown: string, context: DraftContext): void {
  const byNote = new Map<string, number>();
  for (const finding of findings) if (finding.unfixable) byNote.set(finding.unfixable, (byNote.get(finding.unfixable) ?? 0) + 1);
  for (const [why, count] of byNote) {
    const problems = count === 1 ? '1 problem' : `${count} problems`;
    (context.note ?? context.warn)(`${shown}: ${problems} left unfixed in the ${why}: --fix does not edit encoded text`);
  }
}

/** Whether a finding touches one of the changed lines (1-based). */
function onChangedLine(finding: Finding, lines: ReadonlySet<number> | 'all', index: LineIndex): boolean {
  if (lines === 'all') return true;
  const first = index.positionAt(finding.start).line + 1;
  const last = index.positionAt(Math.max(finding.start, finding.end - (finding.end > finding.start ? 1 : 0))).line + 1;
  for (let line = first; line <= last; line++) if (lines.has(line)) return true;
  return false;
}

/** Absolute paths of files under `dir` with an extension only a configuration maps (`formats`, `overrides[].format`). */
async function configuredDrafts(dir: string, cwd: string, resolver: ConfigResolver): Promise<string[]> {
  const ignoreRules = new IgnoreRules(ignoreRoot(dir, cwd));
  const known = new Set<string>(DRAFT_EXTENSIONS);
  const candidates = globSync('**/*', {
    cwd: dir,
    absolute: true,
    dot: true,
    onlyFiles: true,
    ignore: ['**/node_modules/**', '**/.git/**'],
  })
    .map((path) => resolve(path))
    .filter((path) => !known.has(extname(path).slice(1).toLowerCase()) && !ignoreRules.ignores(path));
  const found: string[] = [];
  for (const file of candidates) {
    const config = await resolver.forFile(file);
    if (config.format !== undefined && !config.ignored) found.push(file);
  }
  return found;
}

function kindOf(path: string): 'file' | 'directory' | undefined {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}

/**
 * The files to lint with their configuration: the command line's files,
 * directories and globs (cli/files.ts), plus files in walked directories with
 * an extension a configuration maps, less what a configuration's
 * `ignorePatterns` ignore (a file named explicitly is always linted).
 */
export async function collectFiles(
  patterns: readonly string[],
  cwd: string,
  resolver: ConfigResolver,
): Promise<Array<{ file: string; config: FileConfig }>> {
  const chosen = new Map<string, FileConfig>();
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const kind = kindOf(resolve(cwd, pattern));
    let files: string[] = [];
    let notFound: UsageError | undefined;
    try {
      files = resolveFiles([pattern], cwd);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      notFound = error;
    }
    if (kind === 'directory') {
      const extra = await configuredDrafts(resolve(cwd, pattern), cwd, resolver);
      files = [...files, ...extra.filter((file) => !files.includes(file))];
    }
    if (files.length === 0) throw notFound ?? new UsageError(`No files matching "${pattern}" were found.`);
    let kept = 0;
    for (const file of files) {
      const config = await resolver.forFile(file);
      if (config.ignored && kind !== 'file') continue;
      kept++;
      chosen.set(file, config);
    }
    if (kept === 0) {
      throw new UsageError(
        `All files matching "${pattern}" are ignored (ignorePatterns in the configuration); name a file to lint it anyway.`,
      );
    }
  }
  return [...chosen.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({ file, config: chosen.get(file)! }));
}

export function unifiedDiff(name: string, before: string, after: string, color: boolean): string {
  const patch = diffLibrary().createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 })
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

/** The errors and warnings of every file's report (before --quiet), for the exit code. */
interface Totals {
  errorCount: number;
  warningCount: number;
}

function exitCodeFor(totals: Totals, options: CliOptions, warn: (message: string) => void): number {
  if (totals.errorCount > 0) return 1;
  if (options.maxWarnings !== undefined && totals.warningCount > options.maxWarnings) {
    warn(`too many warnings (${totals.warningCount}; --max-warnings ${options.maxWarnings}).`);
    return 1;
  }
  return 0;
}

/** A configuration error as the one line the user sees: `file:line:column message`. */
function configErrorLine(error: ConfigError, cwd: string): string {
  return `${displayPath(error.file, cwd)}:${error.line}:${error.column} ${error.message}`;
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    if (argv[0] === 'init') {
      if (argv.length > 1) throw new UsageError(`candor init takes no arguments (got ${argv.slice(1).join(' ')}).`);
      io.writeOut(init().writeStarterConfig(io.cwd));
      return 0;
    }
    if (argv[0] === 'rewrite') return await rewrite().runRewrite(argv.slice(1), io);
    return await runLint(argv, io);
  } catch (error) {
    const config = loadedConfigModule();
    if (config && error instanceof config.ConfigError) throw new UsageError(configErrorLine(error, io.cwd));
    throw error;
  }
}

function printResolvedConfig(file: string, ruleFlags: readonly string[], io: CliIO): number {
  const printed = loadConfigModule().printConfig(file, { cwd: io.cwd });
  const rules = printed.rules as Record<string, unknown>;
  for (const flag of parseRuleFlagSyntax(ruleFlags)) {
    if (!(flag.id in rules)) throw new UsageError(`Unknown rule "${flag.id}" in --rule ${flag.raw}.`);
    const current = rules[flag.id];
    rules[flag.id] = Array.isArray(current) ? [flag.severity, current[1]] : flag.severity;
  }
  io.writeOut(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}

function cachePath(cwd: string, location: string | undefined): string {
  const path = resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  if ((location !== undefined && /[\\/]$/.test(location)) || kindOf(path) === 'directory') return join(path, DEFAULT_CACHE_LOCATION);
  return path;
}

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

async function runLint(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseOptions(argv, (text) => io.writeOut(text));
  if (parsed.kind === 'exit') return parsed.code;
  const options = parsed.options;
  if (options.printConfig !== undefined) return printResolvedConfig(options.printConfig, options.rules, io);
  const formatter = findFormatter(options.format);
  if (!formatter) throw new UsageError(`Unknown format "${options.format}".`);
  const resolver = createConfigResolver(options.rules, io.cwd);
  if (options.mcp) {
    // The protocol streams over standard input, so it reads the process's stream, not readStdin().
    const log = (text: string): void => io.writeErr(text);
    await mcp().serveMcp({ input: process.stdin, write: (text) => io.writeOut(text), log, cwd: io.cwd, configFor: (file) => resolver.forFile(file) });
    return 0;
  }
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
  const note = (message: string): void => {
    clearProgress();
    io.writeErr(`candor: ${message}\n`);
  };

  const changed: DiffBase.ChangedLines | undefined =
    options.diffBase !== undefined ? diffBase().changedLinesSince(options.diffBase, io.cwd) : undefined;
  const baselineStore: BaselineStore = openBaseline(io.cwd, options.baseline, options.baseline !== undefined && !options.baselineUpdate);
  const cache = options.cache ? new LintCache(cachePath(io.cwd, options.cacheLocation), (line) => note(line)) : undefined;
  const reportUnused = options.reportUnusedDisableDirectives;

  // What the report shows of each file: less what the baseline covers (with
  // --baseline-update, the baseline written after every file is linted), on
  // --diff-base's changed lines only, errors only with --quiet.
  const baselineName = displayPath(baselineStore.path, io.cwd);
  let baseline: Baseline = baselineStore.baseline;
  let hidden = 0;
  const matchedByFile = new Map<string, Record<string, Record<string, number>>>();
  const totals: Totals = { errorCount: 0, warningCount: 0 };
  const filterForReport = (item: Processed): void => {
    const key = baselineStore.keyOf(item.result.filePath);
    if (key !== undefined) {
      const match = matchBaseline(baseline, key, item.result.source, item.result.findings);
      matchedByFile.set(key, match.matched);
      hidden += match.hidden.length;
      item.result.findings = match.kept;
    }
    if (changed) {
      const lines = changed.linesOf(item.result.filePath);
      const index = new LineIndex(item.result.source);
      item.result.findings = item.result.findings.filter((finding) => onChangedLine(finding, lines, index));
    }
    const counts = severityCounts(item.result.findings);
    totals.errorCount += counts.errorCount;
    totals.warningCount += counts.warningCount;
  };
  const shown = (result: LintResult): LintResult =>
    options.quiet ? { ...result, findings: result.findings.filter((finding) => finding.severity === 'error') } : result;

  // A JSON report is written file by file (cli/json-report.ts), so no file's
  // results are kept after it; only --baseline-update needs them all first.
  const jsonReport = options.format === 'json' ? new JsonReport() : undefined;
  const streamJson = jsonReport !== undefined && !options.baselineUpdate;
  const processed: Processed[] = [];
  const accept = (item: Processed): void => {
    if (!streamJson) {
      processed.push(item);
      return;
    }
    filterForReport(item);
    jsonReport.add(shown(item.result));
  };
  /** Text for standard output that is not the report (stdin --fix prints the fixed draft). */
  let fixedStdin: Uint8Array | undefined;

  const timeBudgetMs = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  if (options.stdin) {
    const filePath = options.stdinFilename !== undefined ? resolve(io.cwd, options.stdinFilename) : undefined;
    const read = decodeDraft(await io.readStdin());
    if (!read.ok) throw new UsageError(`standard input is a ${read.reason}.`);
    // Standard input is never written back, so invalid UTF-8 is no reason not to fix it.
    const draft = { ...read.file, roundTrips: true };
    const config = await resolver.forFile(filePath);
    const shown = options.stdinFilename ?? 'standard input';
    const item = processWithinBudget(draft, filePath, { mode, config, cache: undefined, reportUnused, warn, note, cwd: io.cwd, timeBudgetMs }, shown);
    if (item) accept(item);
    if (mode === 'fix') fixedStdin = encodeDraft(item?.result.output ?? read.file.text, read.file.hasBom);
  } else {
    const files = await collectFiles(options.patterns, io.cwd, resolver);
    const showProgress = io.stderrIsTTY && files.length > PROGRESS_THRESHOLD;
    const step = (i: number): void => {
      const { file, config } = files[i];
      if (showProgress) {
        io.writeErr(`\r[${i + 1}/${files.length}] ${displayPath(file, io.cwd)}\u001b[K`);
        progressShown = true;
      }
      const read = readDraftFile(file, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
      if (!read.ok) {
        warn(`skipped ${displayPath(file, io.cwd)}: ${read.reason}`);
        return;
      }
      if (!read.file.roundTrips) {
        warn(
          mode === 'fix'
            ? `not fixing ${displayPath(file, io.cwd)}: it is not valid UTF-8, and writing it would lose bytes`
            : `${displayPath(file, io.cwd)} is not valid UTF-8; its invalid bytes are read as U+FFFD`,
        );
      }
      const context: DraftContext = { mode, config, cache, reportUnused, warn, note, cwd: io.cwd, timeBudgetMs };
      let item = processWithinBudget(read.file, file, context, displayPath(file, io.cwd));
      if (!item) return;
      if (mode === 'fix' && item.result.output !== undefined) {
        try {
          writeFileAtomic(file, encodeDraft(item.result.output, read.file.hasBom));
        } catch (error) {
          warn(`could not write ${displayPath(file, io.cwd)}: ${oneLine(error)}`);
          item = processWithinBudget(read.file, file, { ...context, mode: 'lint' }, displayPath(file, io.cwd));
          if (!item) return;
        }
      }
      accept(item);
      io.afterFile?.();
    };
    // Files in batches under one watchdog each; a file the watchdog stopped is skipped, and the run goes on.
    for (let i = 0; i < files.length; ) {
      const batch = runBatchWithinBudget(i, files.length, step, timeBudgetMs);
      i = batch.next;
      if (batch.stopped) warn(`skipped ${displayPath(files[i++].file, io.cwd)}: ${new OverTimeBudget(timeBudgetMs).message}`);
    }
    clearProgress();
  }
  if (cache) {
    try {
      cache.save();
    } catch (error) {
      warn(`could not write the cache ${displayPath(cache.location, io.cwd)}: ${oneLine(error)}`);
    }
  }

  // The baseline: update or prune it; hide what it covers.
  if (options.baselineUpdate) {
    const next = createBaseline();
    for (const [key, rules] of Object.entries(baseline.files)) {
      if (existsSync(baselineStore.fileOf(key))) next.files[key] = rules;
    }
    for (const item of processed) {
      const key = baselineStore.keyOf(item.result.filePath);
      if (key !== undefined) setBaselineFile(next, key, item.result.source, item.unsuppressed);
    }
    baselineStore.write(next);
    baseline = next;
    note(`wrote ${baselineName}: ${plural(baselineSize(next), 'problem')} in ${plural(Object.keys(next.files).length, 'file')}.`);
  }
  for (const item of processed) filterForReport(item);
  if (options.baselinePrune) {
    const { baseline: pruned, removed } = pruneBaseline(baseline, matchedByFile, (key) => existsSync(baselineStore.fileOf(key)));
    if (baselineStore.exists) baselineStore.write(pruned);
    note(`pruned ${plural(removed, 'problem')} from ${baselineName}; ${plural(baselineSize(pruned), 'problem')} remain baselined.`);
  }
  if (hidden > 0 && !options.baselineUpdate) note(`${plural(hidden, 'problem')} hidden by the baseline (${baselineName}).`);

  let report = '';
  // Diffs precede only the human-readable reports; machine formats stay parseable.
  if (mode === 'dry-run' && (options.format === 'stylish' || options.format === 'compact')) {
    for (const item of processed) {
      if (item.before === undefined || item.result.output === undefined) continue;
      report += unifiedDiff(displayPath(item.result.filePath, io.cwd), item.before, item.result.output, color);
    }
  }
  if (jsonReport) {
    if (!streamJson) for (const item of processed) jsonReport.add(shown(item.result));
    report += jsonReport.toString();
  } else {
    report += formatter(processed.map((item) => shown(item.result)), { cwd: io.cwd, color });
  }

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

  return exitCodeFor(totals, options, warn);
}
