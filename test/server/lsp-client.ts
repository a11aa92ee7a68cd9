/**
 * A small LSP client for the server tests: spawns the BUILT server
 * (`node dist/server.cjs --stdio`), speaks real JSON-RPC, answers the server's
 * requests (configuration, applyEdit, showDocument, refresh) and records its
 * notifications. Every wait is bounded and fails with what it was waiting for.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  CodeAction,
  Command,
  ConfigurationParams,
  Diagnostic,
  DocumentDiagnosticReport,
  Hover,
  InitializeResult,
  LogMessageParams,
  PublishDiagnosticsParams,
  Range,
  RegistrationParams,
  ShowDocumentParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER_PATH = fileURLToPath(new URL('../../dist/server.cjs', import.meta.url));

export interface ClientOptions {
  /** Pull diagnostics (textDocument/diagnostic) instead of push. */
  pull?: boolean;
  /** Answer workspace/configuration; when undefined the client has no configuration support. */
  configuration?: (section: string | undefined, scopeUri: string | undefined) => unknown;
  initializationOptions?: unknown;
  /** Support `documentChanges` in workspace edits (default true). */
  documentChanges?: boolean;
  /** Support codeAction/resolve of `edit` (default false: edits come eagerly). */
  resolveEdits?: boolean;
  env?: Record<string, string>;
  /** The `processId` sent in initialize (default: this process). */
  processId?: number;
  /** Workspace folders (file system paths) sent in initialize (default: none). */
  workspaceFolders?: string[];
  /** The server to start, as a command line (default: `node dist/server.cjs --stdio`). */
  command?: string[];
}

