import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CHASER_EMAIL, CLEAN_EMAIL, candor, makeProject, parseJson } from './helpers.js';

function assertOneLineUsageError(run: { status: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stdout, '');
  const lines = run.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0], /^candor: /);
  assert.match(lines[0], pattern);
  assert.ok(!/\n\s+at /.test(run.stderr), 'no stack trace');
}

describe('candor exit codes', () => {
  let project: ReturnType<typeof makeProject>;
  beforeEach(() => {
    project = makeProject({ 'clean.email': CLEAN_EMAIL, 'chaser.email': CHASER_EMAIL });
  });
  afterEach(() => project.cleanup());

  it('0 for a clean draft', () => {
    assert.equal(candor(['clean.email'], { cwd: project.dir }).status, 0);
  });

  it('0 for warnings only, 1 once a rule is raised to error with --rule', () => {
    assert.equal(candor(['chaser.email'], { cwd: project.dir }).status, 0);
    const run = candor(['--rule', 'sales-pressure:error', 'chaser.email'], { cwd: project.dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /error .*sales-pressure/);
    assert.match(run.stdout, /✖ \d+ problems \([1-9]\d* errors?, /);
  });

  it('--rule id:off silences a rule', () => {
    const run = candor(['-f', 'json', '--rule', 'sales-pressure:off', 'chaser.email'], { cwd: project.dir });
    assert.ok(parseJson(run.stdout)[0].messages.every((m) => m.ruleId !== 'sales-pressure'));
  });

  it('--max-warnings: within the limit 0, over it 1', () => {
    const json = candor(['-f', 'json', 'chaser.email'], { cwd: project.dir });
    const warnings = parseJson(json.stdout)[0].warningCount;
    assert.ok(warnings >= 3);
    assert.equal(candor(['--max-warnings', String(warnings), 'chaser.email'], { cwd: project.dir }).status, 0);
    const over = candor(['--max-warnings', String(warnings - 1), 'chaser.email'], { cwd: project.dir });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /too many warnings/);
    assert.equal(candor(['--max-warnings', '0', 'clean.email'], { cwd: project.dir }).status, 0);
  });

  it('--max-warnings still counts warnings hidden by --quiet', () => {
    const run = candor(['--quiet', '--max-warnings', '0', 'chaser.email'], { cwd: project.dir });
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
  });

  it('2 for a path that does not exist, in one line naming it', () => {
    assertOneLineUsageError(candor(['drafts/'], { cwd: project.dir }), /No files matching "drafts\/" were found\./);
  });

  it('2 when a directory or glob holds no drafts', () => {
    const empty = makeProject({ 'src/index.ts': 'export {};\n', 'logo.png': 'PNG' });
    try {
      assertOneLineUsageError(candor(['src'], { cwd: empty.dir }), /No files matching "src" were found\./);
      assertOneLineUsageError(candor([], { cwd: empty.dir }), /No files matching "\." were found\./);
      assertOneLineUsageError(candor(['**/*.md'], { cwd: empty.dir }), /No files matching "\*\*\/\*\.md" were found\./);
    } finally {
      empty.cleanup();
    }
  });

  it('2 when every file a directory or glob matches is ignored', () => {
    const ignored = makeProject({ '.candorignore': 'old/\n', 'old/q1.email': CHASER_EMAIL });
    try {
      assertOneLineUsageError(candor(['old'], { cwd: ignored.dir }), /All files matching "old" are ignored/);
      assertOneLineUsageError(candor(['old/*.email'], { cwd: ignored.dir }), /All files matching "old\/\*\.email" are ignored/);
      assert.equal(candor(['old/q1.email'], { cwd: ignored.dir }).status, 0, 'named explicitly, it is linted');
    } finally {
      ignored.cleanup();
    }
  });

  it('2 for an unknown rule id, with a suggestion', () => {
    assertOneLineUsageError(
      candor(['--rule', 'sales-presure:error', 'clean.email'], { cwd: project.dir }),
      /Unknown rule "sales-presure".*Did you mean "sales-pressure"\?/,
    );
    assertOneLineUsageError(
      candor(['--rule', 'assume-sale:warn', 'clean.email'], { cwd: project.dir }),
      /Did you mean "assume-the-sale"\?/,
    );
    assertOneLineUsageError(
      candor(['--rule', 'xyzzy:warn', 'clean.email'], { cwd: project.dir }),
      /Unknown rule "xyzzy".*Known rules: assume-the-sale, missing-apology-opener, sales-pressure/,
    );
  });

  it('2 for a bad severity, a bad --max-warnings, an unknown format or option', () => {
    assertOneLineUsageError(candor(['--rule', 'sales-pressure:loud', 'clean.email'], { cwd: project.dir }), /Invalid severity "loud"/);
    assertOneLineUsageError(candor(['--rule', 'sales-pressure', 'clean.email'], { cwd: project.dir }), /--rule expects/);
    assertOneLineUsageError(candor(['--max-warnings', 'many', 'clean.email'], { cwd: project.dir }), /max-warnings/);
    assertOneLineUsageError(candor(['--format', 'xml', 'clean.email'], { cwd: project.dir }), /xml.*stylish, json/);
    assertOneLineUsageError(candor(['--formt', 'json', 'clean.email'], { cwd: project.dir }), /unknown option '--formt'.*--format/);
    assertOneLineUsageError(candor(['--fix', '--fix-dry-run', 'clean.email'], { cwd: project.dir }), /cannot be used together/);
  });

  it('--version and --help exit 0', () => {
    const version = candor(['--version'], { cwd: project.dir });
    assert.equal(version.status, 0);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    assert.equal(version.stdout.trim(), pkg.version);
    const help = candor(['--help'], { cwd: project.dir });
    assert.equal(help.status, 0);
    for (const flag of ['--format', '--fix', '--fix-dry-run', '--stdin', '--stdin-filename', '--rule', '--max-warnings', '--quiet', '--no-color', '--output-file']) {
      assert.ok(help.stdout.includes(flag), `help mentions ${flag}`);
    }
  });
});
