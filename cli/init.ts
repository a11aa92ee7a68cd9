/**
 * `candor init`: writes the commented starter `.candorrc.yaml` into the
 * working directory. There is nothing to ask (every field is explained in the
 * file, the optional ones commented out), so it never prompts, and it runs the
 * same in CI, in a pipe or at a terminal. An existing configuration in the
 * folder is never overwritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES, initConfigText } from '../core/config/index.js';
import { UsageError } from './errors.js';

export const INIT_FILE_NAME = '.candorrc.yaml';

/** The configuration file already in `dir`, if any (a package.json counts only with a "candor" field). */
export function existingConfig(dir: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    if (name !== 'package.json') return name;
    try {
      const pkg = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      if (typeof pkg === 'object' && pkg !== null && 'candor' in pkg) return 'package.json ("candor" field)';
    } catch {
      // a package.json Candor cannot read holds no Candor configuration
    }
  }
  return undefined;
}

/** Writes the starter configuration; returns what to tell the user. */
export function writeStarterConfig(cwd: string): string {
  const existing = existingConfig(cwd);
  if (existing !== undefined) {
    throw new UsageError(`${existing} already exists here; candor init does not overwrite a configuration.`);
  }
  try {
    writeFileSync(join(cwd, INIT_FILE_NAME), initConfigText(), { flag: 'wx' });
  } catch (error) {
    throw new UsageError(`cannot write ${INIT_FILE_NAME}: ${(error as Error).message}`);
  }
  return `Wrote ${INIT_FILE_NAME}. Edit it to set rules, formats and custom phrases (docs/configuration.md).\n`;
}
