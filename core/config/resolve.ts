/**
 * Finds, cascades and resolves the configuration for one file.
 *
 * Discovery (lilconfig): from the linted file's folder upward, the first of
 * `.candorrc`, `.candorrc.json`, `.candorrc.yaml`, `.candorrc.yml`,
 * `package.json#candor` in a folder is that folder's configuration.
 *
 * Cascading (ESLint's eslintrc model): every configuration found up to the
 * first one with `root: true` applies, the farthest first and the nearest
 * last, so the nearest wins. Within one file: its `extends` (in order), then
 * its own settings, then its `overrides` (in order, each only for matching
 * files). A later element wins for rules (per id), `format` and `formats`
 * (per extension); lists (`allow`, `mergeTags`, speakers, phrase rules) add up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { lilconfig, lilconfigSync, type LilconfigResult } from 'lilconfig';
import { builtinRules } from '../../rules/index.js';
import type { LintConfig, RuleSetting } from '../config.js';
import type { Rule } from '../rule.js';
import type { Format, Severity } from '../types.js';
import { ConfigError, didYouMean, errorAt, type ConfigPath } from './errors.js';
import { parseConfigText, presetLayer, readConfigFile, type Layer } from './load.js';
import { compilePhraseRule } from './phrase-rules.js';
import { PRESETS, PRESET_PREFIX } from './presets.js';
import type { CandorConfig, OverrideConfig, PhraseRuleConfig } from './schema.js';

export const CONFIG_FILE_NAMES = ['.candorrc', '.candorrc.json', '.candorrc.yaml', '.candorrc.yml', 'package.json'] as const;

/** What every front end gets for one file. */
export interface ResolvedConfig {
  /** What `lint()` consumes. */
  lint: LintConfig;
  /** Built-in rules plus the configuration's custom phrase rules (pass as `lint(..., { rules })`). */
  rules: Rule[];
  /** The format set by `overrides[].format` or `formats`; undefined lets the engine detect it. */
  format?: Format;
  /** The file matches `ignorePatterns` (or nothing un-ignores it). */
  ignored: boolean;
  /** The configuration files used, farthest first (extended files and packages included). */
  sources: string[];
}

/** A per-directory cache. Share one across calls; `clear()` it when a configuration file changes. */
export type ConfigCache = Map<string, unknown>;

export interface ResolveOptions {
  /** Resolves a relative `filePath`; `process.cwd()` by default. */
  cwd?: string;
  cache?: ConfigCache;
  /** Do not look above this folder (default: the file system root). */
  stopDir?: string;
}

export function createConfigCache(): ConfigCache {
  return new Map();
}

/** One applicable piece of configuration, in cascade order. */
interface ConfigElement {
  layer: Layer;
  /** The element's place in its layer's file: [] or ['overrides', i]. */
  path: ConfigPath;
  /** Globs, `ignorePatterns` and override `files` are relative to this folder. */
  baseDir: string;
  files?: Ignore;
  excludedFiles?: Ignore;
  rules?: Record<string, RuleSetting>;
  format?: Format;
  formats?: Record<string, Format>;
  speakers?: { rep?: string[]; other?: string[] };
  mergeTags?: Array<[string, string]>;
  allow?: string[];
  ignorePatterns?: Ignore;
}

interface Chain {
  elements: ConfigElement[];
  sources: string[];
  presets: string[];
  customRules: Rule[];
}

const EMPTY_CHAIN: Chain = { elements: [], sources: [], presets: [], customRules: [] };

// ---------------------------------------------------------------- discovery

function loaderFor(cache: ConfigCache) {
  return (filepath: string, content: string): unknown => {
    if (basename(filepath) === 'package.json') {
      let pkg: unknown;
      try {
        pkg = JSON.parse(content);
      } catch {
        return {}; // Not ours to report: a package.json Candor cannot read holds no Candor configuration.
      }
      if (typeof pkg !== 'object' || pkg === null || !('candor' in pkg)) return {};
      return { candor: cachedLayer(cache, filepath, () => parseConfigText(filepath, content, ['candor'])) };
    }
    return cachedLayer(cache, filepath, () => parseConfigText(filepath, content));
  };
}

