/**
 * Long runs of one character take time linear in their length: no regular
 * expression backtracks catastrophically. Measured in-process (the engine the
 * CLI runs), best of three, 20 KB against 200 KB: a 10× longer run may take
 * at most 20× longer (20 KB against 200 KB). Figures for bigger sizes: bench/hostile.ts.
 */
import assert from 'node:assert/strict';
import { lint } from '../../core/engine.js';
import { RUNS, WHITESPACE_RUNS, bestOf } from './runs.js';

describe('long runs of one character', function () {
  this.timeout(60_000);
  before(() => lint('warm up: act now', { filePath: 'x.md' }));

  for (const [name, make] of Object.entries(RUNS)) {
    for (const ext of ['txt', 'md']) {
      it(`${name} (.${ext}): 10× longer takes < 20× the time, and under 2 s`, () => {
        const small = bestOf(make(20_000), `x.${ext}`);
        const large = bestOf(make(200_000), `x.${ext}`);
        assert.ok(large < 2_000, `${large.toFixed(0)} ms for 200 KB`);
        // Below 5 ms the ratio is timer noise; the absolute bound is what matters there.
        if (large > 5) assert.ok(large / Math.max(small, 0.25) < 20, `20 KB ${small.toFixed(1)} ms, 200 KB ${large.toFixed(1)} ms`);
      });
    }
  }

  for (const [name, make] of Object.entries(WHITESPACE_RUNS)) {
    it(`${name} (.txt): 10× longer takes < 20× the time (open: quadratic today)`, () => {
      const small = bestOf(make(3_000), 'x.txt', 1);
      const large = bestOf(make(30_000), 'x.txt', 1);
      assert.ok(large / Math.max(small, 0.25) < 20, `3 KB ${small.toFixed(1)} ms, 30 KB ${large.toFixed(1)} ms`);
    });
  }
});
