/**
 * Command-line parsing (commander). Turns argv into `CliOptions` and nothing
 * more: validation that needs the rule registry or the file system happens in
 * run.ts. Commander's own errors (unknown option, missing value) become
 * UsageErrors so main prints one line and exits 2.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { formatters } from '../core/format/index.js';
import { UsageError, oneLine } from './errors.js';
import { parseSize } from './source.js';

export interface CliOptions {
  patterns: string[];
  format: string;
  fix: boolean;
  fixDryRun: boolean;
  stdin: boolean;
  stdinFilename?: string;
  /** `--rule id:severity`, in the order given. */
  rules: string[];
  maxWarnings?: number;
  /** `--max-file-size`: bytes; undefined when the flag is not given (then the configuration's, or 10 MB). */
  maxFileSize?: number;
  /** `--time-budget <ms>`: milliseconds one file may take to lint; over it, the file is skipped with a warning. */
  timeBudgetMs?: number;
  quiet: boolean;
  /** false with --no-color; undefined means "let picocolors decide" (TTY, NO_COLOR, FORCE_COLOR). */
  color?: boolean;
  outputFile?: string;
  /** `--print-config <file>`: print the resolved configuration and lint nothing. */
  printConfig?: string;
  reportUnusedDisableDirectives: boolean;
  /** `--baseline <path>` (default candor-baseline.json in the working directory). */
  baseline?: string;
  baselineUpdate: boolean;
  baselinePrune: boolean;
  cache: boolean;
  cacheLocation?: string;
  /** `--diff-base <ref>`: only findings on lines changed since the git ref. */
  diffBase?: string;
  /** `--mcp`: serve the Model Context Protocol over stdio instead of linting. */
  mcp: boolean;
}

/** What parsing produced: options to run, or text commander already printed (help, version). */
export type ParseOutcome = { kind: 'run'; options: CliOptions } | { kind: 'exit'; code: number };

export const VERSION: string = packageJson.version;

function parseSizeOption(value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined) throw new InvalidArgumentError('expected a size in bytes, or with a unit: 512kb, 10mb.');
  return bytes;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new InvalidArgumentError('expected a whole number of 0 or more.');
  }
  return Number(value);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function buildProgram(write: (text: string) => void): Command {
  const program = new Command();
  program
    .name('candor')
    .description('Lint sales copy (emails, call scripts, landing pages) for pressure.')
    .usage('[options] [paths|globs...]')
    .argument('[patterns...]', 'files, directories or globs to lint (default: .)')
    .addOption(
      new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'),
    )
    .option('--fix', 'rewrite files with the safe fixes, then report what remains')
    .option('--fix-dry-run', 'show the fixes as a unified diff; write nothing')
    .option('--stdin', 'lint standard input')
    .option('--stdin-filename <name>', 'name of the standard input (picks the format, shown in reports)')
    .option('--rule <id:severity>', 'set a rule to off|info|warn|error (repeatable)', collect)
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--max-file-size <size>', 'skip files larger than this (bytes, or 512kb, 10mb; default 10mb)', parseSizeOption)
    .option('--time-budget <ms>', 'skip a file (with a warning) that takes longer than this to lint (default 10000)', parseCount)
    .option('--quiet', 'report errors only')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('-o, --output-file <path>', 'write the report to a file instead of standard output')
    .option('--print-config <file>', 'print the configuration that applies to a file, as JSON')
    .option('--report-unused-disable-directives', 'report candor-disable comments that silence nothing (as warnings)')
    .option('--baseline <path>', 'the baseline file (default: candor-baseline.json)')
    .option('--baseline-update', 'write every current finding to the baseline')
    .option('--baseline-prune', 'drop baseline entries that no longer match a finding')
    .option('--cache', 'reuse the findings of unchanged files from the cache')
    .option('--cache-location <path>', 'the cache file (default: .candorcache)')
    .option('--diff-base <ref>', 'report only findings on lines changed since a git ref')
    .option('--mcp', 'serve the Model Context Protocol over stdio (lint tools for AI assistants)')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({
      writeOut: write,
      // Errors are rethrown by exitOverride and printed by main as one line.
      writeErr: () => undefined,
      outputError: () => undefined,
    })
    .addHelpText(
      'after',
      '\nCommands:\n' +
        '  candor init              writes a commented starter .candorrc.yaml here\n' +
        '  candor rewrite [paths]   rewrites drafts for trust (--write, --diff, --stdin; see candor rewrite --help)\n' +
        '\nExit codes: 0 clean (or warnings within --max-warnings), 1 errors or too many warnings, 2 usage or configuration error.\n' +
        'Reference: docs/cli.md\n',
    );
  return program;
}

