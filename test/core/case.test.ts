import assert from 'node:assert/strict';
import { matchCase, matchStyle } from '../../core/case.js';

describe('rewrites read like the draft', () => {
  it('copies the case of the first letter', () => {
    assert.equal(matchCase('if you decide to go ahead', 'Once you sign'), 'If you decide to go ahead');
    assert.equal(matchCase('If you decide to go ahead', 'once you sign'), 'if you decide to go ahead');
    assert.equal(matchCase("I'd value your take", 'just checking in'), "I'd value your take");
    assert.equal(matchCase('whenever you are ready', 'ACT NOW'), 'WHENEVER YOU ARE READY');
  });
  it('copies the apostrophe style', () => {
    assert.equal(matchStyle("I'd be curious whether you agree", 'I’m sure you’ll agree'), 'I’d be curious whether you agree');
    assert.equal(matchStyle('I’d be curious', "I'm sure you'll agree"), "I'd be curious");
    assert.equal(matchStyle("I'd be curious", 'Im sure youll agree'), "I'd be curious");
  });
});
