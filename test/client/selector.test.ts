import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DEFAULT_FILE_GLOBS,
  draftSelector,
  normalizeFileGlobs,
  WORKSPACE_EXCLUDE_GLOB,
  workspaceDraftGlob,
} from '../../client/selector.js';

interface Manifest {
  contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
}
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Manifest;

describe('client/selector: which documents reach the server', () => {
  it('selects markdown and plain text in file and untitled documents', () => {
    const selector = draftSelector([]);
    assert.deepEqual(selector, [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
    ]);
  });

  it('adds each candor.files glob for file documents only (an untitled draft has no path)', () => {
    const patterns = draftSelector(DEFAULT_FILE_GLOBS).filter((filter) => filter.pattern !== undefined);
    assert.deepEqual(
      patterns,
      DEFAULT_FILE_GLOBS.map((pattern) => ({ scheme: 'file', pattern })),
    );
  });

  it('keeps its default globs equal to the candor.files default in package.json', () => {
    assert.deepEqual(manifest.contributes.configuration.properties['candor.files']?.default, [...DEFAULT_FILE_GLOBS]);
    assert.deepEqual([...DEFAULT_FILE_GLOBS], ['**/*.email', '**/*.script', '**/*.script.txt', '**/*.eml', '**/*.html', '**/*.htm']);
  });

  it('cleans a hand-edited candor.files value', () => {
    assert.deepEqual(normalizeFileGlobs([' **/*.email ', '', 42, null, '**/*.email', '**/*.pitch']), ['**/*.email', '**/*.pitch']);
    assert.deepEqual(normalizeFileGlobs('**/*.email'), [...DEFAULT_FILE_GLOBS], 'not an array: defaults');
    assert.deepEqual(normalizeFileGlobs([]), [], 'an empty list is a choice, not a mistake');
  });

  it('builds one findFiles glob for "Lint all drafts", without nested braces', () => {
    assert.equal(
      workspaceDraftGlob(['**/*.email', '**/*.{pitch,cold}']),
      '{**/*.md,**/*.markdown,**/*.txt,**/*.email}',
    );
    assert.match(WORKSPACE_EXCLUDE_GLOB, /node_modules/);
  });
});
