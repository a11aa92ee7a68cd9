/**
 * Golden whole-draft rewrites: every document of the dev corpus, the holdout
 * and the examples that Candor flags has its "Rewrite this draft for trust" result in
 * `fixtures/golden/<file>.rewritten`, read and approved like any other
 * change. Regenerate with `npm run test:update` and review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../../core/engine.js';
import { rewriteDraft } from '../../core/rewrite/draft.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const golden = join(root, 'fixtures', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.email', '.eml', '.script', '.html', '.htm']);

/** The drafts with golden rewrites: the dev corpus, the holdout and the bundled examples. */
const SOURCES: Array<[string, string]> = [
  ['fixtures/corpus', ''],
  ['fixtures/holdout', 'holdout-'],
  ['examples', 'example-'],
];
const drafts = SOURCES.flatMap(([dir, prefix]) =>
  readdirSync(join(root, dir))
    .filter((name) => EXTENSIONS.has(extname(name)))
    .sort()
    .map((name) => ({ path: join(root, dir, name), golden: join(golden, `${prefix}${name}.rewritten`) })),
);

describe('golden whole-draft rewrites', function () {
  this.timeout(60_000);

  it('has at least 60 of them', () => {
    const flagged = drafts.filter(({ path }) => lint(readFileSync(path, 'utf8'), { filePath: path }).length > 0);
    assert.ok(flagged.length >= 60, `${flagged.length} flagged drafts`);
  });

  for (const draft of drafts) {
    it(basename(draft.golden), () => {
      const text = readFileSync(draft.path, 'utf8');
      const { output, findings } = rewriteDraft(text, { filePath: draft.path });
      if (findings.length === 0) {
        assert.equal(output, text, 'a draft with no findings comes back byte-identical');
        if (update) rmSync(draft.golden, { force: true });
        assert.ok(!existsSync(draft.golden), `stale golden ${draft.golden}`);
        return;
      }
      if (update) writeFileSync(draft.golden, output);
      assert.ok(existsSync(draft.golden), `missing ${draft.golden}: run npm run test:update`);
      assert.equal(output, readFileSync(draft.golden, 'utf8'));
    });
  }
});
