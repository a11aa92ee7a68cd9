/**
 * `candor --mcp`: a Model Context Protocol server over stdio, so an AI
 * assistant can lint and fix the drafts it writes. The transport is the MCP
 * stdio one: JSON-RPC 2.0 messages, one per line (UTF-8, no embedded
 * newlines), requests on standard input, responses on standard output,
 * nothing else on standard output (logs go to standard error).
 *
 * Methods: initialize, notifications/initialized, ping, tools/list,
 * tools/call. Tools: lint_text, fix_text, lint_files. A malformed message or
 * bad arguments are JSON-RPC errors (-32700, -32600, -32601, -32602); a tool
 * that runs but cannot do its work (no such file, text too large, a broken
 * configuration) answers with a result marked `isError: true`, which the
 * model gets to read.
 *
 * Written by hand rather than with the MCP SDK: five methods, and the SDK
 * brings zod schemas and an HTTP stack the CLI bundle does not need.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createConfigCache, resolveConfig } from '../core/config/index.js';
import type { LintConfig } from '../core/config.js';
import { lint, type LintOptions } from '../core/engine.js';
import { fixText } from '../core/fix.js';
import { rewriteDraft } from '../core/rewrite/draft.js';
import { countFindings } from '../core/format/counts.js';
import { mergeEdits } from '../core/format/json.js';
import { LineIndex } from '../core/position.js';
import type { Rule } from '../core/rule.js';
import type { Finding, Format, Severity } from '../core/types.js';
import packageJson from '../package.json' with { type: 'json' };
import { oneLine } from './errors.js';
import { resolveFiles } from './files.js';
import { readDraftFile } from './source.js';

/** The newest protocol revision this server speaks, and the older ones it also accepts. */
export const PROTOCOL_VERSION = '2025-06-18';
const SUPPORTED_VERSIONS = [PROTOCOL_VERSION, '2025-03-26', '2024-11-05'];

/** lint_files lints at most this many files per call (the rest are counted, not linted). */
export const MAX_FILES = 200;
/** Texts and files larger than this (UTF-16 code units) are refused, as the editor's maxFileSize does. */
export const MAX_TEXT_LENGTH = 2 * 1024 * 1024;

export const ErrorCode = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InternalError: -32603,
} as const;

/** What a draft is linted with; cli/config.ts's per-file configuration has this shape. */
export interface DraftConfig {
  lint: LintConfig;
  rules: readonly Rule[];
  format?: Format;
  /** The configuration's ignorePatterns match the file (lint_files skips it unless named). */
  ignored?: boolean;
}

export interface McpServerOptions {
  /** Standard input: newline-delimited JSON-RPC messages. */
  input: AsyncIterable<Buffer | string>;
  /** Writes to standard output (one whole message per call). */
  write(text: string): void;
  /** Writes a log line to standard error. */
  log(text: string): void;
  /** Directory that relative paths and file names are resolved against. */
  cwd: string;
  /** The configuration for a draft (default: the configuration files that apply to it). */
  configFor?: (filePath: string) => Promise<DraftConfig>;
}

interface JsonRpcError {
  code: number;
  message: string;
  data?: unknown;
}

/** Thrown by a handler to answer with a JSON-RPC error. */
class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown by a tool to answer with an `isError: true` result. */
class ToolError extends Error {}

interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  inputSchema: Record<string, unknown>;
  annotations: Record<string, boolean | string>;
}

const FILENAME_PROPERTY = {
  type: 'string',
  description:
    'Optional file name such as "follow-up.email", "pitch.md" or "call.script": its extension picks how the text is read (email, markdown, call script, plain text), and the project configuration for that path applies.',
};

