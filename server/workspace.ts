/**
 * The configuration files and the baseline, as the server sees them: one
 * `ConfigCache` per connection (cleared when a watched file changes), the
 * resolved configuration per document (its identity is part of the lint
 * cache key), the last good configuration per document (kept while a
 * configuration file is broken), the configuration errors to show on the
 * configuration files, and the workspace's `candor-baseline.json`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import {
  addToBaseline,
  BASELINE_FILE_NAME,
  baselineKey,
  createBaseline,
  parseBaseline,
  serializeBaseline,
  type Baseline,
} from '../core/baseline.js';
import { ConfigError, createConfigCache, resolveConfigSync, type ResolvedConfig } from '../core/config/index.js';
import type { Finding } from '../core/types.js';
import { SOURCE } from './diagnostics.js';
import { filePathOf } from './documents.js';

/** Where a document's findings would go in the baseline. */
export interface BaselineTarget {
  /** The baseline file: `candor-baseline.json` in the document's workspace folder. */
  path: string;
  /** The document's key in it (relative POSIX path). */
  key: string;
  /** The baseline read from disk; undefined when there is none (or it is unreadable). */
  baseline?: Baseline;
}

/** What the configuration files say about one document. */
export interface DocumentConfig {
  /** The resolved configuration; undefined when none could be read (built-in defaults apply). */
  resolved?: ResolvedConfig;
  /** The path the configuration was resolved for; undefined for an untitled buffer outside any workspace. */
  filePath?: string;
  baseline?: BaselineTarget;
}

export interface WorkspaceHooks {
  log(message: string): void;
}

export const WATCHED_FILES_GLOB = '**/{.candorrc,.candorrc.json,.candorrc.yaml,.candorrc.yml,package.json,candor-baseline.json}';

/** A folder path from a workspace folder URI. */
export function folderPathOf(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The one error diagnostic a configuration error shows on its file (the CLI's message, at its line:column). */
export function configErrorDiagnostic(error: ConfigError): Diagnostic {
  const position = { line: Math.max(0, error.line - 1), character: Math.max(0, error.column - 1) };
  return {
    range: { start: position, end: position },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: error.message,
  };
}

export class Workspace {
  folders: string[] = [];
  private cache = createConfigCache();
  private readonly configs = new Map<string, DocumentConfig>();
  private readonly lastGood = new Map<string, ResolvedConfig>();
  private readonly baselines = new Map<string, Baseline | undefined>();
  /** Configuration errors found since the last reset, by file. */
  private errors = new Map<string, ConfigError>();
  /** Configuration errors the client was last sent, by file URI → message key. */
  private readonly shown = new Map<string, string>();
  /** Bumped on every reset; part of each pull result id. */
  generation = 0;

  constructor(private readonly hooks: WorkspaceHooks) {}

  /** The workspace folder holding `path` (the deepest), if any. */
  folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      const rel = relative(folder, path);
      if (rel && !rel.startsWith('..') && !isAbsolute(rel) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /** The configuration for a document (cached until the next reset). */
  configFor(uri: string): DocumentConfig {
    const cached = this.configs.get(uri);
    if (cached) return cached;
    const ownPath = filePathOf(uri);
    // Untitled buffers resolve as if they were a file in the first workspace folder.
    const filePath = ownPath ?? (this.folders[0] !== undefined ? join(this.folders[0], 'untitled') : undefined);
    const config: DocumentConfig = {};
    if (filePath !== undefined) {
      config.filePath = filePath;
      try {
        const resolved = resolveConfigSync(filePath, { cache: this.cache });
        this.lastGood.set(uri, resolved);
        config.resolved = resolved;
      } catch (error) {
        if (error instanceof ConfigError) this.errors.set(error.file, error);
        else this.hooks.log(`Candor could not read the configuration for ${uri}: ${error instanceof Error ? error.message : String(error)}`);
        // Keep linting with what worked before the file broke.
        const previous = this.lastGood.get(uri);
        if (previous) config.resolved = previous;
      }
    }
    const folder = ownPath !== undefined ? this.folderOf(ownPath) : undefined;
    if (ownPath !== undefined && folder !== undefined) {
      const path = join(folder, BASELINE_FILE_NAME);
      const target: BaselineTarget = { path, key: baselineKey(relative(folder, ownPath)) };
      const baseline = this.baselineAt(path);
      if (baseline) target.baseline = baseline;
      config.baseline = target;
    }
    this.configs.set(uri, config);
    return config;
  }

  private baselineAt(path: string): Baseline | undefined {
    if (this.baselines.has(path)) return this.baselines.get(path);
    let baseline: Baseline | undefined;
    if (existsSync(path)) {
      try {
        baseline = parseBaseline(readFileSync(path, 'utf8'));
      } catch (error) {
        this.hooks.log(`Candor ignores the baseline ${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.baselines.set(path, baseline);
    return baseline;
  }

  /** Adds one finding of `source` to the baseline file of `target` (created when missing). */
  addToBaseline(target: BaselineTarget, source: string, finding: Finding): void {
    const baseline = existsSync(target.path) ? parseBaseline(readFileSync(target.path, 'utf8')) : createBaseline();
    addToBaseline(baseline, target.key, source, [finding]);
    writeFileSync(target.path, serializeBaseline(baseline));
    this.baselines.delete(target.path);
  }

  /** A configuration file or the baseline changed: read everything again. */
  reset(): void {
    this.cache = createConfigCache();
    this.configs.clear();
    this.baselines.clear();
    this.errors = new Map();
    this.generation++;
  }

  forget(uri: string): void {
    this.configs.delete(uri);
    this.lastGood.delete(uri);
  }

  /**
   * The configuration-file diagnostics that changed since the last call:
   * new or different errors, and `[]` for files whose error is gone.
   */
  errorUpdates(): Array<{ uri: string; diagnostics: Diagnostic[] }> {
    const updates: Array<{ uri: string; diagnostics: Diagnostic[] }> = [];
    const current = new Map<string, ConfigError>();
    for (const [file, error] of this.errors) {
      // A preset or package name is not a file the editor can open.
      if (isAbsolute(file)) current.set(pathToFileURL(file).href, error);
    }
    for (const [uri, error] of current) {
      const key = String(error);
      if (this.shown.get(uri) === key) continue;
      this.shown.set(uri, key);
      updates.push({ uri, diagnostics: [configErrorDiagnostic(error)] });
    }
    for (const uri of [...this.shown.keys()]) {
      if (current.has(uri)) continue;
      this.shown.delete(uri);
      updates.push({ uri, diagnostics: [] });
    }
    return updates;
  }
}
