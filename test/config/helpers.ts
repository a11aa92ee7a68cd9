import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigError } from '../../core/config/index.js';

/** A temporary folder tree: `{ 'a/.candorrc.yaml': '…' }`. Removed after each test by `cleanup()`. */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'candor-config-'));
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  made.push(root);
  return root;
}

const made: string[] = [];

export function cleanup(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Runs `fn`, expecting a ConfigError, and returns it. */
export async function configError(fn: () => unknown): Promise<ConfigError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, got none');
}
