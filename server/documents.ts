/**
 * Which documents Candor reads, and one lint per (uri, version, settings):
 * diagnostics, code actions, hover and commands all ask this cache, so a
 * document is linted once per edit however many requests follow.
 */
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { matchBaseline } from '../core/baseline.js';
import type { RuleSetting } from '../core/config.js';
import type { LintOptions } from '../core/engine.js';
import type { Rule } from '../core/rule.js';
import { detectFormat } from '../core/segment/index.js';
import { applySuppressions } from '../core/suppress.js';
import type { Finding, Format, SeveritySetting } from '../core/types.js';
import { builtinRules } from '../rules/index.js';
import { lintWithinBudget } from '../core/budget.js';
import { matchesFiles, type Settings } from './settings.js';
import type { DocumentConfig } from './workspace.js';

/**
 * Editor languages Candor reads. VS Code names them `markdown`, `plaintext`
 * and `email`; Neovim and Helix call plain text `text` and e-mail `mail`.
 * HTML (`html`) is linted when a path glob (`candor.files`) picks the file.
 */
const LANGUAGE_ALIASES: Record<string, string> = {
  markdown: 'markdown',
  plaintext: 'plaintext',
  email: 'email',
  text: 'plaintext',
  mail: 'email',
  html: 'html',
};

/** The file path of a `file:` URI; undefined for untitled and other schemes. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Whether Candor lints this document: by language, or by a `files` glob. */
export function isCandorDocument(document: TextDocument, settings: Settings): boolean {
  if (document.languageId in LANGUAGE_ALIASES) return true;
  return matchesFiles(filePathOf(document.uri) ?? document.uri, settings.files);
}

/** A setting with the editor's severity, keeping options the configuration file gave the rule. */
function overlay(setting: RuleSetting | undefined, severity: SeveritySetting): RuleSetting {
  return Array.isArray(setting) ? [severity, setting[1]] : severity;
}

/**
 * The lint options for a document: its language and path, the configuration
 * files' settings (format, rules, custom phrase rules, speakers, merge tags,
 * allow list), and the editor's `candor.rules` over the files' severities.
 */
export function lintOptionsFor(
  document: TextDocument,
  settings: Settings,
  config: DocumentConfig,
  extraRules: readonly Rule[] = [],
): LintOptions {
  const resolved = config.resolved;
  const rules: Record<string, RuleSetting> = { ...(resolved?.lint.rules ?? {}) };
  for (const [id, level] of Object.entries(settings.rules)) rules[id] = overlay(rules[id], level);
  const options: LintOptions = { config: { ...(resolved?.lint ?? {}), rules } };
  const languageId = LANGUAGE_ALIASES[document.languageId];
  if (languageId) options.languageId = languageId;
  const filePath = filePathOf(document.uri);
  if (filePath) options.filePath = filePath;
  if (resolved?.format) options.format = resolved.format;
  if (resolved || extraRules.length > 0) options.rules = [...(resolved?.rules ?? builtinRules), ...extraRules];
  return options;
}

/** Why a document has no findings although it was read. */
export interface LintStop {
  /** Time spent before the budget stopped the rules, in ms. */
  afterMs: number;
  /** The rules that did not run. */
  skipped: string[];
}

/** What linting one version of a document produced. */
export interface LintResult {
  uri: string;
  version: number;
  /** The findings to show: after suppression comments and the baseline. */
  findings: Finding[];
  /** The format the draft was read as (suppression comments exist in markdown only). */
  format: Format;
  /** Set when the document was too large to lint: its size in bytes. */
  skippedBytes?: number;
  /** The configuration's ignorePatterns match the document. */
  ignored?: boolean;
  /** The time budget stopped some rules. */
  stopped?: LintStop;
  /** The settings the result was computed with (a change of settings invalidates it). */
  settings: Settings;
  /** The configuration it was computed with (a change of configuration invalidates it). */
  config: DocumentConfig;
}

export interface LinterHooks {
  /** Rules added after the configured ones (test hooks). */
  extraRules?: readonly Rule[];
  /** A rule threw; it was skipped. */
  onRuleError(ruleId: string, error: unknown): void;
  /** The engine itself threw (a segmenter bug): the document gets no findings. */
  onEngineError(uri: string, error: unknown): void;
  /** The budget's watchdog stopped a rule mid-run; it is not run again on this document. */
  onRuleStalled(uri: string, ruleId: string, afterMs: number): void;
}

