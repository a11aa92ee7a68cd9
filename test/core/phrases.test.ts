import assert from 'node:assert/strict';
import type { PhraseEntry } from '../../core/phrase-types.js';
import { compilePhraseTable, verbForms } from '../../core/phrases.js';
import { regexRuns } from '../hardening/runs.js';

function entry(id: string, ...patterns: string[]): PhraseEntry {
  return { id, category: 'chasing', patterns, rationale: 'test', examples: { invalid: [], valid: [] } };
}

function matches(patterns: string[], text: string): string[] {
  return compilePhraseTable([entry('e', ...patterns)]).scan(text).map((m) => text.slice(m.start, m.end));
}

describe('phrase patterns', () => {
  it('inflects ~verbs and accepts the hyphenated form', () => {
    assert.deepEqual(verbForms('follow').sort(), ['follow', 'followed', 'following', 'follows']);
    for (const form of ['follow up', 'follows up', 'followed up', 'following up', 'follow-up']) {
      assert.deepEqual(matches(['~follow up'], `I ${form} today`), [form]);
    }
  });

  it('inflects irregular and doubling verbs', () => {
    assert.deepEqual(matches(['~bump this'], 'bumping this'), ['bumping this']);
    assert.deepEqual(matches(['~get the ball rolling'], 'gotten the ball rolling'), ['gotten the ball rolling']);
  });

  it('accepts straight, curly and dropped apostrophes', () => {
    for (const text of ["haven't heard", 'haven’t heard', 'havent heard']) {
      assert.deepEqual(matches(["haven't heard"], text), [text]);
    }
  });

  it('keeps the apostrophe where dropping it spells another word', () => {
    assert.deepEqual(matches(["we're excited"], 'were excited'), []);
    assert.deepEqual(matches(["we're excited"], 'we’re excited'), ['we’re excited']);
  });

  it('joins words across NBSP, tabs and a line break, but not across a masked merge tag', () => {
    assert.deepEqual(matches(['act now'], 'act\u00a0now'), ['act\u00a0now']);
    assert.deepEqual(matches(['act now'], 'act\r\nnow'), ['act\r\nnow']);
    assert.deepEqual(matches(['act now'], 'act \u0001\u0001\u0001 now'), []);
  });

  it('supports optional groups without stray spaces', () => {
    assert.deepEqual(matches(['(just|) ~check in'], 'checking in'), ['checking in']);
    assert.deepEqual(matches(['(just|) ~check in'], 'just checked in'), ['just checked in']);
    assert.deepEqual(matches(['move (the|this|) deal forward'], 'move deal forward'), ['move deal forward']);
    assert.deepEqual(matches(['any (update|updates) (on this|)'], 'any updates?'), ['any updates']);
  });

  it('matches numbers in digits or words', () => {
    assert.deepEqual(matches(['only # spots left'], 'only 3 spots left; only three spots left'), ['only 3 spots left', 'only three spots left']);
  });

  it('matches whole words only, Unicode letters included', () => {
    assert.deepEqual(matches(['act now'], 'react now'), []);
    assert.deepEqual(matches(['act now'], 'act nowé'), []);
    assert.deepEqual(matches(['act now'], 'éact now'), []);
    assert.deepEqual(matches(['act now'], '_act now_ and *act now*'), ['act now', 'act now']);
  });

  it('prefers the longer entry at one position', () => {
    const table = compilePhraseTable([entry('short', 'just following up'), entry('long', 'just following up on my last email')]);
    const [m] = table.scan('just following up on my last email');
    assert.equal(m?.entry.id, 'long');
  });

  it('rejects malformed patterns with their text', () => {
    assert.throws(() => compilePhraseTable([entry('bad', '(a|b')]), /Unclosed "\(" in phrase pattern "\(a\|b"/);
    assert.throws(() => compilePhraseTable([entry('bad', '(a|(b))')]), /Nested groups/);
  });

  it('scans long runs in linear work', () => {
    const table = compilePhraseTable([entry('e', '(just|) ~follow up (on my last email|)', "haven't heard back")]);
    // Counted, not timed: how many times a regular expression runs (the same on every machine).
    const small = regexRuns(() => table.scan('a '.repeat(100_000))).runs;
    const large = regexRuns(() => table.scan('a '.repeat(1_000_000))).runs;
    assert.ok(large <= 10 * small + 10, `${small} regular expression runs for 200 KB, ${large} for 2 MB`);
  });
});

describe('phrase pattern guards and punctuation', () => {
  it('refuses a match followed by a guarded word', () => {
    assert.deepEqual(matches(['once you sign !(up|in|into)'], 'Once you sign, we start.'), ['Once you sign']);
    assert.deepEqual(matches(['once you sign !(up|in|into)'], 'Once you sign up, we start.'), []);
    assert.deepEqual(matches(['once you sign !(up|in|into)'], 'Once you sign upstairs.'), ['Once you sign']);
  });

  it('matches literal punctuation', () => {
    assert.deepEqual(matches(['any update?'], 'Hi Sam, any update? Thanks'), ['any update?']);
    assert.deepEqual(matches(['when, not if'], 'When, not if, you renew'), ['When, not if']);
  });

  it('rejects a guard that is not last', () => {
    assert.throws(() => compilePhraseTable([entry('bad', 'a !(b) c')]), /must end/);
  });
});
