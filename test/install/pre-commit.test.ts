/**
 * pre-commit's `language: node` install of this repository as a hook
 * repository, step for step (pre-commit/languages/node.py): in a fresh clone,
 * `npm install --include=dev --include=prod --ignore-prepublish --no-progress
 * --no-save`; `npm pack`, whose standard output pre-commit reads as the
 * tarball's file name; `npm install -g` of that tarball into the hook's own
 * prefix; then the clone's node_modules and the tarball are deleted. The
 * `candor` and `candor-fix` entries of .pre-commit-hooks.yaml then run from
 * that prefix's bin/ with the staged file names, as pre-commit runs them.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CHASER_EMAIL, CLEAN_EMAIL } from '../cli/helpers.js';
import { cleanEnv, cloneWorkTree, npmWarnings, REPO, run, runOk, tempDir, type Run } from './helpers.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  args?: string[];
}

describe("pre-commit's node install of the hook repository", function () {
  this.timeout(900_000);
  let prefix: string;
  let hookEnv: Record<string, string>;
  let localInstall: Run;
  let packOutput: Run;
  let globalInstall: Run;
  let tarballName: string;
  let keptTarball: string;
  let hooks: Hook[];

  before(() => {
    const clone = cloneWorkTree('pre-commit-repo');
    prefix = tempDir('pre-commit-env');
    // pre-commit's environment for the node hook (node.py get_env_patch).
    hookEnv = cleanEnv({
      NODE_VIRTUAL_ENV: prefix,
      NPM_CONFIG_PREFIX: prefix,
      npm_config_prefix: prefix,
      NODE_PATH: join(prefix, 'lib', 'node_modules'),
      PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}`,
    });
    localInstall = runOk(
      'npm',
      ['install', '--include=dev', '--include=prod', '--ignore-prepublish', '--no-progress', '--no-save'],
      clone,
      hookEnv,
    );
    packOutput = runOk('npm', ['pack'], clone, hookEnv);
    tarballName = packOutput.stdout.trim();
    globalInstall = runOk('npm', ['install', '-g', '--prefix', prefix, join(clone, tarballName)], clone, hookEnv);
    keptTarball = join(tempDir('pre-commit-tarball'), tarballName);
    copyFileSync(join(clone, tarballName), keptTarball);
    rmSync(join(clone, 'node_modules'), { recursive: true, force: true });
    rmSync(join(clone, tarballName));
    hooks = parse(readFileSync(join(clone, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  });

  /** Runs a hook as pre-commit does: its entry, its args, then the staged files its `files` pattern selects. */
  function runHook(id: string, cwd: string, staged: string[]): Run & { files: string[] } {
    const hook = hooks.find((candidate) => candidate.id === id);
    assert.ok(hook, `.pre-commit-hooks.yaml has a ${id} hook`);
    assert.equal(hook.language, 'node');
    const files = staged.filter((file) => new RegExp(hook.files).test(file));
    const [command, ...entryArgs] = hook.entry.split(/\s+/);
    return { ...run(command, [...entryArgs, ...(hook.args ?? []), ...files], cwd, hookEnv), files };
  }

  /** A repository with these files staged, as pre-commit sees it at commit time. */
  function stagedRepository(files: Record<string, string>): { dir: string; staged: string[] } {
    const dir = tempDir('pre-commit-project');
    runOk('git', ['init', '--quiet'], dir);
    for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
    runOk('git', ['add', '.'], dir);
    const staged = runOk('git', ['diff', '--cached', '--name-only'], dir).stdout.split('\n').filter(Boolean);
    return { dir, staged };
  }

  it('the local install builds the clone and prints no warning but the retired --ignore-prepublish', () => {
    const warnings = npmWarnings(localInstall.stderr).filter((line) => !/ignore-prepublish/.test(line));
    assert.deepEqual(warnings, [], localInstall.stderr);
    assert.doesNotMatch(localInstall.stderr, /install-scripts/);
  });

  it('npm pack prints nothing but the tarball name on standard output (pre-commit reads it as a path)', () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    assert.equal(tarballName, `candor-${version}.tgz`);
    assert.equal(packOutput.stdout, `${tarballName}\n`);
  });

  it('the global install is quiet, runs no install script, and puts candor and candor-language-server on the hook PATH', () => {
    assert.deepEqual(npmWarnings(globalInstall.stderr), [], globalInstall.stderr);
    assert.ok(existsSync(join(prefix, 'bin', 'candor')));
    assert.ok(existsSync(join(prefix, 'bin', 'candor-language-server')));
    const version = run('candor', ['--version'], prefix, hookEnv);
    assert.equal(version.status, 0, version.stderr);
  });

  it('the global install also passes under --strict-allow-scripts (the package carries no install script)', () => {
    // A global prefix that exists, as a user's does (npm's strict check cannot start from an empty folder).
    const strictPrefix = tempDir('strict-env');
    mkdirSync(join(strictPrefix, 'lib', 'node_modules'), { recursive: true });
    const strict = run('npm', ['install', '-g', '--strict-allow-scripts', '--prefix', strictPrefix, keptTarball], prefix, hookEnv);
    assert.equal(strict.status, 0, strict.stderr);
    assert.deepEqual(npmWarnings(strict.stderr), [], strict.stderr);
  });

  it('candor: reports the staged drafts (not the image), passes on warnings and fails on errors', () => {
    const { dir, staged } = stagedRepository({ 'chaser.email': CHASER_EMAIL, 'notes.txt': CLEAN_EMAIL, 'logo.png': 'PNG' });
    const result = runHook('candor', dir, staged);
    assert.deepEqual(result.files, ['chaser.email', 'notes.txt']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^chaser\.email$/m);
    assert.doesNotMatch(result.stdout, /notes\.txt/);
    assert.match(result.stdout, /✖ 4 problems \(0 errors, 4 warnings\)/);

    writeFileSync(join(dir, '.candorrc.yaml'), 'rules:\n  sales-pressure: error\n');
    const strict = runHook('candor', dir, staged);
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, /\(2 errors, 2 warnings\)/);
  });

  it('candor-fix: rewrites the staged drafts with the safe fixes, then leaves them as they are', () => {
    const { dir, staged } = stagedRepository({ 'chaser.email': CHASER_EMAIL });
    const first = runHook('candor-fix', dir, staged);
    assert.equal(first.status, 0, first.stderr);
    const fixed = readFileSync(join(dir, 'chaser.email'), 'utf8');
    assert.notEqual(fixed, CHASER_EMAIL);
    assert.ok(fixed.includes('If you decide to go ahead'), fixed);
    const second = runHook('candor-fix', dir, staged);
    assert.equal(second.status, 0, second.stderr);
    assert.equal(readFileSync(join(dir, 'chaser.email'), 'utf8'), fixed);
  });
});
