/**
 * Findings carry their rewrites lazily: `fix` and `suggestions` are computed
 * the first time a front end reads them (a code action, --fix, --format json,
 * the rewrite command), never while the editor lints on a keystroke.
 */
import type { Finding, Rewrite } from '../types.js';
import type { PhraseSite } from './phrase.js';

export interface LazyRewrites {
  fix?: () => Rewrite | undefined;
  suggestions?: () => Rewrite[];
  /** The phrase finding's sentence and move, for the whole-draft planner. */
  phrase?: PhraseSite;
  /** The finding asks for the apology opener. */
  opener?: boolean;
  /** Every finding of the draft, set once it is linted: rewrites that compose with the others read them. */
  siblings?: readonly Finding[];
}

const sources = new WeakMap<Finding, LazyRewrites>();

/** What a finding's rewrites are made from, if it was reported with lazy rewrites. */
export function rewriteSource(finding: Finding): LazyRewrites | undefined {
  return sources.get(finding);
}

/**
 * Defines `fix` and `suggestions` on a finding as values computed on first
 * read; `check` validates each computed rewrite (the engine's range guard).
 */
export function attachRewrites(finding: Finding, lazy: LazyRewrites, check: (rewrite: Rewrite) => void): void {
  sources.set(finding, lazy);
  // Accessors for good (a finding reads the same whether or not a front end asked yet): each
  // value is computed once, on first read, and a front end may still assign it.
  const define = <K extends 'fix' | 'suggestions'>(key: K, compute: () => Finding[K]): void => {
    let computed = false;
    let value: Finding[K];
    Object.defineProperty(finding, key, {
      configurable: true,
      enumerable: true,
      get() {
        if (!computed) {
          value = compute();
          const rewrites: Rewrite[] = value === undefined ? [] : Array.isArray(value) ? value : [value];
          for (const rewrite of rewrites) check(rewrite);
          computed = true;
        }
        return value;
      },
      set(next: Finding[K]) {
        value = next;
        computed = true;
      },
    });
  };
  if (lazy.fix) define('fix', lazy.fix);
  define('suggestions', lazy.suggestions ?? (() => []));
}
