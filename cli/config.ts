/**
 * Resolving the LintConfig for each file. Today that is the `--rule` overrides
 * alone; a configuration-file loader slots in here (find the nearest config for
 * `filePath`, then lay the command-line overrides over it), and nothing else in
 * the CLI has to change.
 */
import type { LintConfig, RuleSetting } from '../core/config.js';
import type { SeveritySetting } from '../core/types.js';
import { builtinRules } from '../rules/index.js';
import { UsageError } from './errors.js';

export type ConfigResolver = (filePath: string | undefined) => LintConfig;

const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warn', 'error'];

/** Levenshtein distance, small inputs only. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** The closest known name, when it is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(3, Math.ceil(name.length * 0.4));
  return bestDistance <= limit ? best : undefined;
}

/** Parses `--rule id:severity` values into rule settings; throws UsageError on unknown ids or levels. */
export function parseRuleFlags(values: readonly string[]): Record<string, RuleSetting> {
  const known = builtinRules.map((rule) => rule.meta.id);
  const rules: Record<string, RuleSetting> = {};
  for (const value of values) {
    const separator = value.lastIndexOf(':');
    if (separator <= 0) {
      throw new UsageError(`--rule expects <id>:<off|info|warn|error>, got "${value}".`);
    }
    const id = value.slice(0, separator).trim();
    const level = value.slice(separator + 1).trim().toLowerCase();
    if (!known.includes(id)) {
      const guess = closest(id, known);
      const hint = guess ? ` Did you mean "${guess}"?` : ` Known rules: ${known.join(', ')}.`;
      throw new UsageError(`Unknown rule "${id}" in --rule ${value}.${hint}`);
    }
    const severity = (level === 'warning' ? 'warn' : level) as SeveritySetting;
    if (!SEVERITIES.includes(severity)) {
      throw new UsageError(`Invalid severity "${level}" in --rule ${value}; use off, info, warn or error.`);
    }
    rules[id] = severity;
  }
  return rules;
}

/** The per-file configuration: command-line overrides (a config file will sit under them). */
export function createConfigResolver(ruleFlags: readonly string[]): ConfigResolver {
  const overrides = parseRuleFlags(ruleFlags);
  const config: LintConfig = Object.keys(overrides).length > 0 ? { rules: overrides } : {};
  return () => config;
}
