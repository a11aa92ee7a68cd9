/**
 * One configuration that every front end (CLI, LSP server, VS Code extension)
 * reads the same way. See docs/configuration.md.
 */
export { ConfigError } from './errors.js';
export { initConfigText } from './init.js';
export { PRESETS } from './presets.js';
export {
  CONFIG_FILE_NAMES,
  createConfigCache,
  mergeTagPattern,
  printConfig,
  resolveConfig,
  resolveConfigSync,
  type ConfigCache,
  type ResolvedConfig,
  type ResolveOptions,
} from './resolve.js';
export type { CandorConfig, PhraseRuleConfig } from './schema.js';
import { configSchemas } from './load.js';

export { configSchemas };

/** The published JSON Schema's text (schema/candorrc.schema.json); loads the schema (./load.ts, configSchemas). */
export function configJsonSchemaText(): string {
  return configSchemas().configJsonSchemaText();
}
