/**
 * Arguments for the server's commands. The server announces
 * `candor.applyAllFixes [uri]`, `candor.rewriteDocument [uri]` and
 * `candor.rewriteSelection [uri, range]`; vscode-languageclient registers them
 * as VS Code commands. From a code action they arrive with arguments; from the
 * command palette with none; from the editor context menu with the document's
 * `Uri` object. This module turns each case into the wire form (URI string +
 * LSP range). Pure: `extension.ts` passes in the active editor and a Uri test.
 */

export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** The active editor as the commands need it, already converted to wire form. */
export interface ActiveDraft {
  uri: string;
  selection: WireRange;
}

/** Commands the server executes (workspace/executeCommand). */
export const SERVER_COMMANDS = {
  applyAllFixes: 'candor.applyAllFixes',
  rewriteDocument: 'candor.rewriteDocument',
  rewriteSelection: 'candor.rewriteSelection',
  showDocumentation: 'candor.showDocumentation',
} as const;

/** Commands the client implements itself. */
export const CLIENT_COMMANDS = {
  lintWorkspace: 'candor.lintWorkspace',
  showOutputChannel: 'candor.showOutputChannel',
  restartServer: 'candor.restartServer',
} as const;

const DOCUMENT_COMMANDS: ReadonlySet<string> = new Set([SERVER_COMMANDS.applyAllFixes, SERVER_COMMANDS.rewriteDocument]);

export class MissingEditorError extends Error {
  constructor(command: string) {
    super(`${command} needs a draft open in the editor.`);
    this.name = 'MissingEditorError';
  }
}

function isWireRange(value: unknown): value is WireRange {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as Partial<WireRange>;
  return (
    typeof start?.line === 'number' &&
    typeof start.character === 'number' &&
    typeof end?.line === 'number' &&
    typeof end.character === 'number'
  );
}

/**
 * The arguments to send for `command`, given what VS Code passed. `toUri`
 * turns a VS Code `Uri` (or a URI string) into a string and returns undefined
 * for anything else. Commands this module does not know pass through untouched.
 */
export function resolveCommandArguments(
  command: string,
  args: readonly unknown[],
  active: ActiveDraft | undefined,
  toUri: (value: unknown) => string | undefined,
): unknown[] {
  const isDocumentCommand = DOCUMENT_COMMANDS.has(command);
  const isSelectionCommand = command === SERVER_COMMANDS.rewriteSelection;
  if (!isDocumentCommand && !isSelectionCommand) return [...args];

  const given = args.length > 0 ? toUri(args[0]) : undefined;
  const uri = given ?? active?.uri;
  if (uri === undefined) throw new MissingEditorError(command);
  if (isDocumentCommand) return [uri, ...args.slice(1)];

  // rewriteSelection: a range from the caller wins; otherwise the active
  // editor's selection, but only when the caller meant the active document.
  const range = isWireRange(args[1]) ? args[1] : active !== undefined && active.uri === uri ? active.selection : undefined;
  if (range === undefined) throw new MissingEditorError(command);
  return [uri, range];
}
