/**
 * Runs action.yml's composite steps the way the GitHub runner does (bash -eo
 * pipefail, inputs only through `env:`, GITHUB_OUTPUT / GITHUB_PATH files,
 * `if:` conditions, a failed step skipping the rest); `uses:` steps are
 * recorded, not run. Shared by the CI recipe tests (against the built CLI) and
 * the install tests (against the packed npm package).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { CLI } from './helpers.js';

/** A draft whose findings the action's annotations below show (the emoji is two UTF-16 code units). */
export const EMOJI_EMAIL =
  'Hi {{first_name}},\n\n🚀 Thanks for the demo on Tuesday. Once you sign the contract, we can start. Act now.\n\nBest,\nDana\n';
/** `--format github` for drafts/follow-up.email = EMOJI_EMAIL. */
export const ANNOTATIONS =
  '::warning file=drafts/follow-up.email,line=3,col=36,endLine=3,endColumn=62,title=assume-the-sale::Presuming the sale with `Once you sign the contract`; turn it into a choice, such as "if you decide to go ahead"\n' +
  '::warning file=drafts/follow-up.email,line=3,col=78,endLine=3,endColumn=85,title=sales-pressure::Urgency `Act now` pressures the prospect; let them decide on their own timeline\n';

/** The checkout the action runs from by default: the repository whose dist/cli.cjs the tests use. */
const ACTION_PATH = dirname(dirname(CLI));
const REPO = resolve('.');

interface ActionStep {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}

interface ActionFile {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

interface StepOutcome {
  name: string;
  state: 'success' | 'failure' | 'skipped' | 'not run (uses)';
  status?: number | null;
  stdout: string;
  stderr: string;
  with?: Record<string, string>;
}

export interface ActionRun {
  steps: StepOutcome[];
  /** Whether the job would fail. */
  failed: boolean;
  outputs: Record<string, string>;
  step(name: string): StepOutcome;
}

export function loadAction(actionPath = REPO): ActionFile {
  return parse(readFileSync(join(actionPath, 'action.yml'), 'utf8')) as ActionFile;
}

/** Evaluates the expressions action.yml uses; anything else throws, so a new form needs this emulator taught. */
function evaluate(
  expression: string,
  context: { inputs: Record<string, string>; steps: Record<string, Record<string, string>>; actionPath: string },
): string {
  const expr = expression.trim();
  const input = /^inputs\.([\w-]+)$/.exec(expr);
  if (input) {
    assert.ok(input[1] in context.inputs, `unknown input ${input[1]}`);
    return context.inputs[input[1]];
  }
  if (expr === 'github.action_path') return context.actionPath;
  const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
  if (output) return context.steps[output[1]]?.[output[2]] ?? '';
  const comparison = /^(\S+) == '([^']*)'$/.exec(expr);
  if (comparison) return String(evaluate(comparison[1], context) === comparison[2]);
  throw new Error(`the emulator does not know the expression: ${expr}`);
}

function substitute(text: string, context: Parameters<typeof evaluate>[1]): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, expr: string) => evaluate(expr, context));
}

export function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['CI', 'FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS'].includes(key)) env[key] = value;
  }
  return env;
}

function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  if (!existsSync(file)) return outputs;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

export interface ActionOptions {
  /** Folders on PATH before the steps run (as earlier steps of the job would add them). */
  extraPath?: string[];
  /** The action's checkout (`github.action_path`); default: this repository. */
  actionPath?: string;
  /** The environment every step starts from (default: this process's, without CI's variables). */
  env?: Record<string, string>;
  /** The longest a step may run. */
  stepTimeoutMs?: number;
}

/** Runs action.yml's steps in `workspace` with `inputs` (defaults from action.yml). */
export function runAction(workspace: string, given: Record<string, string>, options: ActionOptions = {}): ActionRun {
  const { extraPath = [], actionPath = ACTION_PATH, stepTimeoutMs = 60_000 } = options;
  const action = loadAction(actionPath);
  assert.equal(action.runs.using, 'composite');
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = String(spec.default ?? '');
  for (const [name, value] of Object.entries(given)) {
    assert.ok(name in inputs, `action.yml has no input ${name}`);
    inputs[name] = value;
  }
  const runner = mkdtempSync(join(tmpdir(), 'candor-runner-'));
  const githubPath: string[] = [...extraPath];
  const steps: Record<string, Record<string, string>> = {};
  const outcomes: StepOutcome[] = [];
  let failed = false;
  try {
    action.runs.steps.forEach((step, i) => {
      const context = { inputs, steps, actionPath };
      if (failed || (step.if !== undefined && evaluate(step.if, context) !== 'true')) {
        outcomes.push({ name: step.name, state: 'skipped', stdout: '', stderr: '' });
        return;
      }
      if (step.uses !== undefined) {
        const withInputs = Object.fromEntries(
          Object.entries(step.with ?? {}).map(([key, value]) => [key, substitute(String(value), context)]),
        );
        outcomes.push({ name: step.name, state: 'not run (uses)', stdout: '', stderr: '', with: withInputs });
        return;
      }
      assert.equal(step.shell, 'bash', `${step.name}: shell`);
      assert.ok(step.run !== undefined);
      assert.ok(!step.run.includes('${{'), `${step.name}: inputs reach the script only through env`);
      const script = join(runner, `step-${i}.sh`);
      writeFileSync(script, step.run);
      const outputFile = join(runner, `output-${i}`);
      const pathFile = join(runner, `path-${i}`);
      writeFileSync(outputFile, '');
      writeFileSync(pathFile, '');
      const env: Record<string, string> = {
        ...(options.env ?? baseEnv()),
        GITHUB_OUTPUT: outputFile,
        GITHUB_PATH: pathFile,
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: runner,
      };
      env.PATH = [...[...githubPath].reverse(), env.PATH ?? ''].join(delimiter);
      for (const [key, value] of Object.entries(step.env ?? {})) env[key] = substitute(String(value), context);
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd: workspace,
        env,
        encoding: 'utf8',
        timeout: stepTimeoutMs,
      });
      if (result.error) throw result.error;
      if (step.id !== undefined) steps[step.id] = readOutputs(outputFile);
      githubPath.push(...readFileSync(pathFile, 'utf8').split('\n').filter(Boolean));
      const ok = result.status === 0;
      outcomes.push({
        name: step.name,
        state: ok ? 'success' : 'failure',
        status: result.status,
        stdout: result.stdout,
        stderr: result.stderr,
      });
      if (!ok) failed = true;
    });
    const outputs = Object.fromEntries(
      Object.entries(action.outputs).map(([name, spec]) => [name, substitute(spec.value, { inputs, steps, actionPath })]),
    );
    return {
      steps: outcomes,
      failed,
      outputs,
      step(name) {
        const found = outcomes.find((outcome) => outcome.name === name);
        assert.ok(found, `no step named ${name}`);
        return found;
      },
    };
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

