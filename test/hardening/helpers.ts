/**
 * Hostile-file tests run the real built CLI like test/cli does, with two
 * additions: a run as another user (permission errors, which root never sees),
 * and a preload (`node --import hooks.mjs`) that changes the file system at an
 * exact moment of the run (a file deleted between the walk and the read, a
 * write that fails half-way).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { CLI, type CliRun } from '../cli/helpers.js';

export const HOOKS = new URL('./hooks.mjs', import.meta.url).href;

/** The user hostile runs switch to when the tests run as root (nobody). */
export const NOBODY = 65534;
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export interface HostileRunOptions {
  cwd: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Run the CLI as this user (only when the tests are root). */
  uid?: number;
  /** Load test/hardening/hooks.mjs before the CLI. */
  hooks?: boolean;
  timeout?: number;
}

export interface HostileRun extends CliRun {
  stdoutBytes: Buffer;
}

export function hostile(args: string[], options: HostileRunOptions): HostileRun {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['CI', 'FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS'].includes(key)) env[key] = value;
  }
  const nodeArgs = options.hooks ? ['--import', HOOKS] : [];
  const asOther = options.uid !== undefined && isRoot;
  const result = spawnSync(process.execPath, [...nodeArgs, asOther ? readableCli() : CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: { ...env, ...options.env },
    timeout: options.timeout ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
    ...(asOther ? { uid: options.uid, gid: options.uid } : {}),
  });
  if (result.error) throw result.error;
  return {
    status: result.status,
    stdout: result.stdout.toString('utf8'),
    stdoutBytes: result.stdout,
    stderr: result.stderr.toString('utf8'),
  };
}

let readableCopy: string | undefined;

/**
 * The CLI bundle where another user can read it: the clone may sit in a folder
 * only root can enter (CI clones into a 0700 mkdtemp folder).
 */
function readableCli(): string {
  if (!readableCopy) {
    const dir = mkdtempSync(join(tmpdir(), 'candor-cli-'));
    openTo(dir);
    readableCopy = join(dir, 'cli.cjs');
    copyFileSync(CLI, readableCopy);
    chmodSync(readableCopy, 0o644);
    // The English model the rewrites load and the lazy chunks (build.mjs) sit beside the bundle.
    for (const name of readdirSync(dirname(CLI)).filter((file) => file.endsWith('.cjs') && file !== basename(CLI))) {
      const copy = join(dir, name);
      copyFileSync(join(dirname(CLI), name), copy);
      chmodSync(copy, 0o644);
    }
  }
  return readableCopy;
}

/** Lets another user into a temporary project (mkdtemp makes it 0700). */
export function openTo(dir: string, mode = 0o755): void {
  chmodSync(dir, mode);
}
