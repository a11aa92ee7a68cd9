/** Long runs of one character, shared by test/hardening/runs.test.ts and bench/hostile.ts. */
import { lint } from '../../core/engine.js';

export const RUNS: Record<string, (n: number) => string> = {
  letters: (n) => `${'a'.repeat(n)} act now.\n`,
  punctuation: (n) => `${'!'.repeat(n)} act now.\n`,
  dots: (n) => `${'.'.repeat(n)} act now.\n`,
  quotes: (n) => `${'"'.repeat(n)} act now.\n`,
  dashes: (n) => `${'-'.repeat(n)} act now.\n`,
};

/** Runs of line breaks and tabs: quadratic today (see docs/reliability.md, Hostile files). */
export const WHITESPACE_RUNS: Record<string, (n: number) => string> = {
  spaces: (n) => `You can${' '.repeat(n)}act now.\n`,
  'line breaks': (n) => `act now${'\n'.repeat(n)}`,
  'spaces and tabs': (n) => `${' \t'.repeat(n / 2)} act now\n`,
};

export function bestOf(text: string, filePath: string, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    lint(text, { filePath });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

