/**
 * The rewrite quality gate (fixtures/rewrite-gate.ts) over every corpus in the
 * repository: examples, the dev corpus, the holdout and the benchmark's
 * drafts. Every fix, every suggestion applied alone and every whole-draft
 * rewrite must pass every check; a failure names the document, the rewrite
 * and what broke. `npm run eval:rewrite` prints the same as a table.
 */
import assert from 'node:assert/strict';
import { CHECKS, corpora, runGate, type Pair } from '../../fixtures/rewrite-gate.js';

describe('rewrite quality gate', function () {
  // harper.js compiles its WebAssembly grammar checker once (about 15 s here).
  this.timeout(300_000);
  let pairs: Pair[] = [];

  before(async () => {
    pairs = await runGate(corpora());
  });

  it('covers fixes, suggestions and whole drafts of every corpus', () => {
    for (const corpus of ['examples', 'dev', 'holdout', 'bench']) {
      const mine = pairs.filter((pair) => pair.document.corpus === corpus);
      assert.ok(mine.some((pair) => pair.kind === 'draft' && pair.changed.length > 0), `${corpus}: a rewritten draft`);
      assert.ok(mine.some((pair) => pair.kind === 'suggestion'), `${corpus}: a suggestion`);
    }
    assert.ok(pairs.some((pair) => pair.kind === 'fix'), 'a fix');
  });

  for (const check of CHECKS) {
    it(`every rewrite passes "${check}"`, () => {
      const failures = pairs.flatMap((pair) =>
        pair.failures
          .filter((failure) => failure.check === check)
          .map((failure) => `${pair.document.name} [${pair.ruleId} ${pair.kind}: ${pair.title}] ${failure.detail}`),
      );
      assert.deepEqual(failures, []);
    });
  }
});
