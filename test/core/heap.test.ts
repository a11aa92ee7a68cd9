/**
 * core/heap.ts bounds the young generation of the CLI and the language server
 * by V8's growth factor, set while the process runs. Each case runs in a
 * child process: V8's flags are the whole process's.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { YOUNG_GENERATION_BYTES } from '../../core/heap.js';

const HEAP = resolve('core/heap.ts');

interface Sizes {
  atStart: number;
  afterFirst: number;
  atEnd: number;
}

/**
 * Calls boundYoungGeneration as the CLI does (at start, then after each
 * "file"), where a file keeps `filesMb` of what it allocates alive, and
 * prints the young generation's size after the first file and at the end.
 */
function youngGeneration(nodeOptions = ''): Sizes {
  const script = `
    import v8 from 'node:v8';
    import { boundYoungGeneration } from ${JSON.stringify(HEAP)};
    const young = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
    const kept = [];
    const file = (mb) => { for (let i = 0; i < mb * 16 * 1024; i++) kept.push({ i, text: 'x'.repeat(8) + i }); };
    boundYoungGeneration();
    const atStart = young();
    file(24); // the first file, which loads a model: all of it survives
    const afterFirst = young();
    for (let n = 0; n < 40; n++) { boundYoungGeneration(); file(2); }
    console.log(JSON.stringify({ atStart, afterFirst, atEnd: young() }));
  `;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
    timeout: 60_000,
  });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as Sizes;
}

describe('the young generation bound (core/heap.ts)', () => {
  it('holds through the first file, then grows between files to its bound and stops', () => {
    const { atStart, afterFirst, atEnd } = youngGeneration();
    assert.equal(afterFirst, atStart);
    assert.ok(atEnd >= YOUNG_GENERATION_BYTES && atEnd <= 2 * YOUNG_GENERATION_BYTES, `at the end: ${atEnd}`);
  });

  it("leaves V8's own growth alone when the user sized the young generation", () => {
    const { atStart, afterFirst } = youngGeneration('--max-semi-space-size=16');
    assert.ok(afterFirst > atStart, `${atStart} → ${afterFirst}`);
  });
});
