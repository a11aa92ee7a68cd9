/**
 * The code-action menu, in vscode-eslint's order so it reads the way ESLint
 * users expect:
 *   1. each diagnostic's fix (`quickfix`, preferred: the one `Auto Fix` applies),
 *   2. each of its other rewrites as its own quick fix,
 *   3. "Fix all <rule> problems in this file",
 *   4. "Fix all auto-fixable Candor problems",
 *   5. "Show documentation for <rule>".
 * Plus `source.fixAll.candor` when the client asks for source actions (fix on save).
 *
 * Single rewrites come from the diagnostic's `data` when it was computed for
 * the current version, so no lint runs; fix-all goes through core/fix.ts like
 * `--fix`, and its edit is computed lazily (`codeAction/resolve`) when the
 * client supports it.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, type FixOptions } from '../core/fix.js';
import type { Finding, Rewrite } from '../core/types.js';
import { findRule } from '../rules/index.js';
import { isDiagnosticData, SOURCE } from './diagnostics.js';
import type { LintResult } from './documents.js';
import { minimalEdit, toTextEdit, workspaceEdit } from './edits.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.candor`;
export const SHOW_DOCUMENTATION_COMMAND = 'candor.showDocumentation';

/** `data` of a fix-all action whose edit is computed on resolve. */
export interface FixAllData {
  candorFixAll: true;
  uri: string;
  version: number;
  /** Only this rule's fixes; all fixes when absent. */
  ruleId?: string;
}

export function isFixAllData(value: unknown): value is FixAllData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<FixAllData>;
  return (
    data.candorFixAll === true &&
    typeof data.uri === 'string' &&
    typeof data.version === 'number' &&
    (data.ruleId === undefined || typeof data.ruleId === 'string')
  );
}

export interface ClientEditSupport {
  /** `workspace.workspaceEdit.documentChanges`: pin edits to a version. */
  documentChanges: boolean;
  /** `textDocument.codeAction.resolveSupport` includes `edit`. */
  resolveEdits: boolean;
}

export interface CodeActionInput {
  document: TextDocument;
  /** The lint of the document's current version. */
  result: LintResult;
  params: CodeActionParams;
  fixOptions: FixOptions;
  support: ClientEditSupport;
}

