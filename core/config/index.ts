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
export { configJsonSchemaText, configSchema, type CandorConfig, type PhraseRuleConfig } from './schema.js';
