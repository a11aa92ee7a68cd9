/**
 * The default human-readable report, in ESLint's stylish shape: each file's
 * path underlined, one aligned row per finding (`line:col  severity  message
 * rule-id`), then a summary. Prints nothing when there is nothing to report.
 */
import { isAbsolute, relative } from 'node:path';
import picocolors from 'picocolors';
import { LineIndex } from '../position.js';
import type { Severity } from '../types.js';
import { countFindings, sumCounts } from './counts.js';
import type { Formatter } from './types.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The path as the user would type it: relative to cwd when inside it. */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : filePath;
}

/** Visible width, ignoring ANSI escapes (East Asian widths are not worth a dependency here). */
function width(text: string): number {
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

function pad(text: string, to: number, alignRight = false): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return alignRight ? fill + text : text + fill;
}

export const formatStylish: Formatter = (results, context) => {
  const c = picocolors.createColors(context.color);
  const severityLabel: Record<Severity, string> = {
    error: c.red('error'),
    warning: c.yellow('warning'),
    info: c.blue('info'),
  };
  let out = '';
  const allCounts = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    allCounts.push(countFindings(result.findings));
    const index = new LineIndex(result.source);
    const rows = result.findings.map((finding) => {
      const { line, character } = index.positionAt(finding.start);
      return [
        '',
        c.dim(`${line + 1}:${character + 1}`),
        severityLabel[finding.severity],
        finding.message.replace(/\s*\r?\n\s*/g, ' ').replace(/([^ ])\.$/, '$1'),
        c.dim(finding.ruleId),
      ];
    });
    const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => width(row[col]))));
    out += `\n${c.underline(displayPath(result.filePath, context.cwd))}\n`;
    for (const row of rows) {
      const cells = row.map((cell, col) =>
        col === row.length - 1 ? cell : pad(cell, widths[col], col === 1),
      );
      out += `${cells.join('  ').trimEnd()}\n`;
    }
  }
  if (allCounts.length === 0) return '';
  const total = sumCounts(allCounts);
  const problems = total.errorCount + total.warningCount + total.infoCount;
  const parts = [plural(total.errorCount, 'error'), plural(total.warningCount, 'warning')];
  if (total.infoCount > 0) parts.push(`${total.infoCount} info`);
  const tint = total.errorCount > 0 ? c.red : total.warningCount > 0 ? c.yellow : c.blue;
  out += `\n${tint(c.bold(`\u2716 ${plural(problems, 'problem')} (${parts.join(', ')})`))}\n`;
  const fixable = total.fixableErrorCount + total.fixableWarningCount + total.fixableInfoCount;
  if (fixable > 0) {
    out += `${tint(c.bold(`  ${plural(fixable, 'problem')} fixable with --fix`))}\n`;
  }
  return `${out}\n`;
};
