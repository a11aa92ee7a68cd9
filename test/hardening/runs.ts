/**
 * Long runs of one character, shared by test/hardening/runs.test.ts and
 * bench/hostile.ts, and the operation count the tests assert instead of a
 * time: how many times a regular expression is run.
 */
import { lint } from '../../core/engine.js';

export const RUNS: Record<string, (n: number) => string> = {
  letters: (n) => `${'a'.repeat(n)} act now.\n`,
  punctuation: (n) => `${'!'.repeat(n)} act now.\n`,
  dots: (n) => `${'.'.repeat(n)} act now.\n`,
  quotes: (n) => `${'"'.repeat(n)} act now.\n`,
  dashes: (n) => `${'-'.repeat(n)} act now.\n`,
};

/** Runs of spaces, line breaks and tabs. */
export const WHITESPACE_RUNS: Record<string, (n: number) => string> = {
  spaces: (n) => `You can${' '.repeat(n)}act now.\n`,
  'line breaks': (n) => `act now${'\n'.repeat(n)}`,
  'spaces and tabs': (n) => `${' \t'.repeat(n / 2)} act now\n`,
};

/** Wall-clock time of the best of `times` lints (bench/hostile.ts only: no test asserts a time). */
export function bestOf(text: string, filePath: string, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    lint(text, { filePath });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * How many times `f` runs a regular expression. Every RegExp method and every
 * String method that takes one (test, match, matchAll, replace, split, search)
 * goes through `RegExp.prototype.exec` once it is replaced, so the count is
 * exact and the same on any machine. A loop that runs a pattern at every
 * position of its input shows as a count that grows with the square of the
 * input; a pattern that backtracks inside one run does not (bench/hostile.ts
 * times those).
 */
export function regexRuns<T>(f: () => T): { value: T; runs: number } {
  const proto = RegExp.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const exec = proto.exec;
  let runs = 0;
  proto.exec = function (this: RegExp, input: string) {
    runs++;
    return exec.call(this, input);
  };
  try {
    return { value: f(), runs };
  } finally {
    proto.exec = exec;
  }
}
