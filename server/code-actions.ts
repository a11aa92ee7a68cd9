/**
 * The code-action menu, in vscode-eslint's order so it reads the way ESLint
 * users expect:
 *   1. each diagnostic's fix (`quickfix`, preferred: the one `Auto Fix` applies),
 *   2. each of its other rewrites as its own quick fix,
 *   3. "Fix all <rule> problems in this file",
 *   4. "Fix all auto-fixable Candor problems",
 *   5. in markdown "Disable <rule> for this line" / "Disable <rule> for this file"
 *      (suppression comments, core/suppress.ts); in other formats, which cannot
 *      carry comments, "Add to baseline" (core/baseline.ts),
 *   6. "Show documentation for <rule>".
 * Plus `source.fixAll.candor` when the client asks for source actions (fix on save).
 *
 * Single rewrites come from the current version's lint (cached, so no lint
 * runs), found by the offsets in the diagnostic's `data`; fix-all goes through core/fix.ts like
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
export const ADD_TO_BASELINE_COMMAND = 'candor.addToBaseline';

/** The second argument of `candor.addToBaseline` (the first is the document URI). */
export interface BaselineArgument {
  version: number;
  ruleId: string;
  start: number;
  end: number;
}

export function isBaselineArgument(value: unknown): value is BaselineArgument {
  if (typeof value !== 'object' || value === null) return false;
  const arg = value as Partial<BaselineArgument>;
  return typeof arg.version === 'number' && typeof arg.ruleId === 'string' && typeof arg.start === 'number' && typeof arg.end === 'number';
}

/** The document's line ending: its first one, LF when it has none. */
export function eolOf(text: string): string {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? match[0] : '\n';
}

/** The offset where a file-wide directive goes: after the BOM and the front matter, if any. */
export function afterFrontMatter(text: string): number {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const open = /^---[ \t]*(?:\r\n|\n|\r)/.exec(text.slice(bom));
  if (!open) return bom;
  const rest = text.slice(bom + open[0].length);
  const end = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/m.exec(rest);
  if (!end) return bom;
  return bom + open[0].length + end.index + end[0].length;
}

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
    // The finding in this version's lint: by the offsets in `data` when it was
    // published for this version, else by rule and range (a client that drops
    // `data`, or a diagnostic of an older version).
    const data: unknown = diagnostic.data;
    const current = isDiagnosticData(data) && data.version === document.version;
    const start = current ? data.start : document.offsetAt(diagnostic.range.start);
    const end = current ? data.end : document.offsetAt(diagnostic.range.end);
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

/** "Disable <rule> for this line/file" in markdown; "Add to baseline" elsewhere. */
function disableActions(input: CodeActionInput, problems: readonly Problem[]): CodeAction[] {
  const { document, result, support } = input;
  const ruleId = problems[0]?.ruleId;
  if (ruleId === undefined || ruleId === '') return [];
  const actions: CodeAction[] = [];
  const text = document.getText();
  if (result.format === 'markdown') {
    const eol = eolOf(text);
    const lines = new Set<number>();
    for (const problem of problems) {
      const line = problem.diagnostic.range.start.line;
      if (lines.has(line)) continue;
      lines.add(line);
      const lineStart = document.offsetAt({ line, character: 0 });
      const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
      actions.push({
        title: `Disable ${ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [problem.diagnostic],
        edit: workspaceEdit(
          document,
          [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- candor-disable-next-line ${ruleId} -- reason -->${eol}` }],
          support.documentChanges,
        ),
      });
    }
    const at = document.positionAt(afterFrontMatter(text));
    actions.push({
      title: `Disable ${ruleId} for this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: problems.map((problem) => problem.diagnostic),
      edit: workspaceEdit(document, [{ range: { start: at, end: at }, newText: `<!-- candor-disable-file ${ruleId} -->${eol}` }], support.documentChanges),
    });
    return actions;
  }
  if (!result.config.baseline) return actions;
  for (const problem of problems) {
    const argument: BaselineArgument = {
      version: document.version,
      ruleId,
      start: document.offsetAt(problem.diagnostic.range.start),
      end: document.offsetAt(problem.diagnostic.range.end),
    };
    const title = `Add to baseline (${ruleId})`;
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [problem.diagnostic],
      command: { title, command: ADD_TO_BASELINE_COMMAND, arguments: [document.uri, argument] },
    });
  }
  return actions;
}

export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  const only = input.params.context.only;
  const actions: CodeAction[] = [];
  if (kindRequested(CodeActionKind.QuickFix, only)) {
    const problems = problemsOf(input);
    const ruleIds = [...new Set(problems.map((problem) => problem.ruleId))];
    // Findings of one sentence offer the same whole-sentence rewrite: it is listed once.
    const offered = new Set<string>();
    const offer = (problem: Problem, rewrite: Rewrite, preferred: boolean): void => {
      const key = JSON.stringify([problem.ruleId, rewrite.edits]);
      if (offered.has(key)) return;
      offered.add(key);
      actions.push(rewriteAction(input, problem, rewrite, preferred));
    };
    for (const ruleId of ruleIds) {
      for (const problem of problems.filter((p) => p.ruleId === ruleId)) {
        if (problem.fix) offer(problem, problem.fix, true);
        for (const suggestion of problem.suggestions) offer(problem, suggestion, false);
      }
      const ruleFixAll = fixAllAction(input, `Fix all ${ruleId} problems in this file`, CodeActionKind.QuickFix, ruleId);
      if (ruleFixAll) actions.push(ruleFixAll);
    }
    if (ruleIds.length > 0) {
      const fixAll = fixAllAction(input, 'Fix all auto-fixable Candor problems', CodeActionKind.QuickFix);
      if (fixAll) actions.push(fixAll);
    }
    for (const ruleId of ruleIds) actions.push(...disableActions(input, problems.filter((p) => p.ruleId === ruleId)));
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
