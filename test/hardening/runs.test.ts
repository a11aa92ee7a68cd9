/**
 * Long runs of one character: the phrase after the run is still found, and
 * the work grows linearly with the run. Work is counted, not timed: how many
 * times a regular expression runs (regexRuns), which is the same on every
 * machine. A 10× longer run may cost at most 10× the runs of the shorter one,
 * plus a constant. Times for these shapes are in `npm run bench` (bench/hostile.ts).
 */
import assert from 'node:assert/strict';
import { lint } from '../../core/engine.js';
import { RUNS, WHITESPACE_RUNS, regexRuns } from './runs.js';

const EXTENSIONS = ['txt', 'md', 'email', 'script'];

function assertLinear(make: (n: number) => string, ext: string, small: number): void {
  const a = regexRuns(() => lint(make(small), { filePath: `x.${ext}` }));
  const b = regexRuns(() => lint(make(small * 10), { filePath: `x.${ext}` }));
  assert.ok(b.runs <= 10 * a.runs + 100, `${a.runs} regular expression runs for ${small} characters, ${b.runs} for ${small * 10}`);
}

describe('long runs of one character', function () {
  this.timeout(60_000);
  before(() => lint('warm up: act now', { filePath: 'x.md' }));

  for (const [name, make] of Object.entries(RUNS)) {
    for (const ext of EXTENSIONS) {
      it(`${name} (.${ext}): the phrase after 200,000 of them is found, and 10× longer is at most 10× the work`, () => {
        const text = make(200_000);
        const findings = lint(text, { filePath: `x.${ext}` }).filter((f) => f.ruleId === 'sales-pressure');
        assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['act now']);
        assertLinear(make, ext, 20_000);
      });
    }
  }

  for (const [name, make] of Object.entries(WHITESPACE_RUNS)) {
    for (const ext of EXTENSIONS) {
      it(`${name} (.${ext}): 10× longer is at most 10× the work`, () => assertLinear(make, ext, 20_000));
    }
  }
});
