/**
 * compilePhraseTable's matcher against the one it replaced, kept here as the
 * reference: one case-insensitive alternation of all an entry's patterns per
 * entry, its sources built when the table loads, and no anchor prefilter (every
 * entry is tried). To start faster the matcher builds one RegExp per pattern when
 * a text first needs it, tries only the patterns whose anchors the text holds,
 * and matches ASCII sources without the `i` flag on text whose ASCII capitals are
 * lowered; every match and every fast-path answer must stay exactly the same.
 * Of two entries matching the same words, the one listed first wins (the
 * reference tries them in table order).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateCorpus } from '../../bench/corpus.js';
import type { PhraseEntry } from '../../core/phrase-types.js';
import { compilePhraseTable, MASKED_RUN, patternSource, RAW_TAG, SENTENCE_START, type PhraseMatcher } from '../../core/phrases.js';
import { assumeTheSalePhrases } from '../../rules/assume-the-sale-phrases.js';
import { salesPressurePhrases } from '../../rules/sales-pressure-phrases.js';
import { fillerArb, noiseArb, phraseArb, unmark } from '../properties/arbitraries.js';

const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;

function patternWeight(pattern: string): number {
  return pattern.replace(/!\([^)]*\)/g, '').replace(/[()|~]/g, '').length;
}

/** The matcher as it was: per entry, one `gi` alternation of every pattern, on the text as it is. */
function referenceMatcher(entries: readonly PhraseEntry[]): PhraseMatcher {
  const patterns = entries.flatMap((entry) => entry.patterns);
  patterns.forEach(patternSource);
  const sourceOf = (index: number): string =>
    [...entries[index].patterns].sort((a, b) => patternWeight(b) - patternWeight(a)).map(patternSource).join('|');
  const entryRegexes: Array<RegExp | undefined> = [];
  const entryRegex = (index: number): RegExp =>
    (entryRegexes[index] ??= new RegExp(`(?<![A-Za-z0-9])(?:${sourceOf(index)})(?![A-Za-z0-9])`, 'gi'));
  // The fast-path answer holds for any masked excerpt, so a `^` pattern's
  // sentence-start look-behind (which a list marker in the raw text defeats)
  // is left out of it, and a masked merge tag may be one not masked yet.
  const maySourceOf = (index: number): string =>
    [...entries[index].patterns]
      .sort((a, b) => patternWeight(b) - patternWeight(a))
      .map((pattern) => patternSource(pattern).replace(SENTENCE_START, '').split(MASKED_RUN).join(RAW_TAG))
      .join('|');
  const looseRegexes: Array<RegExp | undefined> = [];
  const looseRegex = (index: number): RegExp => (looseRegexes[index] ??= new RegExp(maySourceOf(index), 'i'));
  // No anchor prefilter: every entry whose loose RegExp finds something (the matcher's must never leave one out).
  const candidateEntries = (text: string): number[] => entries.flatMap((_, index) => (looseRegex(index).test(text) ? [index] : []));
  const nextMatch = (index: number, text: string, from: number): { start: number; end: number } | undefined => {
    const regex = entryRegex(index);
    regex.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length > 0 && !UNICODE_WORD.test(text[start - 1] ?? '') && !UNICODE_WORD.test(text[end] ?? '')) {
        return { start, end };
      }
      regex.lastIndex = start + 1;
    }
    return undefined;
  };
  return {
    entries,
    mayMatch: (text) => candidateEntries(text).some((index) => looseRegex(index).test(text)),
    scan(text) {
      const matches = [];
      const next = new Map<number, { start: number; end: number } | undefined>();
      for (const index of candidateEntries(text)) next.set(index, nextMatch(index, text, 0));
      let position = 0;
      for (;;) {
        let best: { index: number; start: number; end: number } | undefined;
        for (const [index, found] of next) {
          let match = found;
          if (match && match.start < position) {
            match = nextMatch(index, text, position);
            next.set(index, match);
          }
          if (
            match &&
            (!best ||
              match.start < best.start ||
              (match.start === best.start && match.end > best.end))
          ) {
            best = { index, ...match };
          }
        }
        if (!best) return matches;
        matches.push({ entry: entries[best.index], start: best.start, end: best.end });
        position = best.end;
      }
    },
  };
}

function entry(id: string, ...patterns: string[]): PhraseEntry {
  return { id, category: 'chasing', patterns, rationale: 'test', examples: { invalid: [], valid: [] } };
}

/** Tables whose sources are not all ASCII keep the `i` flag; tables with ties between entries and within one. */
const customTable: PhraseEntry[] = [
  entry('cafe', 'café ~ping', 'naïve (offer|deal)', 'ÉCHÉANCE %when'),
  entry('tie-a', 'act now', 'act (now|today)'),
  entry('tie-b', 'act now'),
  entry('hold', '(i|we) can (only|) hold * (until|through|till) %when', 'only # (spots|seats) left'),
  // The first way through a pattern can end inside a word where a later way does not.
  entry('deal', '(deal|deals) (end|ends|ending)', '(price|prices)'),
  // Ends with %when: matched in two steps (the head, then the shared day).
  entry('expires', '(offer|deal) (ends|expires) (on|at|by|) %when !(or later)', '^ (ends|closes) %when'),
];

/** A table with a pattern past Latin-1: matched on the text as it is, not on one-byte stand-ins. */
const greekTable: PhraseEntry[] = [entry('greek', 'προσφορά λήγει %when'), entry('price', '€# (off|discount)', 'act now')];

