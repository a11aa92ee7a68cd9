/**
 * Parity checks (ESLint checkRuleFiles, markdownlint readme tests): every rule
 * file is registered and vice versa, has a doc page, a test table, a README row,
 * and messages in the one template.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleDocsUrl } from '../core/docs.js';
import { builtinRules } from '../rules/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const ruleFiles = readdirSync(`${root}rules`)
  .filter((file) => file.endsWith('.ts') && !/^(index|types)\.ts$/.test(file) && !/-phrases\.ts$/.test(file))
  .map((file) => file.replace(/\.ts$/, ''));

describe('rules meta', () => {
  it('registers exactly the rule files, in alphabetical order', () => {
    const ids = builtinRules.map((rule) => rule.meta.id);
    assert.deepEqual(ids, [...ruleFiles].sort());
    assert.deepEqual(ids, [...ids].sort());
  });

  for (const rule of builtinRules) {
    const { id } = rule.meta;
    describe(id, () => {
      it('has a kebab-case id, a description and its docs URL', () => {
        assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
        assert.ok(rule.meta.description.length > 10);
        assert.equal(rule.meta.docsUrl, ruleDocsUrl(id));
      });
      it('has a doc page with the sections users look for', () => {
        const path = `${root}docs/rules/${id}.md`;
        assert.ok(existsSync(path), path);
        const doc = readFileSync(path, 'utf8');
        for (const heading of [/^# /m, /^## Why/im, /^## (What it does not flag|Not flagged)/im, /^## Examples?/im]) {
          assert.match(doc, heading, `${id}.md lacks ${String(heading)}`);
        }
      });
      it('has a rule table test', () => {
        assert.ok(existsSync(`${root}test/rules/${id}.test.ts`));
      });
      it('has a README row linking its doc', () => {
        const readme = readFileSync(`${root}README.md`, 'utf8');
        assert.ok(readme.includes(`[\`${id}\`](docs/rules/${id}.md)`), `README row for ${id}`);
      });
      it('writes every message in the one template: what is wrong `text`; what to do', () => {
        for (const template of Object.values(rule.meta.messages)) {
          assert.match(template, /^[A-Z][^`]*`\{\{text\}\}`[^;]*; [a-z]/, template);
          assert.doesNotMatch(template, /\.$/, 'no trailing period');
        }
      });
    });
  }
});
