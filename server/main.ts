/**
 * The Candor language server: `candor-language-server --stdio` (or
 * `--node-ipc`, `--socket=<port>`; createConnection reads them from argv).
 *
 * Handlers stay thin: they find the document, resolve its settings, ask the
 * lint cache (server/documents.ts) and hand the result to one small module per
 * feature. Diagnostics are pulled when the client can pull, else pushed after a
 * debounce; a result computed for an older version is never sent. The library
 * exits the process when stdin closes or the client's `processId` dies (it
 * polls it every 3 s).
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type ClientCapabilities,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import packageJson from '../package.json' with { type: 'json' };
import type { FixOptions } from '../core/fix.js';
import { codeActionsFor, FIX_ALL_KIND, fixAllEdit, isFixAllData, type ClientEditSupport } from './code-actions.js';
import { COMMAND_IDS, executeCommand, type CommandHost } from './commands.js';
import { diagnosticsOf } from './diagnostics.js';
import type { Finding } from '../core/types.js';
import { DocumentLinter, isCandorDocument, lintOptionsFor, type LintResult } from './documents.js';
import { hoverAt } from './hover.js';
import { boundHeapGrowth, boundYoungGeneration } from '../core/heap.js';
import { normalizeSettings, SettingsCache, type Settings } from './settings.js';
import { extraRulesFromEnvironment } from '../core/test-hooks.js';
import { folderPathOf, WATCHED_FILES_GLOB, Workspace, type DocumentConfig } from './workspace.js';

boundHeapGrowth();
boundYoungGeneration();
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

// A bug in a handler must cost one request, never the writer's session.
process.on('uncaughtException', (error) => logError('Uncaught exception in the Candor server', error));
process.on('unhandledRejection', (error) => logError('Unhandled rejection in the Candor server', error));

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function logError(what: string, error: unknown): void {
  try {
    connection.console.error(`${what}: ${describe(error)}`);
  } catch {
    process.stderr.write(`${what}: ${describe(error)}\n`);
  }
}

const extraRules = extraRulesFromEnvironment();
/** A throwing rule is reported once per server, not once per keystroke. */
const loggedRuleErrors = new Set<string>();
function logRuleErrorOnce(ruleId: string, error: unknown): void {
  if (loggedRuleErrors.has(ruleId)) return;
  loggedRuleErrors.add(ruleId);
  connection.console.error(`Candor rule "${ruleId}" threw and was skipped: ${describe(error)}`);
}

const loggedStalls = new Set<string>();
const linter = new DocumentLinter({
  extraRules,
  onRuleError: logRuleErrorOnce,
  onEngineError(uri, error) {
    logError(`Candor could not lint ${uri}`, error);
  },
  onRuleStalled(uri, ruleId, afterMs) {
    if (loggedStalls.has(`${uri}\n${ruleId}`)) return;
    loggedStalls.add(`${uri}\n${ruleId}`);
    connection.console.error(
      `Candor rule "${ruleId}" was stopped after ${afterMs} ms on ${uri} (candor.timeBudgetMs) and is skipped for this document until it is closed`,
    );
  },
});

/** Configuration files and the baseline: one cache per connection. */
const workspace = new Workspace({ log: (message) => connection.console.warn(message) });

/** Resolves a document's configuration and shows any configuration error on its file. */
function configFor(uri: string): DocumentConfig {
  const config = workspace.configFor(uri);
  publishConfigErrors();
  return config;
}

function publishConfigErrors(): void {
  for (const update of workspace.errorUpdates()) {
    connection.sendDiagnostics(update).catch((error: unknown) => logError('Publishing a configuration error failed', error));
  }
}

interface Capabilities {
  configuration: boolean;
  dynamicConfiguration: boolean;
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  watchedFiles: boolean;
  edits: ClientEditSupport;
  changeAnnotations: boolean;
}

let capabilities: Capabilities = {
  configuration: false,
  dynamicConfiguration: false,
  pullDiagnostics: false,
  diagnosticRefresh: false,
  watchedFiles: false,
  edits: { documentChanges: false, resolveEdits: false },
  changeAnnotations: false,
};

let settings = new SettingsCache(undefined, normalizeSettings(undefined), (error) => logError('workspace/configuration failed', error));

