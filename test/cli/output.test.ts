import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHASER_EMAIL, CLEAN_EMAIL, candor, makeProject, parseJson, ruleIds } from './helpers.js';

const ESC = '\u001b[';

describe('candor output: stylish', () => {
  it('prints the path, one aligned row per finding and a summary', () => {
    const { dir, cleanup } = makeProject({ 'drafts/proposal.email': CHASER_EMAIL });
    try {
      const run = candor([], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
      const lines = run.stdout.split('\n');
      assert.ok(lines.includes('drafts/proposal.email'), run.stdout);
      assert.match(run.stdout, /^ +3:1 +warning +.*just checking in.* +sales-pressure$/im);
      assert.match(run.stdout, /^ +3:\d+ +warning +.*once you sign.* +assume-the-sale$/im);
      assert.match(run.stdout, /^ +3:\d+ +warning +.*act now.* +sales-pressure$/im);
      const summary = /✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)/.exec(run.stdout);
      assert.ok(summary, run.stdout);
      assert.equal(summary[2], '0');
      assert.equal(Number(summary[1]), Number(summary[3]));
      assert.ok(Number(summary[3]) >= 3);
      assert.match(run.stdout, /\d+ problems? fixable with --fix/);
      assert.ok(!run.stdout.includes(ESC), 'no colour when stdout is a pipe');
    } finally {
      cleanup();
    }
  });

  it('prints nothing for clean drafts', () => {
    const { dir, cleanup } = makeProject({ 'notes.email': CLEAN_EMAIL });
    try {
      const run = candor(['.'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, '');
    } finally {
      cleanup();
    }
  });

  it('sorts results by path', () => {
    const { dir, cleanup } = makeProject({ 'b.email': CHASER_EMAIL, 'a/z.md': CHASER_EMAIL, 'a.txt': CHASER_EMAIL });
    try {
      const run = candor(['.'], { cwd: dir });
      const paths = run.stdout.split('\n').filter((line) => /^\S/.test(line) && !line.startsWith('✖'));
      assert.deepEqual(paths, ['a.txt', 'a/z.md', 'b.email']);
    } finally {
      cleanup();
    }
  });

  it('colours with FORCE_COLOR, and NO_COLOR or --no-color gives no escape codes', () => {
    const { dir, cleanup } = makeProject({ 'a.email': CHASER_EMAIL });
    try {
      const coloured = candor(['a.email'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout;
      assert.ok(coloured.includes(`${ESC}4ma.email${ESC}24m`), 'the path is underlined');
      assert.ok(coloured.includes(`${ESC}33mwarning${ESC}39m`), 'warnings are yellow');
      const noColor = candor(['a.email'], { cwd: dir, env: { NO_COLOR: '1', CI: '1' } });
      assert.ok(noColor.stdout.includes('sales-pressure'));
      assert.ok(!noColor.stdout.includes(ESC), JSON.stringify(noColor.stdout));
      const flag = candor(['--no-color', 'a.email'], { cwd: dir, env: { FORCE_COLOR: '1' } });
      assert.ok(flag.stdout.includes('sales-pressure'));
      assert.ok(!flag.stdout.includes(ESC));
    } finally {
      cleanup();
    }
  });

  it('--quiet reports errors only', () => {
    const { dir, cleanup } = makeProject({ 'a.email': CHASER_EMAIL });
    try {
      const quiet = candor(['--quiet', 'a.email'], { cwd: dir });
      assert.equal(quiet.status, 0);
      assert.equal(quiet.stdout, '');
      const quietErrors = candor(['--quiet', '--rule', 'assume-the-sale:error', '-f', 'json', 'a.email'], { cwd: dir });
      assert.equal(quietErrors.status, 1);
      const [result] = parseJson(quietErrors.stdout);
      assert.deepEqual([...new Set(ruleIds(result))], ['assume-the-sale']);
      assert.ok(result.messages.every((message) => message.severity === 2));
      assert.equal(result.warningCount, 0);
    } finally {
      cleanup();
    }
  });

  it('--output-file writes the report there and nothing to stdout', () => {
    const { dir, cleanup } = makeProject({ 'a.email': CHASER_EMAIL });
    try {
      const run = candor(['-f', 'json', '-o', 'reports/candor.json', 'a.email'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
      const [result] = parseJson(readFileSync(join(dir, 'reports/candor.json'), 'utf8'));
      assert.equal(result.filePath, join(dir, 'a.email'));
      assert.ok(ruleIds(result).includes('sales-pressure'));
    } finally {
      cleanup();
    }
  });
});

describe('candor output: json', () => {
  it('has the ESLint shape exactly', () => {
    const { dir, cleanup } = makeProject({ 'proposal.email': CHASER_EMAIL, 'clean.email': CLEAN_EMAIL });
    try {
      const run = candor(['--format', 'json', '.'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const results = parseJson(run.stdout);
      assert.deepEqual(
        results.map((result) => result.filePath),
        [join(dir, 'clean.email'), join(dir, 'proposal.email')],
      );
      const [clean, proposal] = results;
      assert.deepEqual(clean, {
        filePath: join(dir, 'clean.email'),
        messages: [],
        errorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      });
      assert.deepEqual(Object.keys(proposal).sort(), [
        'errorCount',
        'filePath',
        'fixableErrorCount',
        'fixableWarningCount',
        'messages',
        'warningCount',
      ]);
      const chasing = proposal.messages.find((m) => m.ruleId === 'sales-pressure' && /just checking in/i.test(m.message));
      assert.ok(chasing, run.stdout);
      assert.deepEqual(
        { line: chasing.line, column: chasing.column, endLine: chasing.endLine, endColumn: chasing.endColumn, severity: chasing.severity },
        { line: 3, column: 1, endLine: 3, endColumn: 17, severity: 1 },
      );
      const sign = proposal.messages.find((m) => m.ruleId === 'assume-the-sale');
      assert.ok(sign?.fix, 'once you sign carries a fix');
      const phrase = 'Once you sign the contract';
      const start = CHASER_EMAIL.indexOf(phrase);
      assert.equal(sign.line, 3);
      assert.equal(sign.column, start - CHASER_EMAIL.indexOf('Just') + 1);
      assert.equal(sign.fix.range[0], start);
      assert.equal(sign.fix.range[1], start + phrase.length);
      assert.equal(typeof sign.fix.text, 'string');
      for (const message of proposal.messages) {
        const allowed = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fix', 'suggestions'];
        assert.ok(Object.keys(message).every((key) => allowed.includes(key)), JSON.stringify(message));
        for (const suggestion of message.suggestions ?? []) {
          assert.deepEqual(Object.keys(suggestion).sort(), ['desc', 'fix']);
          assert.equal(suggestion.fix.range.length, 2);
        }
      }
      assert.equal(proposal.warningCount, proposal.messages.length);
      assert.equal(proposal.errorCount, 0);
      assert.equal(proposal.fixableWarningCount, proposal.messages.filter((m) => m.fix).length);
    } finally {
      cleanup();
    }
  });

  it('counts columns in UTF-16 code units, 1-based, after an emoji', () => {
    const text = 'Spring launch\n\n🚀 Act now: the beta closes Friday.\n';
    const { dir, cleanup } = makeProject({ 'launch.txt': text });
    try {
      const run = candor(['-f', 'json', 'launch.txt'], { cwd: dir });
      const [result] = parseJson(run.stdout);
      const act = result.messages.find((m) => m.ruleId === 'sales-pressure' && /act now/i.test(m.message));
      assert.ok(act, run.stdout);
      // 🚀 is two UTF-16 code units, then a space: "Act" starts at index 3, column 4.
      assert.deepEqual([act.line, act.column, act.endLine, act.endColumn], [3, 4, 3, 11]);
    } finally {
      cleanup();
    }
  });

  it('error severity is 2 and counts as an error', () => {
    const { dir, cleanup } = makeProject({ 'a.email': CHASER_EMAIL });
    try {
      const run = candor(['-f', 'json', '--rule', 'sales-pressure:error', 'a.email'], { cwd: dir });
      assert.equal(run.status, 1);
      const [result] = parseJson(run.stdout);
      const pressure = result.messages.filter((m) => m.ruleId === 'sales-pressure');
      assert.ok(pressure.length >= 2);
      assert.ok(pressure.every((m) => m.severity === 2));
      assert.equal(result.errorCount, pressure.length);
      assert.equal(result.warningCount, result.messages.length - pressure.length);
    } finally {
      cleanup();
    }
  });

  it('info findings get severity 1 and count in neither count', () => {
    const { dir, cleanup } = makeProject({ 'a.email': CHASER_EMAIL });
    try {
      const run = candor(
        ['-f', 'json', '--rule', 'sales-pressure:info', '--rule', 'assume-the-sale:off', '--rule', 'missing-apology-opener:off', 'a.email'],
        { cwd: dir },
      );
      assert.equal(run.status, 0);
      const [result] = parseJson(run.stdout);
      assert.ok(result.messages.length >= 2);
      assert.ok(result.messages.every((m) => m.severity === 1 && m.ruleId === 'sales-pressure'));
      assert.equal(result.warningCount, 0);
      assert.equal(result.errorCount, 0);
    } finally {
      cleanup();
    }
  });
});
