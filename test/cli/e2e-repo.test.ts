/**
 * The whole workflow in a throwaway git repository, as a team adopts Candor:
 * init, a first lint, a baseline, new problems, a suppression comment, a
 * broken configuration, and a pull-request check with --diff-base.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { candor, makeProject, parseJson, type JsonResultShape } from './helpers.js';

const EMAIL = [
  'Subject: Northwind proposal',
  '',
  'Hi {{first_name}},',
  '',
  'Once you sign the contract, we can start in May.',
  '',
  'Thanks for the notes from Tuesday.',
  '',
  'Best,',
  'Dana',
  '',
].join('\n');

const PAGE = ['# Northwind for sales teams', '', 'Act now before the price goes up.', '', 'We answer every question within a day.', ''].join('\n');

function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

function messagesOf(results: JsonResultShape[], name: string): JsonResultShape['messages'] {
  return results.find((result) => result.filePath.endsWith(name))?.messages ?? [];
}

describe('candor in a git repository, end to end', () => {
  let project: ReturnType<typeof makeProject>;
  before(() => {
    project = makeProject({ 'drafts/proposal.txt': EMAIL, 'site/pricing.md': PAGE });
    git(project.dir, 'init', '-q');
    git(project.dir, 'config', 'user.email', 'dana@example.com');
    git(project.dir, 'config', 'user.name', 'Dana');
  });
  after(() => project.cleanup());
  const cwd = (): { cwd: string } => ({ cwd: project.dir });

  it('1. candor init writes the configuration', () => {
    const run = candor(['init'], cwd());
    assert.equal(run.status, 0, run.stderr);
    assert.ok(existsSync(join(project.dir, '.candorrc.yaml')));
    // The team reads .txt drafts as emails and fails CI on pressure.
    const config = readFileSync(join(project.dir, '.candorrc.yaml'), 'utf8')
      .replace('# formats:\n#   ".txt": email', 'formats:\n  ".txt": email')
      .replace(/ {2}sales-pressure: warn/, '  sales-pressure: error')
      .replace(/ {2}assume-the-sale: warn/, '  assume-the-sale: error');
    writeFileSync(join(project.dir, '.candorrc.yaml'), config);
    git(project.dir, 'add', '.');
    git(project.dir, 'commit', '-q', '-m', 'Drafts and the Candor configuration');
  });

  it('2. lint finds the problems in the committed drafts', () => {
    const run = candor(['-f', 'json'], cwd());
    assert.equal(run.status, 1, run.stderr);
    const results = parseJson(run.stdout);
    assert.ok(messagesOf(results, 'proposal.txt').some((m) => m.ruleId === 'assume-the-sale' && m.line === 5));
    assert.ok(messagesOf(results, 'pricing.md').some((m) => m.ruleId === 'sales-pressure' && m.line === 3));
  });

  it('3. --baseline-update accepts them; lint is then clean', () => {
    const update = candor(['--baseline-update'], cwd());
    assert.equal(update.status, 0, update.stderr);
    assert.match(update.stderr, /wrote candor-baseline\.json/);
    const run = candor([], cwd());
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /problems? hidden by the baseline/);
    git(project.dir, 'add', 'candor-baseline.json');
    git(project.dir, 'commit', '-q', '-m', 'Candor baseline');
  });

  it('4. a new problem added to a file is reported', () => {
    writeFileSync(join(project.dir, 'drafts/proposal.txt'), EMAIL.replace('Thanks for the notes from Tuesday.', 'Only 3 spots left this quarter.'));
    const run = candor(['-f', 'json'], cwd());
    assert.equal(run.status, 1);
    const messages = messagesOf(parseJson(run.stdout), 'proposal.txt');
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.line]),
      [['sales-pressure', 7]],
    );
  });

  it('5. a disable comment with a reason silences one finding in the markdown', () => {
    const page = PAGE.replace(
      'We answer every question within a day.',
      '<!-- candor-disable-next-line sales-pressure -- the name of the spring campaign, approved -->\nHurry, only 3 spots left.\n\nHurry, only 3 spots left.',
    );
    writeFileSync(join(project.dir, 'site/pricing.md'), page);
    const run = candor(['-f', 'json', 'site/pricing.md'], cwd());
    const lines = messagesOf(parseJson(run.stdout), 'pricing.md').map((m) => m.line);
    assert.ok(!lines.includes(6), `line 6 is silenced: ${lines.join()}`);
    assert.ok(lines.includes(8), 'the same phrase without a comment is reported');
    assert.equal(run.status, 1);
  });

  it('6. a broken configuration exits 2 naming file:line:column', () => {
    const path = join(project.dir, '.candorrc.yaml');
    const good = readFileSync(path, 'utf8');
    const broken = good.replace(/ {2}sales-pressure: error/, '  sales-pressure: loud');
    writeFileSync(path, broken);
    try {
      const run = candor([], cwd());
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      const line = broken.split('\n').findIndex((l) => l.includes('sales-pressure: loud')) + 1;
      const column = broken.split('\n')[line - 1].indexOf('loud') + 1;
      assert.equal(
        run.stderr,
        `candor: .candorrc.yaml:${line}:${column} rules.sales-pressure: Invalid severity "loud"; expected one of off, info, warn, error\n`,
      );
    } finally {
      writeFileSync(path, good);
    }
  });

  it('7. --diff-base HEAD reports only the changed lines', () => {
    git(project.dir, 'checkout', '-q', '--', 'site/pricing.md');
    // An empty baseline, so only --diff-base decides what is shown.
    writeFileSync(join(project.dir, 'baseline-free.json'), '{"version":1,"files":{}}\n');
    const full = parseJson(candor(['-f', 'json', '--baseline', 'baseline-free.json'], cwd()).stdout);
    assert.ok(messagesOf(full, 'proposal.txt').some((m) => m.line === 5), 'the unchanged line 5 has a finding');
    const run = candor(['-f', 'json', '--baseline', 'baseline-free.json', '--diff-base', 'HEAD'], cwd());
    assert.equal(run.status, 1, run.stderr);
    const results = parseJson(run.stdout);
    assert.deepEqual(
      messagesOf(results, 'proposal.txt').map((m) => [m.ruleId, m.line]),
      [['sales-pressure', 7]],
    );
    assert.deepEqual(messagesOf(results, 'pricing.md'), [], 'an unchanged file reports nothing');
  });
});
