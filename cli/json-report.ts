/**
 * `--format json` written file by file. The report is one JSON array, and
 * `JSON.stringify` of an array is its elements' JSON joined by commas, so
 * each file's element is written as soon as the file is linted and the text
 * kept; the file's text, findings and what their rewrites are made from can
 * then go. Holding every file's results until the end kept about 20 MB more
 * alive when the report was made, in a run over the 10 MB benchmark corpus
 * (docs/performance.md, "Memory").
 *
 * The bytes are those of `formatJson` over all results, with ESLint's
 * `ruleId: null` for a directive's own finding (the formatter writes the
 * empty id).
 */
import type { LintResult } from '../core/format/index.js';
import { toJsonResult } from '../core/format/json.js';
import { DIRECTIVE_RULE_ID } from '../core/suppress.js';

export class JsonReport {
  private readonly elements: string[] = [];

  add(result: LintResult): void {
    const json = toJsonResult(result);
    for (const message of json.messages as Array<{ ruleId: string | null }>) {
      if (message.ruleId === DIRECTIVE_RULE_ID) message.ruleId = null;
    }
    this.elements.push(JSON.stringify(json));
  }

  toString(): string {
    return `[${this.elements.join(',')}]`;
  }
}
