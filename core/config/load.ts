/**
 * Reads one configuration text into a validated layer. YAML and JSON only:
 * JSON is YAML, so one parser (with positions) serves both; JSON files are
 * first checked strictly so a JSON syntax error points at the exact character.
 * Nothing here evaluates code.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { yamlLibrary } from '../yaml.js';
import { ConfigError, issueToError, jsonErrorOffset, type ConfigPath, type ConfigSource } from './errors.js';
import type { CompiledPhraseRule } from './phrase-rules.js';
import type * as Schema from './schema.js';
import type { CandorConfig } from './schema.js';

let schemaModule: typeof Schema | undefined;

/**
 * The schema, loaded on first use: only a configuration file or a preset needs
 * it, and zod is a quarter of the CLI's bundle. The bundles load it from
 * dist/config-schema.cjs (build.mjs, LAZY_CHUNKS) with esbuild's `require`;
 * under tsx there is none.
 */
export function configSchemas(): typeof Schema {
  return (schemaModule ??= (
    typeof require === 'function'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('./schema.js')
      : process.getBuiltinModule('node:module').createRequire(import.meta.url)('./schema.ts')
  ) as typeof Schema);
}

/** One configuration object: a user's file, a preset, or an extended file or package. */
export interface Layer {
  /** The file path, or the preset's name. */
  name: string;
  /** The folder relative `extends` and packages are resolved from ('' for presets). */
  dir: string;
  config: CandorConfig;
  /** The parsed text, for error positions (absent for presets). */
  source?: ConfigSource;
  /** Custom phrase rules, compiled (and their examples checked) once per layer. */
  phraseRules?: CompiledPhraseRule[];
}

function shapeKeys(shape: object): string[] {
  return Object.keys(shape);
}

/** The keys allowed at a path, for "did you mean" on an unknown key. */
function knownKeys(path: ConfigPath): string[] {
  const named = path.filter((key) => typeof key === 'string');
  const where = named.join('.');
  const { configSchema, overrideSchema, phraseRuleSchema } = configSchemas();
  if (where === '') return shapeKeys(configSchema.shape);
  if (where === 'overrides') return shapeKeys(overrideSchema.shape);
  if (where === 'phrases') return shapeKeys(phraseRuleSchema.shape);
  if (where === 'phrases.examples') return ['invalid', 'valid'];
  if (where === 'speakers') return ['rep', 'other'];
  return [];
}

function isJsonFile(file: string): boolean {
  return extname(file).toLowerCase() === '.json';
}

/** Parses a configuration text. `prefix` selects the configuration inside the document (package.json: `['candor']`). */
export function parseConfigText(file: string, text: string, prefix: readonly (string | number)[] = []): Layer {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  if (isJsonFile(file)) {
    const syntax = jsonErrorOffset(text);
    if (syntax) {
      lineCounter.addNewLine(0);
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineCounter.addNewLine(i + 1);
      const { line, col } = lineCounter.linePos(syntax.offset);
      throw new ConfigError(syntax.message, file, line, col);
    }
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const { line, col } = lineCounter.linePos(syntaxError.pos[0]);
    const message = syntaxError.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`Invalid YAML: ${message}`, file, line, col);
  }
  const source: ConfigSource = { file, text, doc, lineCounter, prefix };
  let data: unknown = doc.toJS({ maxAliasCount: 100 });
  for (const key of prefix) data = (data as Record<string | number, unknown> | null | undefined)?.[key];
  data ??= {};
  const result = configSchemas().configSchema.safeParse(data);
  if (!result.success) throw issueToError(source, result.error.issues[0], data, knownKeys);
  return { name: file, dir: dirname(file), config: result.data, source };
}

/** Reads and parses a configuration file (`package.json` → its `candor` field). */
export function readConfigFile(file: string): Layer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read configuration: ${(error as Error).message}`, file);
  }
  return parseConfigText(file, text, basename(file) === 'package.json' ? ['candor'] : []);
}

/** A preset's data as a layer (validated like a file). */
export function presetLayer(name: string, config: CandorConfig): Layer {
  const result = configSchemas().configSchema.safeParse(config);
  if (!result.success) throw new ConfigError(`Preset is invalid: ${result.error.issues[0].message}`, name);
  return { name, dir: '', config: result.data };
}
