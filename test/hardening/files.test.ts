/**
 * Hostile files and runs: binary and invalid UTF-8 drafts, files over the size
 * limit, deep nesting and huge line counts, symbolic link loops, FIFOs,
 * unreadable and vanishing files, and a directory of 10,000 drafts. Every case
 * runs the built CLI (npm run build first) and asserts the exact warning, exit
 * code and results.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CHASER_EMAIL, CLEAN_EMAIL, makeProject, parseJson } from '../cli/helpers.js';
import { NOBODY, hostile, isRoot, openTo } from './helpers.js';

const NO_STACK = /Maximum call stack|RangeError|at .*cli\.cjs/;

describe('hostile files', function () {
  this.timeout(120_000);
  let project: { dir: string; cleanup: () => void };
  afterEach(() => project?.cleanup());

  describe('binary and invalid UTF-8', () => {
    it('skips a binary file (NUL byte) with one warning and lints the rest', () => {
      project = makeProject({
        'attachment.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x61, 0x63, 0x74, 0x20, 0x6e, 0x6f, 0x77]),
        'follow-up.email': CHASER_EMAIL,
      });
      const run = hostile(['--format', 'json', '.'], { cwd: project.dir });
      assert.equal(run.stderr, 'candor: warning: skipped attachment.md: binary file\n');
      assert.equal(run.status, 0);
      assert.deepEqual(
        parseJson(run.stdout).map((r) => r.filePath),
        [join(project.dir, 'follow-up.email')],
      );
    });

    it('reads invalid UTF-8 with U+FFFD and a warning, at the right columns', () => {
      project = makeProject({ 'latin1.md': Buffer.from('Caf\xe9 menu. You can act now.\n', 'latin1') });
      const run = hostile(['--format', 'json', 'latin1.md'], { cwd: project.dir });
      assert.equal(run.stderr, 'candor: warning: latin1.md is not valid UTF-8; its invalid bytes are read as U+FFFD\n');
      assert.equal(run.status, 0);
      const [result] = parseJson(run.stdout);
      assert.deepEqual(
        result.messages.map((m) => [m.ruleId, m.line, m.column]),
        [['sales-pressure', 1, 20]],
      );
    });

    it('--fix never rewrites invalid UTF-8, says so, and reports the findings', () => {
      const bytes = Buffer.concat([Buffer.from('Hi Sam,\n\nJust checking in. Once you sign the contract, we start.\n'), Buffer.from([0xff, 0xfe, 0x0a])]);
      project = makeProject({ 'draft.email': bytes });
      const run = hostile(['--fix', '--format', 'json', 'draft.email'], { cwd: project.dir });
      assert.equal(
        run.stderr,
        'candor: warning: not fixing draft.email: it is not valid UTF-8, and writing it would lose bytes\n',
      );
      assert.deepEqual(readFileSync(join(project.dir, 'draft.email')), bytes);
      const [result] = parseJson(run.stdout);
      assert.ok(result.messages.some((m) => m.ruleId === 'assume-the-sale'));
      assert.equal(result.output, undefined);
    });
  });

  describe('--max-file-size', () => {
    it('skips a file over 10 MB by default, without reading it, and lints the rest', () => {
      project = makeProject({ 'ok.email': CHASER_EMAIL });
      writeFileSync(join(project.dir, 'big.md'), '');
      truncateSync(join(project.dir, 'big.md'), 11 * 1024 * 1024); // sparse: no disk, no time
      const run = hostile(['--format', 'json', '.'], { cwd: project.dir });
      assert.equal(run.stderr, 'candor: warning: skipped big.md: 11534336 bytes is over the 10 MB limit (--max-file-size)\n');
      assert.equal(run.status, 0);
      assert.deepEqual(parseJson(run.stdout).map((r) => r.filePath), [join(project.dir, 'ok.email')]);
    });

    it('takes bytes or a unit, and reads a file up to the limit', () => {
      project = makeProject({ 'two-kb.md': `${'Plain words here. '.repeat(113)}act now\n`.padEnd(2048, '.') });
      assert.equal(readFileSync(join(project.dir, 'two-kb.md')).length, 2048);
      let run = hostile(['--max-file-size', '1kb', 'two-kb.md'], { cwd: project.dir });
      assert.equal(run.stderr, 'candor: warning: skipped two-kb.md: 2048 bytes is over the 1 KB limit (--max-file-size)\n');
      assert.equal(run.stdout, '');
      assert.equal(run.status, 0);
      run = hostile(['--max-file-size', '2047', 'two-kb.md'], { cwd: project.dir });
      assert.equal(run.stderr, 'candor: warning: skipped two-kb.md: 2048 bytes is over the 2047 bytes limit (--max-file-size)\n');
      run = hostile(['--max-file-size', '2048', '--format', 'json', 'two-kb.md'], { cwd: project.dir });
      assert.equal(run.stderr, '');
      assert.equal(parseJson(run.stdout)[0].warningCount, 1);
    });

    it('rejects a size it cannot read with exit code 2', () => {
      project = makeProject({ 'a.md': CLEAN_EMAIL });
      const run = hostile(['--max-file-size', 'ten', 'a.md'], { cwd: project.dir });
      assert.equal(run.status, 2);
      assert.equal(
        run.stderr,
        "candor: option '--max-file-size <size>' argument 'ten' is invalid. expected a size in bytes, or with a unit: 512kb, 10mb.\n",
      );
    });
  });

  describe('deep nesting and many lines', () => {
    it('10,000 nested block quotes: no stack overflow, the phrase inside is found', () => {
      project = makeProject({ 'quotes.md': `${'> '.repeat(10_000)}You can act now.\n` });
      // 2–6 s on a quiet machine: a loaded one must not reach the default 10 s budget and skip it.
      const run = hostile(['--format', 'json', '--time-budget', '120000', 'quotes.md'], { cwd: project.dir, timeout: 150_000 });
      assert.doesNotMatch(run.stderr, NO_STACK);
      assert.equal(run.stderr, '');
      assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}`);
      assert.deepEqual(parseJson(run.stdout)[0].messages.map((m) => [m.line, m.column]), [[1, 20_009]]);
    });

    it('10,000 nested list items: no stack overflow, and no quadratic parse', () => {
      // Past 100 levels the markers are blanked for the parser, so the text
      // that follows reads as indented text (core/segment/markdown.ts).
      project = makeProject({ 'list.md': `${'- '.repeat(10_000)}You can act now.\n` });
      const run = hostile(['--format', 'json', 'list.md'], { cwd: project.dir, timeout: 30_000 });
      assert.doesNotMatch(run.stderr, NO_STACK);
      assert.equal(run.status, 0);
      assert.deepEqual(parseJson(run.stdout)[0].messages, []);
    });

    it('a list one level deeper on every line (1 MB): read by lines, every phrase found at its column', () => {
      // remark-parse alone took 54 s on this shape; the parser is never given it (core/segment/markdown.ts, isHostileBlock).
      const lines: string[] = [];
      for (let size = 0, i = 0; size < 1024 * 1024; i++) {
        lines.push(`${'  '.repeat(i)}- You can act now.`);
        size += lines[i].length + 1;
      }
      project = makeProject({ 'stairs.md': `${lines.join('\n')}\n` });
      const run = hostile(['--format', 'json', 'stairs.md'], { cwd: project.dir });
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0);
      const found = parseJson(run.stdout)[0].messages.filter((m) => m.ruleId === 'sales-pressure');
      assert.deepEqual(
        found.map((m) => [m.line, m.column]),
        lines.map((_, i) => [i + 1, 2 * i + 11]),
      );
    });

    it('a file over --time-budget is skipped with one warning, and the run goes on', () => {
      project = makeProject({ 'a.md': 'You can act now.\n', 'loop.md': 'Hi Sam,\n\ncandor-test-loop\n', 'z.md': 'You can act now.\n' });
      const run = hostile(['--format', 'json', '--time-budget', '500', '.'], { cwd: project.dir, env: { CANDOR_TEST_LOOPING_RULE: '1' } });
      assert.equal(run.stderr, 'candor: warning: skipped loop.md: linting it took longer than 500 ms (--time-budget)\n');
      assert.equal(run.status, 0);
      assert.deepEqual(
        parseJson(run.stdout).map((r) => [r.filePath, r.warningCount]),
        [[join(project.dir, 'a.md'), 1], [join(project.dir, 'z.md'), 1]],
      );
    });

    it('100 nested list items: the phrase inside is found', () => {
      project = makeProject({ 'list.md': `${'- '.repeat(100)}You can act now.\n` });
      const run = hostile(['--format', 'json', 'list.md'], { cwd: project.dir });
      assert.equal(run.status, 0);
      assert.deepEqual(parseJson(run.stdout)[0].messages.map((m) => [m.line, m.column]), [[1, 209]]);
    });

    for (const ext of ['md', 'txt', 'email']) {
      it(`a 200,000-line .${ext} draft: every finding, at its line`, () => {
        const lines: string[] = [];
        for (let i = 1; i <= 200_000; i++) {
          lines.push(i % 20_000 === 0 ? 'If it helps, you can act now.' : i % 50 === 0 ? '' : `Line ${i} of the notes.`);
        }
        project = makeProject({ [`long.${ext}`]: `${lines.join('\n')}\n` });
        const run = hostile(['--format', 'json', `long.${ext}`], { cwd: project.dir });
        assert.doesNotMatch(run.stderr, NO_STACK);
        assert.equal(run.status, 0, run.stderr);
        const found = parseJson(run.stdout)[0].messages.filter((m) => m.ruleId === 'sales-pressure');
        assert.deepEqual(
          found.map((m) => [m.line, m.column]),
          Array.from({ length: 10 }, (_, k) => [(k + 1) * 20_000, 22]),
        );
      });
    }
  });

  describe('links, FIFOs, permissions, files that vanish', () => {
    it('a symbolic link loop: walked past, reported when named; a directory loop lints each draft once', () => {
      project = makeProject({ 'ok.md': 'You can act now.\n', 'sub/inner.md': CLEAN_EMAIL });
      symlinkSync('b.md', join(project.dir, 'a.md'));
      symlinkSync('a.md', join(project.dir, 'b.md'));
      symlinkSync('..', join(project.dir, 'sub', 'up'));
      let run = hostile(['--format', 'json', '.'], { cwd: project.dir });
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0);
      assert.deepEqual(
        parseJson(run.stdout).map((r) => r.filePath),
        [join(project.dir, 'ok.md'), join(project.dir, 'sub', 'inner.md')],
      );
      run = hostile(['--format', 'json', 'a.md', 'ok.md'], { cwd: project.dir });
      assert.equal(run.stderr, 'candor: warning: skipped a.md: symbolic link loop\n');
      assert.equal(run.status, 0);
      assert.deepEqual(parseJson(run.stdout).map((r) => r.filePath), [join(project.dir, 'ok.md')]);
    });

    it('a FIFO named on the command line is skipped, not waited on', () => {
      project = makeProject({ 'ok.md': CLEAN_EMAIL });
      execFileSync('mkfifo', [join(project.dir, 'pipe.md')]);
      const run = hostile(['--format', 'json', 'pipe.md', 'ok.md', '.'], { cwd: project.dir, timeout: 20_000 });
      assert.equal(run.stderr, 'candor: warning: skipped pipe.md: not a regular file\n');
      assert.equal(run.status, 0);
      assert.deepEqual(parseJson(run.stdout).map((r) => r.filePath), [join(project.dir, 'ok.md')]);
    });

    it(`a file it may not read is reported and the run goes on${isRoot ? ' (run as nobody)' : ''}`, () => {
      project = makeProject({ 'a.email': CHASER_EMAIL, 'secret.md': 'You can act now.\n', 'z.md': 'You can act now.\n' });
      openTo(project.dir);
      chmodSync(join(project.dir, 'a.email'), 0o644);
      chmodSync(join(project.dir, 'z.md'), 0o644);
      chmodSync(join(project.dir, 'secret.md'), 0o000);
      const run = hostile(['--format', 'json', '.'], { cwd: project.dir, uid: NOBODY });
      assert.equal(run.stderr, 'candor: warning: skipped secret.md: permission denied\n');
      assert.equal(run.status, 0);
      assert.deepEqual(
        parseJson(run.stdout).map((r) => r.filePath),
        [join(project.dir, 'a.email'), join(project.dir, 'z.md')],
      );
    });

    for (const [action, reason] of [
      ['unlink', 'no such file'],
      ['to-directory', 'is a directory'],
    ] as const) {
      it(`a file that ${action === 'unlink' ? 'is deleted' : 'becomes a directory'} between the walk and the read is reported`, () => {
        project = makeProject({ 'a.md': 'You can act now.\n', 'b.md': 'You can act now.\n', 'c.md': 'You can act now.\n' });
        const run = hostile(['--format', 'json', '.'], {
          cwd: project.dir,
          hooks: true,
          env: { HOSTILE_VICTIM: join(project.dir, 'b.md'), HOSTILE_ACTION: action },
        });
        assert.equal(run.stderr, `candor: warning: skipped b.md: ${reason}\n`);
        assert.equal(run.status, 0);
        assert.deepEqual(
          parseJson(run.stdout).map((r) => [r.filePath, r.warningCount]),
          [[join(project.dir, 'a.md'), 1], [join(project.dir, 'c.md'), 1]],
        );
      });
    }
  });

  it('a directory of 10,000 drafts: one result each', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) {
      files[`drafts/${String(i % 100).padStart(2, '0')}/${i}.md`] = i % 1000 === 0 ? 'You can act now.\n' : `Notes ${i}.\n`;
    }
    project = makeProject(files);
    mkdirSync(join(project.dir, 'drafts', 'empty'));
    const run = hostile(['--format', 'json', 'drafts'], { cwd: project.dir });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    const results = parseJson(run.stdout);
    assert.equal(results.length, 10_000);
    assert.equal(results.filter((r) => r.warningCount === 1).length, 10);
  });
});
