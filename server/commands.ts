/**
 * `workspace/executeCommand`: the rewrite commands compute the new text with
 * core/fix.ts, then send one minimal edit (the changed span) through
 * `workspace/applyEdit`, pinned to the version they read.
 */
import { ErrorCodes, ResponseError, type Range, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../core/engine.js';
import { applyFixes, applyRewrites, MAX_FIX_PASSES, rewriteOf, type FixOptions } from '../core/fix.js';
import type { Finding, Rewrite } from '../core/types.js';
import { isBaselineArgument } from './code-actions.js';
import type { LintResult } from './documents.js';
import { minimalEdit, toTextEdit, workspaceEdit } from './edits.js';

export const COMMANDS = {
  applyAllFixes: 'candor.applyAllFixes',
  rewriteDocument: 'candor.rewriteDocument',
  rewriteSelection: 'candor.rewriteSelection',
  showDocumentation: 'candor.showDocumentation',
  addToBaseline: 'candor.addToBaseline',
} as const;

export const COMMAND_IDS: string[] = Object.values(COMMANDS);

export interface CommandHost {
  document(uri: string): TextDocument | undefined;
  /** The current lint of a document and the options its fixes re-lint with. */
  prepare(document: TextDocument): Promise<{ result: LintResult; fixOptions: FixOptions }>;
  applyEdit(label: string, edit: WorkspaceEdit): Promise<boolean>;
  showDocument(url: string): Promise<boolean>;
  /** Writes one finding of the document into its workspace's candor-baseline.json, then re-lints. */
  addToBaseline(document: TextDocument, finding: Finding): Promise<boolean>;
  documentChanges: boolean;
}

/** What a rewrite command answers. */
export interface CommandResult {
  /** The client applied the edit (false when there was nothing to change). */
  applied: boolean;
  /** How many rewrites went into the edit. */
  rewrites: number;
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function uriArgument(args: unknown[] | undefined, command: string): string {
  const uri = args?.[0];
  if (typeof uri !== 'string') throw invalid(`${command} expects a document URI as its first argument`);
  return uri;
}

function isPosition(value: unknown): value is Range['start'] {
  const position = value as Range['start'] | null | undefined;
  return typeof position?.line === 'number' && typeof position.character === 'number';
}

function rangeArgument(value: unknown, command: string): Range {
  const range = value as Partial<Range> | null | undefined;
  if (!range || !isPosition(range.start) || !isPosition(range.end)) {
    throw invalid(`${command} expects a range ({ start, end }) as its second argument`);
  }
  return { start: range.start, end: range.end };
}

/**
 * Rewrites only what lies inside [start, end): fixes and first suggestions of
 * the findings there whose edits stay inside it. Text outside is never
 * touched, so after a pass the range simply grows or shrinks by the change in
 * length, and the next pass can re-lint and look at the same span.
 */
export function rewriteRange(
  text: string,
  findings: readonly Finding[],
  start: number,
  end: number,
  options: FixOptions,
): { output: string; applied: number } {
  let output = text;
  let current = findings;
  let rangeEnd = end;
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const inside = (offset: number) => offset >= start && offset <= rangeEnd;
    const rewrites: Rewrite[] = current
      .filter((finding) => inside(finding.start) && inside(finding.end))
      .flatMap((finding) => rewriteOf(finding, true) ?? [])
      .filter((rewrite) => rewrite.edits.every((edit) => inside(edit.start) && inside(edit.end)));
    if (rewrites.length === 0) break;
    const result = applyRewrites(output, rewrites);
    if (result.applied === 0 || result.output === output) break;
    rangeEnd += result.output.length - output.length;
    output = result.output;
    applied += result.applied;
    current = lint(output, options);
  }
  return { output, applied };
}

async function applyNewText(
  host: CommandHost,
  label: string,
  document: TextDocument,
  output: string,
  rewrites: number,
): Promise<CommandResult> {
  const edit = minimalEdit(document.getText(), output);
  if (!edit) return { applied: false, rewrites: 0 };
  const applied = await host.applyEdit(label, workspaceEdit(document, [toTextEdit(document, edit)], host.documentChanges));
  return { applied, rewrites };
}

export async function executeCommand(host: CommandHost, command: string, args: unknown[] | undefined): Promise<CommandResult | null> {
  if (command === COMMANDS.showDocumentation) {
    const url = args?.[0];
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw invalid(`${command} expects an http(s) URL`);
    const shown = await host.showDocument(url);
    return { applied: shown, rewrites: 0 };
  }
  if (command === COMMANDS.addToBaseline) {
    const uri = uriArgument(args, command);
    const target = args?.[1];
    if (!isBaselineArgument(target)) throw invalid(`${command} expects { version, ruleId, start, end } as its second argument`);
    const document = host.document(uri);
    if (!document || document.version !== target.version) return null;
    const { result } = await host.prepare(document);
    const finding = result.findings.find((f) => f.ruleId === target.ruleId && f.start === target.start && f.end === target.end);
    if (!finding) return { applied: false, rewrites: 0 };
    return { applied: await host.addToBaseline(document, finding), rewrites: 0 };
  }
  if (!COMMAND_IDS.includes(command)) {
    throw new ResponseError(ErrorCodes.InvalidRequest, `Unknown command ${command}`);
  }
  const uri = uriArgument(args, command);
  const range = command === COMMANDS.rewriteSelection ? rangeArgument(args?.[1], command) : undefined;
  const document = host.document(uri);
  // Unknown or closed documents: nothing to do, and not an error.
  if (!document) return null;
  const { result, fixOptions } = await host.prepare(document);
  if (result.version !== document.version) return null;
  const text = document.getText();
  switch (command) {
    case COMMANDS.applyAllFixes: {
      const fixed = applyFixes(text, result.findings, fixOptions);
      return applyNewText(host, 'Fix all auto-fixable Candor problems', document, fixed.output, fixed.applied);
    }
    case COMMANDS.rewriteDocument: {
      const rewritten = applyFixes(text, result.findings, { ...fixOptions, useSuggestions: true });
      return applyNewText(host, 'Rewrite the draft without pressure', document, rewritten.output, rewritten.applied);
    }
    default: {
      const selection = range!;
      const start = document.offsetAt(selection.start);
      const end = document.offsetAt(selection.end);
      const rewritten = rewriteRange(text, result.findings, Math.min(start, end), Math.max(start, end), fixOptions);
      return applyNewText(host, 'Rewrite the selection without pressure', document, rewritten.output, rewritten.applied);
    }
  }
}
