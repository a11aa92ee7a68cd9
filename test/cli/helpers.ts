/**
 * Runs the real built CLI (dist/cli.cjs, `npm run build` first) as a child
 * process in throwaway directories. CANDOR_CLI points the tests at another
 * bundle of the same entry.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const CLI = resolve(process.env.CANDOR_CLI ?? 'dist/cli.cjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  input?: string | Buffer;
  env?: Record<string, string>;
}

/** Runs `node dist/cli.cjs …args` with colour off unless `env` turns it on. */
export function candor(args: string[], options: RunOptions): CliRun {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['CI', 'FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS'].includes(key)) env[key] = value;
  }
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: { ...env, ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary directory holding `files` (path → content); removed by `cleanup`. */
export function makeProject(files: Record<string, string | Buffer> = {}): { dir: string; cleanup: () => void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'candor-cli-')));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A cold email with three phrases any sane table flags. */
export const CHASER_EMAIL =
  'Hi {{first_name}},\n\nJust checking in on the proposal. Once you sign the contract, we can start. Act now.\n\nBest,\nDana\n';

/** A draft with nothing to flag. */
export const CLEAN_EMAIL =
  'Hi {{first_name}},\n\nThanks for the call on Tuesday. I wrote up the notes you asked for; they are attached.\n\nBest,\nDana\n';

/** A call script with one urgency phrase (warning by default). */
export const URGENT_SCRIPT = 'REP: Hi Sam, this is Dana from Northwind.\nREP: If it helps, you can act now.\nPROSPECT: Maybe.\n';

export interface JsonMessageShape {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface JsonResultShape {
  filePath: string;
  messages: JsonMessageShape[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
}

export function parseJson(stdout: string): JsonResultShape[] {
  return JSON.parse(stdout) as JsonResultShape[];
}

export function ruleIds(result: JsonResultShape): string[] {
  return result.messages.map((message) => message.ruleId);
}
