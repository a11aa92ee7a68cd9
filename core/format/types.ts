/**
 * What a formatter receives: one result per linted file. Formatters are pure
 * (results in, string out); the CLI decides where the string goes.
 */
import type { Finding } from '../types.js';

/** The outcome of linting one file (or standard input). */
export interface LintResult {
  /** Absolute path of the file, or `<text>` for unnamed standard input. */
  filePath: string;
  /** The text that was linted (after any fixes, without a BOM): offsets index into it. */
  source: string;
  /** Findings in `source`, sorted by position. */
  findings: Finding[];
  /** The fixed text, present when a fix changed it (`--fix`, `--fix-dry-run`). */
  output?: string;
}

export interface FormatContext {
  /** Directory that relative paths in human-readable output are relative to. */
  cwd: string;
  /** Emit ANSI colour codes. */
  color: boolean;
}

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;