export const TOOLS: readonly ToolDefinition[] = [
  {
    name: 'lint_text',
    title: 'Lint sales copy',
    description:
      'Checks a draft of sales copy (cold or re-engagement email, call script, landing page) for pressure: chasing, false urgency, presuming the sale, and re-engagement emails that do not take responsibility. Returns each finding with its 1-based line and column (UTF-16), rule id, severity, message, and the fix or suggested rewrites.',
    inputSchema: {
      type: 'object',
      properties: {
        text: { type: 'string', description: 'The draft to check.' },
        filename: FILENAME_PROPERTY,
      },
      required: ['text'],
      additionalProperties: false,
    },
    annotations: { title: 'Lint sales copy', readOnlyHint: true, openWorldHint: false },
  },
  {
    name: 'fix_text',
    title: 'Fix sales copy',
    description:
      'Applies every safe fix Candor knows to a draft and returns the fixed text with the findings that remain (those need a human choice: see their suggestions). Nothing is written to disk.',
    inputSchema: {
      type: 'object',
      properties: {
        text: { type: 'string', description: 'The draft to fix.' },
        filename: FILENAME_PROPERTY,
      },
      required: ['text'],
      additionalProperties: false,
    },
    annotations: { title: 'Fix sales copy', readOnlyHint: true, openWorldHint: false },
  },
  {
    name: 'rewrite_text',
    title: 'Rewrite sales copy for trust',
    description:
      'Rewrites a whole draft for trust, as "Rewrite this draft for trust" does in the editor: each finding taken out of its sentence (chasing rebuilt around what it asked about, deadlines and counts dropped, presumption turned into a choice), an apology opener for a re-engagement message, one question that makes "no" safe. Facts, names, merge tags and links stay. Returns the rewritten text and what Candor still finds in it. Nothing is written to disk.',
    inputSchema: {
      type: 'object',
      properties: {
        text: { type: 'string', description: 'The draft to rewrite.' },
        filename: FILENAME_PROPERTY,
      },
      required: ['text'],
      additionalProperties: false,
    },
    annotations: { title: 'Rewrite sales copy for trust', readOnlyHint: true, openWorldHint: false },
  },
  {
    name: 'lint_files',
    title: 'Lint draft files',
    description: `Lints files, directories or globs under the server's working directory (directories are walked for .md, .markdown, .txt, .email, .eml and .script files, honouring .gitignore and .candorignore). At most ${MAX_FILES} files per call.`,
    inputSchema: {
      type: 'object',
      properties: {
        paths: {
          type: 'array',
          items: { type: 'string' },
          minItems: 1,
          description: 'Files, directories or globs, relative to the working directory.',
        },
      },
      required: ['paths'],
      additionalProperties: false,
    },
    annotations: { title: 'Lint draft files', readOnlyHint: true, openWorldHint: false },
  },
];

/** A finding as tools report it: positions, not offsets. */
export interface ToolFinding {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The flagged words. */
  text: string;
  fix?: ToolRewrite;
  suggestions?: ToolRewrite[];
}

/** A rewrite as one replacement of a range. */
export interface ToolRewrite {
  title: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  replacement: string;
}

function toToolFindings(source: string, findings: readonly Finding[]): ToolFinding[] {
  const index = new LineIndex(source);
  const rewrite = (title: string, edit: { range: [number, number]; text: string }): ToolRewrite => {
    const start = index.positionAt(edit.range[0]);
    const end = index.positionAt(edit.range[1]);
    return {
      title,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      replacement: edit.text,
    };
  };
  return findings.map((finding) => {
    const start = index.positionAt(finding.start);
    const end = index.positionAt(finding.end);
    const out: ToolFinding = {
      rule: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      text: source.slice(finding.start, finding.end),
    };
    const fix = finding.fix ? mergeEdits(source, finding.fix) : undefined;
    if (finding.fix && fix) out.fix = rewrite(finding.fix.title, fix);
    const suggestions = finding.suggestions.flatMap((suggestion) => {
      const merged = mergeEdits(source, suggestion);
      return merged ? [rewrite(suggestion.title, merged)] : [];
    });
    if (suggestions.length > 0) out.suggestions = suggestions;
    return out;
  });
}

