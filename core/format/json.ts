/**
 * ESLint-compatible JSON (`--format json`), the contract CI tools read:
 * 1-based lines and UTF-16 columns, severity 1 (warning) or 2 (error). Info
 * findings are written with severity 1 but count in neither errorCount nor
 * warningCount (ESLint has no third level). A fix made of several edits is
 * written as one edit spanning them, its text the merged replacement.
 */
import { LineIndex } from '../position.js';
import type { Finding, Rewrite } from '../types.js';
import { countFindings } from './counts.js';
import type { Formatter, LintResult } from './types.js';

export interface JsonFix {
  range: [number, number];
  text: string;
}

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: JsonFix;
  suggestions?: { desc: string; fix: JsonFix }[];
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
}

/** Merges a rewrite's edits into the single edit spanning them. */
export function mergeEdits(source: string, rewrite: Rewrite): JsonFix | undefined {
  const edits = [...rewrite.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const first = edits[0];
  if (!first) return undefined;
  let text = '';
  let cursor = first.start;
  let end = first.start;
  for (const edit of edits) {
    text += source.slice(cursor, Math.max(cursor, edit.start)) + edit.text;
    cursor = Math.max(cursor, edit.end);
    end = Math.max(end, edit.end);
  }
  return { range: [first.start, end], text };
}

function toMessage(finding: Finding, source: string, index: LineIndex): JsonMessage {
  const start = index.positionAt(finding.start);
  const end = index.positionAt(finding.end);
  const message: JsonMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity === 'error' ? 2 : 1,
    message: finding.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
  const fix = finding.fix ? mergeEdits(source, finding.fix) : undefined;
  if (fix) message.fix = fix;
  const suggestions = finding.suggestions.flatMap((rewrite) => {
    const merged = mergeEdits(source, rewrite);
    return merged ? [{ desc: rewrite.title, fix: merged }] : [];
  });
  if (suggestions.length > 0) message.suggestions = suggestions;
  return message;
}

/** One file's JSON-ready object (the CLI writes its report file by file: cli/json-report.ts). */
export function toJsonResult(result: LintResult): JsonResult {
  const index = new LineIndex(result.source);
  const counts = countFindings(result.findings);
  const json: JsonResult = {
    filePath: result.filePath,
    messages: result.findings.map((finding) => toMessage(finding, result.source, index)),
    errorCount: counts.errorCount,
    warningCount: counts.warningCount,
    fixableErrorCount: counts.fixableErrorCount,
    fixableWarningCount: counts.fixableWarningCount,
  };
  if (result.output !== undefined) json.output = result.output;
  return json;
}

/** The JSON-ready objects, for callers that embed them elsewhere. */
export function toJsonResults(results: readonly LintResult[]): JsonResult[] {
  return results.map(toJsonResult);
}

export const formatJson: Formatter = (results) => JSON.stringify(toJsonResults(results));