function readCapabilities(client: ClientCapabilities): Capabilities {
  return {
    configuration: client.workspace?.configuration === true,
    dynamicConfiguration: client.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    pullDiagnostics: client.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: client.workspace?.diagnostics?.refreshSupport === true,
    watchedFiles: client.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    edits: {
      documentChanges: client.workspace?.workspaceEdit?.documentChanges === true,
      resolveEdits: client.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
    },
    changeAnnotations: client.workspace?.workspaceEdit?.changeAnnotationSupport !== undefined,
  };
}

connection.onInitialize((params): InitializeResult => {
  capabilities = readCapabilities(params.capabilities);
  const folderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.folders = folderUris.flatMap((uri) => folderPathOf(uri) ?? []);
  if (workspace.folders.length === 0 && typeof params.rootPath === 'string') workspace.folders = [params.rootPath];
  const options: unknown = params.initializationOptions;
  const fromOptions =
    typeof options === 'object' && options !== null && 'candor' in options ? (options).candor : options;
  settings = new SettingsCache(
    capabilities.configuration
      ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'candor' }) as Promise<unknown>
      : undefined,
    normalizeSettings(fromOptions),
    (error) => logError('workspace/configuration failed', error),
  );
  const literalActions = params.capabilities.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
  const result: InitializeResult = {
    capabilities: {
      // Offsets are JS string indices, so UTF-16 is the only encoding we speak.
      positionEncoding: 'utf-16',
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: literalActions
        ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true }
        : true,
      executeCommandProvider: { commands: COMMAND_IDS },
      hoverProvider: true,
    },
    serverInfo: { name: 'candor-language-server', version: packageJson.version },
  };
  if (capabilities.pullDiagnostics) {
    result.capabilities.diagnosticProvider = { identifier: 'candor', interFileDependencies: false, workspaceDiagnostics: false };
  }
  return result;
});

connection.onInitialized(() => {
  if (capabilities.configuration && capabilities.dynamicConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'candor' }).catch((error: unknown) => {
      logError('Could not register for configuration changes', error);
    });
  }
  if (capabilities.watchedFiles) {
    // Clients without dynamic registration send these events if their user (or extension) watches the files.
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_FILES_GLOB }] })
      .catch((error: unknown) => logError('Could not register for file changes', error));
  }
});

/** A document's current settings and lint, or undefined when Candor does not read it. */
async function prepare(
  uri: string,
): Promise<{ document: TextDocument; settings: Settings; config: DocumentConfig; result: LintResult } | undefined> {
  if (!documents.get(uri)) return undefined;
  const documentSettings = await settings.get(uri);
  // The writer may have typed while settings were fetched: lint what is there now.
  const document = documents.get(uri);
  if (!document || !isCandorDocument(document, documentSettings)) return undefined;
  const config = configFor(uri);
  return { document, settings: documentSettings, config, result: linter.lint(document, documentSettings, config) };
}

function fixOptionsFor(document: TextDocument, documentSettings: Settings, config: DocumentConfig): FixOptions {
  return {
    ...lintOptionsFor(document, documentSettings, config, extraRules),
    onRuleError: logRuleErrorOnce,
  };
}

function uriOf(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'params.textDocument.uri must be a string');
  return uri;
}

