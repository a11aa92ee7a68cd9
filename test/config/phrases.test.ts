import assert from 'node:assert/strict';
import { join } from 'node:path';
import { resolveConfigSync, type ResolvedConfig } from '../../core/config/index.js';
import { lint } from '../../core/engine.js';
import { cleanup, configError, tree } from './helpers.js';

const CIRCLE_BACK = `phrases:
  - id: no-circle-back
    message: "Chasing phrase \`{{text}}\`; ask a real question instead"
    phrases: ["~circle back", "(just|) ~bump this"]
    rewrites: ["ask whether this is still a priority"]
    fix: "follow up"
    category: chasing
    examples:
      invalid:
        - "Circling back on my note."
        - "I [|circled back|] twice."
      valid:
        - "I won't circle back again."
`;

function flagged(resolved: ResolvedConfig, text: string, ruleId = 'no-circle-back'): string[] {
  return lint(text, { format: 'text', config: resolved.lint, rules: resolved.rules })
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => text.slice(finding.start, finding.end));
}

describe('config: custom phrase rules', () => {
  afterEach(cleanup);

  it('flags its phrases with every inflection of a ~verb, like the built-in rules', () => {
    const root = tree({ '.candorrc.yaml': CIRCLE_BACK });
    const resolved = resolveConfigSync(join(root, 'a.txt'), { stopDir: root });
    assert.deepEqual(
      flagged(resolved, 'I circle back. She circles back. We circled back. Circling back now. Just bumping this.'),
      ['circle back', 'circles back', 'circled back', 'Circling back', 'Just bumping this'],
    );
  });

  it('respects negation and quotation', () => {
    const root = tree({ '.candorrc.yaml': CIRCLE_BACK });
    const resolved = resolveConfigSync(join(root, 'a.txt'), { stopDir: root });
    assert.deepEqual(flagged(resolved, "I'm not going to circle back on this."), []);
    assert.deepEqual(flagged(resolved, 'Never write “circle back” in a first email.'), []);
    assert.deepEqual(flagged(resolved, 'I wanted to circle back on this.'), ['circle back']);
  });

  it('reports with its message, category, rewrites and fix; severity defaults to warning', () => {
    const root = tree({ '.candorrc.yaml': CIRCLE_BACK });
    const resolved = resolveConfigSync(join(root, 'a.txt'), { stopDir: root });
    const [finding] = lint('Circling back on this.', { format: 'text', config: resolved.lint, rules: resolved.rules }).filter(
      (f) => f.ruleId === 'no-circle-back',
    );
    assert.equal(finding?.message, 'Chasing phrase `Circling back`; ask a real question instead');
    assert.equal(finding?.severity, 'warning');
    assert.equal(finding?.category, 'chasing');
    assert.equal(finding?.fix?.edits[0]?.text, 'Follow up');
    assert.deepEqual(finding?.suggestions.map((s) => s.edits[0]?.text), ['Ask whether this is still a priority']);
  });

  it('takes its severity from the definition, and rules: overrides it (also from a nearer file)', () => {
    const root = tree({
      '.candorrc.yaml': CIRCLE_BACK.replace('category: chasing', 'category: chasing\n    severity: error'),
      'quiet/.candorrc.yaml': 'rules:\n  no-circle-back: off\n',
    });
    const loud = resolveConfigSync(join(root, 'a.txt'), { stopDir: root });
    assert.equal(loud.lint.rules?.['no-circle-back'], 'error');
    const quiet = resolveConfigSync(join(root, 'quiet/a.txt'), { stopDir: root });
    assert.equal(quiet.lint.rules?.['no-circle-back'], 'off');
    assert.deepEqual(flagged(quiet, 'Circling back.'), []);
  });

  it('a failing invalid example is a configuration error naming the rule and the example', async () => {
    const root = tree({
      '.candorrc.yaml': CIRCLE_BACK.replace('- "Circling back on my note."', '- "Touching base on my note."'),
    });
    const error = await configError(() => resolveConfigSync(join(root, 'a.txt'), { stopDir: root }));
    assert.match(error.message, /^Phrase rule "no-circle-back" does not flag its invalid example "Touching base on my note\."/);
    assert.deepEqual([error.file, error.line, error.column], [join(root, '.candorrc.yaml'), 10, 11]);
  });

  it('a flagged valid example is a configuration error naming the rule and the example', async () => {
    const root = tree({
      '.candorrc.yaml': CIRCLE_BACK.replace(`- "I won't circle back again."`, '- "I will circle back again."'),
    });
    const error = await configError(() => resolveConfigSync(join(root, 'a.txt'), { stopDir: root }));
    assert.match(error.message, /^Phrase rule "no-circle-back" flags "circle back" in its valid example "I will circle back again\."/);
    assert.deepEqual([error.line, error.column], [13, 11]);
  });

  it('a marked invalid example must be flagged at the marked text', async () => {
    const root = tree({ '.candorrc.yaml': CIRCLE_BACK.replace('I [|circled back|] twice.', '[|I|] circled back twice.') });
    const error = await configError(() => resolveConfigSync(join(root, 'a.txt'), { stopDir: root }));
    assert.match(error.message, /flags "circled back" in its invalid example .* not the marked text/);
  });

  it('a phrase id that is a built-in rule id is an error', async () => {
    const root = tree({ '.candorrc.yaml': CIRCLE_BACK.replace('id: no-circle-back', 'id: sales-pressure') });
    const error = await configError(() => resolveConfigSync(join(root, 'a.txt'), { stopDir: root }));
    assert.match(error.message, /"sales-pressure" is a built-in rule/);
    assert.deepEqual([error.line, error.column], [2, 9]);
  });

  it('a malformed pattern is an error at the phrase', async () => {
    const root = tree({ '.candorrc.yaml': CIRCLE_BACK.replace('"(just|) ~bump this"', '"(just ~bump this"') });
    const error = await configError(() => resolveConfigSync(join(root, 'a.txt'), { stopDir: root }));
    assert.match(error.message, /Unclosed "\("/);
    assert.deepEqual([error.line, error.column], [4, 31]);
  });

  it('a nearer definition of the same id replaces a farther one', () => {
    const root = tree({
      '.candorrc.yaml': CIRCLE_BACK,
      'team/.candorrc.yaml': `phrases:
  - id: no-circle-back
    message: "Don't \`{{text}}\`"
    phrases: ["~touch base"]
    examples: { invalid: ["Touching base."], valid: ["Circle back."] }
`,
    });
    const resolved = resolveConfigSync(join(root, 'team/a.txt'), { stopDir: root });
    assert.equal(resolved.rules.filter((rule) => rule.meta.id === 'no-circle-back').length, 1);
    assert.deepEqual(flagged(resolved, 'Circling back. Touching base.'), ['Touching base']);
  });
});
