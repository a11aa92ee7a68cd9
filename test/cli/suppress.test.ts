import assert from 'node:assert/strict';
import { candor, makeProject, parseJson } from './helpers.js';

const PAGE = [
  '# Spring offer',
  '',
  '<!-- candor-disable-next-line sales-pressure -- the campaign name, approved by legal -->',
  'Act now before it is gone.',
  '',
  '<!-- candor-disable-next-line assume-the-sale -->',
  'Take the time you need.',
  '',
].join('\n');

describe('candor suppression comments', () => {
  let project: ReturnType<typeof makeProject>;
  beforeEach(() => {
    project = makeProject({ 'page.md': PAGE, 'note.txt': '<!-- candor-disable-file -->\nAct now before it is gone.\n' });
  });
  afterEach(() => project.cleanup());

  it('silence findings in markdown, and only in markdown', () => {
    const run = candor(['-f', 'json', 'page.md', 'note.txt'], { cwd: project.dir });
    const [note, page] = parseJson(run.stdout);
    assert.deepEqual(page.messages, []);
    assert.ok(note.messages.some((m) => m.ruleId === 'sales-pressure'), 'a plain-text draft has no comments');
  });

  it('--report-unused-disable-directives reports the directive that silenced nothing, ruleId null, as a warning', () => {
    const run = candor(['-f', 'json', '--report-unused-disable-directives', 'page.md'], { cwd: project.dir });
    const [page] = parseJson(run.stdout);
    assert.deepEqual(
      page.messages.map((m) => [m.ruleId, m.severity, m.line, m.message]),
      [[null, 1, 6, "Unused candor-disable directive (no problems were reported from 'assume-the-sale')"]],
    );
    assert.equal(page.warningCount, 1);
    assert.equal(run.status, 0);
    const strict = candor(['--report-unused-disable-directives', '--max-warnings', '0', 'page.md'], { cwd: project.dir });
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, /6:1 +warning +Unused candor-disable directive/);
    assert.equal(candor(['--max-warnings', '0', 'page.md'], { cwd: project.dir }).status, 0, 'not reported without the flag');
  });

  it('--fix leaves suppressed findings alone', () => {
    const run = candor(['--fix-dry-run', '-f', 'json', 'page.md'], { cwd: project.dir });
    assert.equal(parseJson(run.stdout)[0].output, undefined);
  });
});
