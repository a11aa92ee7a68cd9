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

/** An ASCII letter (either case) or digit as 1–36, the automaton's and letterGrams' alphabet; anything else 0. */
export const FOLDED = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  FOLDED[code] = code >= 97 && code <= 122 ? code - 96 : code >= 65 && code <= 90 ? code - 64 : code >= 48 && code <= 57 ? code - 21 : 0;
}
const SYMBOLS = 37;

/**
 * Every table's anchors in one Aho–Corasick automaton, read once per text
 * however many tables ask. A table used to run an alternation RegExp of its
 * own anchors over the text: six passes over each paragraph, which a CPU
 * profile of the CLI on the 10 MB benchmark corpus put at 0.85 s of 10.4
 * (docs/performance.md). Anchors are ASCII letter and digit runs, so the
 * automaton reads the raw text with ASCII capitals folded: no prepared copy.
 */
class AnchorAutomaton {
  private readonly idOf = new Map<string, number>();
  private readonly anchors: string[] = [];
  /** Built on the first text after anchors were added: the goto table (completed), and each state's anchors, own and by suffix. */
  private machine: { next: Int32Array; outStart: Int32Array; outIds: Int32Array; stateSeen: Uint32Array; idSeen: Uint32Array } | undefined;
  private stamp = 0;
  private lastText: string | undefined;
  private lastFound: readonly number[] = [];

  /** The id of an anchor (lower-case ASCII letters and digits), added when new. */
  id(anchor: string): number {
    let id = this.idOf.get(anchor);
    if (id === undefined) {
      id = this.anchors.push(anchor) - 1;
      this.idOf.set(anchor, id);
      this.machine = undefined;
      this.lastText = undefined;
    }
    return id;
  }

  private build(): NonNullable<AnchorAutomaton['machine']> {
    const size = this.anchors.reduce((n, anchor) => n + anchor.length, 1);
    const next = new Int32Array(size * SYMBOLS).fill(-1);
    const own = new Int32Array(size).fill(-1);
    let states = 1;
    this.anchors.forEach((anchor, id) => {
      let state = 0;
      for (let i = 0; i < anchor.length; i++) {
        const slot = state * SYMBOLS + FOLDED[anchor.charCodeAt(i)];
        if (next[slot] < 0) next[slot] = states++;
        state = next[slot];
      }
      own[state] = id;
    });
    // Breadth first, so a state's suffix link is complete before the state is.
    const fail = new Int32Array(states);
    const outputs: number[][] = new Array<number[]>(states);
    outputs[0] = [];
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (let symbol = 0; symbol < SYMBOLS; symbol++) {
        const slot = state * SYMBOLS + symbol;
        const child = next[slot];
        const fallback = state === 0 ? 0 : next[fail[state] * SYMBOLS + symbol];
        if (child < 0 || symbol === 0) {
          next[slot] = fallback;
          continue;
        }
        fail[child] = fallback;
        outputs[child] = own[child] >= 0 ? [own[child], ...outputs[fallback]] : outputs[fallback];
        queue.push(child);
      }
    }
    const outStart = new Int32Array(states + 1);
    for (let state = 0; state < states; state++) outStart[state + 1] = outStart[state] + outputs[state].length;
    return {
      next: next.slice(0, states * SYMBOLS),
      outStart,
      outIds: Int32Array.from(outputs.flat()),
      stateSeen: new Uint32Array(states),
      idSeen: new Uint32Array(this.anchors.length),
    };
  }

  /** The ids of the anchors occurring in `text`, ASCII case folded, each once; the last text's answer is kept. */
  find(text: string): readonly number[] {
    if (text === this.lastText) return this.lastFound;
    const machine = (this.machine ??= this.build());
    const { next, outStart, outIds, stateSeen, idSeen } = machine;
    if (++this.stamp === 0xffffffff) {
      stateSeen.fill(0);
      idSeen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const found: number[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = next[state * SYMBOLS + (code < 128 ? FOLDED[code] : 0)];
      if (outStart[state] === outStart[state + 1] || stateSeen[state] === stamp) continue;
      stateSeen[state] = stamp;
      for (let k = outStart[state]; k < outStart[state + 1]; k++) {
        const id = outIds[k];
        if (idSeen[id] !== stamp) {
          idSeen[id] = stamp;
          found.push(id);
        }
      }
    }
    this.lastText = text;
    this.lastFound = found;
    return found;
  }
}

const automaton = new AnchorAutomaton();

/**
 * The indexes of the patterns worth trying on `text` (raw or prepared: ASCII
 * case does not matter): those without anchors and those one of whose anchors
 * occurs in it. Any pattern that matches somewhere in `text` is among them.
 * The array is the matcher's own, valid until its next call.
 */
export function phraseCandidates(patterns: readonly string[], options: PrefilterOptions): (text: string) => readonly number[] {
  const always: number[] = [];
  const byAnchor = new Map<number, number[]>();
  patterns.forEach((pattern, index) => {
    // The built-in tables' anchors are computed at build time (core/phrase-anchors.ts).
    const anchors: readonly string[] | null = Object.hasOwn(PATTERN_ANCHORS, pattern) ? PATTERN_ANCHORS[pattern] : patternAnchors(pattern, options);
    if (!anchors) {
      always.push(index);
      return;
    }
    for (const anchor of anchors) {
      const id = automaton.id(anchor);
      const indexes = byAnchor.get(id);
      if (indexes) indexes.push(index);
      else byAnchor.set(id, [index]);
    }
  });
  // Each anchor's patterns, by anchor id: patternsOf[starts[id]] to patternsOf[starts[id + 1]]
  // (ids other tables add later lie past the end: none of this table's).
  const ids = byAnchor.size > 0 ? Math.max(...byAnchor.keys()) + 1 : 0;
  const starts = new Int32Array(ids + 1);
  for (const [id, indexes] of byAnchor) starts[id + 1] = indexes.length;
  for (let id = 0; id < ids; id++) starts[id + 1] += starts[id];
  const patternsOf = new Int32Array(starts[ids]);
  for (const [id, indexes] of byAnchor) patternsOf.set(indexes, starts[id]);
  // A pattern is listed once per text: it was listed when its slot holds the text's stamp.
  const listed = new Uint32Array(patterns.length);
  let stamp = 0;
  // The answer, made anew in this one array for each text (the caller reads it before it asks again).
  const found: number[] = [];

  return (text: string): readonly number[] => {
    found.length = 0;
    found.push(...always);
    if (ids === 0) return found;
    if (++stamp === 0xffffffff) {
      listed.fill(0);
      stamp = 1;
    }
    for (const id of automaton.find(text)) {
      if (id >= ids) continue;
      for (let k = starts[id]; k < starts[id + 1]; k++) {
        const index = patternsOf[k];
        if (listed[index] !== stamp) {
          listed[index] = stamp;
          found.push(index);
        }
      }
    }
    return found;
  };
}
