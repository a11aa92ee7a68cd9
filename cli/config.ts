/**
 * Resolving the configuration for each file: the configuration files
 * (core/config: discovery, cascading, presets, custom phrase rules) with the
 * `--rule` flags laid over them. One cache per run, so each folder's
 * configuration is read once however many drafts it holds.
 *
 * core/config is loaded only when a folder, or one above it, may hold a
 * configuration file (`mayHoldConfig`): evaluating it and what it uses
 * (lilconfig, yaml, zod) took about 25 ms of every start, and most runs have
 * no configuration. Without one, a file gets what core/config would resolve.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type * as ConfigModule from '../core/config/index.js';
import type { ResolvedConfig } from '../core/config/index.js';
import type { LintConfig, RuleSetting } from '../core/config.js';
import type { Rule } from '../core/rule.js';
import type { Format, SeveritySetting } from '../core/types.js';
import { builtinRules } from '../rules/index.js';
import { UsageError } from './errors.js';

/** What one file is linted with. */
export interface FileConfig {
  lint: LintConfig;
  rules: readonly Rule[];
  format?: Format;
  ignored: boolean;
  /** The configuration files used, farthest first. */
  sources: string[];
}

export interface ConfigResolver {
  /** The configuration for a file (standard input without a name: as if a file in the working directory). */
  forFile(filePath: string | undefined): Promise<FileConfig>;
}
const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warn', 'error'];

let configModule: typeof ConfigModule | undefined;

/** core/config, loaded on first use (cli/ runs only as the bundle, where `require` is esbuild's). */
export function loadConfigModule(): typeof ConfigModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (configModule ??= require('../core/config/index.js') as typeof ConfigModule);
}

/** core/config if something has loaded it: a ConfigError cannot exist before. */
export function loadedConfigModule(): typeof ConfigModule | undefined {
  return configModule;
}

/** core/config's CONFIG_FILE_NAMES, in its order (a test keeps the two equal). */
export const CONFIG_FILE_NAMES = ['.candorrc', '.candorrc.json', '.candorrc.yaml', '.candorrc.yml', 'package.json'] as const;

/**
 * Whether a folder holds something core/config could take for a configuration.
 * Errs toward yes: any of the names (whatever it is: a folder, empty, unreadable)
 * except a package.json that parses without a "candor" field, which the
 * discovery's loader skips too (as it does one that does not parse).
 */
function mayHoldConfig(dir: string): boolean {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    if (name !== 'package.json') return true;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return true;
    }
    let pkg: unknown;
    try {
      pkg = JSON.parse(text);
    } catch {
      continue;
    }
    if (typeof pkg === 'object' && pkg !== null && 'candor' in pkg) return true;
  }
  return false;
}

/** What core/config resolves for a file with no configuration file in its folder or above. */
function defaultResolution(): ResolvedConfig {
  return { lint: { rules: {} }, rules: [...builtinRules], ignored: false, sources: [] };
}

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

interface RuleFlag {
  id: string;
  severity: SeveritySetting;
  raw: string;
}

/** Parses `--rule id:severity` values; throws UsageError on bad syntax or levels (ids are checked per file). */
export function parseRuleFlagSyntax(values: readonly string[]): RuleFlag[] {
  const flags: RuleFlag[] = [];
  for (const value of values) {
    const separator = value.lastIndexOf(':');
    if (separator <= 0) {
      throw new UsageError(`--rule expects <id>:<off|info|warn|error>, got "${value}".`);
    }
    const id = value.slice(0, separator).trim();
    const level = value.slice(separator + 1).trim().toLowerCase();
    const severity = (level === 'warning' ? 'warn' : level) as SeveritySetting;
    if (!SEVERITIES.includes(severity)) {
      throw new UsageError(`Invalid severity "${level}" in --rule ${value}; use off, info, warn or error.`);
    }
    flags.push({ id, severity, raw: value });
  }
  return flags;
}

function checkRuleIds(flags: readonly RuleFlag[], known: readonly string[]): void {
  for (const flag of flags) {
    if (known.includes(flag.id)) continue;
    const guess = closest(flag.id, known);
    const hint = guess ? ` Did you mean "${guess}"?` : ` Known rules: ${known.join(', ')}.`;
    throw new UsageError(`Unknown rule "${flag.id}" in --rule ${flag.raw}.${hint}`);
  }
}

/** Parses `--rule id:severity` values against the built-in rules; throws UsageError on unknown ids or levels. */
export function parseRuleFlags(values: readonly string[]): Record<string, RuleSetting> {
  const flags = parseRuleFlagSyntax(values);
  checkRuleIds(
    flags,
    builtinRules.map((rule) => rule.meta.id),
  );
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) rules[flag.id] = flag.severity;
  return rules;
}

/** A setting with the flag's severity, keeping options the configuration gave the rule. */
function overlay(setting: RuleSetting | undefined, severity: SeveritySetting): RuleSetting {
  return Array.isArray(setting) ? [severity, setting[1]] : severity;
}

/**
 * The per-file configuration: the configuration files that apply to the file,
 * then the command-line `--rule` flags over them. A `--rule` id must name a
 * built-in rule or a custom phrase rule of the file's configuration.
 */
export function createConfigResolver(ruleFlags: readonly string[], cwd: string): ConfigResolver {
  const flags = parseRuleFlagSyntax(ruleFlags);
  let cache: ConfigModule.ConfigCache | undefined;
  /** Folders known to have no configuration in them or above. */
  const unconfigured = new Set<string>();
  const noConfigAbove = (dir: string): boolean => {
    const walked: string[] = [];
    for (let at = dir; !unconfigured.has(at); at = dirname(at)) {
      if (mayHoldConfig(at)) return false;
      walked.push(at);
      if (dirname(at) === at) break;
    }
    for (const at of walked) unconfigured.add(at);
    return true;
  };
  return {
    async forFile(filePath) {
      const file = resolve(cwd, filePath ?? `${cwd}/<text>`);
      let resolved: ResolvedConfig;
      if (noConfigAbove(dirname(file))) {
        resolved = defaultResolution();
      } else {
        const config = loadConfigModule();
        resolved = await config.resolveConfig(file, { cache: (cache ??= config.createConfigCache()), cwd });
      }
      checkRuleIds(
        flags,
        resolved.rules.map((rule) => rule.meta.id),
      );
      const lint: LintConfig = { ...resolved.lint };
      if (flags.length > 0) {
        const rules: Record<string, RuleSetting> = { ...resolved.lint.rules };
        for (const flag of flags) rules[flag.id] = overlay(rules[flag.id], flag.severity);
        lint.rules = rules;
      }
      const config: FileConfig = { lint, rules: resolved.rules, ignored: resolved.ignored, sources: resolved.sources };
      if (resolved.format) config.format = resolved.format;
      return config;
    },
  };
}
