/**
 * Which documents Candor reads, and one lint per (uri, version, settings):
 * diagnostics, code actions, hover and commands all ask this cache, so a
 * document is linted once per edit however many requests follow.
 */
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type LintOptions } from '../core/engine.js';
import type { Rule } from '../core/rule.js';
import type { Finding } from '../core/types.js';
import { matchesFiles, type Settings } from './settings.js';

/**
 * Editor languages Candor reads. VS Code names them `markdown`, `plaintext`
 * and `email`; Neovim and Helix call plain text `text` and e-mail `mail`.
 */
const LANGUAGE_ALIASES: Record<string, string> = {
  markdown: 'markdown',
  plaintext: 'plaintext',
  email: 'email',
  text: 'plaintext',
  mail: 'email',
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

/** The lint options for a document: its language and path, and the rules as configured. */
export function lintOptionsFor(document: TextDocument, settings: Settings, rules: readonly Rule[] | undefined): LintOptions {
  const options: LintOptions = { config: { rules: settings.rules } };
  const languageId = LANGUAGE_ALIASES[document.languageId];
  if (languageId) options.languageId = languageId;
  const filePath = filePathOf(document.uri);
  if (filePath) options.filePath = filePath;
  if (rules) options.rules = rules;
  return options;
}

/** What linting one version of a document produced. */
export interface LintResult {
  uri: string;
  version: number;
  findings: Finding[];
  /** Set when the document was too large to lint: its size in bytes. */
  skippedBytes?: number;
  /** The settings the result was computed with (a change of settings invalidates it). */
  settings: Settings;
}

export interface LinterHooks {
  /** The rules to run (the built-in registry when undefined). */
  rules?: readonly Rule[];
  /** A rule threw; it was skipped. */
  onRuleError(ruleId: string, error: unknown): void;
  /** The engine itself threw (a segmenter bug): the document gets no findings. */
  onEngineError(uri: string, error: unknown): void;
}

/** Lints documents, remembering the last result per URI. */
export class DocumentLinter {
  private readonly results = new Map<string, LintResult>();

  constructor(private readonly hooks: LinterHooks) {}

  /** The cached result for this exact version and settings, if any. */
  cached(document: TextDocument, settings: Settings): LintResult | undefined {
    const result = this.results.get(document.uri);
    return result && result.version === document.version && result.settings === settings ? result : undefined;
  }

  /** Lints (or returns the cached lint of) the document's current version. */
  lint(document: TextDocument, settings: Settings): LintResult {
    const cached = this.cached(document, settings);
    if (cached) return cached;
    const text = document.getText();
    const result: LintResult = { uri: document.uri, version: document.version, findings: [], settings };
    // Cheap upper bound first: a UTF-16 unit is at most 3 UTF-8 bytes.
    const bytes = text.length * 3 > settings.maxFileSize ? Buffer.byteLength(text, 'utf8') : 0;
    if (bytes > settings.maxFileSize) {
      result.skippedBytes = bytes;
    } else if (settings.enable) {
      try {
        result.findings = lint(text, {
          ...lintOptionsFor(document, settings, this.hooks.rules),
          onRuleError: (ruleId, error) => this.hooks.onRuleError(ruleId, error),
        });
      } catch (error) {
        this.hooks.onEngineError(document.uri, error);
      }
    }
    this.results.set(document.uri, result);
    return result;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  clear(): void {
    this.results.clear();
  }
}
