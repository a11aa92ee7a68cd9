/**
 * The CI recipes run for real: action.yml's composite steps are executed in
 * order the way the runner does (bash -eo pipefail, inputs only through `env:`,
 * GITHUB_OUTPUT / GITHUB_PATH files, `if:` conditions, a failed step skipping
 * the rest), against the built CLI in a temporary workspace; `uses:` steps are
 * checked, not run. The pre-commit hooks' entries run with the file names
 * pre-commit would pass.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { CLEAN_EMAIL, CLI, makeProject } from './helpers.js';

/** The checkout the action runs from: the repository whose dist/cli.cjs the tests use. */
const ACTION_PATH = dirname(dirname(CLI));
const REPO = resolve('.');

const EMOJI_EMAIL =
  'Hi {{first_name}},\n\n🚀 Thanks for the demo on Tuesday. Once you sign the contract, we can act now.\n\nBest,\nDana\n';
const ANNOTATIONS =
  '::warning file=drafts/follow-up.email,line=3,col=36,endLine=3,endColumn=62,title=assume-the-sale::Presuming the sale with `Once you sign the contract`; turn it into a choice, such as "if you decide to go ahead"\n' +
  '::warning file=drafts/follow-up.email,line=3,col=71,endLine=3,endColumn=78,title=sales-pressure::Urgency `act now` pressures the prospect; let them decide on their own timeline\n';

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

interface ActionRun {
  steps: StepOutcome[];
  /** Whether the job would fail. */
  failed: boolean;
  outputs: Record<string, string>;
  step(name: string): StepOutcome;
}

function loadAction(): ActionFile {
  return parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as ActionFile;
}

/** Evaluates the expressions action.yml uses; anything else throws, so a new form needs this emulator taught. */
function evaluate(
  expression: string,
  context: { inputs: Record<string, string>; steps: Record<string, Record<string, string>> },
): string {
  const expr = expression.trim();
  const input = /^inputs\.([\w-]+)$/.exec(expr);
  if (input) {
    assert.ok(input[1] in context.inputs, `unknown input ${input[1]}`);
    return context.inputs[input[1]];
  }
  if (expr === 'github.action_path') return ACTION_PATH;
  const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
  if (output) return context.steps[output[1]]?.[output[2]] ?? '';
  const comparison = /^(\S+) == '([^']*)'$/.exec(expr);
  if (comparison) return String(evaluate(comparison[1], context) === comparison[2]);
  throw new Error(`the emulator does not know the expression: ${expr}`);
}

function substitute(text: string, context: Parameters<typeof evaluate>[1]): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, expr: string) => evaluate(expr, context));
}

