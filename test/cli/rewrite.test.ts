/**
 * `candor rewrite` as a user runs it: the real CLI bundle as a child process.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHASER_EMAIL, CLEAN_EMAIL, candor, makeProject } from './helpers.js';

const REENGAGE =
  'Subject: Following up\r\n\r\nHi {{first_name}},\r\n\r\nJust checking in on the proposal I sent. Any update?\r\n\r\nOnly 3 spots left, so don\'t miss out.\r\n\r\nBest,\r\nDana\r\n';

describe('candor rewrite', function () {
  this.timeout(60_000);

  it('prints the rewritten draft, keeps merge tags, line endings and the signature, and changes no file', () => {
    const project = makeProject({ 'a.email': REENGAGE });
    try {
      const run = candor(['rewrite', 'a.email'], { cwd: project.dir });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^Subject: /);
      assert.ok(run.stdout.includes('Hi {{first_name}},\r\n'), run.stdout);
      assert.match(run.stdout, /I wanted to apologize/);
      assert.match(run.stdout, /on the proposal I sent/, 'the chase keeps what it was about');
      assert.doesNotMatch(run.stdout, /checking in|Any update|spots left|miss out/i);
      assert.ok(run.stdout.endsWith('Best,\r\nDana\r\n'), 'the signature stays');
      assert.doesNotMatch(run.stdout, /(?<!\r)\n/, 'CRLF line endings stay');
      assert.equal(readFileSync(join(project.dir, 'a.email'), 'utf8'), REENGAGE, 'nothing is written without --write');
      // Rewriting the rewrite changes nothing.
      const again = candor(['rewrite', '--stdin', '--stdin-filename', 'a.email'], { cwd: project.dir, input: run.stdout });
      assert.equal(again.stdout, run.stdout);
    } finally {
      project.cleanup();
    }
  });

  it('--write rewrites files in place; a clean draft keeps every byte', () => {
    const project = makeProject({ 'a.email': CHASER_EMAIL, 'clean.email': CLEAN_EMAIL });
    try {
      const run = candor(['rewrite', '--write', '.'], { cwd: project.dir });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /rewrote 1 of 2 drafts/);
      const rewritten = readFileSync(join(project.dir, 'a.email'), 'utf8');
      assert.notEqual(rewritten, CHASER_EMAIL);
      assert.doesNotMatch(rewritten, /checking in|once you sign|act now/i);
      assert.equal(readFileSync(join(project.dir, 'clean.email'), 'utf8'), CLEAN_EMAIL);
      const lint = candor(['a.email'], { cwd: project.dir });
      assert.equal(lint.status, 0);
      assert.doesNotMatch(lint.stdout, /sales-pressure|assume-the-sale|missing-apology-opener/);
    } finally {
      project.cleanup();
    }
  });

  it('--diff prints a unified diff; --stdin rewrites standard input to standard output', () => {
    const project = makeProject({ 'a.email': CHASER_EMAIL });
    try {
      const diff = candor(['rewrite', '--diff', 'a.email'], { cwd: project.dir });
      assert.equal(diff.status, 0, diff.stderr);
      assert.match(diff.stdout, /^--- a\/a\.email\n\+\+\+ b\/a\.email\n@@ /);
      assert.match(diff.stdout, /^-Just checking in/m);
      const stdin = candor(['rewrite', '--stdin', '--stdin-filename', 'draft.email'], { cwd: project.dir, input: CLEAN_EMAIL });
      assert.equal(stdin.status, 0);
      assert.equal(stdin.stdout, CLEAN_EMAIL);
    } finally {
      project.cleanup();
    }
  });

  it('leaves what a suppression comment silences', () => {
    const text = '<!-- candor-disable sales-pressure -->\nJust checking in on the proposal.\n';
    const project = makeProject({ 'a.md': text });
    try {
      const run = candor(['rewrite', 'a.md'], { cwd: project.dir });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, text);
    } finally {
      project.cleanup();
    }
  });

  it('usage errors exit 2 with one line', () => {
    const project = makeProject({ 'a.email': CHASER_EMAIL });
    try {
      for (const args of [['rewrite'], ['rewrite', '--write', '--diff', 'a.email'], ['rewrite', '--stdin', 'a.email'], ['rewrite', '--bogus', 'a.email'], ['rewrite', 'missing.email']]) {
        const run = candor(args, { cwd: project.dir });
        assert.equal(run.status, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
        assert.match(run.stderr, /^candor: .+\n$/, args.join(' '));
      }
    } finally {
      project.cleanup();
    }
  });
});