/** Lints documents, remembering the last result per URI. */
export class DocumentLinter {
  private readonly results = new Map<string, LintResult>();
  /** Rules the watchdog had to stop, per document, with the time it took; skipped until the document closes. */
  private readonly stalled = new Map<string, { rules: Set<string>; afterMs: number }>();

  constructor(private readonly hooks: LinterHooks) {}

  /** The cached result for this exact version, settings and configuration, if any. */
  cached(document: TextDocument, settings: Settings, config: DocumentConfig): LintResult | undefined {
    const result = this.results.get(document.uri);
    return result && result.version === document.version && result.settings === settings && result.config === config
      ? result
      : undefined;
  }

  /** Lints (or returns the cached lint of) the document's current version. */
  lint(document: TextDocument, settings: Settings, config: DocumentConfig): LintResult {
    const cached = this.cached(document, settings, config);
    if (cached) return cached;
    const text = document.getText();
    const options = lintOptionsFor(document, settings, config, this.hooks.extraRules);
    let format: Format = 'text';
    try {
      const detect: { filePath?: string; languageId?: string } = {};
      if (options.filePath) detect.filePath = options.filePath;
      if (options.languageId) detect.languageId = options.languageId;
      format = options.format ?? detectFormat(text, detect);
    } catch {
      // detectFormat does not throw; the engine reports its own errors below.
    }
    const result: LintResult = { uri: document.uri, version: document.version, findings: [], format, settings, config };
    // Cheap upper bound first: a UTF-16 unit is at most 3 UTF-8 bytes.
    const bytes = text.length * 3 > settings.maxFileSize ? Buffer.byteLength(text, 'utf8') : 0;
    if (bytes > settings.maxFileSize) {
      result.skippedBytes = bytes;
    } else if (config.resolved?.ignored) {
      result.ignored = true;
    } else if (settings.enable) {
      try {
        const budgeted = this.lintText(document.uri, text, format, settings, config, options);
        result.findings = budgeted.findings;
        if (budgeted.stopped) result.stopped = budgeted.stopped;
      } catch (error) {
        this.hooks.onEngineError(document.uri, error);
      }
    }
    this.results.set(document.uri, result);
    return result;
  }
  /** Budgeted lint, then suppression comments (markdown), then the baseline: what the CLI reports. */
  private lintText(
    uri: string,
    text: string,
    format: Format,
    settings: Settings,
    config: DocumentConfig,
    options: LintOptions,
  ): { findings: Finding[]; stopped?: LintStop } {
    const stall = this.stalled.get(uri);
    const budgeted = lintWithinBudget(
      text,
      { ...options, format, onRuleError: (ruleId, error) => this.hooks.onRuleError(ruleId, error) },
      settings.timeBudgetMs,
      stall?.rules,
    );
    let stopped: LintStop | undefined;
    if (budgeted.stalled !== undefined) {
      const entry = stall ?? { rules: new Set<string>(), afterMs: 0 };
      entry.rules.add(budgeted.stalled);
      entry.afterMs = budgeted.stoppedAfterMs ?? settings.timeBudgetMs;
      this.stalled.set(uri, entry);
      this.hooks.onRuleStalled(uri, budgeted.stalled, entry.afterMs);
    }
    if (budgeted.stoppedAfterMs !== undefined) {
      stopped = { afterMs: budgeted.stoppedAfterMs, skipped: budgeted.skipped };
    } else if (stall) {
      // The stalled rules stay off for this document; say so on every version.
      stopped = { afterMs: stall.afterMs, skipped: [...stall.rules] };
    }
    let findings = applySuppressions(text, format, budgeted.findings).findings;
    const target = config.baseline;
    if (target?.baseline) findings = matchBaseline(target.baseline, target.key, text, findings).kept;
    return stopped ? { findings, stopped } : { findings };
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.stalled.delete(uri);
  }

  clear(): void {
    this.results.clear();
    this.stalled.clear();
  }
}
