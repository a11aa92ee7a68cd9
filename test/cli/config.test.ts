import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHASER_EMAIL, candor, makeProject, parseJson, ruleIds } from './helpers.js';

const PAGE = '# Pricing\n\nAct now before it is gone.\n';

describe('candor with configuration files', () => {
  let project: ReturnType<typeof makeProject>;
  afterEach(() => project.cleanup());

  it('applies the nearest configuration per file (cascading), with --rule laid over it', () => {
    project = makeProject({
      '.candorrc.yaml': 'root: true\nrules:\n  sales-pressure: error\n',
      'calls/.candorrc.yaml': 'rules:\n  sales-pressure: off\n',
      'top.email': CHASER_EMAIL,
      'calls/inner.email': CHASER_EMAIL,
    });
    const run = candor(['-f', 'json', '.'], { cwd: project.dir });
    assert.equal(run.status, 1, run.stderr);
    const [inner, top] = parseJson(run.stdout);
    assert.ok(inner.filePath.endsWith('inner.email') && !ruleIds(inner).includes('sales-pressure'));
    assert.ok(top.messages.some((m) => m.ruleId === 'sales-pressure' && m.severity === 2));
    const relaxed = candor(['-f', 'json', '--rule', 'sales-pressure:warn', 'top.email'], { cwd: project.dir });
    assert.equal(relaxed.status, 0, relaxed.stderr);
    assert.ok(parseJson(relaxed.stdout)[0].messages.some((m) => m.ruleId === 'sales-pressure' && m.severity === 1));
  });

  it('skips files the configuration ignores when walking, lints them when named', () => {
    project = makeProject({
      '.candorrc.yaml': 'ignorePatterns: ["archive/"]\n',
      'archive/old.email': CHASER_EMAIL,
      'new.email': CHASER_EMAIL,
    });
    const walked = parseJson(candor(['-f', 'json', '.'], { cwd: project.dir }).stdout);
    assert.deepEqual(
      walked.map((r) => r.filePath),
      [join(project.dir, 'new.email')],
    );
    const named = candor(['-f', 'json', 'archive/old.email'], { cwd: project.dir });
    assert.ok(parseJson(named.stdout)[0].messages.length > 0);
    const onlyIgnored = candor(['archive'], { cwd: project.dir });
    assert.equal(onlyIgnored.status, 2);
    assert.match(onlyIgnored.stderr, /^candor: All files matching "archive" are ignored/);
  });

  it('walks extensions mapped in formats, and reads them in that format', () => {
    project = makeProject({
      '.candorrc.yaml': 'formats:\n  ".call": script\n',
      'intro.call': 'REP: Hi Sam, this is Dana.\nREP: If it helps, you can act now.\nPROSPECT: Act now, you say?\n',
      'notes.bin': 'act now',
    });
    const run = candor(['-f', 'json', '.'], { cwd: project.dir });
    assert.equal(run.status, 0, run.stderr);
    const results = parseJson(run.stdout);
    assert.deepEqual(
      results.map((r) => r.filePath),
      [join(project.dir, 'intro.call')],
    );
    // Read as a call script: the prospect's line is not linted.
    assert.deepEqual(
      results[0].messages.map((m) => m.line),
      [2],
    );
  });

  it('runs custom phrase rules, and --rule accepts their ids', () => {
    project = makeProject({
      '.candorrc.yaml': [
        'phrases:',
        '  - id: no-circle-back',
        '    message: "Chasing phrase `{{text}}`; ask a real question instead"',
        '    phrases: ["~circle back"]',
        '    examples:',
        '      invalid: ["Circling back on my last note."]',
        '      valid: ["We talked about the plan."]',
        '',
      ].join('\n'),
      'note.email': 'Hi Sam,\n\nCircling back on the plan we discussed.\n\nBest,\nDana\n',
    });
    const run = candor(['-f', 'json', 'note.email'], { cwd: project.dir });
    assert.ok(ruleIds(parseJson(run.stdout)[0]).includes('no-circle-back'), run.stdout + run.stderr);
    const off = candor(['-f', 'json', '--rule', 'no-circle-back:off', 'note.email'], { cwd: project.dir });
    assert.equal(off.status, 0, off.stderr);
    assert.ok(!ruleIds(parseJson(off.stdout)[0]).includes('no-circle-back'));
    const typo = candor(['--rule', 'no-circle-bak:off', 'note.email'], { cwd: project.dir });
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /Unknown rule "no-circle-bak" .*Did you mean "no-circle-back"\?/);
  });

  it('a configuration error exits 2 with one line file:line:column message', () => {
    project = makeProject({ '.candorrc.yaml': 'root: true\nrules:\n  sales-pressure: loud\n', 'a.email': CHASER_EMAIL });
    const run = candor(['a.email'], { cwd: project.dir });
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      'candor: .candorrc.yaml:3:19 rules.sales-pressure: Invalid severity "loud"; expected one of off, info, warn, error\n',
    );
  });

  it('--print-config prints the resolved configuration as JSON, with --rule applied', () => {
    project = makeProject({ '.candorrc.yaml': 'formats:\n  ".txt": email\nrules:\n  assume-the-sale: error\n' });
    const run = candor(['--print-config', 'drafts/q3.txt', '--rule', 'sales-pressure:off'], { cwd: project.dir });
    assert.equal(run.status, 0, run.stderr);
    const printed = JSON.parse(run.stdout) as { format: string; rules: Record<string, unknown>; sources: string[] };
    assert.equal(printed.format, 'email');
    assert.equal(printed.rules['assume-the-sale'], 'error');
    assert.equal(printed.rules['sales-pressure'], 'off');
    assert.deepEqual(printed.sources, [join(project.dir, '.candorrc.yaml')]);
  });

  it('candor init writes the starter configuration without prompting, and never overwrites', () => {
    project = makeProject({ 'a.email': CHASER_EMAIL });
    const first = candor(['init'], { cwd: project.dir });
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Wrote \.candorrc\.yaml/);
    const written = readFileSync(join(project.dir, '.candorrc.yaml'), 'utf8');
    assert.match(written, /^# yaml-language-server: \$schema=/);
    assert.equal(candor(['a.email'], { cwd: project.dir }).status, 0, 'the starter configuration is valid');
    writeFileSync(join(project.dir, '.candorrc.yaml'), '# mine\n');
    const again = candor(['init'], { cwd: project.dir });
    assert.equal(again.status, 2);
    assert.match(again.stderr, /^candor: \.candorrc\.yaml already exists here/);
    assert.equal(readFileSync(join(project.dir, '.candorrc.yaml'), 'utf8'), '# mine\n');
  });

  it('candor init refuses when package.json holds a "candor" field', () => {
    project = makeProject({ 'package.json': '{ "name": "x", "candor": { "rules": {} } }' });
    const run = candor(['init'], { cwd: project.dir });
    assert.equal(run.status, 2);
    assert.ok(!existsSync(join(project.dir, '.candorrc.yaml')));
  });

  it('a markdown page is linted with its configuration too', () => {
    project = makeProject({ '.candorrc.yaml': 'rules:\n  sales-pressure: off\n', 'page.md': PAGE });
    assert.deepEqual(parseJson(candor(['-f', 'json', 'page.md'], { cwd: project.dir }).stdout)[0].messages, []);
  });
});
