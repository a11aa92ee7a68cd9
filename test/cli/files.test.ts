import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CHASER_EMAIL, candor, makeProject, parseJson } from './helpers.js';

function lintedPaths(args: string[], dir: string): string[] {
  const run = candor(['-f', 'json', ...args], { cwd: dir });
  assert.notEqual(run.status, 2, run.stderr);
  return parseJson(run.stdout).map((result) => result.filePath.slice(dir.length + 1));
}

describe('candor files', () => {
  it('walks directories for the draft extensions only', () => {
    const { dir, cleanup } = makeProject({
      'a.md': CHASER_EMAIL,
      'b.markdown': CHASER_EMAIL,
      'c.txt': CHASER_EMAIL,
      'd.email': CHASER_EMAIL,
      'e.eml': CHASER_EMAIL,
      'f.script': CHASER_EMAIL,
      'g.script.txt': CHASER_EMAIL,
      'deep/er/H.MD': CHASER_EMAIL,
      'notes.html': CHASER_EMAIL,
      'page.HTM': CHASER_EMAIL,
      'styles.css': '/* act now */\n',
      'code.ts': '// act now\n',
      'node_modules/pkg/readme.md': CHASER_EMAIL,
      'deep/node_modules/x.md': CHASER_EMAIL,
      '.git/info.md': CHASER_EMAIL,
    });
    try {
      assert.deepEqual(lintedPaths([], dir), [
        'a.md',
        'b.markdown',
        'c.txt',
        'd.email',
        'deep/er/H.MD',
        'e.eml',
        'f.script',
        'g.script.txt',
        'notes.html',
        'page.HTM',
      ]);
    } finally {
      cleanup();
    }
  });

  it('honours .gitignore, nested .gitignore and .candorignore', () => {
    const { dir, cleanup } = makeProject({
      '.gitignore': 'build/\n*.tmp.md\n',
      '.candorignore': 'archive/\n',
      'keep.md': CHASER_EMAIL,
      'draft.tmp.md': CHASER_EMAIL,
      'build/out.md': CHASER_EMAIL,
      'archive/2023.email': CHASER_EMAIL,
      'sub/.gitignore': 'private.md\n!keep.tmp.md\n',
      'sub/private.md': CHASER_EMAIL,
      'sub/public.md': CHASER_EMAIL,
      'sub/keep.tmp.md': CHASER_EMAIL,
      'sub/deeper/private.md': CHASER_EMAIL,
      'other/private.md': CHASER_EMAIL,
    });
    try {
      assert.deepEqual(lintedPaths(['.'], dir), ['keep.md', 'other/private.md', 'sub/keep.tmp.md', 'sub/public.md']);
      // Walking a subdirectory still applies the ignore files above it.
      assert.deepEqual(lintedPaths(['sub'], dir), ['sub/keep.tmp.md', 'sub/public.md']);
      // Globs pass through the same ignore files.
      assert.deepEqual(lintedPaths(['**/*.md'], dir), ['keep.md', 'other/private.md', 'sub/keep.tmp.md', 'sub/public.md']);
    } finally {
      cleanup();
    }
  });

  it('lints a file named explicitly whatever its extension or ignore files say', () => {
    const { dir, cleanup } = makeProject({
      '.gitignore': 'build/\n',
      '.candorignore': 'landing.html\n',
      'build/out.md': CHASER_EMAIL,
      'landing.html': 'Spring sale\n\nAct now: only a few seats remain.\n',
      'voicemail': 'REP: Hi Sam, just checking in about Thursday.\n',
    });
    try {
      const run = candor(['-f', 'json', 'build/out.md', 'landing.html', 'voicemail'], { cwd: dir });
      const results = parseJson(run.stdout);
      assert.deepEqual(
        results.map((result) => result.filePath),
        [join(dir, 'build/out.md'), join(dir, 'landing.html'), join(dir, 'voicemail')],
      );
      for (const result of results) assert.ok(result.messages.some((m) => m.ruleId === 'sales-pressure'), result.filePath);
    } finally {
      cleanup();
    }
  });

  it('skips a binary file with one warning and goes on', () => {
    const binary = Buffer.concat([Buffer.from('PK'), Buffer.alloc(16), Buffer.from('act now')]);
    const { dir, cleanup } = makeProject({ 'attachment.eml': binary, 'draft.email': CHASER_EMAIL });
    try {
      const run = candor(['-f', 'json', '.'], { cwd: dir });
      assert.equal(run.status, 0);
      assert.equal(run.stderr, 'candor: warning: skipped attachment.eml: binary file\n');
      assert.deepEqual(parseJson(run.stdout).map((r) => r.filePath), [join(dir, 'draft.email')]);
    } finally {
      cleanup();
    }
  });

  it('reads invalid UTF-8 with replacement characters', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' menu\n\nAct now, seats are going.\n')]);
    const { dir, cleanup } = makeProject({ 'latin1.txt': bytes });
    try {
      const run = candor(['-f', 'json', 'latin1.txt'], { cwd: dir });
      assert.equal(run.stderr, 'candor: warning: latin1.txt is not valid UTF-8; its invalid bytes are read as U+FFFD\n');
      const act = parseJson(run.stdout)[0].messages.find((m) => /act now/i.test(m.message));
      assert.ok(act, run.stdout);
      assert.deepEqual([act.line, act.column], [3, 1]);
    } finally {
      cleanup();
    }
  });

  it('lists a file once when two arguments name it', () => {
    const { dir, cleanup } = makeProject({ 'a.md': CHASER_EMAIL });
    try {
      assert.deepEqual(lintedPaths(['a.md', '.', '*.md'], dir), ['a.md']);
    } finally {
      cleanup();
    }
  });
});
