/**
 * GitHub Actions workflow commands (`--format github`): one
 * `::error|warning|notice file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule-id>::<message>`
 * line per finding, which the runner turns into annotations on the pull
 * request. Printed by hand (no @actions/core) with the runner's escaping:
 * data escapes `%`, CR and LF; property values also escape `:` and `,`.
 */
import { LineIndex } from '../position.js';
import type { Severity } from '../types.js';
import { displayPath } from './stylish.js';
import type { Formatter } from './types.js';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message (the text after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file=…`, `title=…`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (results, context) => {
  let out = '';
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const index = new LineIndex(result.source);
    // GitHub resolves annotation paths against the repository root; slashes on every platform.
    const file = displayPath(result.filePath, context.cwd).replace(/\\/g, '/');
    for (const finding of result.findings) {
      const start = index.positionAt(finding.start);
      const end = index.positionAt(finding.end);
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(finding.ruleId || 'candor')}`,
      ];
      out += `::${command[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}\n`;
    }
  }
  return out;
};