function baseEnv(): Record<string, string> {
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

/** Runs action.yml's steps in `workspace` with `inputs` (defaults from action.yml). */
function runAction(workspace: string, given: Record<string, string>, extraPath: string[] = []): ActionRun {
  const action = loadAction();
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
      const context = { inputs, steps };
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
        ...baseEnv(),
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
        timeout: 60_000,
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
      Object.entries(action.outputs).map(([name, spec]) => [name, substitute(spec.value, { inputs, steps })]),
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

const LINT = 'Lint (pull-request annotations)';
const SARIF = 'SARIF report';
const UPLOAD = 'Upload SARIF to code scanning';
const RESULT = 'Result';

describe('action.yml (composite GitHub Action)', function () {
  this.timeout(120_000);

  it('declares its inputs with defaults and sets up Node 20', () => {
    const action = loadAction();
    assert.deepEqual(
      Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, spec.default])),
      { paths: '.', 'fail-on': 'error', sarif: 'false', version: '' },
    );
    const setupNode = action.runs.steps[0];
    assert.equal(setupNode.uses, 'actions/setup-node@v4');
    assert.equal(String(setupNode.with?.['node-version']), '20');
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    assert.equal(upload?.uses, 'github/codeql-action/upload-sarif@v3');
    assert.equal(upload?.if, "inputs.sarif == 'true'");
  });

  it('defaults: annotations for warnings, no SARIF, the job passes', () => {
    const { dir, cleanup } = makeProject({ 'drafts/follow-up.email': EMOJI_EMAIL, 'drafts/thanks.email': CLEAN_EMAIL });
    try {
      const run = runAction(dir, {});
      assert.equal(run.failed, false, JSON.stringify(run.steps, null, 2));
      assert.equal(run.step(LINT).stdout, ANNOTATIONS);
      assert.equal(run.step(SARIF).state, 'skipped');
      assert.equal(run.step(UPLOAD).state, 'skipped');
      assert.equal(run.step(RESULT).state, 'success');
      assert.match(run.step(RESULT).stdout, /Candor passed \(exit code 0, fail-on: error\)/);
      assert.equal(run.outputs['exit-code'], '0');
      assert.ok(!existsSync(join(dir, 'candor.sarif')));
    } finally {
      cleanup();
    }
  });

  it('fail-on: warning fails the job on warnings (--max-warnings 0), after annotating', () => {
    const { dir, cleanup } = makeProject({ 'drafts/follow-up.email': EMOJI_EMAIL });
    try {
      const run = runAction(dir, { 'fail-on': 'warning' });
      assert.equal(run.failed, true);
      assert.equal(run.step(LINT).state, 'success', 'the lint step records the result; the last step decides');
      assert.equal(run.step(LINT).stdout, ANNOTATIONS);
      assert.match(run.step(LINT).stderr, /too many warnings \(2; --max-warnings 0\)/);
      assert.equal(run.step(RESULT).status, 1);
      assert.match(run.step(RESULT).stdout, /^::error title=candor::Candor exited with 1 \(fail-on: warning\)/);
      assert.equal(run.outputs['exit-code'], '1');
    } finally {
      cleanup();
    }
  });

  it('fail-on: error fails on error findings; fail-on: never does not', () => {
    const files = { 'drafts/follow-up.email': EMOJI_EMAIL, '.candorrc.yaml': 'rules:\n  assume-the-sale: error\n' };
    for (const [failOn, shouldFail] of [
      ['error', true],
      ['never', false],
    ] as const) {
      const { dir, cleanup } = makeProject(files);
      try {
        const run = runAction(dir, { 'fail-on': failOn });
        assert.equal(run.failed, shouldFail, `fail-on ${failOn}: ${JSON.stringify(run.steps, null, 2)}`);
        assert.match(run.step(LINT).stdout, /^::error file=drafts\/follow-up.email,line=3,col=36,.*title=assume-the-sale::/m);
        assert.equal(run.outputs['exit-code'], '1');
        assert.equal(run.step(RESULT).state, shouldFail ? 'failure' : 'success');
      } finally {
        cleanup();
      }
    }
  });

  it('a usage error fails the job even with fail-on: never', () => {
    const { dir, cleanup } = makeProject({ 'a.email': CLEAN_EMAIL });
    try {
      const run = runAction(dir, { 'fail-on': 'never', paths: 'no-such-folder/' });
      assert.equal(run.failed, true);
      assert.equal(run.outputs['exit-code'], '2');
      assert.match(run.step(LINT).stderr, /candor: No files matching "no-such-folder\/" were found\./);
    } finally {
      cleanup();
    }
  });

  it('sarif: true writes a valid candor.sarif for several paths (a glob left to Candor) and uploads it', () => {
    const { dir, cleanup } = makeProject({
      'drafts/follow-up.email': EMOJI_EMAIL,
      'calls/intro.script': 'REP: Hi Sam.\nREP: If it helps, you can act now.\n',
      'landing/page.md': '# Offer\n\nThanks for reading.\n',
      'ignored/other.email': EMOJI_EMAIL,
    });
    try {
      const run = runAction(dir, { sarif: 'true', paths: 'drafts/\n  calls/*.script landing' });
      assert.equal(run.failed, false, JSON.stringify(run.steps, null, 2));
      assert.equal(run.step(SARIF).state, 'success');
      assert.deepEqual(run.step(UPLOAD).with, { sarif_file: 'candor.sarif', category: 'candor' });
      assert.equal(run.outputs['sarif-file'], 'candor.sarif');
      const log = JSON.parse(readFileSync(join(dir, 'candor.sarif'), 'utf8')) as {
        version: string;
        runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
      };
      assert.equal(log.version, '2.1.0');
      const uris = log.runs[0].results.map((result) => result.locations[0].physicalLocation.artifactLocation.uri);
      assert.deepEqual([...new Set(uris)], ['calls/intro.script', 'drafts/follow-up.email']);
      assert.equal(run.step(LINT).stdout.split('\n').filter(Boolean).length, uris.length);
    } finally {
      cleanup();
    }
  });

  it('version: runs that release with npx --yes (npx stubbed), never the checked-out copy', () => {
    const { dir, cleanup } = makeProject({ 'a.email': CLEAN_EMAIL });
    const stubDir = mkdtempSync(join(tmpdir(), 'candor-npx-'));
    try {
      const record = join(stubDir, 'args');
      writeFileSync(join(stubDir, 'npx'), `#!/usr/bin/env bash\nprintf '%s\\n' "$@" >> '${record}'\n`);
      chmodSync(join(stubDir, 'npx'), 0o755);
      const run = runAction(dir, { version: '0.1.0', paths: 'drafts/ notes.md' }, [stubDir]);
      assert.equal(run.failed, false, JSON.stringify(run.steps, null, 2));
      assert.deepEqual(readFileSync(record, 'utf8').trimEnd().split('\n'), [
        '--yes',
        'candor@0.1.0',
        '--format',
        'github',
        '--',
        'drafts/',
        'notes.md',
      ]);
    } finally {
      cleanup();
      rmSync(stubDir, { recursive: true, force: true });
    }
  });

  it('an unknown fail-on value stops at the first step', () => {
    const { dir, cleanup } = makeProject({ 'a.email': CLEAN_EMAIL });
    try {
      const run = runAction(dir, { 'fail-on': 'warnings' });
      assert.equal(run.failed, true);
      const setup = run.step('Choose the candor command');
      assert.equal(setup.status, 2);
      assert.match(setup.stdout, /::error title=candor::fail-on must be error, warning or never \(got "warnings"\)/);
      assert.equal(run.step(LINT).state, 'skipped');
    } finally {
      cleanup();
    }
  });
});

