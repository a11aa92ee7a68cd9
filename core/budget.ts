/**
 * The per-document time budget (the server's `candor.timeBudgetMs`, the CLI's
 * `--time-budget`). `lint()` is
 * synchronous and runs the rules one by one, so the budget is kept at two
 * levels, without touching the engine:
 *
 * 1. **Between rules.** Each rule is wrapped: once the budget is spent, the
 *    rules still to run are skipped (a slow but finite rule costs at most
 *    itself once more than the budget).
 * 2. **Inside a rule.** The whole lint runs under `vm`'s `timeout`, whose
 *    watchdog thread terminates JavaScript that is still running when the
 *    budget is over (a rule that loops, or a regular expression that
 *    backtracks for ever). The rule that was running is then excluded for that
 *    document and the rules that had finished are run again for their findings.
 *
 * Either way the caller gets what the rules that ran found, and `stopped`.
 */
import vm from 'node:vm';
import { lint, type LintOptions } from './engine.js';
import type { Rule } from './rule.js';
import type { Finding } from './types.js';
import { builtinRules } from '../rules/index.js';

export interface BudgetedLint {
  findings: Finding[];
  /** Set when rules were skipped or stopped: the time spent, in ms. */
  stoppedAfterMs?: number;
  /** Rules that did not run (skipped or stopped). */
  skipped: string[];
  /** The rule the watchdog stopped mid-run (it loops or is far too slow), if any. */
  stalled?: string;
}

/** One context for every run: only `job` changes. */
const sandbox: { job: (() => unknown) | undefined } = { job: undefined };
/**
 * Set while runBatchWithinBudget runs: its one watchdog covers every lint in
 * the batch, so a lint does not start a watchdog of its own (each start and
 * stop of vm's watchdog thread cost about 0.6 ms here: 9 % of a 10 MB run).
 */
let inBatch = false;
const context = vm.createContext(sandbox);
const script = new vm.Script('job()');

/**
 * A monotonic clock in milliseconds. Not `performance.now()`: the first use of
 * the `performance` global loads perf_hooks, a few milliseconds of every CLI start.
 */
function now(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}

function isTimeout(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

/** Runs `job` and terminates it after `timeoutMs` of wall time (undefined then). */
function runWithTimeout(job: () => Finding[], timeoutMs: number): Finding[] | undefined {
  if (inBatch) return job();
  sandbox.job = job;
  try {
    return script.runInContext(context, { timeout: Math.max(1, Math.ceil(timeoutMs)) }) as Finding[];
  } catch (error) {
    if (isTimeout(error)) return undefined;
    throw error;
  } finally {
    sandbox.job = undefined;
  }
}

/** Lints `text` within `budgetMs`, never running the rules in `excluded`. */
export function lintWithinBudget(text: string, options: LintOptions, budgetMs: number, excluded: ReadonlySet<string> = new Set()): BudgetedLint {
  const rules = (options.rules ?? builtinRules).filter((rule) => !excluded.has(rule.meta.id));
  const started = now();
  const skipped: string[] = [...excluded];
  const completed = new Set<string>();
  let running: string | undefined;
  const wrapped = rules.map((rule): Rule => {
    const wrapper: Rule = {
      meta: rule.meta,
      check(ctx) {
        if (now() - started > budgetMs) {
          skipped.push(rule.meta.id);
          return;
        }
        running = rule.meta.id;
        rule.check(ctx);
        running = undefined;
        completed.add(rule.meta.id);
      },
    };
    // The rule's own test (pure), not a new closure: the engine keeps its answers per block by its identity.
    if (rule.mayReport) wrapper.mayReport = rule.mayReport;
    return wrapper;
  });
  const findings = runWithTimeout(() => lint(text, { ...options, rules: wrapped }), budgetMs);
  if (findings !== undefined) {
    const result: BudgetedLint = { findings, skipped };
    if (skipped.length > 0) result.stoppedAfterMs = Math.round(now() - started);
    return result;
  }
  // The watchdog stopped the lint: keep what the finished rules find.
  const stoppedAfterMs = Math.round(now() - started);
  const stalled = running;
  const finished = rules.filter((rule) => completed.has(rule.meta.id));
  for (const rule of rules) if (!completed.has(rule.meta.id) && !skipped.includes(rule.meta.id)) skipped.push(rule.meta.id);
  const again = finished.length > 0 ? runWithTimeout(() => lint(text, { ...options, rules: finished }), budgetMs) : [];
  const result: BudgetedLint = { findings: again ?? [], skipped, stoppedAfterMs };
  if (stalled !== undefined) result.stalled = stalled;
  return result;
}

/**
 * Runs `step(from)`, `step(from + 1)`, … up to `to` under one watchdog (the
 * CLI's files): a step starts only while less than `budgetMs` has passed since
 * the batch began, and the watchdog stops the batch at twice that, so every
 * step has at least its budget. Returns the index of the first step not run;
 * with `stopped`, the watchdog stopped that step, which ran for longer than
 * `budgetMs`. Each lint in a step still skips its remaining rules once the
 * budget is spent (lintWithinBudget).
 */
export function runBatchWithinBudget(from: number, to: number, step: (index: number) => void, budgetMs: number): { next: number; stopped: boolean } {
  let next = from;
  const started = now();
  sandbox.job = () => {
    for (; next < to; next++) {
      if (next > from && now() - started > budgetMs) break;
      step(next);
    }
  };
  inBatch = true;
  try {
    script.runInContext(context, { timeout: Math.max(2, Math.ceil(2 * budgetMs)) });
    return { next, stopped: false };
  } catch (error) {
    if (isTimeout(error)) return { next, stopped: true };
    throw error;
  } finally {
    inBatch = false;
    sandbox.job = undefined;
  }
}
