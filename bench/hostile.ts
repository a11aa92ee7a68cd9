/**
 * Hostile inputs, figures only: time of `lint` for long runs of one character
 * at 1× and 10× sizes (ratio ~10 is linear, ~100 quadratic), deep nesting, and
 * the built CLI on a 200,000-line draft (wall time, peak RSS).
 *
 *   npm run build && tsx bench/hostile.ts [--size=50000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lint } from '../core/engine.js';
import { RUNS, WHITESPACE_RUNS, bestOf } from '../test/hardening/runs.js';

const arg = process.argv.find((a) => a.startsWith('--size='));
const SIZE = arg ? Number(arg.slice(7)) : 50_000;

lint('warm up: act now', { filePath: 'x.md' });
console.log(`runs of one character: ${SIZE} vs ${SIZE * 10} characters`);
for (const [name, make] of Object.entries({ ...RUNS, ...WHITESPACE_RUNS })) {
  for (const ext of ['txt', 'md', 'email', 'script']) {
    const a = bestOf(make(SIZE), `x.${ext}`, 1);
    const b = bestOf(make(SIZE * 10), `x.${ext}`, 1);
    console.log(`  ${name.padEnd(16)} .${ext.padEnd(7)} ${a.toFixed(1).padStart(9)} ms ${b.toFixed(1).padStart(10)} ms  ×${(b / a).toFixed(1)}`);
  }
}

console.log('nesting (lint, .md)');
for (const [name, unit] of [['block quotes', '> '], ['list items', '- ']] as const) {
  for (const depth of [1_000, 2_000, 4_000]) {
    console.log(`  ${name.padEnd(13)} ${String(depth).padStart(6)} deep  ${bestOf(`${unit.repeat(depth)}act now\n`, 'x.md', 1).toFixed(0)} ms`);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'candor-bench-'));
try {
  const lines = Array.from({ length: 200_000 }, (_, i) => (i % 50 === 49 ? '' : `Line ${i} of the notes, you can act now.`));
  for (const ext of ['md', 'txt']) {
    writeFileSync(join(dir, `long.${ext}`), `${lines.join('\n')}\n`);
    const start = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, resolve('dist/cli.cjs'), '--format', 'json', `long.${ext}`], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    const rss = run.stderr.trim().split('\n').at(-1);
    console.log(`CLI, 200,000 lines with 196,000 findings (.${ext}): exit ${run.status}, ${((performance.now() - start) / 1000).toFixed(1)} s, peak RSS ${rss} KB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
