import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHASER_EMAIL, candor, makeProject, parseJson } from './helpers.js';

const BODY = 'Hi {{first_name}},\n\nOnce you sign the contract, we can start.\n\nBest,\nDana\n';

describe('candor baseline', () => {
  let project: ReturnType<typeof makeProject>;
  beforeEach(() => {
    project = makeProject({ 'drafts/q3.email': BODY, 'drafts/chaser.email': CHASER_EMAIL });
  });
  afterEach(() => project.cleanup());
  const baselinePath = (): string => join(project.dir, 'candor-baseline.json');

  it('--baseline-update writes sorted, stable keys without line numbers; then the run is clean', () => {
    const update = candor(['--baseline-update', '--rule', 'assume-the-sale:error', '.'], { cwd: project.dir });
    assert.equal(update.status, 0, update.stderr);
    const text = readFileSync(baselinePath(), 'utf8');
    assert.ok(text.endsWith('}\n'));
    const data = JSON.parse(text) as { version: number; files: Record<string, Record<string, Record<string, number>>> };
    assert.deepEqual(Object.keys(data.files), ['drafts/chaser.email', 'drafts/q3.email']);
    const hashes = Object.keys(data.files['drafts/q3.email']['assume-the-sale']);
    assert.equal(hashes.length, 1);
    assert.match(hashes[0], /^[0-9a-f]{16}$/);
    candor(['--baseline-update', '.'], { cwd: project.dir });
    assert.equal(readFileSync(baselinePath(), 'utf8'), text, 'stable');

    const run = candor(['--rule', 'assume-the-sale:error', '.'], { cwd: project.dir });
    assert.equal(run.status, 0, 'baselined errors do not fail');
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /candor: \d+ problems hidden by the baseline/);
  });

  it('edits elsewhere keep it valid; a new finding (even a second copy of a phrase) is reported', () => {
    candor(['--baseline-update', '.'], { cwd: project.dir });
    const file = join(project.dir, 'drafts/q3.email');
    writeFileSync(file, BODY.replace('Hi {{first_name}},\n\n', 'Hi {{first_name}},\n\nThanks for the call.\n\nONCE YOU  SIGN THE CONTRACT, we can start.\n\n'));
    const run = candor(['-f', 'json', '--rule', 'assume-the-sale:error', 'drafts/q3.email'], { cwd: project.dir });
    assert.equal(run.status, 1);
    const messages = parseJson(run.stdout)[0].messages;
    assert.equal(messages.length, 1, JSON.stringify(messages));
    assert.equal(messages[0].ruleId, 'assume-the-sale');
  });

  it('--baseline-prune drops entries that match nothing any more', () => {
    candor(['--baseline-update', '.'], { cwd: project.dir });
    writeFileSync(join(project.dir, 'drafts/q3.email'), 'Hi {{first_name}},\n\nThanks for the call.\n\nBest,\nDana\n');
    const run = candor(['--baseline-prune', '.'], { cwd: project.dir });
    assert.equal(run.status, 0, run.stderr);
    const data = JSON.parse(readFileSync(baselinePath(), 'utf8')) as { files: Record<string, unknown> };
    assert.deepEqual(Object.keys(data.files), ['drafts/chaser.email']);
  });

  it('--baseline <path> reads and writes another file; a missing or broken one is an error', () => {
    assert.equal(candor(['--baseline', 'ci/base.json', '--baseline-update', '.'], { cwd: project.dir }).status, 0);
    assert.match(readFileSync(join(project.dir, 'ci/base.json'), 'utf8'), /"\.\.\/drafts\/q3\.email"/);
    const reused = candor(['--baseline', 'ci/base.json', '.'], { cwd: project.dir });
    assert.equal(reused.stdout, '');
    assert.match(reused.stderr, /hidden by the baseline \(ci\/base\.json\)/);
    const missing = candor(['--baseline', 'nope.json', '.'], { cwd: project.dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /baseline file nope\.json not found/);
    writeFileSync(baselinePath(), '{ nope');
    const broken = candor(['.'], { cwd: project.dir });
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /^candor: the baseline candor-baseline\.json is invalid: not valid JSON/);
  });
});
