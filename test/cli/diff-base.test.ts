import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { candor, makeProject, parseJson } from './helpers.js';

function git(dir: string, ...args: string[]): void {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
}

const EMAIL = 'Hi {{first_name}},\n\nOnce you sign the contract, we can start.\n\nThanks for the call.\n\nBest,\nDana\n';

describe('candor --diff-base', () => {
  let project: ReturnType<typeof makeProject>;
  afterEach(() => project.cleanup());

  it('reports only findings on lines changed since the ref; untracked files count as changed', () => {
    project = makeProject({ 'q3.email': EMAIL });
    git(project.dir, 'init', '-q');
    git(project.dir, 'config', 'user.email', 'dana@example.com');
    git(project.dir, 'config', 'user.name', 'Dana');
    git(project.dir, 'add', '.');
    git(project.dir, 'commit', '-q', '-m', 'draft');
    writeFileSync(join(project.dir, 'q3.email'), EMAIL.replace('Thanks for the call.', 'Act now, seats are limited.'));
    writeFileSync(join(project.dir, 'new.email'), EMAIL);
    const all = parseJson(candor(['-f', 'json', '.'], { cwd: project.dir }).stdout);
    assert.ok(all.find((r) => r.filePath.endsWith('q3.email'))!.messages.some((m) => m.line === 3));
    const run = candor(['-f', 'json', '--diff-base', 'HEAD', '.'], { cwd: project.dir });
    assert.equal(run.status, 0, run.stderr);
    const results = parseJson(run.stdout);
    const q3 = results.find((r) => r.filePath.endsWith('q3.email'))!;
    assert.ok(q3.messages.length > 0);
    assert.deepEqual([...new Set(q3.messages.map((m) => m.line))], [5]);
    const fresh = results.find((r) => r.filePath.endsWith('new.email'))!;
    assert.ok(fresh.messages.some((m) => m.line === 3), 'an untracked file is changed throughout');
  });

  it('outside a git repository, or with an unknown ref, exits 2 with one clear line', () => {
    project = makeProject({ 'q3.email': EMAIL });
    const outside = candor(['--diff-base', 'HEAD', '.'], { cwd: project.dir, env: { GIT_CEILING_DIRECTORIES: project.dir } });
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /^candor: --diff-base needs a git repository, and .* is not inside one\.\n$/);
    git(project.dir, 'init', '-q');
    const unknown = candor(['--diff-base', 'no-such-branch', '.'], { cwd: project.dir });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^candor: --diff-base: "no-such-branch" is not a commit git knows/);
  });
});
