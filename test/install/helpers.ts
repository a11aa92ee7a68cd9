/**
 * Candor as users install it: a fresh clone of this working tree, `npm pack`
 * of it, and installs of the tarball, with real npm and real child processes.
 * Each costs seconds to a minute, so the clone and the tarball are made once
 * per run and shared by the test files; every folder is removed at exit.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO = resolve('.');

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed when the test run exits. */
export function tempDir(label: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `candor-install-${label}-`)));
  made.push(dir);
  return dir;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment npm and the installed commands get: this process's, less
 * what `npm run` and CI put there for the test run itself (npm_*, INIT_CWD,
 * colour switches), with npm's update, funding and audit chatter off.
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^npm_/i.test(key)) continue;
    if (['INIT_CWD', 'CI', 'FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS', 'NODE_OPTIONS'].includes(key)) continue;
    env[key] = value;
  }
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extra };
}

/** Runs a command to its end (ten minutes at most) and returns its exit status and output. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = cleanEnv(), input = ''): Run {
  const result = spawnSync(command, args, { cwd, env, input, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like `run`, but fails the test, with the command's output, unless it exits 0. */
export function runOk(command: string, args: string[], cwd: string, env?: Record<string, string>): Run {
  const result = run(command, args, cwd, env);
  assert.equal(result.status, 0, `${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** npm's warnings (`npm warn …` lines), which a quiet install has none of. */
export function npmWarnings(output: string): string[] {
  return output.split('\n').filter((line) => /^npm (warn|WARN|error|ERR)/.test(line));
}

/**
 * What a fresh clone of this working tree holds: the tracked files and the new
 * ones git does not ignore (so uncommitted work is tested too), copied into a
 * new folder, without node_modules/ or dist/.
 */
export function cloneWorkTree(label = 'clone'): string {
  const dir = tempDir(label);
  const listed = runOk('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], REPO).stdout;
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = join(REPO, file);
    try {
      lstatSync(from);
    } catch {
      continue; // deleted in the working tree, not yet committed
    }
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(from, join(dir, file), { verbatimSymlinks: true });
  }
  return dir;
}

export interface PackedFile {
  path: string;
  size: number;
}

export interface Packed {
  /** Absolute path of the .tgz. */
  tarball: string;
  name: string;
  version: string;
  /** Bytes of the .tgz. */
  size: number;
  unpackedSize: number;
  files: PackedFile[];
}

let packed: Packed | undefined;

/**
 * `npm pack` of a fresh clone, as a maintainer releases it: the clone borrows
 * this checkout's node_modules/ (the build tools), and prepack builds the
 * package into the clone's own dist/. Made once per run.
 */
export function packedTarball(): Packed {
  if (packed) return packed;
  const clone = cloneWorkTree('pack');
  symlinkSync(join(REPO, 'node_modules'), join(clone, 'node_modules'), 'dir');
  const destination = tempDir('tarball');
  const result = runOk('npm', ['pack', '--json', '--pack-destination', destination], clone);
  const [report] = JSON.parse(result.stdout) as Array<Omit<Packed, 'tarball'> & { filename: string }>;
  packed = {
    tarball: join(destination, report.filename),
    name: report.name,
    version: report.version,
    size: report.size,
    unpackedSize: report.unpackedSize,
    files: report.files.map(({ path, size }) => ({ path, size })),
  };
  return packed;
}

/** An empty project (a bare package.json) with `files` written into it. */
export function emptyProject(label: string): string {
  const dir = tempDir(label);
  runOk('npm', ['init', '--yes'], dir);
  return dir;
}

/** The folder `node_modules/.bin` of a project, first on PATH, as npx and npm scripts see it. */
export function pathWith(bin: string, env: Record<string, string> = cleanEnv()): Record<string, string> {
  return { ...env, PATH: `${bin}:${env.PATH ?? ''}` };
}

/** Copies this repository's examples/ (the README's Quick start drafts) into `dir`. */
export function copyExamples(dir: string): void {
  cpSync(join(REPO, 'examples'), join(dir, 'examples'), { recursive: true });
}
