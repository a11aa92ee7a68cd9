import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PATTERN_ANCHORS } from '../../core/phrase-anchors.js';
import { patternAnchors, phraseCandidates } from '../../core/phrase-prefilter.js';
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

describe('phrase candidates (one automaton for every table)', () => {
  const options = { patternSource: (pattern: string) => pattern, verbForms };
  /** What the candidates must be: the patterns one of whose anchors occurs in the text, ASCII case aside. */
  const reference = (patterns: string[], text: string): number[] =>
    patterns.flatMap((pattern, index) => (patternAnchors(pattern, options)?.some((anchor) => text.toLowerCase().includes(anchor)) ?? true ? [index] : []));
  const sorted = (indexes: readonly number[]): number[] => [...indexes].sort((a, b) => a - b);

  it('finds anchors that overlap, nest and end one another, in any ASCII case', () => {
    const patterns = ['(days|hours) left', 'holidays only', 'to go', 'act today', 'sale ends', 'lock in'];
    const candidates = phraseCandidates(patterns, options);
    for (const text of ['HOLIDAYS', 'Today, tomorrow', 'the sales ENDS', 'hoursdays', 'unlocking it', 'nothing here', 'ho li days', 'éholidaysé']) {
      assert.deepEqual(sorted(candidates(text)), reference(patterns, text), text);
    }
  });

  it('keeps each table to its own patterns, and takes in a table made after texts were read', () => {
    const first = phraseCandidates(['circle back'], options);
    assert.deepEqual(first('We will circle back soon'), [0]);
    const second = phraseCandidates(['act now', 'will do'], options);
    // The same text again, now that the automaton also holds the second table's anchors.
    assert.deepEqual(first('We will circle back soon'), [0]);
    assert.deepEqual(second('We will circle back soon'), [1]);
    assert.deepEqual(sorted(second('Act NOW, it will do')), [0, 1]);
  });

  it('agrees with the reference on random texts over the built-in patterns', () => {
    const patterns = Object.keys(PATTERN_ANCHORS).slice(0, 300);
    const candidates = phraseCandidates(patterns, options);
    const words = [...new Set(patterns.flatMap((pattern) => pattern.match(/[a-z]+/g) ?? []))];
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 1 + random(12) }, () => {
        const word = words[random(words.length)];
        return random(4) === 0 ? word.toUpperCase() : random(5) === 0 ? word.slice(random(word.length)) : word;
      }).join(random(3) === 0 ? '' : ' ');
      assert.deepEqual(sorted(candidates(text)), reference(patterns, text), text);
    }
  });
});
