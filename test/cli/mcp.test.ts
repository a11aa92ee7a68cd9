/**
 * `candor --mcp` through a real stdio client: the built CLI as a child
 * process, newline-delimited JSON-RPC 2.0 both ways, every wait bounded.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { CLEAN_EMAIL, CLI, makeProject } from './helpers.js';

const EMOJI_EMAIL =
  'Hi {{first_name}},\n\n🚀 Thanks for the demo on Tuesday. Once you sign the contract, we can start. Act now.\n\nBest,\nDana\n';

interface RpcMessage {
  jsonrpc: string;
  id?: number | string | null;
  result?: Record<string, unknown>;
  error?: { code: number; message: string };
}

interface ToolFinding {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  fix?: { title: string; line: number; column: number; endLine: number; endColumn: number; replacement: string };
  suggestions?: { title: string; replacement: string }[];
}

interface ToolResult {
  content: { type: string; text: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/** A minimal MCP client over the child's stdio. */
class StdioClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffered = '';
  private readonly lines: string[] = [];
  private waiter: (() => void) | undefined;
  private nextId = 1;
  stderr = '';
  readonly exited: Promise<number | null>;

  constructor(cwd: string) {
    this.child = spawn(process.execPath, [CLI, '--mcp'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      this.buffered += chunk;
      let newline: number;
      while ((newline = this.buffered.indexOf('\n')) !== -1) {
        this.lines.push(this.buffered.slice(0, newline));
        this.buffered = this.buffered.slice(newline + 1);
      }
      this.waiter?.();
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    this.exited = new Promise((resolveExit) => this.child.on('exit', (code) => resolveExit(code)));
  }

  /** Writes one raw line (a message, or something malformed). */
  sendRaw(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  notify(method: string, params?: unknown): void {
    this.sendRaw(JSON.stringify({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) }));
  }

  async request(method: string, params?: unknown): Promise<RpcMessage> {
    const id = this.nextId++;
    this.sendRaw(JSON.stringify({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }));
    const message = await this.nextMessage();
    assert.equal(message.id, id, `responses come in request order: ${JSON.stringify(message)}`);
    return message;
  }

  async callTool(name: string, args: unknown): Promise<ToolResult> {
    const response = await this.request('tools/call', { name, arguments: args });
    assert.equal(response.error, undefined, JSON.stringify(response.error));
    return response.result as unknown as ToolResult;
  }

  /** The next line on stdout, parsed; fails after 10 s. */
  async nextMessage(): Promise<RpcMessage> {
    const deadline = Date.now() + 10_000;
    while (this.lines.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no response within 10 s; stderr: ${this.stderr}`);
      await new Promise<void>((resolveWait) => {
        const timer = setTimeout(resolveWait, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolveWait();
        };
      });
      this.waiter = undefined;
    }
    const line = this.lines.shift()!;
    const message = JSON.parse(line) as RpcMessage;
    assert.equal(message.jsonrpc, '2.0');
    return message;
  }

  /** Closes stdin; the server exits 0 when its input ends (bounded wait). */
  async close(): Promise<number | null> {
    this.child.stdin.end();
    const timeout = new Promise<'timeout'>((resolveTimeout) => setTimeout(() => resolveTimeout('timeout'), 10_000).unref());
    const code = await Promise.race([this.exited, timeout]);
    if (code === 'timeout') {
      this.child.kill();
      throw new Error('the server did not exit after stdin closed');
    }
    return code;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

async function withServer(files: Record<string, string>, body: (client: StdioClient, dir: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = makeProject(files);
  const client = new StdioClient(dir);
  try {
    await body(client, dir);
  } finally {
    client.kill();
    cleanup();
  }
}

async function initialize(client: StdioClient): Promise<RpcMessage> {
  const response = await client.request('initialize', {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'candor-test', version: '1.0.0' },
  });
  client.notify('notifications/initialized');
  return response;
}

function structured<T>(result: ToolResult): T {
  assert.notEqual(result.isError, true, JSON.stringify(result));
  assert.equal(result.content.length, 1);
  assert.equal(result.content[0].type, 'text');
  assert.deepEqual(JSON.parse(result.content[0].text), result.structuredContent, 'the text block is the structured content as JSON');
  return result.structuredContent as T;
}

describe('candor --mcp (Model Context Protocol over stdio)', function () {
  this.timeout(60_000);

  it('initialize → tools/list → each tool → unknown method, then exits 0 when stdin closes', async () => {
    await withServer({ 'drafts/follow-up.email': EMOJI_EMAIL, 'drafts/thanks.email': CLEAN_EMAIL }, async (client) => {
      const init = await initialize(client);
      assert.deepEqual(init.result, {
        protocolVersion: '2025-06-18',
        capabilities: { tools: { listChanged: false } },
        serverInfo: { name: 'candor', title: 'Candor', version: (init.result!.serverInfo as { version: string }).version },
        instructions: init.result!.instructions,
      });
      assert.match((init.result.serverInfo as { version: string }).version, /^\d+\.\d+\.\d+/);

      assert.deepEqual((await client.request('ping')).result, {});

      const list = await client.request('tools/list');
      const tools = list.result!.tools as { name: string; description: string; inputSchema: { type: string; required: string[] } }[];
      assert.deepEqual(
        tools.map((tool) => [tool.name, tool.inputSchema.type, tool.inputSchema.required]),
        [
          ['lint_text', 'object', ['text']],
          ['fix_text', 'object', ['text']],
          ['rewrite_text', 'object', ['text']],
          ['lint_files', 'object', ['paths']],
        ],
      );
      for (const tool of tools) assert.ok(tool.description.length > 20);

      const lint = structured<{ findings: ToolFinding[]; errorCount: number; warningCount: number; infoCount: number }>(
        await client.callTool('lint_text', { text: EMOJI_EMAIL, filename: 'follow-up.email' }),
      );
      assert.deepEqual(
        lint.findings.map((finding) => [finding.rule, finding.severity, finding.line, finding.column, finding.endColumn, finding.text]),
        [
          ['assume-the-sale', 'warning', 3, 36, 62, 'Once you sign the contract'],
          ['sales-pressure', 'warning', 3, 78, 85, 'Act now'],
        ],
      );
      assert.deepEqual(lint.findings[0].fix, {
        title: 'Rewrite as “If you decide to go ahead, we can start.”',
        line: 3,
        column: 36,
        endLine: 3,
        endColumn: 62,
        replacement: 'If you decide to go ahead',
      });
      assert.match(lint.findings[1].message, /^Urgency `Act now`/);
      assert.equal(lint.findings[1].fix, undefined);
      // "Act now." is a sentence of nothing but pressure: the option removes it, with the space before it.
      assert.deepEqual(lint.findings[1].suggestions, [{ title: 'Remove this sentence', line: 3, column: 77, endLine: 3, endColumn: 86, replacement: '' }]);
      assert.deepEqual([lint.errorCount, lint.warningCount, lint.infoCount], [0, 2, 0]);

      const fix = structured<{ output: string; changed: boolean; fixesApplied: number; remaining: ToolFinding[] }>(
        await client.callTool('fix_text', { text: EMOJI_EMAIL, filename: 'follow-up.email' }),
      );
      assert.equal(fix.changed, true);
      assert.ok(fix.fixesApplied >= 1);
      assert.ok(fix.output.includes('🚀 Thanks for the demo on Tuesday. If you decide to go ahead, we can'), fix.output);
      assert.ok(!fix.remaining.some((finding) => finding.rule === 'assume-the-sale'));
      assert.ok(fix.remaining.some((finding) => finding.text === 'Act now'));

      const rewrite = structured<{ output: string; changed: boolean; findingsRewritten: number; remaining: ToolFinding[] }>(
        await client.callTool('rewrite_text', { text: EMOJI_EMAIL, filename: 'follow-up.email' }),
      );
      assert.equal(rewrite.changed, true);
      assert.ok(rewrite.output.startsWith('Hi {{first_name}},\n\n🚀 Thanks for the demo on Tuesday.'), rewrite.output);
      assert.doesNotMatch(rewrite.output, /once you sign|act now/i);
      assert.equal(rewrite.findingsRewritten, 2);
      assert.deepEqual(rewrite.remaining, []);

      const files = structured<{
        results: { filePath: string; findings: ToolFinding[]; warningCount: number }[];
        fileCount: number;
        truncated: boolean;
        warningCount: number;
      }>(await client.callTool('lint_files', { paths: ['drafts'] }));
      assert.deepEqual(
        files.results.map((result) => [result.filePath, result.findings.length, result.warningCount]),
        [
          ['drafts/follow-up.email', 2, 2],
          ['drafts/thanks.email', 0, 0],
        ],
      );
      assert.deepEqual([files.fileCount, files.truncated, files.warningCount], [2, false, 2]);

      const unknown = await client.request('resources/list');
      assert.equal(unknown.error?.code, -32601);
      assert.equal(unknown.result, undefined);

      assert.equal(await client.close(), 0);
      assert.equal(client.stderr, '');
    });
  });

  it('bad params are JSON-RPC errors (-32602); failures inside a tool are isError results', async () => {
    await withServer({ 'a.email': CLEAN_EMAIL }, async (client) => {
      await initialize(client);
      for (const params of [
        { name: 'lint_text', arguments: {} },
        { name: 'lint_text', arguments: { text: 42 } },
        { name: 'lint_text', arguments: { text: 'x', extra: true } },
        { name: 'fix_text', arguments: { text: 'x', filename: 7 } },
        { name: 'lint_files', arguments: { paths: [] } },
        { name: 'lint_files', arguments: { paths: 'a.email' } },
        { name: 'no_such_tool', arguments: {} },
        { arguments: {} },
      ]) {
        const response = await client.request('tools/call', params);
        assert.equal(response.error?.code, -32602, JSON.stringify({ params, response }));
      }
      assert.equal((await client.request('initialize', {})).error?.code, -32602);

      const missing = await client.callTool('lint_files', { paths: ['nowhere/'] });
      assert.equal(missing.isError, true);
      assert.match(missing.content[0].text, /No files matching "nowhere\/" were found/);

      const outside = await client.callTool('lint_files', { paths: ['../'] });
      assert.equal(outside.isError, true);
      assert.match(outside.content[0].text, /outside the working directory/);

      const huge = await client.callTool('lint_text', { text: 'a'.repeat(2 * 1024 * 1024 + 1) });
      assert.equal(huge.isError, true);
      assert.match(huge.content[0].text, /at most 2097152/);
    });
  });

  it('survives malformed input: parse errors and invalid requests get id null, notifications get nothing', async () => {
    await withServer({}, async (client) => {
      client.sendRaw('{not json');
      const parseError = await client.nextMessage();
      assert.equal(parseError.id, null);
      assert.equal(parseError.error?.code, -32700);

      client.sendRaw('[{"jsonrpc":"2.0","id":1,"method":"ping"}]');
      assert.equal((await client.nextMessage()).error?.code, -32600);

      client.sendRaw('{"jsonrpc":"1.0","id":5,"method":"ping"}');
      const invalid = await client.nextMessage();
      assert.deepEqual([invalid.id, invalid.error?.code], [5, -32600]);

      client.notify('notifications/cancelled', { requestId: 99 });
      client.notify('some/unknown-notification');
      client.sendRaw('');
      // The next response is the ping's: the notifications and the blank line produced nothing.
      assert.deepEqual((await client.request('ping')).result, {});

      const lint = await client.callTool('lint_text', { text: 'Line one\r\nAct now.\r\n' });
      const findings = structured<{ findings: ToolFinding[] }>(lint).findings;
      assert.deepEqual(findings.map((finding) => [finding.line, finding.column]), [[2, 1]]);
      assert.equal(await client.close(), 0);
    });
  });

  it('answers an older protocol version with that version, an unknown one with its own', async () => {
    await withServer({}, async (client) => {
      const old = await client.request('initialize', { protocolVersion: '2024-11-05', capabilities: {}, clientInfo: { name: 't', version: '1' } });
      assert.equal(old.result!.protocolVersion, '2024-11-05');
      const future = await client.request('initialize', { protocolVersion: '2099-01-01', capabilities: {}, clientInfo: { name: 't', version: '1' } });
      assert.equal(future.result!.protocolVersion, '2025-06-18');
    });
  });

  it('--mcp with file arguments is a usage error', async () => {
    const { dir, cleanup } = makeProject({ 'a.email': CLEAN_EMAIL });
    try {
      const child = spawn(process.execPath, [CLI, '--mcp', 'a.email'], { cwd: dir });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
      assert.equal(code, 2);
      assert.match(stderr, /--mcp serves requests over stdio/);
    } finally {
      cleanup();
    }
  });
});
