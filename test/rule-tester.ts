/**
 * A RuleTester in the ESLint/textlint shape: a rule's valid/invalid table is its
 * specification. Expected ranges are written inline with `[|…|]` markers
 * (TypeScript fourslash style) instead of hand-counted offsets.
 */
import assert from 'node:assert/strict';
import { lint, type LintOptions } from '../core/engine.js';
import { applyFixes, applyRewrites } from '../core/fix.js';
import { LineIndex } from '../core/position.js';
import type { Rule } from '../core/rule.js';
import type { PhraseEntry } from '../core/phrase-types.js';
import type { Finding, Format } from '../core/types.js';

export interface ValidCase {
  text: string;
  format?: Format;
  filePath?: string;
  description?: string;
}

export interface InvalidCase extends ValidCase {
  /** The text after applying every fix (multi-pass); null asserts there is no fix. */
  output?: string | null;
  /** Expected suggestion outputs of the first finding, in order. */
  suggestions?: string[];
  /** Expected 1-based UTF-16 line/column of each finding's start, in order. */
  positions?: Array<{ line: number; column: number }>;
  /** Expected messageId-independent substring of the first finding's message. */
  message?: string;
}

export interface RuleTable {
  valid: Array<string | ValidCase>;
  invalid: Array<string | InvalidCase>;
}

/** Removes `[|` `|]` markers and returns the ranges they enclosed. */
export function parseMarkers(marked: string): { text: string; ranges: Array<[number, number]> } {
  let text = '';
  const ranges: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[|', i)) {
      if (open >= 0) throw new Error(`Nested [| in test case: ${marked}`);
      open = text.length;
      i++;
    } else if (marked.startsWith('|]', i)) {
      if (open < 0) throw new Error(`Unopened |] in test case: ${marked}`);
      ranges.push([open, text.length]);
      open = -1;
      i++;
    } else {
      text += marked[i];
    }
  }
  if (open >= 0) throw new Error(`Unclosed [| in test case: ${marked}`);
  return { text, ranges };
}

function optionsFor(rule: Rule, testCase: ValidCase): LintOptions {
  const options: LintOptions = { rules: [rule] };
  if (testCase.filePath) options.filePath = testCase.filePath;
  options.format = testCase.format ?? (testCase.filePath ? undefined : 'text');
  return options;
}

function describeFindings(text: string, findings: Finding[]): string {
  return findings.map((f) => `[${f.start},${f.end}) "${text.slice(f.start, f.end)}"`).join(', ') || 'none';
}

function title(testCase: ValidCase): string {
  const head = testCase.description ? `${testCase.description}: ` : '';
  return head + JSON.stringify(testCase.text.length > 90 ? `${testCase.text.slice(0, 87)}…` : testCase.text);
}

/** Registers one mocha `it` per case. */
export function runRuleTable(rule: Rule, table: RuleTable): void {
  const seen = new Set<string>();
  const once = (key: string): void => {
    if (seen.has(key)) throw new Error(`Duplicate test case: ${key}`);
    seen.add(key);
  };
  describe('valid', () => {
    for (const raw of table.valid) {
      const testCase: ValidCase = typeof raw === 'string' ? { text: raw } : raw;
      once(`valid:${testCase.format ?? ''}:${testCase.text}`);
      it(title(testCase), () => {
        const findings = lint(testCase.text, optionsFor(rule, testCase));
        assert.deepEqual(findings.length, 0, `expected no finding, got ${describeFindings(testCase.text, findings)}`);
      });
    }
  });
  describe('invalid', () => {
    for (const raw of table.invalid) {
      const testCase: InvalidCase = typeof raw === 'string' ? { text: raw } : raw;
      once(`invalid:${testCase.format ?? ''}:${testCase.text}`);
      const { text, ranges } = parseMarkers(testCase.text);
      if (ranges.length === 0) throw new Error(`Invalid case without a [|…|] marker: ${testCase.text}`);
      it(title(testCase), () => {
        const options = optionsFor(rule, testCase);
        const findings = lint(text, options);
        const actual = findings.map((f) => [f.start, f.end]);
        assert.deepEqual(actual, ranges, `findings ${describeFindings(text, findings)}`);
        for (const finding of findings) assert.equal(finding.ruleId, rule.meta.id);
        if (testCase.message) assert.ok(findings[0].message.includes(testCase.message), findings[0].message);
        if (testCase.positions) {
          const index = new LineIndex(text);
          const positions = findings.map((f) => {
            const p = index.positionAt(f.start);
            return { line: p.line + 1, column: p.character + 1 };
          });
          assert.deepEqual(positions, testCase.positions);
        }
        const hasFix = findings.some((f) => f.fix);
        if (testCase.output === undefined) {
          assert.ok(!hasFix, `the rule fixed the text: add an 'output' (got ${JSON.stringify(applyFixes(text, findings, options).output)})`);
        } else if (testCase.output === null) {
          assert.ok(!hasFix, 'expected no fix');
        } else {
          const fixed = applyFixes(text, findings, options);
          assert.equal(fixed.output, testCase.output);
          assert.equal(applyFixes(fixed.output, lint(fixed.output, options), options).output, fixed.output, 'fixing twice changed the text');
        }
        if (testCase.suggestions) {
          const outputs = findings[0].suggestions.map((s) => applyRewrites(text, [s]).output);
          assert.deepEqual(outputs, testCase.suggestions);
        }
      });
    }
  });
}

/** Examples are sentences (plain text), or whole emails when they open with a Subject line. */
function formatOf(text: string): Format {
  return /^Subject:/i.test(text) ? 'email' : 'text';
}

/** The examples of a table as one RuleTester table. */
export function tableOf(entries: readonly PhraseEntry[]): RuleTable {
  return {
    valid: entries.flatMap((entry) => entry.examples.valid.map((text) => ({ text, format: formatOf(text), description: entry.id }))),
    invalid: entries.flatMap((entry) =>
      entry.examples.invalid.map((example) =>
        typeof example === 'string'
          ? { text: example, format: formatOf(example), description: entry.id }
          : {
              text: example.text,
              format: example.format ?? formatOf(example.text),
              output: example.output,
              suggestions: example.suggestions,
              description: entry.id,
            },
      ),
    ),
  };
}
