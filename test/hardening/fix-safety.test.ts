/**
 * --fix safety: atomic writes (temporary file + rename), mode, BOM and every
 * line ending kept, unchanged files never written, a failed write reported
 * with the draft intact, and --stdin --fix writing nothing to disk.
 */
import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { CHASER_EMAIL, CLEAN_EMAIL, makeProject, parseJson } from '../cli/helpers.js';
import { NOBODY, hostile, isRoot, openTo } from './helpers.js';

const PAST = new Date('2001-02-03T04:05:06Z');

/** What --fix would write, from --fix-dry-run --format json (the draft's text, not bytes). */
function dryRunOutput(dir: string, name: string): string {
  const run = hostile(['--fix-dry-run', '--format', 'json', name], { cwd: dir });
  const output = parseJson(run.stdout)[0].output;
  assert.ok(output !== undefined, `${name} has nothing to fix`);
  return output;
}

function endings(bytes: Buffer): string[] {
  return [...bytes.toString('latin1').matchAll(/\r\n|\n|\r/g)].map((m) => JSON.stringify(m[0]));
}

describe('--fix safety', function () {
  this.timeout(60_000);
  let project: { dir: string; cleanup: () => void };
  afterEach(() => project?.cleanup());

  it('writes through a temporary file and a rename: new inode, no file left over, mode kept', () => {
    project = makeProject({ 'draft.email': CHASER_EMAIL, 'tool.script': 'REP: If it helps, you can act now.\n' });
    const expected = dryRunOutput(project.dir, 'draft.email');
    const file = join(project.dir, 'draft.email');
    chmodSync(file, 0o640);
    const before = statSync(file);
    const run = hostile(['--fix', 'draft.email'], { cwd: project.dir });
    assert.equal(run.stderr, '');
    const after = statSync(file);
    assert.equal(readFileSync(file, 'utf8'), expected);
    assert.notEqual(after.ino, before.ino, 'replaced by rename, not written in place');
    assert.equal(after.mode & 0o7777, 0o640);
    assert.deepEqual(readdirSync(project.dir).sort(), ['draft.email', 'tool.script']);
  });

  it('keeps the BOM and each line ending of a mixed CRLF/LF draft', () => {
    const text = 'Hi Sam,\r\n\nThanks for the call on Tuesday.\r\nOnce you sign the contract, we start.\n\r\nBest,\nDana\r\n';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    project = makeProject({ 'mixed.email': bytes });
    const expected = dryRunOutput(project.dir, 'mixed.email');
    hostile(['--fix', 'mixed.email'], { cwd: project.dir });
    const written = readFileSync(join(project.dir, 'mixed.email'));
    assert.deepEqual(written.subarray(0, 3), Buffer.from([0xef, 0xbb, 0xbf]));
    assert.notEqual(written[3], 0xef, 'one BOM, not two');
    assert.equal(written.subarray(3).toString('utf8'), expected);
    assert.notEqual(expected, text);
    assert.deepEqual(endings(written), endings(bytes));
  });

  it('never writes a file whose text does not change (mtime and inode stay)', () => {
    project = makeProject({ 'clean.email': CLEAN_EMAIL, 'unfixable.md': 'You can act now.\n' });
    const names = ['clean.email', 'unfixable.md'];
    const before = names.map((name) => {
      utimesSync(join(project.dir, name), PAST, PAST);
      return statSync(join(project.dir, name));
    });
    const run = hostile(['--fix', '--format', 'json', '.'], { cwd: project.dir });
    assert.equal(run.stderr, '');
    assert.equal(parseJson(run.stdout).find((r) => r.filePath.endsWith('unfixable.md'))!.warningCount, 1);
    names.forEach((name, i) => {
      const after = statSync(join(project.dir, name));
      assert.equal(after.mtimeMs, before[i].mtimeMs, name);
      assert.equal(after.ino, before[i].ino, name);
    });
  });

  it(`a draft in a directory it may not write to is reported, not half-written${isRoot ? ' (run as nobody)' : ''}`, () => {
    project = makeProject({ 'locked/draft.email': CHASER_EMAIL });
    const locked = join(project.dir, 'locked');
    openTo(project.dir);
    chmodSync(join(locked, 'draft.email'), 0o666); // the file is writable; the temporary file cannot be created
    chmodSync(locked, 0o555);
    try {
      const run = hostile(['--fix', '--format', 'json', 'locked/draft.email'], { cwd: project.dir, uid: NOBODY });
      assert.match(
        run.stderr,
        /^candor: warning: could not write locked\/draft\.email: EACCES: permission denied, open '[^']*\/locked\/\.draft\.email\.candor-[^']+\.tmp'\n$/,
      );
      assert.equal(run.status, 0);
      assert.equal(readFileSync(join(locked, 'draft.email'), 'utf8'), CHASER_EMAIL);
      assert.deepEqual(readdirSync(locked), ['draft.email']);
      const [result] = parseJson(run.stdout);
      const asItIs = parseJson(hostile(['--format', 'json', 'locked/draft.email'], { cwd: project.dir }).stdout)[0];
      assert.equal(result.output, undefined);
      assert.deepEqual(result.messages, asItIs.messages, 'the findings of the draft as it is');
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('a write that fails half-way (disk full) leaves the draft intact and no temporary file', () => {
    project = makeProject({ 'draft.email': CHASER_EMAIL });
    const run = hostile(['--fix', 'draft.email'], { cwd: project.dir, hooks: true, env: { HOSTILE_ACTION: 'fail-write' } });
    assert.equal(run.stderr.split('\n')[0], 'candor: warning: could not write draft.email: ENOSPC: no space left on device, write');
    assert.equal(readFileSync(join(project.dir, 'draft.email'), 'utf8'), CHASER_EMAIL);
    assert.deepEqual(readdirSync(project.dir), ['draft.email']);
  });

  it('--stdin --fix prints the fixed draft and writes nothing, not even to --stdin-filename', () => {
    project = makeProject({ 'draft.email': CHASER_EMAIL });
    const expected = dryRunOutput(project.dir, 'draft.email');
    const file = join(project.dir, 'draft.email');
    utimesSync(file, PAST, PAST);
    const before = statSync(file);
    const run = hostile(['--stdin', '--fix', '--stdin-filename', 'draft.email'], { cwd: project.dir, input: CHASER_EMAIL });
    assert.equal(run.stdout, expected);
    assert.equal(readFileSync(file, 'utf8'), CHASER_EMAIL);
    assert.equal(statSync(file).mtimeMs, before.mtimeMs);
    assert.deepEqual(readdirSync(project.dir), ['draft.email']);
  });
});
