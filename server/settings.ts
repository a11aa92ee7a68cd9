/**
 * Settings per document. The server never keeps settings in globals
 * (vscode-eslint's rule): each document's settings come from the client's
 * `workspace/configuration` for its URI, are validated here, and are cached per
 * URI until the configuration changes. Clients without configuration support
 * get `initializationOptions` laid over the defaults.
 */
import type { SeveritySetting } from '../core/types.js';

export type RunMode = 'onType' | 'onSave';

export interface Settings {
  /** Lint at all. */
  enable: boolean;
  /** Severity per rule id, over each rule's default. */
  rules: Record<string, SeveritySetting>;
  /** Lint as the writer types, or only when the draft is opened or saved. */
  run: RunMode;
  /** Push mode only: quiet time after a keystroke before linting. */
  debounceMs: number;
  /** Documents larger than this (in UTF-8 bytes) are not linted. */
  maxFileSize: number;
  /** Globs of file paths linted whatever their languageId. */
  files: string[];
  /** Wall-clock budget for linting one document version; rules still to run after it are skipped. */
  timeBudgetMs: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  rules: {},
  run: 'onType',
  debounceMs: 150,
  maxFileSize: 2 * 1024 * 1024,
  files: ['**/*.email', '**/*.script', '**/*.script.txt', '**/*.eml', '**/*.html', '**/*.htm'],
  timeBudgetMs: 10_000,
});

const SEVERITIES: readonly string[] = ['off', 'info', 'warn', 'error'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads settings as a client sent them, keeping only well-typed values over
 * `base`. A client may send anything (or `null` for an unknown section), so
 * nothing here trusts the shape.
 */
export function normalizeSettings(raw: unknown, base: Readonly<Settings> = DEFAULT_SETTINGS): Settings {
  const settings: Settings = { ...base, rules: { ...base.rules }, files: [...base.files] };
  if (!isRecord(raw)) return settings;
  if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
  if (raw.run === 'onType' || raw.run === 'onSave') settings.run = raw.run;
  if (typeof raw.debounceMs === 'number' && Number.isFinite(raw.debounceMs) && raw.debounceMs >= 0) {
    settings.debounceMs = raw.debounceMs;
  }
  if (typeof raw.maxFileSize === 'number' && Number.isFinite(raw.maxFileSize) && raw.maxFileSize > 0) {
    settings.maxFileSize = raw.maxFileSize;
  }
  if (typeof raw.timeBudgetMs === 'number' && Number.isFinite(raw.timeBudgetMs) && raw.timeBudgetMs > 0) {
    settings.timeBudgetMs = raw.timeBudgetMs;
  }
  if (Array.isArray(raw.files)) settings.files = raw.files.filter((glob): glob is string => typeof glob === 'string');
  if (isRecord(raw.rules)) {
    for (const [id, level] of Object.entries(raw.rules)) {
      // VS Code's settings UI writes "warning"; accept it as "warn".
      const normalized = level === 'warning' ? 'warn' : level;
      if (typeof normalized === 'string' && SEVERITIES.includes(normalized)) {
        settings.rules[id] = normalized as SeveritySetting;
      }
    }
  }
  return settings;
}

/**
 * Turns a path glob into a RegExp: `**` crosses folders, `*` and `?` stay in
 * one, `{a,b}` alternates. A glob without a slash matches the base name (as
 * `files.associations` does). Enough for file-name settings; no character classes.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        source += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') source += '[^/]';
    else if (char === '{') {
      inGroup = true;
      source += '(?:';
    } else if (char === '}' && inGroup) {
      inGroup = false;
      source += ')';
    } else if (char === ',' && inGroup) source += '|';
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  const anchored = glob.includes('/') ? `^(?:.*/)?${source.replace(/^\(\?:\.\*\/\)\?/, '')}$` : `(?:^|/)${source}$`;
  return new RegExp(anchored, 'i');
}

/** Whether a file path matches one of the `files` globs. */
export function matchesFiles(filePath: string | undefined, globs: readonly string[]): boolean {
  if (!filePath) return false;
  const normalized = filePath.replace(/\\/g, '/');
  return globs.some((glob) => {
    try {
      return globToRegExp(glob).test(normalized);
    } catch {
      return false;
    }
  });
}

/** Fetches the `candor` section for one URI; undefined when the client has no configuration support. */
export type ConfigurationFetcher = ((uri: string) => Promise<unknown>) | undefined;

/** Settings cached per URI (lsp-sample's `documentSettings`, as promises so concurrent asks share one request). */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<Settings>>();
  /** Bumped on every configuration change; part of each pull result id. */
  generation = 0;

  constructor(
    private readonly fetch: ConfigurationFetcher,
    private base: Settings,
    private readonly onError: (error: unknown) => void,
  ) {}

  get(uri: string): Promise<Settings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      const fetch = this.fetch;
      settings = fetch
        ? fetch(uri).then(
            (raw) => normalizeSettings(raw, this.base),
            (error: unknown) => {
              this.onError(error);
              return normalizeSettings(undefined, this.base);
            },
          )
        : Promise.resolve(normalizeSettings(undefined, this.base));
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  /**
   * Forgets every document's settings. For clients without
   * `workspace/configuration`, `didChangeConfiguration` carries the settings
   * themselves; they become the new base.
   */
  clear(pushed?: unknown): void {
    if (!this.fetch && isRecord(pushed) && isRecord(pushed.candor)) {
      this.base = normalizeSettings(pushed.candor, DEFAULT_SETTINGS);
    }
    this.byUri.clear();
    this.generation++;
  }
}
