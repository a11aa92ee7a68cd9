/**
 * What a plain lint does not load (its start-up time is the benchmark's; these
 * tests only check the structure that keeps it short): Node's child_process,
 * which commander would load for executable subcommands (build.mjs gives it a
 * stand-in) and --diff-base needs, and fs/promises, which only configuration
 * discovery uses. (`npm run build` first.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHASER_EMAIL, makeProject } from './helpers.js';

const BIN = resolve('bin/candor.cjs');

/** The built-in modules a run loaded beyond what Node loads for an empty script, from a preload that lists them at exit. */
function builtinsLoaded(dir: string, args: string[], input = ''): string[] {
  const loaded = (entry: string, entryArgs: string[]): string[] => {
    const preload = join(dir, 'list-builtins.cjs');
    writeFileSync(
      preload,
      "process.on('exit', () => require('node:fs').writeSync(2, '\\nBUILTINS ' + JSON.stringify(process.moduleLoadList) + '\\n'));\n",
    );
    const result = spawnSync(process.execPath, ['--require', preload, entry, ...entryArgs], { cwd: dir, input, encoding: 'utf8', timeout: 30_000 });
    const line = result.stderr.split('\n').find((text) => text.startsWith('BUILTINS '));
    assert.ok(line, result.stderr);
    return (JSON.parse(line.slice('BUILTINS '.length)) as string[]).filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice(13));
  };
  const empty = join(dir, 'empty.cjs');
  writeFileSync(empty, '');
  const bare = new Set(loaded(empty, []));
  return loaded(BIN, args).filter((name) => !bare.has(name));
}

describe('what a CLI run loads', () => {
  let project: ReturnType<typeof makeProject>;
  beforeEach(() => {
    project = makeProject({ 'chaser.email': CHASER_EMAIL });
  });
  afterEach(() => project.cleanup());

  it('a lint of files or of standard input loads neither child_process nor fs/promises', () => {
    for (const [args, input] of [
      [['chaser.email'], ''],
      [['--stdin', '--stdin-filename', 'draft.md'], '# Hi\n\nJust checking in.\n'],
    ] as const) {
      const loaded = builtinsLoaded(project.dir, [...args], input);
      assert.ok(!loaded.includes('child_process'), `${args.join(' ')}: child_process`);
      assert.ok(!loaded.includes('internal/fs/promises'), `${args.join(' ')}: fs/promises`);
    }
  });

  it('a configuration file and --diff-base load what they need', () => {
    writeFileSync(join(project.dir, '.candorrc.yaml'), 'rules:\n  sales-pressure: error\n');
    assert.ok(builtinsLoaded(project.dir, ['chaser.email']).includes('internal/fs/promises'));
    assert.ok(builtinsLoaded(project.dir, ['--diff-base', 'HEAD', 'chaser.email']).includes('child_process'));
  });
});
