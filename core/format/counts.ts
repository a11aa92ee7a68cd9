/**
 * Counting findings the ESLint way. Info findings are reported but count as
 * neither errors nor warnings, so they never change an exit code.
 */
import type { Finding } from '../types.js';

export interface Counts {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  fixableInfoCount: number;
}

/**
 * Errors and warnings only: what an exit code needs. Reading a finding's `fix`
 * computes the rewrite (core/rewrite, with its English model), which a run
 * whose report never shows one should not pay for.
 */
export function severityCounts(findings: readonly Finding[]): Pick<Counts, 'errorCount' | 'warningCount'> {
  let errorCount = 0;
  let warningCount = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errorCount++;
    else if (finding.severity === 'warning') warningCount++;
  }
  return { errorCount, warningCount };
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = {
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    fixableInfoCount: 0,
  };
  for (const finding of findings) {
    const fixable = finding.fix !== undefined && finding.fix.edits.length > 0 ? 1 : 0;
    if (finding.severity === 'error') {
      counts.errorCount++;
      counts.fixableErrorCount += fixable;
    } else if (finding.severity === 'warning') {
      counts.warningCount++;
      counts.fixableWarningCount += fixable;
    } else {
      counts.infoCount++;
      counts.fixableInfoCount += fixable;
    }
  }
  return counts;
}

export function sumCounts(list: readonly Counts[]): Counts {
  const total = countFindings([]);
  for (const counts of list) {
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
  }
  return total;
}
