/**
 * JUnit XML (`--format junit`) for CI test-report views (GitLab, Jenkins,
 * Azure Pipelines, CircleCI): one `<testsuite>` per file, one failing
 * `<testcase>` per finding (`type` is the rule id), and one passing testcase
 * for a file with no findings, so clean drafts show up as passed. Written by
 * hand; `escapeXml` is the only escaping.
 */
import { LineIndex } from '../position.js';
import { displayPath } from './stylish.js';
import type { Formatter } from './types.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for XML content and attribute values. Tab, LF and CR become
 * character references, so a parser does not fold them to spaces inside an
 * attribute; characters XML 1.0 cannot carry at all (other C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char] ?? char);
}

export const formatJunit: Formatter = (results, context) => {
  let suites = '';
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const path = escapeXml(displayPath(result.filePath, context.cwd).replace(/\\/g, '/'));
    const index = new LineIndex(result.source);
    const count = Math.max(1, result.findings.length);
    tests += count;
    failures += result.findings.length;
    suites += `  <testsuite name="${path}" tests="${count}" failures="${result.findings.length}" errors="0" skipped="0" time="0">\n`;
    if (result.findings.length === 0) {
      suites += `    <testcase classname="${path}" name="no findings" time="0" />\n`;
    }
    for (const finding of result.findings) {
      const { line, character } = index.positionAt(finding.start);
      const where = `${line + 1}:${character + 1}`;
      const rule = escapeXml(finding.ruleId);
      const message = escapeXml(finding.message);
      suites +=
        `    <testcase classname="${path}" name="${where} ${rule}" time="0">\n` +
        `      <failure message="${message}" type="${rule}">${path}:${where}: ${finding.severity} ${message} (${rule})</failure>\n` +
        `    </testcase>\n`;
    }
    suites += '  </testsuite>\n';
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="candor" tests="${tests}" failures="${failures}" errors="0" time="0">\n` +
    suites +
    '</testsuites>\n'
  );
};
