import type { Severity, SeveritySetting } from './types.js';

/** A rule's configured setting: a severity, or `[severity, options]`. */
export type RuleSetting = SeveritySetting | [SeveritySetting, unknown];

/** What the engine needs of a resolved configuration (files and presets live elsewhere). */
export interface LintConfig {
  rules?: Record<string, RuleSetting>;
  /** Speaker labels for call scripts, beyond the defaults. */
  speakers?: { rep?: string[]; other?: string[] };
  /** Extra merge-tag syntaxes to mask. */
  mergeTags?: RegExp[];
  /** Terms never flagged (compared case-insensitively with the flagged text). */
  allow?: string[];
}

const SETTING_TO_SEVERITY: Record<Exclude<SeveritySetting, 'off'>, Severity> = {
  error: 'error',
  warn: 'warning',
  info: 'info',
};

/** The severity a rule runs at, or undefined when it is off. */
export function resolveSeverity(setting: RuleSetting | undefined, defaultSeverity: Severity): Severity | undefined {
  if (setting === undefined) return defaultSeverity;
  const level = Array.isArray(setting) ? setting[0] : setting;
  return level === 'off' ? undefined : SETTING_TO_SEVERITY[level];
}

/** The options part of a `[severity, options]` setting. */
export function ruleOptions(setting: RuleSetting | undefined): unknown {
  return Array.isArray(setting) ? setting[1] : undefined;
}
