/**
 * One way to apply fixes, shared by `--fix`, the editor's fix-all and
 * fix-on-save (the whole-draft rewrite is planned instead: core/rewrite/draft.ts): sort the edits, skip any that overlap
 * an edit already taken (ESLint's source-code-fixer), re-lint, and repeat for at
 * most MAX_FIX_PASSES passes (ESLint's MAX_AUTOFIX_PASSES). Idempotent: fixing
 * fixed text changes nothing.
 */
import { lint, type LintOptions } from './engine.js';
import type { Edit, Finding, Rewrite } from './types.js';

export const MAX_FIX_PASSES = 10;

export interface FixResult {
  /** The text after every pass. */
  output: string;
  /** How many rewrites were applied over all passes. */
  applied: number;
  /** Passes that applied at least one rewrite. */
  passes: number;
  /** The findings of the final text. */
  remaining: Finding[];
}

export interface FixOptions extends LintOptions {
  /** Which findings' fixes to apply (all by default). */
  filter?: (finding: Finding) => boolean;
}

/**
 * Applies rewrites that do not overlap, in order of position. Returns the new
 * text and how many rewrites were taken; a rewrite is taken whole or not at all.
 */
export function applyRewrites(text: string, rewrites: readonly Rewrite[]): { output: string; applied: number } {
  const ordered = rewrites
    .map((rewrite) => ({ rewrite, edits: [...rewrite.edits].sort((a, b) => a.start - b.start) }))
    .filter(({ edits }) => edits.length > 0)
    .sort((a, b) => a.edits[0].start - b.edits[0].start || a.edits[0].end - b.edits[0].end);
  const taken: Edit[] = [];
  let applied = 0;
  for (const { edits } of ordered) {
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...edits);
    applied++;
  }
  taken.sort((a, b) => a.start - b.start);
  let output = '';
  let cursor = 0;
  for (const edit of taken) {
    output += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return { output: output + text.slice(cursor), applied };
}

/** Two edits conflict when their ranges overlap or both insert at one point. */
function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies the fixes of `findings` to `text`, then re-lints with `options` and
 * applies newly possible fixes, for at most MAX_FIX_PASSES passes.
 */
export function applyFixes(text: string, findings: readonly Finding[], options: FixOptions = {}): FixResult {
  const filter = options.filter ?? (() => true);
  const rewritesOf = (list: readonly Finding[]): Rewrite[] =>
    list.filter(filter).flatMap((finding) => finding.fix ?? []);
  let output = text;
  let current = findings;
  let applied = 0;
  let passes = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const rewrites = rewritesOf(current);
    if (rewrites.length === 0) break;
    const result = applyRewrites(output, rewrites);
    if (result.applied === 0 || result.output === output) break;
    output = result.output;
    applied += result.applied;
    passes++;
    current = lint(output, options);
  }
  const remaining = passes === 0 ? [...findings] : [...current];
  return { output, applied, passes, remaining };
}

/** Lints and fixes in one call: what `--fix` and fix-all do. */
export function fixText(text: string, options: FixOptions = {}): FixResult {
  return applyFixes(text, lint(text, options), options);
}
