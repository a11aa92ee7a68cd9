/**
 * One line per finding (`--format compact`), for grep, editors' error
 * formats (`%f:%l:%c: %t%*[a-z] %m`) and terminals too narrow for stylish:
 * `path:line:col: severity message (rule-id)`. No header, no summary; a clean
 * run prints nothing.
 */
import { LineIndex } from '../position.js';
import { displayPath } from './stylish.js';
import type { Formatter } from './types.js';

export const formatCompact: Formatter = (results, context) => {
  let out = '';
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const index = new LineIndex(result.source);
    const path = displayPath(result.filePath, context.cwd);
    for (const finding of result.findings) {
      const { line, character } = index.positionAt(finding.start);
      const message = finding.message.replace(/\s*[\r\n]+\s*/g, ' ');
      out += `${path}:${line + 1}:${character + 1}: ${finding.severity} ${message} (${finding.ruleId})\n`;
    }
  }
  return out;
};
