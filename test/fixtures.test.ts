/**
 * Golden whole-document fixtures: every document of the labelled corpus has its
 * expected findings in `fixtures/golden/<file>.expected.txt` and, when anything
 * is fixable, its `--fix` result in `fixtures/golden/<file>.fixed`. Regenerate
 * with `npm run test:update` and review the diff like any other change.
 *
 * Also checks (markdownlint's "fixable not fixed"): re-linting fixed text leaves
 * no finding with a fix, fixing twice changes nothing, and every rule appears.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../core/engine.js';
import { fixText } from '../core/fix.js';
import { LineIndex } from '../core/position.js';
import type { Finding } from '../core/types.js';
import { builtinRules } from '../rules/index.js';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const corpus = join(root, 'corpus');
const golden = join(root, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const documents = readdirSync(corpus)
  .filter((name) => existsSync(join(corpus, `${name}.labels.json`)))
  .sort();

function render(text: string, findings: Finding[]): string {
  const index = new LineIndex(text);
  return findings
    .map((f) => {
      const s = index.positionAt(f.start);
      const e = index.positionAt(f.end);
      const fixable = f.fix ? ' (fixable)' : '';
      return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.severity} ${f.ruleId} ${f.message}${fixable}`;
    })
    .join('\n');
}

describe('golden fixtures', () => {
  if (update) mkdirSync(golden, { recursive: true });
  const seenRules = new Set<string>();

  it('has at least 30 documents', () => assert.ok(documents.length >= 30, `${documents.length}`));

  for (const name of documents) {
    it(name, () => {
      const text = readFileSync(join(corpus, name), 'utf8');
      const options = { filePath: join(corpus, name) };
      const findings = lint(text, options);
      for (const f of findings) seenRules.add(f.ruleId);
      const expectedPath = join(golden, `${name}.expected.txt`);
      const fixedPath = join(golden, `${name}.fixed`);
      const rendered = render(text, findings);
      const fixed = fixText(text, options);
      if (update) {
        writeFileSync(expectedPath, rendered === '' ? '' : `${rendered}\n`);
        if (fixed.output !== text) writeFileSync(fixedPath, fixed.output);
        else rmSync(fixedPath, { force: true });
      }
      assert.equal(rendered, readFileSync(expectedPath, 'utf8').trimEnd(), `findings of ${name} changed (npm run test:update)`);
      if (fixed.output === text) {
        assert.ok(!existsSync(fixedPath), `${name} is no longer fixable`);
      } else {
        assert.equal(fixed.output, readFileSync(fixedPath, 'utf8'), `fixed text of ${name} changed`);
        assert.deepEqual(fixed.remaining.filter((f) => f.fix), [], 'fixable finding left behind');
        assert.equal(fixText(fixed.output, options).output, fixed.output, 'fixing twice changed the text');
      }
    });
  }

  it('exercises every rule', () => {
    for (const rule of builtinRules) assert.ok(seenRules.has(rule.meta.id), rule.meta.id);
  });
});
