/**
 * The CLI loads core/config only when a folder may hold a configuration
 * (cli/config.ts); without one it lints with the defaults directly. That must
 * never hide a configuration, nor change what a run without one reports.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES as CORE_NAMES } from '../../core/config/index.js';
import { CONFIG_FILE_NAMES } from '../../cli/config.js';
import { CHASER_EMAIL, candor, makeProject, parseJson, ruleIds } from './helpers.js';

const OFF: Record<string, string> = {
  '.candorrc': 'rules:\n  sales-pressure: off\n',
  '.candorrc.json': '{ "rules": { "sales-pressure": "off" } }\n',
  '.candorrc.yaml': 'rules:\n  sales-pressure: off\n',
  '.candorrc.yml': 'rules:\n  sales-pressure: off\n',
  'package.json': '{ "name": "drafts", "candor": { "rules": { "sales-pressure": "off" } } }\n',
};

describe('candor without configuration files', () => {
  const made: Array<() => void> = [];
  const project = (files: Record<string, string> = {}): string => {
    const { dir, cleanup } = makeProject(files);
    made.push(cleanup);
    return dir;
  };
  afterEach(() => made.splice(0).forEach((cleanup) => cleanup()));

  it('knows the configuration file names core/config discovers', () => {
    assert.deepEqual(CONFIG_FILE_NAMES, CORE_NAMES);
    assert.deepEqual(Object.keys(OFF), [...CORE_NAMES]);
  });

  it('finds every kind of configuration file, in the folder or above it', () => {
    for (const name of CORE_NAMES) {
      for (const at of ['', 'team/']) {
        const dir = project({ [`${at}${name}`]: OFF[name], 'team/drafts/chaser.email': CHASER_EMAIL });
        const run = candor(['-f', 'json', 'team/drafts/chaser.email'], { cwd: dir });
        assert.equal(run.status, 0, run.stderr);
        assert.ok(!ruleIds(parseJson(run.stdout)[0]).includes('sales-pressure'), `${at}${name}`);
      }
    }
  });

  it('reports what an empty configuration reports, --rule flags and their errors included', () => {
    const dir = project({ 'plain/chaser.email': CHASER_EMAIL, 'configured/.candorrc.json': '{}\n', 'configured/chaser.email': CHASER_EMAIL });
    for (const args of [['-f', 'json'], ['--rule', 'sales-pressure:error'], ['--rule', 'sales-presure:error'], ['--rule', 'x']]) {
      const plain = candor([...args, 'chaser.email'], { cwd: join(dir, 'plain') });
      const configured = candor([...args, 'chaser.email'], { cwd: join(dir, 'configured') });
      assert.deepEqual(
        { ...plain, stdout: plain.stdout.replaceAll('plain', 'configured') },
        configured,
        args.join(' '),
      );
    }
    const fromStdin = candor(['-f', 'json', '--stdin'], { cwd: join(dir, 'plain'), input: CHASER_EMAIL });
    assert.equal(fromStdin.status, 0, fromStdin.stderr);
    assert.ok(ruleIds(parseJson(fromStdin.stdout)[0]).includes('sales-pressure'));
  });

  it('a package.json without a "candor" field, or one that does not parse, is no configuration', () => {
    for (const pkg of ['{ "name": "drafts" }\n', '{ not json\n', '[]\n']) {
      const dir = project({ 'package.json': pkg, 'chaser.email': CHASER_EMAIL });
      const run = candor(['-f', 'json', 'chaser.email'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.ok(ruleIds(parseJson(run.stdout)[0]).includes('sales-pressure'), pkg);
    }
  });

  it('leaves anything else with a configuration name to core/config, which reports it', () => {
    const broken = candor(['chaser.email'], { cwd: project({ 'chaser.email': CHASER_EMAIL, '.candorrc.yaml': 'rules: [' }) });
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /^candor: \.candorrc\.yaml:\d+:\d+ /);
    const dir = project({ 'chaser.email': CHASER_EMAIL });
    mkdirSync(join(dir, '.candorrc'));
    const folder = candor(['chaser.email'], { cwd: dir });
    assert.equal(folder.status, 2);
    assert.match(folder.stderr, /^candor: /);
  });
});
