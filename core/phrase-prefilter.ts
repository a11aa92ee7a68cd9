/**
 * A fast, exact answer to "could this phrase table match anywhere in the text?".
 *
 * V8 tries every branch of a large case-insensitive alternation at every
 * position, so the combined candidate RegExp of a table with a few hundred
 * patterns ran at about 0.2 MB/s here — slower than parsing the markdown.
 * Every pattern, though, contains a literal that any match must contain (its
 * longest required word, or one word from each branch of a required group).
 * One alternation of those anchor literals finds the few patterns worth trying,
 * and each of those runs as its own RegExp: the combined RegExp matches
 * somewhere exactly when one of its branches does, so the answer is the same.
 */

import { PATTERN_ANCHORS } from './phrase-anchors.js';

/** A pattern word's anchors: literal runs one of which every match contains; null when it has none. */
export type Anchors = string[] | null;

interface PrefilterOptions {
  /** The RegExp source of one pattern (the branch the combined RegExp uses). */
  patternSource: (pattern: string) => string;
  /** The inflected forms of a `~verb`. */
  verbForms: (verb: string) => string[];
}

function longestRun(word: string): string | null {
  const runs = word.toLowerCase().match(/[a-z0-9]+/g);
  if (!runs) return null;
  return runs.reduce((a, b) => (b.length > a.length ? b : a));
}

function wordAnchors(word: string, options: Pick<PrefilterOptions, 'verbForms'>): Anchors {
  if (word === '#' || word === '*' || word.startsWith('%')) return null;
  const forms = word.startsWith('~') ? options.verbForms(word.slice(1)) : [word];
  const anchors = forms.map(longestRun);
  return anchors.some((a) => a === null) ? null : [...new Set(anchors as string[])];
}

/** Words most prose has: an anchor on one of them finds little. */
const COMMON = new Set(
  ('you your yours we our us they them their he she it its me my the and that this these those with from what when which ' +
    'who will would could should can have has had been was were are just back last want know take first more once let ' +
    'said note news miss wait each act fee plan live love order out all any one now see day week next still again hear ' +
    'help only over team time here there about like make need send get got able some also very well good great into ' +
    'than then your soon today call email sure think look thanks thank sign start new').split(' '),
);

/** An anchor set's worth: its weakest anchor, where a common word is worth least. */
function score(anchors: string[]): number {
  return Math.min(...anchors.map((s) => (COMMON.has(s) || s.length < 4 ? 0 : 100) + s.length));
}

/** Prefers rare and long anchors, then fewer of them. */
function better(a: Anchors, b: Anchors): Anchors {
  if (!a) return b;
  if (!b) return a;
  const scoreA = score(a);
  const scoreB = score(b);
  if (scoreA !== scoreB) return scoreA > scoreB ? a : b;
  return a.length <= b.length ? a : b;
}

function sequenceAnchors(words: readonly string[], options: Pick<PrefilterOptions, 'verbForms'>): Anchors {
  return words.reduce<Anchors>((best, word) => better(best, wordAnchors(word, options)), null);
}

/** The anchors of a whole pattern, from its required words and groups (guards and optional groups are skipped). */
export function patternAnchors(pattern: string, options: Pick<PrefilterOptions, 'verbForms'>): Anchors {
  const text = pattern.trim().toLowerCase();
  let best: Anchors = null;
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    if (text[i] === '(' || text.startsWith('!(', i)) {
      const guard = text[i] === '!';
      const open = guard ? i + 1 : i;
      const close = text.indexOf(')', open);
      if (close < 0) return best;
      const alternatives = text
        .slice(open + 1, close)
        .split('|')
        .map((alt) => alt.trim().split(/\s+/).filter(Boolean));
      if (!guard && alternatives.every((alt) => alt.length > 0)) {
        const perAlt = alternatives.map((alt) => sequenceAnchors(alt, options));
        if (perAlt.every((a) => a !== null)) best = better(best, [...new Set(perAlt.flatMap((a) => a ?? []))]);
      }
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < text.length && text[end] !== ' ' && text[end] !== '(') end++;
    best = better(best, wordAnchors(text.slice(i, end), options));
    i = end;
  }
  return best;
}

/**
 * The indexes of the patterns worth trying on `text`, whose ASCII capitals are
 * lowered (anchors are lower-case ASCII, so no `i` flag: it made the finder
 * slower): those without anchors and those one of whose anchors occurs in it.
 * Any pattern that matches somewhere in `text` is among them.
 */
export function phraseCandidates(patterns: readonly string[], options: PrefilterOptions): (text: string) => number[] {
  const always: number[] = [];
  const byAnchor = new Map<string, number[]>();
  patterns.forEach((pattern, index) => {
    // The built-in tables' anchors are computed at build time (core/phrase-anchors.ts).
    const anchors: readonly string[] | null = Object.hasOwn(PATTERN_ANCHORS, pattern) ? PATTERN_ANCHORS[pattern] : patternAnchors(pattern, options);
    if (!anchors) {
      always.push(index);
      return;
    }
    for (const anchor of anchors) {
      const indexes = byAnchor.get(anchor);
      if (indexes) indexes.push(index);
      else byAnchor.set(anchor, [index]);
    }
  });
  // At one position the alternation finds one anchor, the first listed that
  // occurs there; longest first, that is the longest, and every shorter anchor
  // occurring at the same position is one of its prefixes. So each anchor's
  // patterns include its prefixes' patterns. (Merging an anchor into any shorter
  // one it contained instead made "today" a candidate wherever "to" occurs:
  // about a hundred patterns tried on every paragraph.)
  const anchors = [...byAnchor.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const patternsOf = new Map<string, number[]>();
  for (const anchor of anchors) {
    const indexes = new Set<number>();
    for (let length = 1; length <= anchor.length; length++) for (const index of byAnchor.get(anchor.slice(0, length)) ?? []) indexes.add(index);
    patternsOf.set(anchor, [...indexes]);
  }
  const finder = anchors.length > 0 ? new RegExp(anchors.join('|'), 'g') : null;

  return (text: string): number[] => {
    const found = new Set<number>(always);
    if (!finder) return [...found];
    const seen = new Set<string>();
    finder.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = finder.exec(text)) !== null) {
      // Restart one past the match start: anchors may overlap.
      finder.lastIndex = m.index + 1;
      const anchor = m[0];
      if (seen.has(anchor)) continue;
      seen.add(anchor);
      for (const index of patternsOf.get(anchor)!) found.add(index);
    }
    return [...found];
  };
}
