/**
 * Findings → LSP diagnostics. This is the one place offsets become positions
 * (through TextDocument.positionAt, in UTF-16 units). Each diagnostic carries
 * its rewrites as offset edits plus the document version in `data`, so a code
 * action can be built without linting again (vscode-eslint's `Problem`).
 */
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/types.js';
import { findRule } from '../rules/index.js';
import type { LintResult } from './documents.js';

export const SOURCE = 'candor';

/**
 * What `Diagnostic.data` holds for a Candor diagnostic: which finding of which
 * version it is. The rewrites stay on the server, in that version's lint
 * (vscode-eslint keeps its fixes server-side too): a 1 MB draft's publish
 * would otherwise carry every fix and suggestion on every keystroke.
 */
export interface DiagnosticData {
  version: number;
  ruleId: string;
  start: number;
  end: number;
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<DiagnosticData>;
  return (
    typeof data.version === 'number' &&
    typeof data.ruleId === 'string' &&
    typeof data.start === 'number' &&
    typeof data.end === 'number'
  );
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding, document: TextDocument, version: number): Diagnostic {
  const data: DiagnosticData = { version, ruleId: finding.ruleId, start: finding.start, end: finding.end };
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: SOURCE,
    message: finding.message,
    data,
  };
  const docsUrl = findRule(finding.ruleId)?.meta.docsUrl;
  if (docsUrl) diagnostic.codeDescription = { href: docsUrl };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (related): DiagnosticRelatedInformation => ({
        location: {
          uri: document.uri,
          range: { start: document.positionAt(related.start), end: document.positionAt(related.end) },
        },
        message: related.message,
      }),
    );
  }
  return diagnostic;
}

/** The informational diagnostic that stands in for a document too large to lint. */
export function skippedDiagnostic(bytes: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: `Candor skipped this document: ${bytes} bytes is over the ${formatBytes(limit)} limit (candor.maxFileSize)`,
  };
}

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1 && Number.isInteger(mb)) return `${mb} MB`;
  if (mb >= 1) return `${mb.toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

/** The informational diagnostic that says the time budget stopped some rules. */
export function stoppedDiagnostic(afterMs: number, skipped: readonly string[]): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: `Candor stopped after ${afterMs} ms (candor.timeBudgetMs); some rules did not run`,
    data: { skippedRules: [...skipped] },
  };
}

export function diagnosticsOf(result: LintResult, document: TextDocument): Diagnostic[] {
  if (result.skippedBytes !== undefined) return [skippedDiagnostic(result.skippedBytes, result.settings.maxFileSize)];
  const diagnostics = result.findings.map((finding) => toDiagnostic(finding, document, result.version));
  if (result.stopped) diagnostics.push(stoppedDiagnostic(result.stopped.afterMs, result.stopped.skipped));
  return diagnostics;
}
