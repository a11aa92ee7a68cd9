import assert from 'node:assert/strict';
import { formatMessage, lint, type LintOptions } from '../../core/engine.js';
import { applyFixes, applyRewrites, fixText, MAX_FIX_PASSES } from '../../core/fix.js';
import type { Report, Rule, RuleMeta } from '../../core/rule.js';

function rule(meta: Partial<RuleMeta>, reports: (text: string) => Report[]): Rule {
  return {
    meta: {
      id: 'test-rule',
      description: 'test',
      docsUrl: 'https://example.test/rule',
      defaultSeverity: 'warning',
      fixable: false,
      hasSuggestions: false,
      messages: { found: 'Found `{{text}}`; do better' },
      ...meta,
    },
    check(ctx) {
      for (const report of reports(ctx.draft.source)) ctx.report(report);
    },
  };
}

const text = 'Act now. Act now.';
const at = (start: number, end: number, extra: Partial<Report> = {}): Report => ({
  messageId: 'found',
  data: { text: text.slice(start, end) },
  start,
  end,
  ...extra,
});

describe('engine', () => {
  it('fills rule id, severity and message from the template', () => {
    const [finding] = lint(text, { format: 'text', rules: [rule({}, () => [at(0, 7)])] });
    assert.deepEqual(
      { ruleId: finding?.ruleId, severity: finding?.severity, message: finding?.message },
      { ruleId: 'test-rule', severity: 'warning', message: 'Found `Act now`; do better' },
    );
  });

  it('applies configured severities and turns rules off', () => {
    const r = rule({}, () => [at(0, 7)]);
    const run = (setting: 'off' | 'info' | 'warn' | 'error'): LintOptions => ({ format: 'text', rules: [r], config: { rules: { 'test-rule': setting } } });
    assert.equal(lint(text, run('error'))[0]?.severity, 'error');
    assert.equal(lint(text, run('info'))[0]?.severity, 'info');
    assert.equal(lint(text, run('warn'))[0]?.severity, 'warning');
    assert.deepEqual(lint(text, run('off')), []);
  });

  it('sorts findings and drops exact duplicates', () => {
    const findings = lint(text, { format: 'text', rules: [rule({}, () => [at(9, 16), at(0, 7), at(0, 7)])] });
    assert.deepEqual(findings.map((f) => f.start), [0, 9]);
  });

  it('refuses a fix from a rule that does not declare fixable (ESLint guard)', () => {
    const r = rule({}, () => [at(0, 7, { fix: { title: 't', edits: [{ start: 0, end: 7, text: 'x' }] } })]);
    assert.throws(() => lint(text, { format: 'text', rules: [r] }), /does not declare meta.fixable/);
  });

  it('refuses suggestions without hasSuggestions, unknown message ids and bad ranges', () => {
    assert.throws(() => lint(text, { format: 'text', rules: [rule({}, () => [at(0, 7, { suggestions: [{ title: 't', edits: [] }] })])] }), /hasSuggestions/);
    assert.throws(() => lint(text, { format: 'text', rules: [rule({}, () => [{ messageId: 'nope', start: 0, end: 1 }])] }), /unknown messageId "nope"/);
    assert.throws(() => lint(text, { format: 'text', rules: [rule({}, () => [at(5, 99)])] }), /invalid range/);
    assert.throws(() => lint(text, { format: 'text', rules: [rule({}, () => [at(7, 5)])] }), /invalid range/);
  });

  it('isolates a rule that throws when onRuleError is given', () => {
    const broken: Rule = { ...rule({ id: 'broken' }, () => []), check: () => { throw new Error('boom'); } };
    const errors: string[] = [];
    const findings = lint(text, { format: 'text', rules: [broken, rule({}, () => [at(0, 7)])], onRuleError: (id, error) => errors.push(`${id}: ${(error as Error).message}`) });
    assert.deepEqual(errors, ['broken: boom']);
    assert.equal(findings.length, 1);
  });

  it('never flags an allowed term', () => {
    const findings = lint(text, { format: 'text', rules: [rule({}, () => [at(0, 7)])], config: { allow: ['act  NOW'] } });
    assert.deepEqual(findings, []);
  });

  it('never flags inside a longer allowed term, and only there', () => {
    const source = 'Last chance to register! Act now, last chance.';
    const r = rule({}, () => [at(0, 11), at(25, 32), at(34, 45)]);
    const findings = lint(source, { format: 'text', rules: [r], config: { allow: ['last  chance to REGISTER'] } });
    assert.deepEqual(findings.map((f) => [f.start, f.end]), [[25, 32], [34, 45]]);
  });

  it('leaves unknown placeholders visible in messages', () => {
    assert.equal(formatMessage('a {{x}} {{y}}', { x: '1' }), 'a 1 {{y}}');
  });
});

describe('applyFixes', () => {
  const replacing = (start: number, end: number, replacement: string): Report => at(start, end, { fix: { title: 'fix', edits: [{ start, end, text: replacement }] } });

  it('applies non-overlapping fixes and skips overlapping ones', () => {
    const { output, applied } = applyRewrites('abcdef', [
      { title: '1', edits: [{ start: 0, end: 2, text: 'X' }] },
      { title: '2', edits: [{ start: 1, end: 3, text: 'Y' }] },
      { title: '3', edits: [{ start: 4, end: 6, text: 'Z' }] },
    ]);
    assert.equal(output, 'XcdZ');
    assert.equal(applied, 2);
  });

  it('takes a multi-edit rewrite whole or not at all', () => {
    const { output } = applyRewrites('abcdef', [
      { title: '1', edits: [{ start: 0, end: 1, text: 'X' }] },
      { title: '2', edits: [{ start: 4, end: 5, text: 'Y' }, { start: 0, end: 1, text: 'Q' }] },
    ]);
    assert.equal(output, 'Xbcdef');
  });

  it('refuses two insertions at one point', () => {
    const { output } = applyRewrites('ab', [
      { title: '1', edits: [{ start: 1, end: 1, text: 'X' }] },
      { title: '2', edits: [{ start: 1, end: 1, text: 'Y' }] },
    ]);
    assert.equal(output, 'aXb');
  });

  it('re-lints between passes and stops after MAX_FIX_PASSES', () => {
    // A rule that always finds something new to fix: the fixer must stop.
    const endless = rule({ fixable: true }, (source) => [{ messageId: 'found', start: 0, end: 0, fix: { title: 'grow', edits: [{ start: 0, end: 0, text: 'x' }] } , data: { text: source.slice(0, 1) } }]);
    const result = fixText('a', { format: 'text', rules: [endless] });
    assert.equal(result.passes, MAX_FIX_PASSES);
    assert.equal(result.output, `${'x'.repeat(MAX_FIX_PASSES)}a`);
  });

  it('is idempotent and reports what remains', () => {
    const once = rule({ fixable: true }, (source) => (source.startsWith('Act now') ? [replacing(0, 7, 'Take your time')] : []));
    const first = fixText(text, { format: 'text', rules: [once] });
    assert.equal(first.output, 'Take your time. Act now.');
    assert.deepEqual(first.remaining, []);
    const second = applyFixes(first.output, first.remaining, { format: 'text', rules: [once] });
    assert.equal(second.output, first.output);
    assert.equal(second.applied, 0);
  });
});