function cachedLayer(cache: ConfigCache, file: string, load: () => Layer): Layer {
  const key = `layer:${file}`;
  const hit = cache.get(key) as Layer | undefined;
  if (hit) return hit;
  const layer = load();
  cache.set(key, layer);
  return layer;
}

function searchOptions(cache: ConfigCache, stopDir: string | undefined) {
  const loader = loaderFor(cache);
  return {
    searchPlaces: [...CONFIG_FILE_NAMES],
    // Only data loaders: a .js/.cjs/.mjs configuration is never looked for, let alone run.
    loaders: { noExt: loader, '.json': loader, '.yaml': loader, '.yml': loader },
    packageProp: 'candor',
    ignoreEmptySearchPlaces: false,
    cache: false,
    stopDir: stopDir ?? resolve('/'),
  };
}

function layerOf(result: LilconfigResult): Layer | undefined {
  if (!result) return undefined;
  if (result.isEmpty || result.config === undefined) return { name: result.filepath, dir: dirname(result.filepath), config: {} };
  return result.config as Layer;
}

function parentOf(dir: string): string | undefined {
  const parent = dirname(dir);
  return parent === dir ? undefined : parent;
}

function isWithin(dir: string, stopDir: string | undefined): boolean {
  if (stopDir === undefined) return true;
  const rel = relative(resolve(stopDir), dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function chainSync(dir: string, cache: ConfigCache, stopDir: string | undefined): Chain {
  const key = `chain:${dir}`;
  const hit = cache.get(key) as Chain | undefined;
  if (hit) return hit;
  const layer = layerOf(lilconfigSync('candor', searchOptions(cache, stopDir)).search(dir));
  let chain = EMPTY_CHAIN;
  if (layer) {
    const above = parentOf(layer.dir);
    const parent = layer.config.root || above === undefined || !isWithin(above, stopDir) ? EMPTY_CHAIN : chainSync(above, cache, stopDir);
    chain = extendChain(parent, layer, cache);
  }
  cache.set(key, chain);
  return chain;
}

async function chainAsync(dir: string, cache: ConfigCache, stopDir: string | undefined): Promise<Chain> {
  const key = `chain:${dir}`;
  const hit = cache.get(key) as Chain | undefined;
  if (hit) return hit;
  const layer = layerOf(await lilconfig('candor', searchOptions(cache, stopDir)).search(dir));
  let chain = EMPTY_CHAIN;
  if (layer) {
    const above = parentOf(layer.dir);
    const parent =
      layer.config.root || above === undefined || !isWithin(above, stopDir) ? EMPTY_CHAIN : await chainAsync(above, cache, stopDir);
    chain = extendChain(parent, layer, cache);
  }
  cache.set(key, chain);
  return chain;
}

// ---------------------------------------------------------------- extends

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?candor-config-[\w.-]+$/;
const DATA_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

function extendsError(layer: Layer, index: number, message: string): ConfigError {
  const path = Array.isArray(layer.config.extends) ? ['extends', index] : ['extends'];
  return layer.source ? errorAt(layer.source, path, message) : new ConfigError(message, layer.name);
}

function loadExtended(layer: Layer, name: string, index: number, cache: ConfigCache): Layer {
  if (name.startsWith(PRESET_PREFIX)) {
    const preset = PRESETS[name];
    if (!preset) {
      throw extendsError(layer, index, `Unknown preset ${JSON.stringify(name)}${didYouMean(name, Object.keys(PRESETS))}`);
    }
    return cachedLayer(cache, name, () => presetLayer(name, preset.config));
  }
  if (name.startsWith('./') || name.startsWith('../') || isAbsolute(name)) {
    const file = resolve(layer.dir, name);
    const ext = extname(file).toLowerCase();
    if (!DATA_EXTENSIONS.has(ext) && !basename(file).startsWith('.candorrc')) {
      throw extendsError(layer, index, `Cannot extend ${JSON.stringify(name)}: a configuration is a .json or .yaml file, never code`);
    }
    if (!existsSync(file)) throw extendsError(layer, index, `Cannot find ${JSON.stringify(name)} (looked for ${file})`);
    return cachedLayer(cache, file, () => readConfigFile(file));
  }
  if (PACKAGE_NAME.test(name)) return loadPackage(layer, name, index, cache);
  throw extendsError(
    layer,
    index,
    `Cannot extend ${JSON.stringify(name)}${didYouMean(name, Object.keys(PRESETS))}: expected a preset (${Object.keys(PRESETS).join(', ')}), a candor-config-* package or a relative .json/.yaml file`,
  );
}

/**
 * A shared configuration package, found the way Node finds it from the
 * configuration's folder. It must hold data: a `candor` field in its
 * package.json, or a `.json`/`.yaml` main. Its code is never loaded.
 */
function loadPackage(layer: Layer, name: string, index: number, cache: ConfigCache): Layer {
  const require = createRequire(join(layer.dir, '__candor_config__.cjs'));
  const searched = require.resolve.paths(name) ?? [];
  const manifest = searched.map((dir) => join(dir, name, 'package.json')).find((file) => existsSync(file));
  if (!manifest) {
    throw extendsError(layer, index, `Cannot find package ${JSON.stringify(name)} from ${layer.dir}; install it (npm install --save-dev ${name})`);
  }
  return cachedLayer(cache, manifest, () => {
    const text = readFileSync(manifest, 'utf8');
    let pkg: { candor?: unknown; main?: unknown };
    try {
      pkg = JSON.parse(text) as typeof pkg;
    } catch {
      return parseConfigText(manifest, text); // reports the JSON error with its position
    }
    if (pkg.candor !== undefined) return parseConfigText(manifest, text, ['candor']);
    const main = typeof pkg.main === 'string' ? pkg.main : 'index.json';
    const file = resolve(dirname(manifest), main);
    if (!DATA_EXTENSIONS.has(extname(file).toLowerCase())) {
      throw extendsError(
        layer,
        index,
        `Package ${JSON.stringify(name)} must export data (a .json or .yaml "main", or a "candor" field in its package.json), not code ${JSON.stringify(main)}: a configuration never runs code`,
      );
    }
    if (!existsSync(file)) throw extendsError(layer, index, `Package ${JSON.stringify(name)} has no ${main}`);
    return readConfigFile(file);
  });
}

// ---------------------------------------------------------------- elements

function matcher(patterns: string | string[] | undefined): Ignore | undefined {
  const list = asList(patterns);
  return list.length === 0 ? undefined : ignore({ allowRelativePaths: true }).add(list);
}

function elementsOf(layer: Layer, baseDir: string, cache: ConfigCache, stack: string[], chain: Chain): ConfigElement[] {
  const elements: ConfigElement[] = [];
  asList(layer.config.extends).forEach((name, index) => {
    const extended = loadExtended(layer, name, index, cache);
    if (stack.includes(extended.name)) {
      throw extendsError(layer, index, `Circular extends: ${[...stack, extended.name].join(' → ')}`);
    }
    if (extended.source) chain.sources.push(extended.name);
    else chain.presets.push(extended.name);
    elements.push(...elementsOf(extended, baseDir, cache, [...stack, extended.name], chain));
  });
  const { config } = layer;
  const phraseRules = compiledPhraseRules(layer);
  const rules: Record<string, RuleSetting> = {};
  for (const { rule, severity } of phraseRules) if (severity) rules[rule.meta.id] = severity;
  Object.assign(rules, config.rules);
  chain.customRules.push(...phraseRules.map((compiled) => compiled.rule));
  elements.push({
    layer,
    path: [],
    baseDir,
    rules,
    formats: config.formats,
    speakers: config.speakers,
    mergeTags: config.mergeTags,
    allow: config.allow,
    ignorePatterns: matcher(config.ignorePatterns),
  });
  (config.overrides ?? []).forEach((override: OverrideConfig, index) => {
    elements.push({
      layer,
      path: ['overrides', index],
      baseDir,
      files: matcher(override.files),
      excludedFiles: matcher(override.excludedFiles),
      rules: override.rules as Record<string, RuleSetting> | undefined,
      format: override.format,
    });
  });
  return elements;
}

function compiledPhraseRules(layer: Layer) {
  layer.phraseRules ??= (layer.config.phrases ?? []).map((definition: PhraseRuleConfig, index) =>
    compilePhraseRule(definition, { source: layer.source, name: layer.name, path: ['phrases', index] }),
  );
  return layer.phraseRules;
}

function extendChain(parent: Chain, layer: Layer, cache: ConfigCache): Chain {
  const chain: Chain = {
    elements: [...parent.elements],
    sources: [...parent.sources],
    presets: [...parent.presets],
    customRules: [...parent.customRules],
  };
  const ownElements = elementsOf(layer, layer.dir, cache, [layer.name], chain);
  chain.sources.push(layer.name);
  chain.elements.push(...ownElements);
  // A nearer definition of the same custom id replaces a farther one.
  const byId = new Map<string, Rule>();
  for (const rule of chain.customRules) byId.set(rule.meta.id, rule);
  chain.customRules = [...byId.values()];
  checkRuleIds(chain, ownElements);
  return chain;
}

const BUILTIN_IDS = builtinRules.map((rule) => rule.meta.id);

/** Every rule id a configuration names must exist; custom ids must not shadow built-in ones. */
function checkRuleIds(chain: Chain, elements: ConfigElement[]): void {
  const known = new Set([...BUILTIN_IDS, ...chain.customRules.map((rule) => rule.meta.id)]);
  for (const element of elements) {
    const { layer } = element;
    (layer.config.phrases ?? []).forEach((definition, index) => {
      if (element.path.length === 0 && BUILTIN_IDS.includes(definition.id)) {
        const message = `Phrase rule id ${JSON.stringify(definition.id)} is a built-in rule; choose another id`;
        throw layer.source ? errorAt(layer.source, ['phrases', index, 'id'], message) : new ConfigError(message, layer.name);
      }
    });
    const rulesPath = [...element.path, 'rules'];
    const configured = element.path.length === 0 ? layer.config.rules : (element.rules ?? {});
    for (const id of Object.keys(configured ?? {})) {
      if (known.has(id)) continue;
      const message = `Unknown rule ${JSON.stringify(id)}${didYouMean(id, known)}`;
      throw layer.source ? errorAt(layer.source, [...rulesPath, id], message, true) : new ConfigError(message, layer.name);
    }
  }
}

// ---------------------------------------------------------------- per file

/** The path of `file` relative to `dir` in `/` form, or undefined when outside it. */
function relativeTo(dir: string, file: string): string | undefined {
  const rel = relative(dir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

function applies(element: ConfigElement, file: string): boolean {
  if (!element.files) return true;
  const rel = relativeTo(element.baseDir, file);
  if (rel === undefined) return false;
  return element.files.ignores(rel) && !element.excludedFiles?.ignores(rel);
}

function mergeSetting(previous: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  // A bare severity keeps the options set earlier (ESLint's behaviour).
  if (typeof next === 'string' && Array.isArray(previous)) return [next, previous[1]];
  return next;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A literal delimiter pair as a bounded, single-line pattern. */
export function mergeTagPattern(open: string, close: string): RegExp {
  return new RegExp(`${escapeRegExp(open)}[^\\r\\n]{0,200}?${escapeRegExp(close)}`, 'g');
}

function formatByExtension(formats: Record<string, Format>, file: string): Format | undefined {
  const name = basename(file).toLowerCase();
  let best: { ext: string; format: Format } | undefined;
  for (const [ext, format] of Object.entries(formats)) {
    if (name.endsWith(ext.toLowerCase()) && name.length > ext.length && (!best || ext.length > best.ext.length)) {
      best = { ext, format };
    }
  }
  return best?.format;
}

interface Resolution extends ResolvedConfig {
  mergeTagDelimiters: Array<[string, string]>;
  presets: string[];
}

function resolveInChain(chain: Chain, file: string): Resolution {
  const rules: Record<string, RuleSetting> = {};
  const formats: Record<string, Format> = {};
  const speakers: { rep: string[]; other: string[] } = { rep: [], other: [] };
  const delimiters: Array<[string, string]> = [];
  const allow: string[] = [];
  let format: Format | undefined;
  let ignored = false;
  for (const element of chain.elements) {
    if (!applies(element, file)) continue;
    for (const [id, setting] of Object.entries(element.rules ?? {})) rules[id] = mergeSetting(rules[id], setting);
    Object.assign(formats, element.formats);
    if (element.format) format = element.format;
    for (const label of element.speakers?.rep ?? []) if (!speakers.rep.includes(label)) speakers.rep.push(label);
    for (const label of element.speakers?.other ?? []) if (!speakers.other.includes(label)) speakers.other.push(label);
    for (const pair of element.mergeTags ?? []) {
      if (!delimiters.some(([open, close]) => open === pair[0] && close === pair[1])) delimiters.push([pair[0], pair[1]]);
    }
    for (const term of element.allow ?? []) if (!allow.includes(term)) allow.push(term);
    if (element.ignorePatterns) {
      const rel = relativeTo(element.baseDir, file);
      if (rel !== undefined) {
        const verdict = element.ignorePatterns.test(rel);
        if (verdict.ignored) ignored = true;
        else if (verdict.unignored) ignored = false;
      }
    }
  }
  const lint: LintConfig = { rules };
  if (speakers.rep.length || speakers.other.length) {
    lint.speakers = {};
    if (speakers.rep.length) lint.speakers.rep = speakers.rep;
    if (speakers.other.length) lint.speakers.other = speakers.other;
  }
  if (delimiters.length) lint.mergeTags = delimiters.map(([open, close]) => mergeTagPattern(open, close));
  if (allow.length) lint.allow = allow;
  const resolved: Resolution = {
    lint,
    rules: [...builtinRules, ...chain.customRules],
    ignored,
    sources: [...chain.sources],
    mergeTagDelimiters: delimiters,
    presets: [...chain.presets],
  };
  const chosen = format ?? formatByExtension(formats, file);
  if (chosen) resolved.format = chosen;
  return resolved;
}

function publicView(resolution: Resolution): ResolvedConfig {
  const resolved: ResolvedConfig = {
    lint: resolution.lint,
    rules: resolution.rules,
    ignored: resolution.ignored,
    sources: resolution.sources,
  };
  if (resolution.format) resolved.format = resolution.format;
  return resolved;
}

function absolute(filePath: string, options: ResolveOptions): string {
  return resolve(options.cwd ?? process.cwd(), filePath);
}

function resolutionSync(filePath: string, options: ResolveOptions = {}): Resolution {
  const file = absolute(filePath, options);
  const chain = chainSync(dirname(file), options.cache ?? createConfigCache(), options.stopDir);
  return resolveInChain(chain, file);
}

/** The configuration for one file (synchronous: for the LSP server's per-document settings). */
export function resolveConfigSync(filePath: string, options: ResolveOptions = {}): ResolvedConfig {
  return publicView(resolutionSync(filePath, options));
}

/** The configuration for one file. Throws `ConfigError`. */
export async function resolveConfig(filePath: string, options: ResolveOptions = {}): Promise<ResolvedConfig> {
  const file = absolute(filePath, options);
  const chain = await chainAsync(dirname(file), options.cache ?? createConfigCache(), options.stopDir);
  return publicView(resolveInChain(chain, file));
}

const SEVERITY_SETTING: Record<Severity, string> = { error: 'error', warning: 'warn', info: 'info' };

/** The resolved configuration as plain JSON, for `candor --print-config <file>`. */
export function printConfig(filePath: string, options: ResolveOptions = {}): Record<string, unknown> {
  const file = absolute(filePath, options);
  const resolved = resolutionSync(file, options);
  const rules: Record<string, unknown> = {};
  for (const rule of resolved.rules) {
    rules[rule.meta.id] = resolved.lint.rules?.[rule.meta.id] ?? SEVERITY_SETTING[rule.meta.defaultSeverity];
  }
  const printed: Record<string, unknown> = {
    file,
    sources: resolved.sources,
    presets: resolved.presets,
    ignored: resolved.ignored,
    format: resolved.format ?? null,
    rules,
    customRules: resolved.rules.slice(builtinRules.length).map((rule) => ({ id: rule.meta.id, message: rule.meta.description })),
    speakers: resolved.lint.speakers ?? {},
    mergeTags: resolved.mergeTagDelimiters,
    allow: resolved.lint.allow ?? [],
  };
  return JSON.parse(JSON.stringify(printed)) as Record<string, unknown>;
}

export type { CandorConfig };
