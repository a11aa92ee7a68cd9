import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHASER_EMAIL, CLEAN_EMAIL, candor, makeProject } from './helpers.js';

const DEBUG = { CANDOR_DEBUG_CACHE: '1' };

function cacheLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('candor: cache '))
    .map((line) => line.replace(/^candor: /, '').replace(/: .*\//, ': '))
    .sort();
}

describe('candor --cache', () => {
  let project: ReturnType<typeof makeProject>;
  beforeEach(() => {
    project = makeProject({ 'a.email': CHASER_EMAIL, 'b.email': CLEAN_EMAIL });
  });
  afterEach(() => project.cleanup());

  it('the second run reads every finding from the cache, with the same report', () => {
    const first = candor(['--cache', '.'], { cwd: project.dir, env: DEBUG });
    assert.deepEqual(cacheLines(first.stderr), ['cache miss: a.email', 'cache miss: b.email']);
    assert.ok(existsSync(join(project.dir, '.candorcache')));
    const second = candor(['--cache', '.'], { cwd: project.dir, env: DEBUG });
    assert.deepEqual(cacheLines(second.stderr), ['cache hit: a.email', 'cache hit: b.email']);
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.status, first.status);
  });

  it('a changed file, or a configuration change, invalidates', () => {
    candor(['--cache', '.'], { cwd: project.dir });
    writeFileSync(join(project.dir, 'b.email'), CHASER_EMAIL);
    assert.deepEqual(cacheLines(candor(['--cache', '.'], { cwd: project.dir, env: DEBUG }).stderr), ['cache hit: a.email', 'cache miss: b.email']);
    writeFileSync(join(project.dir, '.candorrc.yaml'), 'rules:\n  sales-pressure: error\n');
    const run = candor(['--cache', '.'], { cwd: project.dir, env: DEBUG });
    assert.deepEqual(cacheLines(run.stderr), ['cache miss: a.email', 'cache miss: b.email']);
    assert.equal(run.status, 1, 'the new configuration applies');
    assert.deepEqual(cacheLines(candor(['--cache', '--rule', 'sales-pressure:off', '.'], { cwd: project.dir, env: DEBUG }).stderr), [
      'cache miss: a.email',
      'cache miss: b.email',
    ]);
  });

  it('a corrupt cache file is ignored and rewritten; --cache-location picks the file', () => {
    writeFileSync(join(project.dir, 'my.cache'), '{ not json');
    const run = candor(['--cache', '--cache-location', 'my.cache', '.'], { cwd: project.dir, env: DEBUG });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(cacheLines(run.stderr), ['cache miss: a.email', 'cache miss: b.email']);
    assert.doesNotThrow(() => JSON.parse(readFileSync(join(project.dir, 'my.cache'), 'utf8')));
    assert.ok(!existsSync(join(project.dir, '.candorcache')));
    assert.deepEqual(cacheLines(candor(['--cache', '--cache-location', 'my.cache', '.'], { cwd: project.dir, env: DEBUG }).stderr), [
      'cache hit: a.email',
      'cache hit: b.email',
    ]);
  });
});
