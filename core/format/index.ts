/**
 * The formatter registry: `--format <name>` looks a formatter up here. A new
 * format (sarif, github, junit, compact) is one module and one line below.
 */
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { FormatContext, Formatter, LintResult } from './types.js';
export { countFindings, severityCounts, sumCounts, type Counts } from './counts.js';

export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  compact: formatCompact,
};

export function findFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined;
}
