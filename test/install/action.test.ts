/**
 * action.yml as a workflow runs it from a release tag: the action's checkout
 * has no dist/ (it is git-ignored), so the action runs candor from npm with
 * `npx --yes candor@<version>`. Here the release is the packed tarball, served
 * by a stand-in registry (test/install/registry.ts) with an empty npm cache, so
 * npx downloads and runs exactly what `npm publish` would put out. The steps'
 * shell scripts run with the inputs as environment (test/cli/action-runner.ts).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANNOTATIONS, EMOJI_EMAIL, runAction } from '../cli/action-runner.js';
import { waitFor } from '../server/lsp-client.js';
import { CLEAN_EMAIL, makeProject } from '../cli/helpers.js';
import { cleanEnv, cloneWorkTree, packedTarball, REPO, runOk, tempDir, type Packed } from './helpers.js';

const LINT = 'Lint (pull-request annotations)';
const SETUP = 'Choose the candor command';

describe("action.yml, with the packed package as candor's release on npm", function () {
  this.timeout(600_000);
  let pack: Packed;
  let registry: ChildProcessWithoutNullStreams;
  let requests: string[];
  let checkout: string;
  let env: () => Record<string, string>;

  before(async () => {
    pack = packedTarball();
    const upstream = runOk('npm', ['config', 'get', 'registry'], REPO).stdout.trim();
    registry = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'test/install/registry.ts'), pack.tarball, upstream], {
      cwd: REPO,
      stdio: 'pipe',
    });
    requests = [];
    let stderr = '';
    registry.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      let buffered = '';
      registry.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          const listening = /^listening (\S+)$/.exec(line);
          if (listening) resolve(listening[1]);
          else requests.push(line);
        }
      });
      registry.on('exit', (code) => reject(new Error(`the stand-in registry exited ${code}\n${stderr}`)));
    });
    // A release tag's checkout: the repository's files, no build.
    checkout = cloneWorkTree('action-checkout');
    assert.ok(!existsSync(join(checkout, 'dist')));
    // Each run starts with an empty npm cache, so npx fetches the release again.
    env = () => cleanEnv({ npm_config_registry: url, npm_config_cache: tempDir('npm-cache') });
  });

  after(() => {
    registry.stdin.end();
    registry.kill();
  });

  /** The registry's log reaches this process once its event loop runs again (the steps ran synchronously). */
  async function fetchedRelease(): Promise<void> {
    const tarball = `GET /candor/-/candor-${pack.version}.tgz`;
    await waitFor(`npx to have fetched ${tarball} (requests: ${requests.join(', ')})`, () => requests.includes(tarball), 10_000);
  }

  it('version left empty: the action runs the latest release with npx; annotations as the repository build gives them', async () => {
    const { dir, cleanup } = makeProject({ 'drafts/follow-up.email': EMOJI_EMAIL, 'drafts/thanks.email': CLEAN_EMAIL });
    try {
      requests.length = 0;
      const run = runAction(dir, {}, { actionPath: checkout, env: env(), stepTimeoutMs: 300_000 });
      assert.equal(run.failed, false, JSON.stringify(run.steps, null, 2));
      assert.equal(run.step(SETUP).state, 'success');
      assert.equal(run.step(LINT).stdout, ANNOTATIONS, run.step(LINT).stderr);
      assert.equal(run.outputs['exit-code'], '0');
      await fetchedRelease();
    } finally {
      cleanup();
    }
  });

  it("version: the package's version (docs/ci.md's recipes): SARIF written, fail-on: warning fails the job", async () => {
    const { dir, cleanup } = makeProject({ 'drafts/follow-up.email': EMOJI_EMAIL });
    try {
      requests.length = 0;
      const run = runAction(
        dir,
        { version: pack.version, sarif: 'true', 'fail-on': 'warning' },
        { actionPath: checkout, env: env(), stepTimeoutMs: 300_000 },
      );
      assert.equal(run.failed, true);
      assert.equal(run.outputs['exit-code'], '1');
      assert.equal(run.step(LINT).stdout, ANNOTATIONS);
      assert.match(run.step('Result').stdout, /^::error title=candor::Candor exited with 1 \(fail-on: warning\)/);
      assert.equal(run.outputs['sarif-file'], 'candor.sarif');
      const sarif = JSON.parse(readFileSync(join(dir, 'candor.sarif'), 'utf8')) as {
        version: string;
        runs: Array<{ tool: { driver: { version: string } }; results: unknown[] }>;
      };
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.runs[0].tool.driver.version, pack.version);
      assert.equal(sarif.runs[0].results.length, 2);
      await fetchedRelease();
    } finally {
      cleanup();
    }
  });

  it('every `candor@<version>` the README and docs/ci.md tell users to run is the version packed and run here', () => {
    for (const doc of ['README.md', 'docs/ci.md']) {
      const versions = [...readFileSync(join(REPO, doc), 'utf8').matchAll(/(?<![\w/-])candor@([\w.-]+)/g)].map((match) => match[1]);
      assert.ok(versions.length > 0, `${doc} names a version`);
      assert.deepEqual([...new Set(versions)], [pack.version], doc);
    }
  });
});
