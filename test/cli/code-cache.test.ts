/**
 * bin/candor.cjs loads dist/cli.cjs with the V8 code cache build.mjs writes
 * (dist/cli.cjs.cache). The cache may only make it start faster: with it,
 * without it, with another build's, or with one V8 rejects, `candor` prints the
 * same, exits the same and writes nothing next to the bundle. (`npm run build` first.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';
import { HEAP_GROWING_PERCENT } from '../../core/heap.js';
import { CHASER_EMAIL, CLEAN_EMAIL, makeProject, type CliRun } from './helpers.js';

const BIN = resolve('bin/candor.cjs');
const BUNDLE = resolve('dist/cli.cjs');
const CACHE = `${BUNDLE}.cache`;
const TAG = 'candor-code-cache-2';

function run(entry: string, args: string[], cwd: string, input = '', nodeArgs: string[] = []): CliRun {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['CI', 'FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS'].includes(key)) env[key] = value;
  }
  const result = spawnSync(process.execPath, [...nodeArgs, entry, ...args], { cwd, input, env, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs that cover the exit codes, both output streams, standard input and lazily loaded parts. */
const RUNS: Array<{ args: string[]; input?: string }> = [
  { args: ['chaser.email'] },
  { args: ['clean.email'] },
  { args: ['--max-warnings', '0', 'chaser.email'] },
  { args: ['-f', 'json', '.'] },
  { args: ['--stdin', '--stdin-filename', 'draft.md'], input: '# Hi\n\nJust checking in. Act now!\n' },
  { args: ['--stdin', '--fix'], input: CHASER_EMAIL },
  { args: ['--fix-dry-run', '--no-color', 'chaser.email'] },
  { args: ['missing.md'] },
  { args: ['--no-such-flag'] },
  { args: ['--rule', 'no-such-rule:error', 'chaser.email'] },
  { args: ['--version'] },
];

describe('bin/candor.cjs and the code cache', () => {
  let project: ReturnType<typeof makeProject>;
  beforeEach(() => {
    project = makeProject({ 'chaser.email': CHASER_EMAIL, 'clean.email': CLEAN_EMAIL });
  });
  afterEach(() => project.cleanup());

  it('the build wrote a cache for exactly this bundle, and this Node accepts it under the flags the bin sets', () => {
    assert.ok(existsSync(CACHE), 'dist/cli.cjs.cache (run npm run build)');
    const bundle = readFileSync(BUNDLE);
    const cache = readFileSync(CACHE);
    const headerEnd = cache.indexOf(10);
    assert.equal(cache.toString('latin1', 0, headerEnd), `${TAG} ${crc32(bundle).toString(16)}`);
    // V8 checks its flags against the cache's, so the check runs in a process
    // with the flags bin/candor.cjs sets (the heap-growing factor of core/heap.ts).
    const percent = /const HEAP_GROWING_PERCENT = (\d+);/.exec(readFileSync(BIN, 'utf8'))?.[1];
    assert.equal(Number(percent), HEAP_GROWING_PERCENT, 'bin/candor.cjs sets the factor core/heap.ts names');
    const check = `
      require('node:v8').setFlagsFromString('--heap-growing-percent=${percent}');
      const { readFileSync } = require('node:fs');
      const vm = require('node:vm');
      const cache = readFileSync(${JSON.stringify(CACHE)});
      const script = new vm.Script(require('node:module').wrap(readFileSync(${JSON.stringify(BUNDLE)}, 'utf8')), {
        filename: ${JSON.stringify(BUNDLE)},
        cachedData: cache.subarray(cache.indexOf(10) + 1),
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
      process.stdout.write(String(script.cachedDataRejected));`;
    const result = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
    assert.equal(result.stdout, 'false', result.stderr);
  });

  it('prints and exits exactly as the bundle run directly', () => {
    for (const { args, input } of RUNS) {
      const direct = run(BUNDLE, args, project.dir, input);
      assert.deepEqual(run(BIN, args, project.dir, input), direct, args.join(' '));
    }
    // Source maps on: the bin requires the bundle as Node would.
    const args = ['-f', 'json', 'chaser.email'];
    assert.deepEqual(run(BIN, args, project.dir, '', ['--enable-source-maps']), run(BUNDLE, args, project.dir));
  });

  it('without a cache, with another build’s, or with one V8 rejects, runs the same and writes nothing', () => {
    const copy = makeProject();
    try {
      mkdirSync(join(copy.dir, 'bin'));
      mkdirSync(join(copy.dir, 'dist'));
      copyFileSync(BIN, join(copy.dir, 'bin', 'candor.cjs'));
      copyFileSync(BUNDLE, join(copy.dir, 'dist', 'cli.cjs'));
      const cache = readFileSync(CACHE);
      const headerEnd = cache.indexOf(10);
      const data = cache.subarray(headerEnd + 1);
      const garbled = Buffer.from(data);
      garbled.fill(0x5a, 0, 64);
      const rejected = new vm.Script(Module.wrap(readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData: garbled });
      assert.equal(rejected.cachedDataRejected, true, 'V8 rejects the garbled data');
      const variants: Array<[string, Buffer | undefined]> = [
        ['no cache', undefined],
        ['another build’s cache', Buffer.concat([Buffer.from(`${TAG} ${(crc32(readFileSync(BUNDLE)) ^ 1).toString(16)}\n`), data])],
        ['no header', data],
        ['a cache V8 rejects', Buffer.concat([cache.subarray(0, headerEnd + 1), garbled])],
        ['an empty file', Buffer.alloc(0)],
      ];
      const bin = join(copy.dir, 'bin', 'candor.cjs');
      const cacheFile = join(copy.dir, 'dist', 'cli.cjs.cache');
      // Findings on stdout (exit 0), standard input, and a usage error on stderr (exit 2).
      const runs = [RUNS[0], RUNS[5], RUNS[8]];
      const direct = runs.map(({ args, input }) => run(BUNDLE, args, project.dir, input));
      for (const [name, content] of variants) {
        if (content) writeFileSync(cacheFile, content);
        const before = readdirSync(join(copy.dir, 'dist')).sort();
        runs.forEach(({ args, input }, i) => {
          assert.deepEqual(run(bin, args, project.dir, input), direct[i], `${name}: ${args.join(' ')}`);
        });
        assert.deepEqual(readdirSync(join(copy.dir, 'dist')).sort(), before, `${name}: nothing written into dist/`);
        if (content) assert.deepEqual(readFileSync(cacheFile), content, `${name}: the cache file is left as it was`);
      }
    } finally {
      copy.cleanup();
    }
  });
});
