import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