/** Wraps a request handler: malformed input becomes a JSON-RPC error, a bug becomes InternalError and a log line. */
function guarded<P, R>(method: string, handler: (params: P, token: CancellationTokenLike) => Promise<R> | R) {
  return async (params: P, token: CancellationTokenLike): Promise<R> => {
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      logError(`${method} failed`, error);
      throw new ResponseError(ErrorCodes.InternalError, `${method} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

interface CancellationTokenLike {
  isCancellationRequested: boolean;
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled');
}

// ---------------------------------------------------------------------------
// Diagnostics: pull

/** Counts opens, so a reopened document's versions never reuse a result id. */
let openSequence = 0;
const openIds = new Map<string, number>();
/** The last pull report per document, kept for `run: onSave` between saves. */
const lastReports = new Map<string, { resultId: string; items: Diagnostic[] }>();
/** The version last opened or saved, for `run: onSave`. */
const savedVersions = new Map<string, number>();

connection.languages.diagnostics.on(
  guarded('textDocument/diagnostic', async (params: { textDocument: { uri: string }; previousResultId?: string }, token) => {
    const uri = uriOf(params);
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (!documents.get(uri)) return empty;
    const documentSettings = await settings.get(uri);
    if (token.isCancellationRequested) throw cancelled();
    const document = documents.get(uri);
    if (!document || !isCandorDocument(document, documentSettings)) return empty;
    const last = lastReports.get(uri);
    if (documentSettings.run === 'onSave' && savedVersions.get(uri) !== document.version && last) {
      // Between saves the writer sees the last saved lint, as an editor's "lint on save" promises.
      return last.resultId === params.previousResultId
        ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId }
        : { kind: DocumentDiagnosticReportKind.Full, resultId: last.resultId, items: last.items };
    }
    const resultId = `${openIds.get(uri) ?? 0}:${document.version}:${settings.generation}:${workspace.generation}`;
    if (last && last.resultId === resultId && params.previousResultId === resultId) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    }
    const result = linter.lint(document, documentSettings, configFor(uri));
    if (token.isCancellationRequested) throw cancelled();
    const items = diagnosticsOf(result, document);
    lastReports.set(uri, { resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }),
);

// ---------------------------------------------------------------------------
// Diagnostics: push

const timers = new Map<string, { cancel(): void }>();
/** Documents that got a non-empty publish, so closing or disabling can clear them. */
const published = new Set<string>();

function schedulePush(uri: string, delayMs: number): void {
  timers.get(uri)?.cancel();
  const push = (): void => {
    timers.delete(uri);
    pushDiagnostics(uri).catch((error: unknown) => logError(`Publishing diagnostics for ${uri} failed`, error));
  };
  // No debounce means the next turn of the event loop: a timer of 0 ms waits at least 1 ms.
  if (delayMs > 0) {
    const timer = setTimeout(push, delayMs);
    timers.set(uri, { cancel: () => clearTimeout(timer) });
  } else {
    const immediate = setImmediate(push);
    timers.set(uri, { cancel: () => clearImmediate(immediate) });
  }
}

async function pushDiagnostics(uri: string): Promise<void> {
  const prepared = await prepare(uri);
  if (!prepared) {
    if (published.delete(uri)) await connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  const { document, result } = prepared;
  // Never publish for a version the client has moved past.
  if (documents.get(uri)?.version !== result.version) return;
  const diagnostics = diagnosticsOf(result, document);
  if (diagnostics.length > 0) published.add(uri);
  await connection.sendDiagnostics({ uri, version: result.version, diagnostics });
  boundYoungGeneration();
}

/** Re-lints on open, on each edit (run: onType) and on save, by the document's settings. */
async function documentChanged(uri: string, reason: 'open' | 'change' | 'save'): Promise<void> {
  const documentSettings = await settings.get(uri);
  const document = documents.get(uri);
  if (!document) return;
  if (reason !== 'change') savedVersions.set(uri, document.version);
  if (documentSettings.run === 'onSave' && reason === 'change') return;
  if (capabilities.pullDiagnostics) {
    // The client pulls on open and change by itself; a save needs a nudge under run: onSave.
    if (reason === 'save' && documentSettings.run === 'onSave') refreshPull();
    return;
  }
  schedulePush(uri, reason === 'change' ? documentSettings.debounceMs : 0);
}

function refreshPull(): void {
  if (capabilities.diagnosticRefresh) {
    connection.languages.diagnostics.refresh().catch((error: unknown) => logError('workspace/diagnostic/refresh failed', error));
  }
}

/** Opened this tick: TextDocuments fires onDidChangeContent right after onDidOpen. */
const justOpened = new Set<string>();

documents.onDidOpen((event) => {
  openIds.set(event.document.uri, ++openSequence);
  justOpened.add(event.document.uri);
  documentChanged(event.document.uri, 'open').catch((error: unknown) => logError('didOpen failed', error));
});

documents.onDidChangeContent((event) => {
  if (justOpened.delete(event.document.uri)) return;
  documentChanged(event.document.uri, 'change').catch((error: unknown) => logError('didChange failed', error));
});

documents.onDidSave((event) => {
  documentChanged(event.document.uri, 'save').catch((error: unknown) => logError('didSave failed', error));
});

documents.onDidClose((event) => {
  const uri = event.document.uri;
  timers.get(uri)?.cancel();
  timers.delete(uri);
  settings.delete(uri);
  linter.forget(uri);
  workspace.forget(uri);
  lastReports.delete(uri);
  savedVersions.delete(uri);
  justOpened.delete(uri);
  openIds.delete(uri);
  if (!capabilities.pullDiagnostics && published.delete(uri)) {
    connection.sendDiagnostics({ uri, diagnostics: [] }).catch((error: unknown) => logError('Clearing diagnostics failed', error));
  }
});

/** Lints every open document again: pushed at once, or the client is asked to pull. */
function relintAll(): void {
  linter.clear();
  lastReports.clear();
  if (capabilities.pullDiagnostics) {
    refreshPull();
    return;
  }
  for (const document of documents.all()) schedulePush(document.uri, 0);
}

connection.onDidChangeConfiguration((params) => {
  settings.clear(params?.settings);
  relintAll();
});

/** Reads the configuration files and baselines again, shows or clears their errors, re-lints. */
function workspaceFilesChanged(): void {
  workspace.reset();
  // Resolve every open document now, so an error appears (or clears) without waiting for a lint.
  for (const document of documents.all()) workspace.configFor(document.uri);
  publishConfigErrors();
  relintAll();
}

connection.onDidChangeWatchedFiles(() => {
  try {
    workspaceFilesChanged();
  } catch (error) {
    logError('workspace/didChangeWatchedFiles failed', error);
  }
});

// ---------------------------------------------------------------------------
// Code actions, hover, commands

connection.onCodeAction(
  guarded('textDocument/codeAction', async (params: Parameters<Parameters<typeof connection.onCodeAction>[0]>[0], token) => {
    const prepared = await prepare(uriOf(params));
    if (!prepared || token.isCancellationRequested) return [];
    const { document, settings: documentSettings, config, result } = prepared;
    if (!params.context || !Array.isArray(params.context.diagnostics) || !params.range) {
      throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument/codeAction needs a range and a context');
    }
    return codeActionsFor({ document, result, params, fixOptions: fixOptionsFor(document, documentSettings, config), support: capabilities.edits });
  }),
);

connection.onCodeActionResolve(
  guarded('codeAction/resolve', async (action: Parameters<Parameters<typeof connection.onCodeActionResolve>[0]>[0]) => {
    const data: unknown = action?.data;
    if (!isFixAllData(data)) return action;
    const prepared = await prepare(data.uri);
    // A stale fix-all stays without an edit; the client shows nothing rather than a wrong change.
    if (!prepared || prepared.document.version !== data.version) return action;
    const { document, settings: documentSettings, config, result } = prepared;
    const edit = fixAllEdit(document, result.findings, fixOptionsFor(document, documentSettings, config), capabilities.edits.documentChanges, data.ruleId);
    if (edit) action.edit = edit;
    return action;
  }),
);

connection.onHover(
  guarded('textDocument/hover', async (params: Parameters<Parameters<typeof connection.onHover>[0]>[0], token) => {
    const prepared = await prepare(uriOf(params));
    if (!prepared || token.isCancellationRequested) return null;
    if (typeof params.position?.line !== 'number' || typeof params.position.character !== 'number') {
      throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument/hover needs a position');
    }
    return hoverAt(prepared.document, prepared.result.findings, params.position);
  }),
);

const commandHost: CommandHost = {
  document: (uri) => documents.get(uri),
  async prepare(document) {
    const documentSettings = await settings.get(document.uri);
    const current = documents.get(document.uri) ?? document;
    const config = configFor(current.uri);
    return { result: linter.lint(current, documentSettings, config), fixOptions: fixOptionsFor(current, documentSettings, config) };
  },
  addToBaseline(document: TextDocument, finding: Finding) {
    const target = configFor(document.uri).baseline;
    if (!target) return Promise.resolve(false);
    try {
      workspace.addToBaseline(target, document.getText(), finding);
    } catch (error) {
      throw new ResponseError(ErrorCodes.InternalError, `Could not write ${target.path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    // The client may also report the file change; re-reading twice is harmless.
    workspaceFilesChanged();
    return Promise.resolve(true);
  },
  async applyEdit(label, edit) {
    const response = await connection.workspace.applyEdit({ label, edit });
    return response.applied;
  },
  async showDocument(url) {
    const response = await connection.window.showDocument({ uri: url, external: true });
    return response.success;
  },
  get documentChanges() {
    return capabilities.edits.documentChanges;
  },
  get changeAnnotations() {
    return capabilities.changeAnnotations;
  },
};

connection.onExecuteCommand(
  guarded('workspace/executeCommand', async (params: Parameters<Parameters<typeof connection.onExecuteCommand>[0]>[0]) => {
    if (typeof params?.command !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'params.command must be a string');
    return executeCommand(commandHost, params.command, Array.isArray(params.arguments) ? params.arguments : undefined);
  }),
);

documents.listen(connection);
connection.listen();
