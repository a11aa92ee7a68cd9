/**
 * The VS Code extension: starts the bundled Candor language server over IPC
 * and adds what only an editor has: palette commands, a status bar item and a
 * "lint the whole workspace" command. Linting, fixes and rewrites all happen in
 * the server; decisions that need no `vscode` API live in the pure modules
 * beside this file (selector, settings, status, commands) and are unit-tested.
 */
import * as path from 'node:path';
import {
  CancellationTokenSource,
  commands,
  languages,
  ProgressLocation,
  StatusBarAlignment,
  Uri,
  window,
  workspace,
} from 'vscode';
import type {
  CancellationToken,
  ConfigurationChangeEvent,
  Diagnostic,
  DiagnosticCollection,
  Disposable,
  ExtensionContext,
  LogOutputChannel,
  StatusBarItem,
  TextDocument,
} from 'vscode';
import {
  DiagnosticPullMode,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_COMMANDS, MissingEditorError, resolveCommandArguments, SERVER_COMMANDS } from './commands.js';
import type { ActiveDraft } from './commands.js';
import { draftSelector, normalizeFileGlobs, WORKSPACE_EXCLUDE_GLOB, workspaceDraftGlob } from './selector.js';
import type { DraftFilter } from './selector.js';
import { RESTART_SETTINGS, toServerSettings } from './settings.js';
import { candorDiagnostics, countFindings, countWords, statusView } from './status.js';

const CLIENT_ID = 'candor';
const CLIENT_NAME = 'Candor';
/** "Lint all drafts" stops after this many files, so a huge monorepo cannot stall the editor. */
const MAX_WORKSPACE_FILES = 500;
/** Drafts linted at once by "Lint all drafts". */
const WORKSPACE_CONCURRENCY = 4;
/** How long "Lint all drafts" waits for the client to send a document's didOpen. */
const OPEN_TIMEOUT_MS = 5_000;

let extension: CandorExtension | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  extension = new CandorExtension(context);
  context.subscriptions.push(extension);
  // Awaited so that the server's commands are registered before an
  // activating `onCommand` runs them.
  await extension.start();
}

export async function deactivate(): Promise<void> {
  await extension?.stopClient();
  extension = undefined;
}