export function uriFor(name: string): string {
  return `file:///tmp/candor-test/${name}`;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Applies LSP text edits to a text (what an editor does with a workspace edit). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 0, text), edits);
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  readonly texts = new Map<string, TextDocument>();
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly registrations: RegistrationParams[] = [];
  refreshRequests = 0;
  private readonly publishWaiters = new Set<{ uri: string; version: number; resolve: (params: PublishDiagnosticsParams) => void }>();
  stderr = '';
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  initializeResult: InitializeResult | undefined;
  configuration: ClientOptions['configuration'];

  constructor(readonly options: ClientOptions = {}) {
    if (!options.command && !existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run \`npm run build\` first`);
    this.configuration = options.configuration;
    const [file, ...args] = options.command ?? [
      process.execPath,
      ...(process.env.CANDOR_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      SERVER_PATH,
      '--stdio',
    ];
    this.process = spawn(file, args, {
      env: { ...process.env, ...options.env },
      stdio: 'pipe',
    });
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.process.on('exit', (code, signal) => (this.exited = { code, signal }));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const waiter of [...this.publishWaiters]) {
        if (waiter.uri === params.uri && waiter.version === params.version) {
          this.publishWaiters.delete(waiter);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onNotification('window/logMessage', (params: LogMessageParams) => {
      this.logs.push(params);
    });
    this.connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => this.configuration?.(item.section, item.scopeUri) ?? null);
    });
    this.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(params);
      this.applyWorkspaceEdit(params.edit);
      return { applied: true };
    });
    this.connection.onRequest('window/showDocument', (params: ShowDocumentParams) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      return null;
    });
    this.connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      this.registrations.push(params);
      return null;
    });
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  get capabilities(): ClientCapabilities {
    const { pull, configuration, documentChanges = true, resolveEdits = false } = this.options;
    return {
      general: { positionEncodings: ['utf-16'] },
      workspace: {
        configuration: configuration !== undefined,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges },
        applyEdit: true,
        diagnostics: { refreshSupport: true },
      },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          isPreferredSupport: true,
          dataSupport: true,
          ...(resolveEdits ? { resolveSupport: { properties: ['edit'] } } : {}),
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      window: { showDocument: { support: true } },
    };
  }

  async initialize(): Promise<InitializeResult> {
    this.initializeResult = await this.request<InitializeResult>('initialize', {
      processId: this.options.processId ?? process.pid,
      rootUri: null,
      ...(this.options.workspaceFolders
        ? { workspaceFolders: this.options.workspaceFolders.map((path) => ({ uri: pathToFileURL(path).href, name: path })) }
        : {}),
      capabilities: this.capabilities,
      initializationOptions: this.options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  /** A request that fails the test instead of hanging when the server does not answer. */
  async request<R>(method: string, params: unknown, timeoutMs = 15000): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${method} got no answer in ${timeoutMs} ms\nserver stderr:\n${this.stderr}`)), timeoutMs);
    });
    try {
      return await Promise.race([this.connection.sendRequest<R>(method, params), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Writes raw bytes as one framed message (for malformed JSON-RPC), bypassing the connection. */
  writeRaw(body: string): void {
    this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  async notify(method: string, params: unknown): Promise<void> {
    await this.connection.sendNotification(method, params);
  }

  text(uri: string): string {
    const document = this.texts.get(uri);
    if (!document) throw new Error(`${uri} is not open in the test client`);
    return document.getText();
  }

  version(uri: string): number {
    return this.texts.get(uri)?.version ?? -1;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.texts.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends an incremental change, as an editor does for a keystroke. */
  async change(uri: string, range: Range, text: string): Promise<void> {
    const document = this.texts.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    const version = document.version + 1;
    this.texts.set(uri, TextDocument.update(document, [{ range, text }], version));
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  /** Replaces the whole text through an incremental change covering it. */
  async replaceAll(uri: string, text: string): Promise<void> {
    const document = this.texts.get(uri)!;
    await this.change(uri, { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) }, text);
  }

  async save(uri: string): Promise<void> {
    await this.notify('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** Applies a workspace edit to the client's copies, honouring the version pin. */
  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    const perUri: Array<[string, TextEdit[], number | null | undefined]> = [];
    for (const change of edit.documentChanges ?? []) {
      if ('textDocument' in change) {
        perUri.push([change.textDocument.uri, change.edits as TextEdit[], change.textDocument.version]);
      }
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perUri.push([uri, edits, undefined]);
    for (const [uri, edits, version] of perUri) {
      const document = this.texts.get(uri);
      if (!document) throw new Error(`edit for unknown document ${uri}`);
      if (typeof version === 'number' && version !== document.version) {
        throw new Error(`edit pinned to version ${version} but the document is at ${document.version}`);
      }
      const text = TextDocument.applyEdits(document, edits);
      this.texts.set(uri, TextDocument.create(uri, document.languageId, document.version + 1, text));
      void this.notify('textDocument/didChange', {
        textDocument: { uri, version: document.version + 1 },
        contentChanges: [{ text }],
      });
    }
  }

  /** The newest published diagnostics for `uri` at the client's current version. */
  async pushed(uri: string, timeoutMs = 15000): Promise<Diagnostic[]> {
    const version = this.version(uri);
    const params = await waitFor(`publishDiagnostics for ${uri} v${version}`, () =>
      [...this.published].reverse().find((p) => p.uri === uri && p.version === version),
    timeoutMs);
    return params.diagnostics;
  }

  /** Resolves on the publish for exactly this version (event-driven: the benchmark times it). */
  waitForPublish(uri: string, version: number, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const already = this.published.find((p) => p.uri === uri && p.version === version);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const waiter = {
        uri,
        version,
        resolve: (params: PublishDiagnosticsParams) => {
          clearTimeout(timer);
          resolve(params);
        },
      };
      const timer = setTimeout(() => {
        this.publishWaiters.delete(waiter);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for publishDiagnostics for ${uri} v${version}`));
      }, timeoutMs);
      this.publishWaiters.add(waiter);
    });
  }

  async pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
      ...(previousResultId ? { previousResultId } : {}),
    });
  }

  async pullItems(uri: string): Promise<Diagnostic[]> {
    const report = await this.pull(uri);
    if (report.kind !== 'full') throw new Error('expected a full report');
    return report.items;
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<Array<CodeAction | Command>> {
    return this.request<Array<CodeAction | Command>>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  }

  async hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  async executeCommand<R = unknown>(command: string, args: unknown[]): Promise<R> {
    return this.request<R>('workspace/executeCommand', { command, arguments: args });
  }

  /** Shuts down politely, then makes sure the process is gone. */
  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await this.request('shutdown', null, 2000);
        await this.notify('exit', null);
      } catch {
        // The server is going away either way.
      }
      await waitFor('server exit', () => this.exited, 2000).catch(() => this.process.kill('SIGKILL'));
    }
    this.connection.dispose();
  }
}

/** Starts and initializes a client; the caller stops it. */
export async function startClient(options: ClientOptions = {}): Promise<LspClient> {
  const client = new LspClient(options);
  await client.initialize();
  return client;
}

/**
 * A factory for the test file's clients (push-friendly defaults: no debounce)
 * that stops every client it started after each test.
 */
export function clientPool(): (options?: ClientOptions) => Promise<LspClient> {
  const clients: LspClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.stop()));
  });
  return async (options: ClientOptions = {}) => {
    const started = await startClient({ configuration: () => ({ debounceMs: 0 }), ...options });
    clients.push(started);
    return started;
  };
}