/** Whether an action of `kind` was asked for by `only` (a requested kind covers its sub-kinds). */
export function kindRequested(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return kind !== FIX_ALL_KIND;
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

/** The text with fixes applied: every fix, or one rule's. */
export function fixedText(document: TextDocument, findings: readonly Finding[], fixOptions: FixOptions, ruleId?: string): string {
  const filter = ruleId === undefined ? undefined : (finding: Finding) => finding.ruleId === ruleId;
  return applyFixes(document.getText(), findings, filter ? { ...fixOptions, filter } : fixOptions).output;
}

/** The workspace edit that applies fixes, as one minimal edit, or undefined when nothing changes. */
export function fixAllEdit(
  document: TextDocument,
  findings: readonly Finding[],
  fixOptions: FixOptions,
  documentChanges: boolean,
  ruleId?: string,
): CodeAction['edit'] {
  const edit = minimalEdit(document.getText(), fixedText(document, findings, fixOptions, ruleId));
  return edit ? workspaceEdit(document, [toTextEdit(document, edit)], documentChanges) : undefined;
}

interface Problem {
  ruleId: string;
  diagnostic: Diagnostic;
  fix?: Rewrite;
  suggestions: Rewrite[];
}

/** The problems the request is about: its Candor diagnostics, else the findings under its range. */
function problemsOf(input: CodeActionInput): Problem[] {
  const { document, result, params } = input;
  const problems: Problem[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') continue;
    const data: unknown = diagnostic.data;
    if (isDiagnosticData(data) && data.version === document.version) {
      problems.push({ ruleId: data.ruleId, diagnostic, ...(data.fix ? { fix: data.fix } : {}), suggestions: data.suggestions });
      continue;
    }
    // No usable data (a client that drops it, or an older version): match the current lint.
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const finding = result.findings.find((f) => f.ruleId === diagnostic.code && f.start === start && f.end === end);
    if (finding) problems.push(problemOf(finding, diagnostic));
  }
  if (problems.length > 0 || params.context.diagnostics.some((d) => d.source === SOURCE)) return problems;
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  for (const finding of result.findings) {
    if (finding.start <= end && start <= finding.end) {
      const diagnostic: Diagnostic = {
        range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
        message: finding.message,
        source: SOURCE,
        code: finding.ruleId,
      };
      problems.push(problemOf(finding, diagnostic));
    }
  }
  return problems;
}

function problemOf(finding: Finding, diagnostic: Diagnostic): Problem {
  return { ruleId: finding.ruleId, diagnostic, ...(finding.fix ? { fix: finding.fix } : {}), suggestions: finding.suggestions };
}

function rewriteAction(input: CodeActionInput, problem: Problem, rewrite: Rewrite, preferred: boolean): CodeAction {
  const { document, support } = input;
  const edits = rewrite.edits.map((edit) => toTextEdit(document, edit));
  const action: CodeAction = {
    title: `${rewrite.title} (${problem.ruleId})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [problem.diagnostic],
    edit: workspaceEdit(document, edits, support.documentChanges),
  };
  if (preferred) action.isPreferred = true;
  return action;
}

function fixAllAction(input: CodeActionInput, title: string, kind: string, ruleId?: string): CodeAction | undefined {
  const { document, result, fixOptions, support } = input;
  const fixable = result.findings.some((finding) => finding.fix && (ruleId === undefined || finding.ruleId === ruleId));
  if (!fixable) return undefined;
  const action: CodeAction = { title, kind };
  // Source actions (fix on save) are applied without a resolve round trip in many clients.
  if (support.resolveEdits && kind === CodeActionKind.QuickFix) {
    const data: FixAllData = { candorFixAll: true, uri: document.uri, version: document.version };
    if (ruleId !== undefined) data.ruleId = ruleId;
    action.data = data;
    return action;
  }
  const edit = fixAllEdit(document, result.findings, fixOptions, support.documentChanges, ruleId);
  if (!edit) return undefined;
  action.edit = edit;
  return action;
}

export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  const only = input.params.context.only;
  const actions: CodeAction[] = [];
  if (kindRequested(CodeActionKind.QuickFix, only)) {
    const problems = problemsOf(input);
    const ruleIds = [...new Set(problems.map((problem) => problem.ruleId))];
    for (const ruleId of ruleIds) {
      for (const problem of problems.filter((p) => p.ruleId === ruleId)) {
        if (problem.fix) actions.push(rewriteAction(input, problem, problem.fix, true));
        for (const suggestion of problem.suggestions) actions.push(rewriteAction(input, problem, suggestion, false));
      }
      const ruleFixAll = fixAllAction(input, `Fix all ${ruleId} problems in this file`, CodeActionKind.QuickFix, ruleId);
      if (ruleFixAll) actions.push(ruleFixAll);
    }
    if (ruleIds.length > 0) {
      const fixAll = fixAllAction(input, 'Fix all auto-fixable Candor problems', CodeActionKind.QuickFix);
      if (fixAll) actions.push(fixAll);
    }
    for (const ruleId of ruleIds) {
      const url = findRule(ruleId)?.meta.docsUrl;
      if (!url) continue;
      actions.push({
        title: `Show documentation for ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        command: { title: `Show documentation for ${ruleId}`, command: SHOW_DOCUMENTATION_COMMAND, arguments: [url] },
      });
    }
  }
  if (only && kindRequested(FIX_ALL_KIND, only)) {
    const fixAll = fixAllAction(input, 'Fix all auto-fixable Candor problems', FIX_ALL_KIND);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}
