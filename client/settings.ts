/**
 * VS Code's `candor.*` settings → the configuration object the server asks for
 * with `workspace/configuration` (section `candor`). Pure: it reads through a
 * getter so tests pass a plain object instead of a `WorkspaceConfiguration`.
 *
 * The server validates whatever it receives too; this side drops values the
 * settings UI lets through anyway (a hand-edited settings.json can hold any
 * JSON), drops `trace` (a client-side setting), and keeps the object small.
 */
import { DEFAULT_FILE_GLOBS, normalizeFileGlobs } from './selector.js';

export type RuleLevel = 'off' | 'info' | 'warn' | 'error';
export type RunMode = 'onType' | 'onSave';

/** What the server reads; mirrors the `candor.*` keys in package.json. */
export interface ServerSettings {
  enable: boolean;
  rules: Record<string, RuleLevel>;
  run: RunMode;
  debounceMs: number;
  maxFileSize: number;
  files: string[];
  timeBudgetMs: number;
}

/** The rule ids the settings schema enumerates (package.json `candor.rules.properties`). */
export const RULE_IDS = ['sales-pressure', 'missing-apology-opener', 'assume-the-sale'] as const;
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'info', 'warn', 'error'];

/** Kept equal to package.json's defaults (a test checks) and to the server's. */
export const DEFAULT_SETTINGS: Readonly<ServerSettings> = Object.freeze({
  enable: true,
  rules: {},
  run: 'onType',
  debounceMs: 150,
  maxFileSize: 2 * 1024 * 1024,
  files: [...DEFAULT_FILE_GLOBS],
  timeBudgetMs: 10_000,
});

/** Upper bound for `debounceMs`: beyond 10 s "on type" stops meaning anything. */
export const MAX_DEBOUNCE_MS = 10_000;

/** Reads one key of the `candor` section (`WorkspaceConfiguration.get` fits). */
export type SettingGetter = (key: string) => unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A rule level as written by a user; `warning` (VS Code's own word) reads as `warn`. */
export function toRuleLevel(value: unknown): RuleLevel | undefined {
  const level = value === 'warning' ? 'warn' : value;
  return RULE_LEVELS.find((known) => known === level);
}

/** The `candor.rules` object with unknown levels dropped (unknown rule ids pass: custom rules). */
export function toRuleLevels(value: unknown): Record<string, RuleLevel> {
  const rules: Record<string, RuleLevel> = {};
  if (!isRecord(value)) return rules;
  for (const [id, raw] of Object.entries(value)) {
    const level = toRuleLevel(raw);
    if (level !== undefined && id.length > 0) rules[id] = level;
  }
  return rules;
}

function finiteNumber(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** The server configuration for one resource. */
export function toServerSettings(get: SettingGetter): ServerSettings {
  const enable = get('enable');
  const run = get('run');
  return {
    enable: typeof enable === 'boolean' ? enable : DEFAULT_SETTINGS.enable,
    rules: toRuleLevels(get('rules')),
    run: run === 'onSave' || run === 'onType' ? run : DEFAULT_SETTINGS.run,
    debounceMs: finiteNumber(get('debounceMs'), DEFAULT_SETTINGS.debounceMs, 0, MAX_DEBOUNCE_MS),
    maxFileSize: finiteNumber(get('maxFileSize'), DEFAULT_SETTINGS.maxFileSize, 1, Number.MAX_SAFE_INTEGER),
    files: get('files') === undefined ? [...DEFAULT_SETTINGS.files] : normalizeFileGlobs(get('files')),
    timeBudgetMs: finiteNumber(get('timeBudgetMs'), DEFAULT_SETTINGS.timeBudgetMs, 1, Number.MAX_SAFE_INTEGER),
  };
}

/** Settings whose change needs a new document selector, so a client restart. */
export const RESTART_SETTINGS: readonly string[] = ['candor.files'];
