/**
 * runBatchWithinBudget: the CLI's files run in batches under one watchdog. A
 * step starts only while the batch is within its budget, and a step that never
 * returns is stopped and named. (The steps here spin past the budget or
 * forever, so the outcome does not depend on how fast the machine is.)
 */
import assert from 'node:assert/strict';
import { runBatchWithinBudget } from '../../core/budget.js';

const BUDGET_MS = 40;

/** Spins until `ms` have passed: a step that outlasts the budget. */
function spin(ms: number): void {
  const until = process.hrtime.bigint() + BigInt(ms) * 1_000_000n;
  while (process.hrtime.bigint() < until) {
    // busy
  }
}

describe('runBatchWithinBudget', () => {
  it('runs every step in order when the batch stays within its budget', () => {
    const ran: number[] = [];
    const batch = runBatchWithinBudget(0, 5, (i) => ran.push(i), 60_000);
    assert.deepEqual(batch, { next: 5, stopped: false });
    assert.deepEqual(ran, [0, 1, 2, 3, 4]);
  });

  it('starts no step once the budget is spent: the next batch takes over from there', () => {
    const ran: number[] = [];
    const batch = runBatchWithinBudget(2, 6, (i) => {
      ran.push(i);
      if (i === 3) spin(BUDGET_MS + 10);
    }, BUDGET_MS);
    assert.deepEqual(batch, { next: 4, stopped: false });
    assert.deepEqual(ran, [2, 3]);
  });

  it('stops a step that never returns and names it; the steps before it stand', () => {
    const ran: number[] = [];
    const batch = runBatchWithinBudget(0, 4, (i) => {
      ran.push(i);
      if (i === 1) for (;;) spin(1);
    }, BUDGET_MS);
    assert.deepEqual(batch, { next: 1, stopped: true });
    assert.deepEqual(ran, [0, 1]);
  });

  it('a step that throws ends the batch with its error', () => {
    assert.throws(
      () =>
        runBatchWithinBudget(0, 3, (i) => {
          if (i === 1) throw new Error('step failed');
        }, 60_000),
      /step failed/,
    );
  });
});
