/**
 * `candor rewrite [paths…]`: the whole-draft rewrite ("Rewrite this draft for
 * trust") from the command line. Prints each rewritten draft; `--write`
 * writes it back atomically (BOM and line endings kept, like --fix); `--diff`
 * prints a unified diff instead; `--stdin --stdin-filename <name>` rewrites
 * standard input to standard output. Findings silenced by suppression
 * comments are left as written. Exit 0, or 2 on a usage error.
 */
import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import type { LintOptions } from '../core/engine.js';
import { rewriteDraft } from '../core/rewrite/draft.js';
import { detectFormat } from '../core/segment/index.js';
import { displayPath } from '../core/format/stylish.js';
import { applySuppressions } from '../core/suppress.js';
import { createConfigResolver, type FileConfig } from './config.js';
import { UsageError, oneLine } from './errors.js';
import { writeFileAtomic } from './fix-writer.js';
import { collectFiles, unifiedDiff, type CliIO } from './run.js';
import { DEFAULT_MAX_FILE_SIZE, decodeDraft, encodeDraft, parseSize, readDraftFile } from './source.js';

interface RewriteOptions {
  patterns: string[];
  write: boolean;
  diff: boolean;
  stdin: boolean;
  stdinFilename?: string;
  maxFileSize?: number;
  color?: boolean;
}

function parse(argv: readonly string[], write: (text: string) => void): RewriteOptions | undefined {
  const program = new Command()
    .name('candor rewrite')
    .description('Rewrite drafts for trust: every finding taken out of the sentence it is in, an apology opener where a re-engagement needs one.')
    .usage('[options] [paths|globs...]')
    .argument('[patterns...]', 'files, directories or globs to rewrite')
    .option('--write', 'write each rewritten draft back to its file')
    .option('--diff', 'print a unified diff instead of the rewritten drafts')
    .option('--stdin', 'rewrite standard input to standard output')
    .option('--stdin-filename <name>', 'name of the standard input (picks the format and configuration)')
    .option('--max-file-size <size>', 'skip files larger than this (bytes, or 512kb, 10mb; default 10mb)')
    .option('--color', 'force colour in --diff')
    .option('--no-color', 'no colour in --diff')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: () => undefined, outputError: () => undefined })
    .addHelpText('after', '\nExit codes: 0 done, 2 usage or configuration error.\nReference: docs/rewrites.md\n');
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return undefined;
      throw new UsageError(oneLine(error.message.replace(/^error:\s*/, '')));
    }
    throw error;
  }
  const opts = program.opts<{ write?: boolean; diff?: boolean; stdin?: boolean; stdinFilename?: string; maxFileSize?: string; color?: boolean }>();
  const options: RewriteOptions = {
    patterns: program.args,
    write: opts.write === true,
    diff: opts.diff === true,
    stdin: opts.stdin === true,
  };
  if (opts.stdinFilename !== undefined) options.stdinFilename = opts.stdinFilename;
  if (program.getOptionValueSource('color') === 'cli' && opts.color !== undefined) options.color = opts.color;
  if (opts.maxFileSize !== undefined) {
    const bytes = parseSize(opts.maxFileSize);
    if (bytes === undefined) throw new UsageError(`--max-file-size expects a size in bytes, or with a unit: 512kb, 10mb (got ${opts.maxFileSize}).`);
    options.maxFileSize = bytes;
  }
  if (options.write && options.diff) throw new UsageError('--write and --diff cannot be used together.');
  if (options.stdin && options.patterns.length > 0) throw new UsageError('--stdin rewrites standard input; do not also name files.');
  if (options.stdin && options.write) throw new UsageError('--stdin prints the rewritten draft; --write needs files.');
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename needs --stdin.');
  if (!options.stdin && options.patterns.length === 0) throw new UsageError('name the drafts to rewrite (files, directories or globs), or use --stdin.');
  return options;
}

/**
 * The draft rewritten with its file's configuration; suppressed findings stay
 * as written. Text a message holds transfer-encoded is never edited: a note
 * says how many findings were left there.
 */
function rewriteWith(text: string, filePath: string | undefined, config: FileConfig, note: (line: string) => void): string {
  const format = config.format ?? detectFormat(text, filePath !== undefined ? { filePath } : {});
  const options: LintOptions = { config: config.lint, rules: config.rules, format };
  if (filePath !== undefined) options.filePath = filePath;
  const rewritten = rewriteDraft(text, { ...options, select: (source, findings) => applySuppressions(source, format, findings).findings });
  const locked = new Map<string, number>();
  for (const finding of rewritten.remaining) if (finding.unfixable) locked.set(finding.unfixable, (locked.get(finding.unfixable) ?? 0) + 1);
  for (const [part, count] of locked) {
    note(`${count} ${count === 1 ? 'problem' : 'problems'} left in the ${part}: rewrite does not edit encoded text`);
  }
  return rewritten.output;
}

export async function runRewrite(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parse(argv, (text) => io.writeOut(text));
  if (!options) return 0;
  const resolver = createConfigResolver([], io.cwd);
  const color = options.color ?? io.colorByDefault;
  if (options.stdin) {
    const read = decodeDraft(await io.readStdin());
    if (!read.ok) throw new UsageError(`standard input is a ${read.reason}.`);
    const filePath = options.stdinFilename !== undefined ? resolve(io.cwd, options.stdinFilename) : undefined;
    const output = rewriteWith(read.file.text, filePath, await resolver.forFile(filePath), (line) => io.writeErr(`candor: <stdin>: ${line}\n`));
    if (options.diff) io.writeOut(diffText(options.stdinFilename ?? '<text>', read.file.text, output, color));
    else io.writeOut(Buffer.from(encodeDraft(output, read.file.hasBom)).toString('utf8'));
    return 0;
  }
  const files = await collectFiles(options.patterns, io.cwd, resolver);
  let written = 0;
  for (const { file, config } of files) {
    const shown = displayPath(file, io.cwd);
    const read = readDraftFile(file, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (!read.ok) {
      io.writeErr(`candor: warning: skipped ${shown}: ${read.reason}\n`);
      continue;
    }
    const { text } = read.file;
    const output = rewriteWith(text, file, config, (line) => io.writeErr(`candor: ${shown}: ${line}\n`));
    if (options.diff) {
      if (output !== text) io.writeOut(diffText(shown, text, output, color));
    } else if (options.write) {
      if (output === text) continue;
      if (!read.file.roundTrips) {
        io.writeErr(`candor: warning: not rewriting ${shown}: it is not valid UTF-8, and writing it would lose bytes\n`);
        continue;
      }
      try {
        writeFileAtomic(file, encodeDraft(output, read.file.hasBom));
        written++;
      } catch (error) {
        io.writeErr(`candor: warning: could not write ${shown}: ${oneLine(error)}\n`);
      }
    } else {
      // One draft prints as itself; several get a header each, like `head`.
      if (files.length > 1) io.writeOut(`==> ${shown} <==\n`);
      io.writeOut(output.endsWith('\n') || files.length === 1 ? output : `${output}\n`);
      if (files.length > 1) io.writeOut('\n');
    }
  }
  if (options.write) io.writeErr(`candor: rewrote ${written} of ${files.length} ${files.length === 1 ? 'draft' : 'drafts'}.\n`);
  return 0;
}

function diffText(name: string, before: string, after: string, color: boolean): string {
  const patch = unifiedDiff(name, before, after, color);
  return patch.endsWith('\n') ? patch : `${patch}\n`;
}