export function parseOptions(argv: readonly string[], write: (text: string) => void): ParseOutcome {
  const program = buildProgram(write);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return { kind: 'exit', code: 0 };
      throw new UsageError(oneLine(error.message.replace(/^error:\s*/, '')));
    }
    throw error;
  }
  const opts = program.opts<{
    format: string;
    fix?: boolean;
    fixDryRun?: boolean;
    stdin?: boolean;
    stdinFilename?: string;
    rule?: string[];
    maxWarnings?: number;
    maxFileSize?: number;
    timeBudget?: number;
    quiet?: boolean;
    color?: boolean;
    outputFile?: string;
    printConfig?: string;
    reportUnusedDisableDirectives?: boolean;
    baseline?: string;
    baselineUpdate?: boolean;
    baselinePrune?: boolean;
    cache?: boolean;
    cacheLocation?: string;
    diffBase?: string;
    mcp?: boolean;
  }>();
  const colorSource = program.getOptionValueSource('color');
  const options: CliOptions = {
    patterns: program.args,
    format: opts.format,
    fix: opts.fix === true,
    fixDryRun: opts.fixDryRun === true,
    stdin: opts.stdin === true,
    rules: opts.rule ?? [],
    quiet: opts.quiet === true,
    reportUnusedDisableDirectives: opts.reportUnusedDisableDirectives === true,
    baselineUpdate: opts.baselineUpdate === true,
    baselinePrune: opts.baselinePrune === true,
    cache: opts.cache === true,
    mcp: opts.mcp === true,
  };
  if (opts.printConfig !== undefined) options.printConfig = opts.printConfig;
  if (opts.baseline !== undefined) options.baseline = opts.baseline;
  if (opts.cacheLocation !== undefined) options.cacheLocation = opts.cacheLocation;
  if (opts.diffBase !== undefined) options.diffBase = opts.diffBase;
  if (options.baselineUpdate && options.baselinePrune) {
    throw new UsageError('--baseline-update and --baseline-prune cannot be used together.');
  }
  if (options.diffBase !== undefined && options.stdin) {
    throw new UsageError('--diff-base compares files with git; it cannot be used with --stdin.');
  }
  if (opts.stdinFilename !== undefined) options.stdinFilename = opts.stdinFilename;
  if (opts.maxWarnings !== undefined) options.maxWarnings = opts.maxWarnings;
  if (opts.maxFileSize !== undefined) options.maxFileSize = opts.maxFileSize;
  if (opts.timeBudget !== undefined) options.timeBudgetMs = Math.max(1, opts.timeBudget);
  if (colorSource === 'cli' && opts.color !== undefined) options.color = opts.color;
  if (opts.outputFile !== undefined) options.outputFile = opts.outputFile;
  if (options.fix && options.fixDryRun) {
    throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  }
  if (options.stdin && options.patterns.length > 0) {
    throw new UsageError('--stdin lints standard input; do not also name files.');
  }
  if (options.mcp && (options.patterns.length > 0 || options.stdin || options.fix || options.fixDryRun)) {
    throw new UsageError('--mcp serves requests over stdio; do not also name files or use --stdin, --fix or --fix-dry-run.');
  }
  if (options.stdinFilename !== undefined && !options.stdin) {
    throw new UsageError('--stdin-filename needs --stdin.');
  }
  return { kind: 'run', options };
}
