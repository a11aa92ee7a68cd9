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
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ANNOTATIONS, baseEnv, EMOJI_EMAIL, loadAction, runAction } from './action-runner.js';
import { CLEAN_EMAIL, CLI, makeProject } from './helpers.js';

const REPO = resolve('.');

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
      const run = runAction(dir, { version: '0.1.0', paths: 'drafts/ notes.md' }, { extraPath: [stubDir] });
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
