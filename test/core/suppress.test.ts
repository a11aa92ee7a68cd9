import assert from 'node:assert/strict';
import { lint } from '../../core/engine.js';
import { applySuppressions, parseDirectives, unusedDirectiveFindings } from '../../core/suppress.js';

function suppress(text: string) {
  return applySuppressions(text, 'markdown', lint(text, { format: 'markdown' }));
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

describe('suppression comments (core/suppress)', () => {
  it('parses kind, rule list (comma or space separated) and the justification', () => {
    const [directive] = parseDirectives('<!-- candor-disable sales-pressure, assume-the-sale  x-rule -- quoting a customer -- verbatim -->\n', 'markdown');
    assert.equal(directive?.kind, 'disable');
    assert.deepEqual(directive?.rules, ['sales-pressure', 'assume-the-sale', 'x-rule']);
    assert.equal(directive?.justification, 'quoting a customer -- verbatim');
  });

  it('a directive without a list means every rule; text that is not a directive is ignored', () => {
    const directives = parseDirectives('<!-- candor-disable-file -->\n\n<!-- candor-disabled -->\n\n<!-- a note -->\n', 'markdown');
    assert.deepEqual(
      directives.map((d) => [d.kind, d.rules]),
      [['disable-file', []]],
    );
  });

  it('only markdown drafts carry directives', () => {
    assert.deepEqual(parseDirectives('<!-- candor-disable-file -->\nAct now.\n', 'email'), []);
    assert.deepEqual(parseDirectives('<!-- candor-disable-file -->\nAct now.\n', 'text'), []);
  });

  it('comments inside code fences and inline code are not directives', () => {
    const text = '```html\n<!-- candor-disable-file -->\n```\n\nWrite `<!-- candor-disable-file -->` to silence a page.\n\nAct now before it is gone.\n';
    assert.deepEqual(parseDirectives(text, 'markdown'), []);
    assert.ok(suppress(text).findings.some((f) => f.ruleId === 'sales-pressure'));
  });

  it('disable-next-line covers the next non-blank line only, for the rules named', () => {
    const text =
      '<!-- candor-disable-next-line sales-pressure -- a customer quote -->\n\nAct now before it is gone.\n\nAct now before it is gone.\n';
    const all = lint(text, { format: 'markdown' }).filter((f) => f.ruleId === 'sales-pressure');
    assert.ok(all.some((f) => lineOf(text, f.start) === 3) && all.some((f) => lineOf(text, f.start) === 5));
    const result = suppress(text);
    assert.ok(result.findings.every((f) => lineOf(text, f.start) !== 3));
    assert.ok(result.findings.some((f) => lineOf(text, f.start) === 5));
    assert.equal(result.suppressed[0]?.directive.justification, 'a customer quote');
    assert.deepEqual(result.unusedDirectives, []);
  });

  it('disable-next-line for another rule suppresses nothing and is unused', () => {
    const text = '<!-- candor-disable-next-line assume-the-sale -->\nAct now before it is gone.\n';
    const result = suppress(text);
    assert.ok(result.findings.some((f) => f.ruleId === 'sales-pressure'));
    assert.equal(result.unusedDirectives.length, 1);
    assert.equal(result.unusedDirectives[0]?.ruleId, 'assume-the-sale');
    const [finding] = unusedDirectiveFindings(result.unusedDirectives);
    assert.equal(finding?.message, "Unused candor-disable directive (no problems were reported from 'assume-the-sale')");
    assert.equal(finding?.severity, 'warning');
  });

  it('disable … enable covers the block between; enable of one rule after disable of all re-enables it', () => {
    const text = [
      'Act now before it is gone.',
      '',
      '<!-- candor-disable -->',
      '',
      'Act now before it is gone. Once you sign the contract, we start.',
      '',
      '<!-- candor-enable sales-pressure -->',
      '',
      'Act now before it is gone. Once you sign the contract, we start.',
      '',
      '<!-- candor-enable -->',
      '',
      'Once you sign the contract, we start.',
      '',
    ].join('\n');
    const kept = suppress(text).findings.map((f) => `${lineOf(text, f.start)}:${f.ruleId}`);
    assert.ok(kept.includes('1:sales-pressure'));
    assert.ok(!kept.some((k) => k.startsWith('5:')), kept.join());
    assert.ok(kept.includes('9:sales-pressure'));
    assert.ok(!kept.includes('9:assume-the-sale'));
    assert.ok(kept.includes('13:assume-the-sale'));
  });

  it('disable-file with a rule list silences those rules everywhere, wherever the comment is', () => {
    const text = 'Act now before it is gone. Once you sign the contract, we start.\n\n<!-- candor-disable-file assume-the-sale -->\n';
    const result = suppress(text);
    assert.ok(result.findings.every((f) => f.ruleId !== 'assume-the-sale'));
    assert.ok(result.findings.some((f) => f.ruleId === 'sales-pressure'));
  });

  it('disable-line covers its own line, also as inline HTML in a paragraph', () => {
    const text = 'Once you sign the contract, we start. <!-- candor-disable-line assume-the-sale -->\n\nOnce you sign the contract, we start.\n';
    const kept = suppress(text).findings.filter((f) => f.ruleId === 'assume-the-sale');
    assert.deepEqual(
      kept.map((f) => lineOf(text, f.start)),
      [3],
    );
  });

  it('offsets stay right after a BOM', () => {
    const text = '\uFEFF<!-- candor-disable-next-line -->\nAct now before it is gone.\n';
    const [directive] = parseDirectives(text, 'markdown');
    assert.equal(text.slice(directive.start, directive.end), '<!-- candor-disable-next-line -->');
  });
});
