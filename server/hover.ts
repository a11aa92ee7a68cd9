/**
 * Hover over a finding: what is wrong, why it reads as pressure, and the
 * rewrites on offer, so the writer can decide without opening the menu.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/types.js';

/** Markdown for one finding. */
export function hoverMarkdown(finding: Finding): string {
  const lines = [`**${finding.message}** (candor: \`${finding.ruleId}\`)`];
  if (finding.rationale) lines.push('', `**Why:** ${finding.rationale}`);
  const options = [
    ...(finding.fix ? [`${finding.fix.title} (fix)`] : []),
    ...finding.suggestions.map((suggestion) => suggestion.title),
  ];
  if (options.length > 0) {
    lines.push('', '**Rewrite options:**', ...options.map((option) => `- ${option}`));
  }
  return lines.join('\n');
}

/** The hover at `position`: every finding whose range contains it. */
export function hoverAt(document: TextDocument, findings: readonly Finding[], position: Position): Hover | null {
  const offset = document.offsetAt(position);
  const hits = findings.filter((finding) => finding.start <= offset && offset <= finding.end);
  if (hits.length === 0) return null;
  const start = Math.min(...hits.map((finding) => finding.start));
  const end = Math.max(...hits.map((finding) => finding.end));
  return {
    contents: { kind: MarkupKind.Markdown, value: hits.map(hoverMarkdown).join('\n\n---\n\n') },
    range: { start: document.positionAt(start), end: document.positionAt(end) },
  };
}