function toUriString(value: unknown): string | undefined {
  if (value instanceof Uri) return value.toString();
  if (typeof value === 'string' && /^[a-z][\w+.-]*:/i.test(value)) return value;
  return undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

class CandorExtension implements Disposable {
  private client: LanguageClient | undefined;
  private selector: DraftFilter[];
  private readonly output: LogOutputChannel;
  private readonly status: StatusBarItem;
  /** Results of "Lint all drafts" for drafts not open in an editor (the client's own collection covers those). */
  private readonly workspaceDiagnostics: DiagnosticCollection;
  private readonly disposables: Disposable[] = [];
  /** Commands registered here because the server did not announce them (older/other servers). */
  private fallbackCommands: Disposable[] = [];

  constructor(private readonly context: ExtensionContext) {
    this.selector = draftSelector(this.fileGlobs());
    this.output = window.createOutputChannel(CLIENT_NAME, { log: true });
    this.status = window.createStatusBarItem('candor.status', StatusBarAlignment.Right, 100);
    this.status.name = 'Candor';
    this.status.command = 'workbench.actions.view.problems';
    this.workspaceDiagnostics = languages.createDiagnosticCollection('candor-workspace');

    this.disposables.push(
      this.output,
      this.status,
      this.workspaceDiagnostics,
      commands.registerCommand(CLIENT_COMMANDS.showOutputChannel, () => this.output.show()),
      commands.registerCommand(CLIENT_COMMANDS.restartServer, () => this.restart()),
      commands.registerCommand(CLIENT_COMMANDS.lintWorkspace, () => this.lintWorkspace()),
      languages.onDidChangeDiagnostics((event) => {
        const active = window.activeTextEditor?.document.uri.toString();
        if (active !== undefined && event.uris.some((uri) => uri.toString() === active)) this.updateStatus();
      }),
      window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      window.onDidChangeVisibleTextEditors((editors) => {
        // A draft now shown in an editor gets live diagnostics from the client.
        for (const editor of editors) this.workspaceDiagnostics.delete(editor.document.uri);
      }),
      workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.workspaceDiagnostics.delete(event.document.uri);
      }),
      workspace.onDidChangeConfiguration((event) => this.onConfigurationChanged(event)),
    );
  }

  async start(): Promise<void> {
    this.client = this.createClient();
    try {
      await this.client.start();
    } catch (error) {
      this.output.error(`Candor's language server did not start: ${errorMessage(error)}`);
      void window.showErrorMessage(`Candor: the language server did not start (${errorMessage(error)}). See "Candor: Show output channel".`);
      return;
    }
    this.registerFallbackCommands(this.client);
    this.updateStatus();
  }

  async stopClient(): Promise<void> {
    for (const command of this.fallbackCommands) command.dispose();
    this.fallbackCommands = [];
    const client = this.client;
    this.client = undefined;
    if (client === undefined) return;
    try {
      if (client.state !== State.Stopped) await client.stop(2_000);
    } catch (error) {
      this.output.warn(`Stopping the server: ${errorMessage(error)}`);
    }
  }

  async restart(): Promise<void> {
    this.output.info('Restarting the Candor language server.');
    await this.stopClient();
    this.selector = draftSelector(this.fileGlobs());
    await this.start();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    void this.stopClient();
  }

  private fileGlobs(): string[] {
    return normalizeFileGlobs(workspace.getConfiguration('candor').get('files'));
  }

  private createClient(): LanguageClient {
    const serverModule = this.context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      // `--inspect=6011`: attach a debugger to the server when the extension runs in debug mode.
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.selector,
      // The server pulls `workspace/configuration` itself; this only tells it
      // when to pull again, so changes apply without a reload.
      synchronize: { configurationSection: 'candor' },
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      diagnosticPullOptions: {
        onChange: true,
        onSave: true,
        // `candor.run: onSave` — do not pull while the writer types.
        filter: (document, mode) => mode === DiagnosticPullMode.onType && this.runMode(document) === 'onSave',
      },
      middleware: {
        executeCommand: (command, args, next): unknown => {
          try {
            return next(command, resolveCommandArguments(command, args, this.activeDraft(), toUriString)) as unknown;
          } catch (error) {
            if (error instanceof MissingEditorError) {
              void window.showWarningMessage(`Candor: ${error.message}`);
              return undefined;
            }
            throw error;
          }
        },
        workspace: {
          // Answer the `candor` section from the typed mapping in settings.ts
          // (drops client-only keys such as `trace`, and ill-typed values).
          configuration: async (params, token, next) => {
            const client = this.client;
            const others = params.items.some((item) => item.section !== 'candor');
            const defaults: unknown = others ? await next(params, token) : [];
            return params.items.map((item, index) => {
              if (item.section !== 'candor') return Array.isArray(defaults) ? (defaults[index] as unknown) : null;
              const scope = item.scopeUri !== undefined && client ? client.protocol2CodeConverter.asUri(item.scopeUri) : undefined;
              const config = workspace.getConfiguration('candor', scope);
              return toServerSettings((key) => config.get(key));
            });
          },
        },
      },
    };
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  }

  private runMode(document: TextDocument): unknown {
    return workspace.getConfiguration('candor', document).get('run');
  }

  private activeDraft(): ActiveDraft | undefined {
    const editor = window.activeTextEditor;
    if (editor === undefined || !this.isLinted(editor.document)) return undefined;
    const { start, end } = editor.selection;
    return {
      uri: editor.document.uri.toString(),
      selection: {
        start: { line: start.line, character: start.character },
        end: { line: end.line, character: end.character },
      },
    };
  }

  /**
   * vscode-languageclient registers the commands the server announces in
   * `executeCommandProvider`. If a server leaves one of ours out, the palette
   * entry still works: send it to the server ourselves.
   */
  private registerFallbackCommands(client: LanguageClient): void {
    const announced = new Set(client.initializeResult?.capabilities.executeCommandProvider?.commands ?? []);
    for (const command of [SERVER_COMMANDS.applyAllFixes, SERVER_COMMANDS.rewriteDocument, SERVER_COMMANDS.rewriteSelection]) {
      if (announced.has(command)) continue;
      this.output.warn(`The server does not announce ${command}; the client sends it directly.`);
      this.fallbackCommands.push(
        commands.registerCommand(command, async (...args: unknown[]) => {
          let resolved: unknown[];
          try {
            resolved = resolveCommandArguments(command, args, this.activeDraft(), toUriString);
          } catch (error) {
            void window.showWarningMessage(`Candor: ${errorMessage(error)}`);
            return undefined;
          }
          return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: resolved }) as Promise<unknown>;
        }),
      );
    }
  }

  private onConfigurationChanged(event: ConfigurationChangeEvent): void {
    if (RESTART_SETTINGS.some((section) => event.affectsConfiguration(section))) {
      // The document selector is fixed per client, so new globs need a new client.
      void this.restart();
      return;
    }
    if (event.affectsConfiguration('candor')) this.updateStatus();
  }

  /** Whether Candor lints this document: enabled for it and matched by the selector. */
  private isLinted(document: TextDocument): boolean {
    if (workspace.getConfiguration('candor', document).get('enable') === false) return false;
    return languages.match(this.selector, document) > 0;
  }

  private updateStatus(): void {
    const document = window.activeTextEditor?.document;
    if (document === undefined || this.client === undefined || !this.isLinted(document)) {
      this.status.hide();
      return;
    }
    const counts = countFindings(languages.getDiagnostics(document.uri));
    const view = statusView(counts, countWords(document.getText()));
    this.status.text = view.text;
    this.status.tooltip = view.tooltip;
    this.status.show();
  }

  /**
   * "Lint all drafts in the workspace": find the drafts (bounded), open each
   * one (which sends didOpen), ask the server for its diagnostics and put them
   * in a collection of our own, so they reach the Problems panel even though
   * the client only pulls for documents shown in an editor.
   */
  private async lintWorkspace(): Promise<void> {
    const client = this.client;
    if (client === undefined || client.state !== State.Running) {
      void window.showWarningMessage('Candor: the language server is not running. Try "Candor: Restart server".');
      return;
    }
    const found = await workspace.findFiles(workspaceDraftGlob(this.fileGlobs()), WORKSPACE_EXCLUDE_GLOB, MAX_WORKSPACE_FILES + 1);
    const truncated = found.length > MAX_WORKSPACE_FILES;
    const uris = found.slice(0, MAX_WORKSPACE_FILES);
    this.workspaceDiagnostics.clear();
    let linted = 0;
    let findings = 0;
    let withFindings = 0;
    await window.withProgress(
      { location: ProgressLocation.Notification, title: 'Candor: linting drafts', cancellable: true },
      async (progress, token) => {
        let next = 0;
        const worker = async (): Promise<void> => {
          while (next < uris.length && !token.isCancellationRequested) {
            const uri = uris[next++];
            if (uri === undefined) break;
            progress.report({ message: workspace.asRelativePath(uri), increment: 100 / uris.length });
            try {
              const document = await workspace.openTextDocument(uri);
              if (!this.isLinted(document)) continue;
              const diagnostics = await this.pullDiagnostics(client, document, token);
              const mine = candorDiagnostics(diagnostics ?? languages.getDiagnostics(uri));
              linted++;
              findings += mine.length;
              if (mine.length > 0) withFindings++;
              if (diagnostics !== undefined && !window.visibleTextEditors.some((e) => e.document === document)) {
                this.workspaceDiagnostics.set(uri, diagnostics);
              }
            } catch (error) {
              this.output.warn(`Lint all drafts: ${uri.toString()}: ${errorMessage(error)}`);
            }
          }
        };
        await Promise.all(Array.from({ length: WORKSPACE_CONCURRENCY }, worker));
      },
    );
    const summary =
      `Candor linted ${linted} draft${linted === 1 ? '' : 's'}: ${findings} finding${findings === 1 ? '' : 's'} ` +
      `in ${withFindings} file${withFindings === 1 ? '' : 's'}` +
      (truncated ? ` (stopped at ${MAX_WORKSPACE_FILES} files).` : '.');
    this.output.info(summary);
    if (findings > 0) await commands.executeCommand('workbench.actions.view.problems');
    void window.showInformationMessage(summary);
  }

  /**
   * A document's diagnostics straight from the server (pull model). Returns
   * undefined for a push-model server: its diagnostics arrive in the client's
   * own collection once the document is open.
   */
  private async pullDiagnostics(client: LanguageClient, document: TextDocument, token: CancellationToken): Promise<Diagnostic[] | undefined> {
    await this.whenOpened(client, document);
    if (client.initializeResult?.capabilities.diagnosticProvider === undefined) return undefined;
    const source = new CancellationTokenSource();
    const subscription = token.onCancellationRequested(() => source.cancel());
    try {
      const report = await client.sendRequest(
        DocumentDiagnosticRequest.type,
        { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } },
        source.token,
      );
      if (report.kind !== DocumentDiagnosticReportKind.Full) return undefined;
      return await client.protocol2CodeConverter.asDiagnostics(report.items);
    } finally {
      subscription.dispose();
      source.dispose();
    }
  }

  /** Resolves once the client has sent didOpen for `document` (or after a timeout). */
  private whenOpened(client: LanguageClient, document: TextDocument): Promise<void> {
    const feature = client.getFeature(DidOpenTextDocumentNotification.method);
    const key = document.uri.toString();
    for (const open of feature.openDocuments) if (open.uri.toString() === key) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, OPEN_TIMEOUT_MS);
      const listener = feature.onNotificationSent((event) => {
        if (event.textDocument.uri.toString() === key) done();
      });
      function done(): void {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  }
}