function summary(findings: readonly Finding[]): { errorCount: number; warningCount: number; infoCount: number } {
  const counts = countFindings(findings);
  return { errorCount: counts.errorCount, warningCount: counts.warningCount, infoCount: counts.infoCount };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTextArguments(args: Record<string, unknown>): { text: string; filename?: string } {
  const unknownKeys = Object.keys(args).filter((key) => key !== 'text' && key !== 'filename');
  if (unknownKeys.length > 0) throw new RpcError(ErrorCode.InvalidParams, `Unknown argument "${unknownKeys[0]}".`);
  if (typeof args.text !== 'string') throw new RpcError(ErrorCode.InvalidParams, 'Argument "text" must be a string.');
  if (args.filename !== undefined && typeof args.filename !== 'string') {
    throw new RpcError(ErrorCode.InvalidParams, 'Argument "filename" must be a string.');
  }
  if (args.text.length > MAX_TEXT_LENGTH) {
    throw new ToolError(`The text is ${args.text.length} characters; Candor lints drafts of at most ${MAX_TEXT_LENGTH}.`);
  }
  return typeof args.filename === 'string' && args.filename !== ''
    ? { text: args.text, filename: args.filename }
    : { text: args.text };
}

function readPathsArgument(args: Record<string, unknown>): string[] {
  const unknownKeys = Object.keys(args).filter((key) => key !== 'paths');
  if (unknownKeys.length > 0) throw new RpcError(ErrorCode.InvalidParams, `Unknown argument "${unknownKeys[0]}".`);
  const paths = args.paths;
  if (!Array.isArray(paths) || paths.length === 0 || !paths.every((path) => typeof path === 'string' && path !== '')) {
    throw new RpcError(ErrorCode.InvalidParams, 'Argument "paths" must be a non-empty array of non-empty strings.');
  }
  return paths as string[];
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The server: feed it lines, it writes responses. Exposed for `serveMcp` and tests. */
export class McpServer {
  private readonly configFor: (filePath: string) => Promise<DraftConfig>;

  constructor(private readonly options: Omit<McpServerOptions, 'input'>) {
    const cache = createConfigCache();
    this.configFor =
      options.configFor ?? ((filePath) => resolveConfig(filePath, { cache, cwd: options.cwd }));
  }

  /** Handles one line of input; resolves once any response is written. */
  async handleLine(line: string): Promise<void> {
    if (line.trim() === '') return;
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch (error) {
      this.send({ jsonrpc: '2.0', id: null, error: { code: ErrorCode.ParseError, message: `Parse error: ${oneLine(error)}` } });
      return;
    }
    if (!isRecord(message)) {
      this.send({
        jsonrpc: '2.0',
        id: null,
        error: { code: ErrorCode.InvalidRequest, message: 'Invalid request: expected one JSON-RPC message object (batches are not supported).' },
      });
      return;
    }
    const hasId = Object.hasOwn(message, 'id');
    const id = message.id;
    const validId = typeof id === 'string' || typeof id === 'number';
    // A response to a request we never sent: nothing to do.
    if (message.method === undefined && (Object.hasOwn(message, 'result') || Object.hasOwn(message, 'error'))) return;
    if (message.jsonrpc !== '2.0' || typeof message.method !== 'string' || (hasId && !validId)) {
      this.send({
        jsonrpc: '2.0',
        id: validId ? id : null,
        error: { code: ErrorCode.InvalidRequest, message: 'Invalid request: expected jsonrpc "2.0", a string method and a string or number id.' },
      });
      return;
    }
    if (!hasId) return; // notifications (initialized, cancelled, …) need no answer
    try {
      const result = await this.dispatch(message.method, message.params);
      this.send({ jsonrpc: '2.0', id, result });
    } catch (error) {
      const rpcError: JsonRpcError =
        error instanceof RpcError
          ? { code: error.code, message: error.message }
          : { code: ErrorCode.InternalError, message: `Internal error: ${oneLine(error)}` };
      if (!(error instanceof RpcError)) this.options.log(`candor --mcp: ${rpcError.message}\n`);
      this.send({ jsonrpc: '2.0', id, error: rpcError });
    }
  }

  private send(message: Record<string, unknown>): void {
    // JSON.stringify escapes every newline inside strings, so one message is one line.
    this.options.write(`${JSON.stringify(message)}\n`);
  }

  private async dispatch(method: string, params: unknown): Promise<unknown> {
    if (params !== undefined && !isRecord(params)) {
      throw new RpcError(ErrorCode.InvalidParams, 'params must be an object.');
    }
    switch (method) {
      case 'initialize':
        return this.initialize(params ?? {});
      case 'ping':
        return {};
      case 'tools/list':
        return { tools: TOOLS };
      case 'tools/call':
        return this.callTool(params ?? {});
      default:
        throw new RpcError(ErrorCode.MethodNotFound, `Method not found: ${method}`);
    }
  }

  private initialize(params: Record<string, unknown>): unknown {
    if (typeof params.protocolVersion !== 'string') {
      throw new RpcError(ErrorCode.InvalidParams, 'initialize needs params.protocolVersion (a string).');
    }
    const protocolVersion = SUPPORTED_VERSIONS.includes(params.protocolVersion) ? params.protocolVersion : PROTOCOL_VERSION;
    return {
      protocolVersion,
      capabilities: { tools: { listChanged: false } },
      serverInfo: { name: 'candor', title: 'Candor', version: packageJson.version },
      instructions:
        'Candor lints sales copy for pressure. Run lint_text on a draft before sending it; apply fix_text for the safe rewrites, or rewrite_text to rewrite the whole draft for trust, then address the remaining findings with their suggestions.',
    };
  }

  private async callTool(params: Record<string, unknown>): Promise<unknown> {
    if (typeof params.name !== 'string') throw new RpcError(ErrorCode.InvalidParams, 'tools/call needs params.name (a string).');
    const args = params.arguments ?? {};
    if (!isRecord(args)) throw new RpcError(ErrorCode.InvalidParams, 'params.arguments must be an object.');
    let structured: Record<string, unknown>;
    try {
      switch (params.name) {
        case 'lint_text':
          structured = await this.lintText(readTextArguments(args));
          break;
        case 'fix_text':
          structured = await this.fixText(readTextArguments(args));
          break;
        case 'rewrite_text':
          structured = await this.rewriteText(readTextArguments(args));
          break;
        case 'lint_files':
          structured = await this.lintFiles(readPathsArgument(args));
          break;
        default:
          throw new RpcError(ErrorCode.InvalidParams, `Unknown tool: ${params.name}`);
      }
    } catch (error) {
      if (error instanceof RpcError) throw error;
      return { content: [{ type: 'text', text: oneLine(error) }], isError: true };
    }
    return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured };
  }

  private async lintOptionsFor(filename: string | undefined): Promise<LintOptions> {
    const filePath = resolve(this.options.cwd, filename ?? '<text>');
    const config = await this.configForSafely(filePath);
    const options: LintOptions = { config: config.lint, rules: config.rules };
    if (filename !== undefined) options.filePath = filePath;
    if (config.format) options.format = config.format;
    return options;
  }

  private async configForSafely(filePath: string): Promise<DraftConfig> {
    try {
      return await this.configFor(filePath);
    } catch (error) {
      throw new ToolError(`Configuration error: ${oneLine(error)}`);
    }
  }

  private async lintText(args: { text: string; filename?: string }): Promise<Record<string, unknown>> {
    const findings = lint(args.text, await this.lintOptionsFor(args.filename));
    return { findings: toToolFindings(args.text, findings), ...summary(findings) };
  }

  private async fixText(args: { text: string; filename?: string }): Promise<Record<string, unknown>> {
    const fixed = fixText(args.text, await this.lintOptionsFor(args.filename));
    return {
      output: fixed.output,
      changed: fixed.output !== args.text,
      fixesApplied: fixed.applied,
      remaining: toToolFindings(fixed.output, fixed.remaining),
      ...summary(fixed.remaining),
    };
  }

  private async rewriteText(args: { text: string; filename?: string }): Promise<Record<string, unknown>> {
    const rewritten = rewriteDraft(args.text, await this.lintOptionsFor(args.filename));
    return {
      output: rewritten.output,
      changed: rewritten.output !== args.text,
      findingsRewritten: rewritten.findings.length - rewritten.remaining.length,
      remaining: toToolFindings(rewritten.output, rewritten.remaining),
      ...summary(rewritten.remaining),
    };
  }

  private async lintFiles(paths: string[]): Promise<Record<string, unknown>> {
    const cwd = this.options.cwd;
    for (const path of paths) {
      if (!isInside(cwd, resolve(cwd, path))) {
        throw new ToolError(`"${path}" is outside the working directory (${cwd}); lint_files reads only files under it.`);
      }
    }
    let files: string[];
    try {
      files = resolveFiles(paths, cwd).filter((file) => isInside(cwd, file));
    } catch (error) {
      throw new ToolError(oneLine(error));
    }
    const named = new Set(paths.map((path) => resolve(cwd, path)));
    const linted = files.slice(0, MAX_FILES);
    const results = [];
    const skipped = [];
    const totals = { errorCount: 0, warningCount: 0, infoCount: 0 };
    for (const file of linted) {
      const shown = relative(cwd, file).split('\\').join('/');
      const config = await this.configForSafely(file);
      if (config.ignored === true && !named.has(file)) continue;
      const read = readDraftFile(file);
      if (!read.ok) {
        skipped.push({ filePath: shown, reason: read.reason });
        continue;
      }
      if (read.file.text.length > MAX_TEXT_LENGTH) {
        skipped.push({ filePath: shown, reason: `larger than ${MAX_TEXT_LENGTH} characters` });
        continue;
      }
      const options: LintOptions = { filePath: file, config: config.lint, rules: config.rules };
      if (config.format) options.format = config.format;
      const findings = lint(read.file.text, options);
      const counts = summary(findings);
      totals.errorCount += counts.errorCount;
      totals.warningCount += counts.warningCount;
      totals.infoCount += counts.infoCount;
      results.push({ filePath: shown, findings: toToolFindings(read.file.text, findings), ...counts });
    }
    return {
      results,
      ...(skipped.length > 0 ? { skipped } : {}),
      fileCount: files.length,
      truncated: files.length > linted.length,
      ...totals,
    };
  }
}

/**
 * Serves MCP until standard input ends. Messages are handled one at a time,
 * in order, so responses come back in the order of the requests.
 */
export async function serveMcp(options: McpServerOptions): Promise<void> {
  const server = new McpServer(options);
  // A chunk may end inside a multi-byte character; the decoder keeps the partial bytes.
  const decoder = new StringDecoder('utf8');
  let buffered = '';
  for await (const chunk of options.input) {
    buffered += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let newline = buffered.indexOf('\n');
    while (newline !== -1) {
      const line = buffered.slice(0, newline).replace(/\r$/, '');
      buffered = buffered.slice(newline + 1);
      await server.handleLine(line);
      newline = buffered.indexOf('\n');
    }
  }
  await server.handleLine(buffered + decoder.end());
}
