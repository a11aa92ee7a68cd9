/**
 * `workspace/executeCommand`: fix-all computes the new text with core/fix.ts,
 * the rewrite commands with the whole-draft planner (core/rewrite/draft.ts);
 * each sends one minimal edit (the changed span) through
 * `workspace/applyEdit`, pinned to the version it read. A rewrite's edit
 * carries a change annotation that needs confirmation, so an editor that
 * supports it (VS Code) shows the refactor preview before applying it.
 */
import { AnnotatedTextEdit, ErrorCodes, ResponseError, TextDocumentEdit, type Range, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, type FixOptions } from '../core/fix.js';
import { rewriteDraft, rewriteRange, type RewriteOptions } from '../core/rewrite/draft.js';
import { detectFormat } from '../core/segment/index.js';
import { applySuppressions } from '../core/suppress.js';
import type { Finding } from '../core/types.js';
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
  /** `workspace.workspaceEdit.changeAnnotationSupport`: the client can ask before applying. */
  changeAnnotations: boolean;
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

/** The annotation a rewrite's edit carries: the writer confirms it in a preview. */
const REWRITE_ANNOTATION = 'candor.rewrite';

async function applyNewText(
  host: CommandHost,
  label: string,
  document: TextDocument,
  output: string,
  rewrites: number,
  confirm = false,
): Promise<CommandResult> {
  const edit = minimalEdit(document.getText(), output);
  if (!edit) return { applied: false, rewrites: 0 };
  const textEdit = toTextEdit(document, edit);
  const annotated = confirm && host.changeAnnotations && host.documentChanges;
  const workspace: WorkspaceEdit = annotated
    ? {
        documentChanges: [
          TextDocumentEdit.create({ uri: document.uri, version: document.version }, [
            AnnotatedTextEdit.replace(textEdit.range, textEdit.newText, REWRITE_ANNOTATION),
          ]),
        ],
        changeAnnotations: {
          [REWRITE_ANNOTATION]: {
            label,
            needsConfirmation: true,
            description: 'Candor rewrites pressure into trust-based copy; review the changes before you apply them.',
          },
        },
      }
    : workspaceEdit(document, [textEdit], host.documentChanges);
  const applied = await host.applyEdit(label, workspace);
  return { applied, rewrites };
}

/** Rewrite options for a document: its lint options, and only the findings no suppression comment silences. */
function rewriteOptions(text: string, options: FixOptions): RewriteOptions {
  const format = options.format ?? detectFormat(text, { filePath: options.filePath, languageId: options.languageId });
  return { ...options, select: (source, findings) => applySuppressions(source, format, findings).findings };
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
      const rewritten = rewriteDraft(text, rewriteOptions(text, fixOptions));
      return applyNewText(host, 'Rewrite this draft for trust', document, rewritten.output, rewritten.findings.length, true);
    }
    default: {
      const selection = range!;
      const start = document.offsetAt(selection.start);
      const end = document.offsetAt(selection.end);
      const rewritten = rewriteRange(text, Math.min(start, end), Math.max(start, end), rewriteOptions(text, fixOptions));
      return applyNewText(host, 'Rewrite the selection for trust', document, rewritten.output, rewritten.findings.length, true);
    }
  }
}
