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

/** A finding's rewrites: how to compute them, and each one once computed (or assigned). */
interface LazyState {
  lazy: LazyRewrites;
  check: (rewrite: Rewrite) => void;
  fix?: { value: Rewrite | undefined };
  suggestions?: { value: Rewrite[] };
}

/**
 * Where a finding keeps its LazyState: a hidden property, read by accessors
 * every finding shares. A keystroke reports every finding afresh, and accessors
 * made of new closures per finding (with a WeakMap entry each) made every
 * finding a dictionary-mode object: 1.4 KB allocated per finding, 0.3 KB now.
 */
const STATE = Symbol('lazyRewrites');

type WithState = Finding & { [STATE]: LazyState };

function read<K extends 'fix' | 'suggestions'>(finding: WithState, key: K): Finding[K] {
  const state = finding[STATE];
  let slot = state[key] as { value: Finding[K] } | undefined;
  if (!slot) {
    const value = (key === 'fix' ? state.lazy.fix!() : (state.lazy.suggestions?.() ?? [])) as Finding[K];
    const rewrites: Rewrite[] = value === undefined ? [] : Array.isArray(value) ? value : [value];
    for (const rewrite of rewrites) state.check(rewrite);
    slot = { value };
    (state as unknown as Record<K, { value: Finding[K] }>)[key] = slot;
  }
  return slot.value;
}

// Accessors for good (a finding reads the same whether or not a front end asked yet): each
// value is computed once, on first read, and a front end may still assign it.
const FIX: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: WithState) {
    return read(this, 'fix');
  },
  set(this: WithState, value: Rewrite | undefined) {
    this[STATE].fix = { value };
  },
};
const SUGGESTIONS: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: WithState) {
    return read(this, 'suggestions');
  },
  set(this: WithState, value: Rewrite[]) {
    this[STATE].suggestions = { value };
  },
};

/** What a finding's rewrites are made from, if it was reported with lazy rewrites. */
export function rewriteSource(finding: Finding): LazyRewrites | undefined {
  return (finding as Partial<WithState>)[STATE]?.lazy;
}

/**
 * Defines `fix` and `suggestions` on a finding as values computed on first
 * read; `check` validates each computed rewrite (the engine's range guard).
 */
export function attachRewrites(finding: Finding, lazy: LazyRewrites, check: (rewrite: Rewrite) => void): void {
  const state: LazyState = { lazy, check };
  Object.defineProperty(finding, STATE, { value: state, configurable: true });
  if (lazy.fix) Object.defineProperty(finding, 'fix', FIX);
  Object.defineProperty(finding, 'suggestions', SUGGESTIONS);
}
