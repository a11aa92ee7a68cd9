import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PATTERN_ANCHORS } from '../../core/phrase-anchors.js';
import { patternAnchors } from '../../core/phrase-prefilter.js';
import { verbForms } from '../../core/phrases.js';
import { PHRASE_ANCHORS_FILE, phraseAnchorsModuleText } from '../../scripts/phrase-anchors.js';
import { builtinPatterns } from '../../scripts/verb-forms.js';

describe('phrase anchors', () => {
  it('the committed core/phrase-anchors.ts equals a fresh generation (run npm run build:anchors)', async () => {
    assert.equal(readFileSync(PHRASE_ANCHORS_FILE, 'utf8'), await phraseAnchorsModuleText());
  });

  it('holds every built-in pattern, with exactly the anchors the pre-filter computes', async () => {
    const patterns = await builtinPatterns();
    assert.ok(patterns.length > 200, String(patterns.length));
    assert.deepEqual(Object.keys(PATTERN_ANCHORS).sort(), [...new Set(patterns)].sort());
    for (const pattern of patterns) assert.deepEqual(PATTERN_ANCHORS[pattern], patternAnchors(pattern, { verbForms }), pattern);
    assert.deepEqual(PATTERN_ANCHORS['just checking in'] ?? patternAnchors('just checking in', { verbForms }), ['checking']);
  });
});
