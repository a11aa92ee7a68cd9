import type { LazyRewrites } from './rewrite/lazy.js';
import type { Draft, Related, Rewrite, Severity } from './types.js';

/** What a rule declares about itself (ESLint `meta`). The engine enforces it. */
export interface RuleMeta {
  /** kebab-case, equal to the rule's file name in `rules/`. */
  id: string;
  /** One line, shown in the README table and in editor settings. */
  description: string;
  /** The rule's documentation page (diagnostics link to it). */
  docsUrl: string;
  /** Severity when the configuration does not say otherwise. */
  defaultSeverity: Severity;
  /** The rule may report a `fix` (a rewrite safe in every context). */
  fixable: boolean;
  /** The rule may report `suggestions` (rewrites the writer picks). */
  hasSuggestions: boolean;
  /**
   * Message templates by id, in one shape: "<what is wrong> `{{text}}`; <what to
   * do instead>". Placeholders are `{{name}}`, filled from `Report.data`.
   */
  messages: Record<string, string>;
}

/** What a rule hands to `ctx.report`. Offsets are absolute. */
export interface Report {
  messageId: string;
  data?: Record<string, string>;
  start: number;
  end: number;
  category?: string;
  rationale?: string;
  fix?: Rewrite;
  suggestions?: Rewrite[];
  /**
   * Rewrites computed when a front end reads them (a code action, --fix, the
   * rewrite command), instead of `fix`/`suggestions` computed on every lint.
   */
  rewrites?: LazyRewrites;
  related?: Related[];
}

export interface RuleContext {
  readonly draft: Draft;
  /** The rule's options from the configuration (`[severity, options]`), or undefined. */
  readonly options: unknown;
  report(report: Report): void;
}

/** A rule is pure: the draft in, reports out. No I/O, no configuration loading. */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /**
   * A cheap test on the raw source that is true whenever `check` could report
   * (a superset: false positives are fine, false negatives are bugs). When every
   * enabled rule says false, the engine skips reading the draft altogether.
   * A pure function of the text (no `this`): the engine keeps its answers per
   * block of a draft, by the function's identity.
   */
  mayReport?: (source: string) => boolean;
}
