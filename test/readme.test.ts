import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../core/config/index.js';
import { lint } from '../core/engine.js';
import { renderReadme } from '../scripts/readme.js';

describe('README', () => {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

  it('opens with the two-command Quick start', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'));
    assert.match(quickStart, /```sh\nnpm ci && npx candor examples\/\nnpm test\n```/);
  });

  it('shows the generated rules table and the real output of the examples (npm run docs:readme)', () => {
    assert.equal(readme, renderReadme(readme));
  });
});

describe('README configuration example', () => {
  it('loads and does what the README says', async () => {
    const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    const yaml = /```yaml\n# \.candorrc\.yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(yaml, 'README has a .candorrc.yaml example');
    const dir = mkdtempSync(join(tmpdir(), 'candor-readme-'));
    try {
      writeFileSync(join(dir, '.candorrc.yaml'), yaml);
      const file = join(dir, 'draft.txt');
      const text = 'Subject: quick question\n\nHi Sam,\n\nLast chance to register! Act now.\n';
      const config = await resolveConfig(file, { stopDir: dir });
      const findings = lint(text, { filePath: file, format: config.format, config: config.lint, rules: config.rules });
      // the custom phrase rule fires, the allowed term stays quiet, the rest is reported
      assert.deepEqual(
        findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]),
        [
          ['no-quick-question', 'quick question'],
          ['sales-pressure', 'Act now'],
        ],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
