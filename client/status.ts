/**
 * The status bar item's text for the active draft: how many Candor findings it
 * has and its pressure score. Pure, so unit-tested without VS Code.
 *
 * Pressure score = Candor findings per 100 words of the draft, rounded to one
 * decimal. It is a density, not a grade: a 300-word email with three pressure
 * phrases scores 1.0, the same email cut to 100 words scores 3.0. Words are runs
 * of letters/digits (apostrophes and hyphens inside a word keep it whole), so
 * merge tags like `{{first_name}}` count as one word and punctuation as none.
 */

/** vscode.DiagnosticSeverity values (Error = 0 … Hint = 3), restated to stay vscode-free. */
export const Severity = { Error: 0, Warning: 1, Information: 2, Hint: 3 } as const;

/** The part of a vscode.Diagnostic the status bar reads. */
export interface DiagnosticLike {
  severity: number;
  message: string;
  source?: string | undefined;
  code?: unknown;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  total: number;
}

export interface StatusView {
  text: string;
  tooltip: string;
}

/** The `source` the server stamps on every diagnostic. */
export const CANDOR_SOURCE = 'candor';

const WORD = /[\p{L}\p{N}_]+(?:['’-][\p{L}\p{N}_]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function codeOf(code: unknown): string {
  if (typeof code === 'string' || typeof code === 'number') return String(code);
  if (typeof code === 'object' && code !== null && 'value' in code) return String(code.value);
  return '';
}

/**
 * Candor's diagnostics for one document, de-duplicated: a document can be in
 * both the language client's collection and the "Lint all drafts" one for a
 * moment, and the same finding must not count twice.
 */
export function candorDiagnostics<T extends DiagnosticLike>(diagnostics: readonly T[]): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== CANDOR_SOURCE) continue;
    const { start, end } = diagnostic.range;
    const key = `${start.line}:${start.character}-${end.line}:${end.character}|${codeOf(diagnostic.code)}|${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(diagnostic);
  }
  return result;
}

export function countFindings(diagnostics: readonly DiagnosticLike[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0, total: 0 };
  for (const diagnostic of candorDiagnostics(diagnostics)) {
    if (diagnostic.severity === Severity.Error) counts.errors++;
    else if (diagnostic.severity === Severity.Warning) counts.warnings++;
    else counts.infos++;
    counts.total++;
  }
  return counts;
}

/** Findings per 100 words, one decimal; 0 for an empty draft. */
export function pressureScore(findings: number, words: number): number {
  if (findings <= 0 || words <= 0) return 0;
  return Math.round((findings / words) * 1000) / 10;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Text and tooltip of the status bar item. */
export function statusView(counts: FindingCounts, words: number): StatusView {
  const score = pressureScore(counts.total, words).toFixed(1);
  if (counts.total === 0) {
    return {
      text: '$(check) Candor',
      tooltip: `Candor: no pressure found in ${plural(words, 'word')}. Click to open the Problems panel.`,
    };
  }
  const parts = [
    counts.errors > 0 ? plural(counts.errors, 'error') : '',
    counts.warnings > 0 ? plural(counts.warnings, 'warning') : '',
    counts.infos > 0 ? `${counts.infos} info` : '',
  ].filter(Boolean);
  const icon = counts.errors > 0 ? '$(error)' : counts.warnings > 0 ? '$(warning)' : '$(info)';
  return {
    text: `${icon} Candor ${counts.total} · ${score}`,
    tooltip:
      `Candor: ${plural(counts.total, 'finding')} (${parts.join(', ')}) in ${plural(words, 'word')}; ` +
      `pressure score ${score} (findings per 100 words). Click to open the Problems panel.`,
  };
}