interface PreCommitHook {
  id: string;
  name: string;
  entry: string;
  language: string;
  types_or: string[];
  files: string;
  args?: string[];
}

function loadHooks(): PreCommitHook[] {
  return parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as PreCommitHook[];
}

/** Runs a hook as pre-commit does: entry, args, then the staged files its `files` pattern selects. */
function runHook(hook: PreCommitHook, cwd: string, staged: string[]): { status: number | null; stdout: string; stderr: string; files: string[] } {
  const files = staged.filter((file) => new RegExp(hook.files).test(file));
  const [command, ...entryArgs] = hook.entry.split(/\s+/);
  assert.equal(command, 'candor', 'the entry runs the package bin');
  const result = spawnSync(process.execPath, [CLI, ...entryArgs, ...(hook.args ?? []), ...files], {
    cwd,
    env: baseEnv(),
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, files };
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares candor and candor-fix as node hooks over drafts', () => {
    const hooks = loadHooks();
    assert.deepEqual(
      hooks.map((hook) => [hook.id, hook.entry, hook.language, hook.types_or.join(','), hook.files]),
      [
        ['candor', 'candor', 'node', 'markdown,text', '\\.(md|markdown|txt|email|eml|script)$'],
        ['candor-fix', 'candor --fix', 'node', 'markdown,text', '\\.(md|markdown|txt|email|eml|script)$'],
      ],
    );
  });

  it('candor: reports findings in the staged drafts; passes on warnings, fails on errors', () => {
    const [hook] = loadHooks();
    const { dir, cleanup } = makeProject({
      'drafts/follow-up.email': EMOJI_EMAIL,
      'notes.txt': CLEAN_EMAIL,
      'logo.png': 'not a draft',
    });
    try {
      const staged = ['drafts/follow-up.email', 'notes.txt', 'logo.png'];
      const run = runHook(hook, dir, staged);
      assert.deepEqual(run.files, ['drafts/follow-up.email', 'notes.txt']);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^drafts\/follow-up\.email$/m);
      assert.match(run.stdout, /2 problems \(0 errors, 2 warnings\)/);

      writeFileSync(join(dir, '.candorrc.yaml'), 'rules:\n  sales-pressure: error\n');
      const strict = runHook(hook, dir, staged);
      assert.equal(strict.status, 1);
      assert.match(strict.stdout, /1 error, 1 warning/);
    } finally {
      cleanup();
    }
  });

  it('candor-fix: rewrites the staged drafts with the safe fixes, then is a no-op', () => {
    const hook = loadHooks()[1];
    const { dir, cleanup } = makeProject({ 'drafts/follow-up.email': EMOJI_EMAIL });
    try {
      const first = runHook(hook, dir, ['drafts/follow-up.email']);
      assert.equal(first.status, 0, first.stderr);
      const fixed = readFileSync(join(dir, 'drafts/follow-up.email'), 'utf8');
      assert.notEqual(fixed, EMOJI_EMAIL);
      assert.ok(fixed.includes('🚀 Thanks for the demo on Tuesday. If you decide to go ahead'), fixed);
      const second = runHook(hook, dir, ['drafts/follow-up.email']);
      assert.equal(second.status, 0);
      assert.equal(readFileSync(join(dir, 'drafts/follow-up.email'), 'utf8'), fixed);
    } finally {
      cleanup();
    }
  });
});
