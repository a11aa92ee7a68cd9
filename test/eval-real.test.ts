/**
 * `npm run eval -- --real`: the real-copy scorer skips cleanly when the corpus
 * is absent, and scores spans and documents as the corpus README describes
 * (checked on a two-document corpus written here, not on the real one).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateReal, mainReal, realCorpusPresent } from '../fixtures/eval-real.js';

describe('eval --real', () => {
  it('skips cleanly when the corpus is absent', () => {
    const missing = join(tmpdir(), 'candor-no-such-corpus');
    assert.equal(realCorpusPresent(missing), false);
    const log = console.log;
    const lines: string[] = [];
    console.log = (line: string) => lines.push(line);
    try {
      assert.equal(mainReal([], missing), 0);
    } finally {
      console.log = log;
    }
    assert.match(lines.join('\n'), /not found .* skipped/);
  });

  it('scores overlapping spans, ambiguous spans and apology labels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-real-'));
    try {
      mkdirSync(join(dir, 'docs', 'email'), { recursive: true });
      writeFileSync(
        join(dir, 'docs', 'email', '01-chase.txt'),
        "Subject: Pilot\n\nHi Ana,\n\nJust checking in on the pilot. Act now, seats are going fast.\n",
      );
      writeFileSync(join(dir, 'docs', 'email', '02-first.txt'), 'Subject: Idea\n\nHi Ana,\n\nWe help clinics cut no-shows.\n');
      writeFileSync(
        join(dir, 'labels.json'),
        JSON.stringify({
          'email/01-chase.txt': { pressure: [{ rule: 'sales-pressure', text: 'Just checking in', occurrence: 1 }], apology: true },
          'email/02-first.txt': { pressure: [], apology: null },
        }),
      );
      writeFileSync(join(dir, 'ambiguous.json'), JSON.stringify({ 'email/01-chase.txt': ['Act now'] }));
      const result = evaluateReal(dir);
      assert.equal(result.documents, 2);
      assert.deepEqual(result.byRule['sales-pressure'], { tp: 1, fp: 1, fn: 0, ign: 1 });
      assert.deepEqual(result.byRule['missing-apology-opener'], { tp: 1, fp: 0, fn: 0, ign: 0 });
      assert.equal(result.silentDocs, 1);
      assert.equal(result.silentFindings, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