const tables: Array<[string, readonly PhraseEntry[]]> = [
  ['sales-pressure', salesPressurePhrases],
  ['assume-the-sale', assumeTheSalePhrases],
  ['custom', customTable],
  ['greek', greekTable],
];

type Case = [string, PhraseMatcher, PhraseMatcher];
const matchers: Case[] = tables.map(([name, entries]) => [name, compilePhraseTable(entries), referenceMatcher(entries)]);

function same(text: string): void {
  for (const [name, matcher, reference] of matchers) {
    const found = matcher.scan(text).map((m) => [m.entry.id, m.start, m.end]);
    const expected = reference.scan(text).map((m) => [m.entry.id, m.start, m.end]);
    assert.deepEqual(found, expected, `${name}: scan of ${JSON.stringify(text.slice(0, 200))}`);
    assert.equal(matcher.mayMatch(text), reference.mayMatch(text), `${name}: mayMatch of ${JSON.stringify(text.slice(0, 200))}`);
  }
}

/** Spellings that case folding could get wrong: capitals, and letters whose case mappings leave ASCII. */
function variants(text: string): string[] {
  return [
    text,
    text.toUpperCase(),
    text.replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
    text.replace(/i/g, 'İ'),
    text.replace(/i/g, 'ı'),
    text.replace(/s/g, 'ſ'),
    text.replace(/k/g, '\u212a'),
    text.replace(/ /g, '\u00a0'),
    `x${text}x`,
    `é${text}é`,
    `_${text}_`,
  ];
}

describe('phrase matcher: the same matches as one alternation per entry', () => {
  it('on every example of the built-in tables, in capitals and with look-alike letters', function () {
    // The reference tries every entry's alternation on each of some 20,000 texts: about 30 s here.
    this.timeout(180_000);
    const examples = [...salesPressurePhrases, ...assumeTheSalePhrases].flatMap((e) => [...e.examples.invalid, ...e.examples.valid]);
    for (const example of examples) {
      const text = unmark(typeof example === 'string' ? example : example.text).text;
      for (const variant of variants(text)) same(variant);
    }
  });

  it('on every paragraph of the benchmark corpus', () => {
    for (const file of generateCorpus(192 * 1024, 3)) {
      for (const paragraph of file.text.split(/\n\s*\n/)) same(paragraph);
    }
  });

  it('on the custom tables, non-ASCII patterns and typography included', () => {
    for (const text of [
      'Café pinging you again, CAFÉ PINGED, cafe ping',
      'A NAÏVE OFFER, a naïve deal, a naive offer',
      'échéance Friday, ÉCHÉANCE tomorrow at noon',
      'Act now. ACT NOW! act today, actnow, act nowhere',
      'We can only hold the June install date until Friday; only 3 spots left, ONLY TWO SEATS LEFT',
      'Deals ending soon, the deal ends, deal endless, ideal deal end, dealer deal endings',
      'prices, priceless pricey price; Prices_ pricesx price2 2price',
      'The deal expires tomorrow or later.',
      'Still available \u2014 for now! Available \u2013 for now, available - for now; \u2014 just checking in',
      'Offer ends Friday. Deal expires on the 21st or later. Offer expires by 5pm tomorrow! offer ends xmas. ENDS FRIDAY',
      '\u201cAct now\u201d \u2014 act now\u2026 \ud83d\udea8 Act now: only 3 spots left \u2013 \u20ac49 off, ends Friday',
      'I\u2019m just checking in; I\u2018m just checking in; I\u02bcm just checking in; just following\u2011up, following\u2010up',
      'Only\u2003three\u2028spots left;\u3000act\u202fnow. \u2014Ends Monday. \u2026Closes tomorrow',
      '\u03c0\u03c1\u03bf\u03c3\u03c6\u03bf\u03c1\u03ac \u03bb\u03ae\u03b3\u03b5\u03b9 Friday, \u20ac20 off, \u20ac 5 discount',
    ]) {
      for (const variant of variants(text)) same(variant);
    }
  });

  it('a table fails to load exactly when a pattern fails to compile, with the same message', () => {
    const message = (run: () => unknown): string | undefined => {
      try {
        run();
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    };
    const char = fc.constantFrom('a', 'b', 'I', ' ', ' ', '\t', '(', ')', '|', '!', '~', '#', '*', '%when', "'", '-', '.');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
        const pattern = chars.join('');
        assert.equal(message(() => compilePhraseTable([entry('p', pattern)])), message(() => patternSource(pattern)), JSON.stringify(pattern));
      }),
      { numRuns: 3000, seed: 11 },
    );
    for (const pattern of ['a (b|c) !(d)', '!(a)', '(a(b))', 'a !(b) c', '(a', '   ', '~follow (up|~ping) ~', 'a)(b', 'x!(y)']) {
      assert.equal(message(() => compilePhraseTable([entry('p', pattern)])), message(() => patternSource(pattern)), pattern);
    }
  });

  it('on generated drafts: phrases in any spelling among filler and noise', () => {
    const piece = fc.oneof({ weight: 3, arbitrary: phraseArb() }, { weight: 3, arbitrary: fillerArb }, { weight: 1, arbitrary: noiseArb });
    const separator = fc.constantFrom(' ', ', ', '. ', '\n', '\u00a0', '', '-', '\u0001', '\u2003', ' \u2014 ', '\u2019', '\u2026');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, separator), { maxLength: 12 }), (parts) => {
        same(parts.map(([text, sep]) => text + sep).join(''));
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
