import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inflectVerb, verbForms } from '../../core/phrases.js';
import { VERB_FORMS } from '../../core/verb-forms.js';
import { builtinVerbs, VERB_FORMS_FILE, verbFormsModuleText } from '../../scripts/verb-forms.js';

describe('verb forms', () => {
  it('the committed core/verb-forms.ts equals a fresh generation (run npm run build:verbs)', async () => {
    assert.equal(readFileSync(VERB_FORMS_FILE, 'utf8'), await verbFormsModuleText());
  });

  it('holds every verb of the built-in tables, with exactly the forms en-inflectors gives', async () => {
    const verbs = await builtinVerbs();
    assert.ok(verbs.includes('follow') && verbs.includes('get'), verbs.join(' '));
    assert.deepEqual(Object.keys(VERB_FORMS).sort(), verbs);
    for (const verb of verbs) assert.deepEqual(verbForms(verb), inflectVerb(verb), verb);
    assert.deepEqual(verbForms('get'), ['getting', 'gotten', 'gets', 'get', 'got']);
  });

  it('inflects a verb outside the table (a configuration phrase rule) with en-inflectors', () => {
    assert.equal(Object.hasOwn(VERB_FORMS, 'nudge'), false);
    assert.deepEqual(verbForms('nudge'), inflectVerb('nudge'));
    assert.deepEqual([...verbForms('nudge')].sort(), ['nudge', 'nudged', 'nudges', 'nudging']);
    for (const form of ['is', 'were', 'been', 'being']) assert.ok(verbForms('be').includes(form), form);
  });

  it('returns a fresh array each time, so a caller cannot change the remembered forms', () => {
    const first = verbForms('follow');
    first.length = 0;
    assert.deepEqual(verbForms('follow'), ['following', 'followed', 'follows', 'follow']);
    // Object.prototype's names are verbs like any other, not table entries.
    assert.deepEqual(verbForms('constructor'), inflectVerb('constructor'));
  });
});
