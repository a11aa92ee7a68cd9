/**
 * Quick fixes for one phrase finding: the entry's move applied to the sentence
 * the phrase sits in. A fix (applied unreviewed) comes only from a same-slot
 * replacement the entry marks safe, and needs no language model; every other
 * move is a suggestion, computed for this very sentence when asked.
 */
import { matchApostrophes } from '../case.js';
import type { Edit, Rewrite, Segment } from '../types.js';
import { findInlineNonProse } from '../segment/mask.js';
import { DATED, fitsVerbSwap, replaceInSlot, type SentenceSite } from './moves.js';
import { hasVerb, tokensOf } from './nlp.js';
import { movesFor, planSentence } from './sentence-plan.js';
import { sentenceAround, sentencesOf, type Span } from './sentences.js';
import type { PhraseRewrite } from './spec.js';

/** At most this many suggestions per finding. */
export const MAX_SUGGESTIONS = 3;

/** What the rewrite layer needs of a phrase finding. */
export interface PhraseSite {
  source: string;
  segment: Segment;
  start: number;
  end: number;
  rewrite: PhraseRewrite;
  /** The phrase table's category ("chasing", "urgency", …). */
  category?: string;
  /** The other phrase findings of the same segment: a sentence with several is rewritten as one. */
  siblings?: readonly PhraseSite[];
}

/** Segment kinds that hold fragments by design: a subject line is not a sentence (a table cell, when it is a label). */
function isFragment(segment: Segment, masked: string): boolean {
  return segment.kind === 'subject' || segment.kind === 'heading' || (segment.kind === 'table-cell' && !hasVerb(masked));
}

export function siteOf(site: PhraseSite): { sentence: Span; sentenceSite: SentenceSite } {
  const { source, segment, start, end } = site;
  const sentence = sentenceAround(segment, start, end);
  const text = source.slice(sentence.start, sentence.end);
  const masked = segment.text.slice(sentence.start - segment.start, sentence.end - segment.start);
  return {
    sentence,
    sentenceSite: { text, masked, a: start - sentence.start, b: end - sentence.start, fragment: isFragment(segment, masked) },
  };
}

/** The sentences a move may produce for a finding, best first, each a whole rewritten sentence ('' drops it). */
export function rewrittenSentences(site: PhraseSite): string[] {
  return movesFor(site.rewrite, siteOf(site).sentenceSite);
}

/** The safe fix of a finding: the first same-slot replacement of an entry marked safe. */
export function phraseFix(site: PhraseSite): Rewrite | undefined {
  const { rewrite } = site;
  if (rewrite.move !== 'replace-in-frame' || !('with' in rewrite) || !rewrite.safe) return undefined;
  const { sentence, sentenceSite } = siteOf(site);
  // Other pressure in the same sentence would stay beside the swap: the sentence is the writer's to review.
  if (together(site, sentence).length > 0) return undefined;
  // A fix is a plain swap in the phrase's own slot: no model decides whether it fits.
  if (rewrite.frame === 'verb-phrase' && !fitsVerbSwap(sentenceSite)) return undefined;
  const rewritten = replaceInSlot(sentenceSite, rewrite.with[0], false);
  return rewritten === undefined ? undefined : sentenceRewrite(site.source, site.segment, sentence, rewritten);
}

/**
 * The other findings with a phrase in the same sentence (a phrase another rule
 * also reports, on the same words, is the same pressure, not other pressure).
 */
function together(site: PhraseSite, sentence: Span): PhraseSite[] {
  return (site.siblings ?? []).filter(
    (other) => other !== site && other.start < sentence.end && other.end > sentence.start && (other.end <= site.start || other.start >= site.end),
  );
}

/** The suggestions of a finding: distinct, at most three, none equal to the fix. */
export function phraseSuggestions(site: PhraseSite): Rewrite[] {
  const { sentence } = siteOf(site);
  const fix = phraseFix(site);
  const key = (rewrite: Rewrite): string => rewrite.edits.map((e) => `${e.start}:${e.end}:${e.text}`).join();
  const seen = new Set<string>(fix ? [key(fix)] : []);
  const rewrites: Rewrite[] = [];
  // Other pressure in the same sentence: the first option rewrites the sentence whole.
  const others = together(site, sentence);
  if (others.length > 0) {
    const sites = [site, ...others].sort((a, b) => a.start - b.start);
    const span = sites.map((s) => siteOf(s).sentence).reduce((a, b) => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) }));
    const whole = planSentence({ segment: site.segment, sentence: span, sites }, false, false);
    // (One that left any of the phrases standing is no option: it would still pressure.)
    const resolves = whole !== undefined && sites.every((s) => !whole.includes(s.source.slice(s.start, s.end)));
    const rewrite = resolves ? sentenceRewrite(site.source, site.segment, span, whole) : undefined;
    // A rewrite of this phrase alone would leave the others' pressure in the sentence: the whole sentence is the option.
    if (rewrite && !seen.has(key(rewrite))) return [{ ...rewrite, title: rewrite.title.replace(/^Rewrite as/, 'Rewrite the sentence as') }];
    // No whole-sentence rewrite: an option for this phrase alone would still leave pressure beside it.
    if (!rewrite) return [];
  }
  for (const rewritten of rewrittenSentences(site)) {
    const rewrite = sentenceRewrite(site.source, site.segment, sentence, rewritten);
    if (!rewrite || seen.has(key(rewrite))) continue;
    seen.add(key(rewrite));
    rewrites.push(rewrite);
    if (rewrites.length >= MAX_SUGGESTIONS) break;
  }
  return rewrites;
}

/**
 * The sentence after this one in its paragraph leans on it: it opens by
 * pointing back ("If you want it, …", "After that, …", "Either way, …").
 * Removing this sentence would leave that one pointing at nothing.
 */
export function leansOnPrevious(source: string, segment: Segment, sentence: Span): Span | undefined {
  const next = sentencesOf(segment).find((s) => s.start >= sentence.end);
  if (!next) return undefined;
  const text = source.slice(next.start, next.end);
  const opening = text.split(/\s+/).slice(0, 6).join(' ');
  return POINTS_BACK.test(opening) || REFERS_BACK.test(text) || subjectless(text) ? next : undefined;
}

/** A sentence that only announces the next one: "Here's the thing, though.", "One more thing:". */
const ANNOUNCER = /^\W*(?:here(?:['’]s| is) the (?:thing|deal|catch)|the thing is|one (?:more|last|other) thing|heads[- ]up|quick update|fyi|full disclosure|fair warning)\b[^.!?:]{0,20}[.!?:…]*\s*$/i;

/**
 * The sentence before this one in its paragraph, when all it does is
 * announce this one: removing this sentence would leave it announcing nothing.
 */
export function announcedBy(source: string, segment: Segment, sentence: Span): Span | undefined {
  const previous = sentencesOf(segment).filter((s) => s.end <= sentence.start).at(-1);
  if (!previous || /\n/.test(source.slice(previous.end, sentence.start))) return undefined;
  return ANNOUNCER.test(source.slice(previous.start, previous.end)) ? previous : undefined;
}

/** A sentence that opens on the time just named: "After that, the match is gone." */
const AFTER_THE_TIME = /^\W*(?:after|past|beyond|from) (?:that|then|this|th(?:is|at|e) (?:date|day|point|deadline))\b/i;

/**
 * The sentence after this one in its paragraph, when it opens on the time
 * this one named and the rewrite took that time out: "…matched 2-to-1, but
 * only until December 31. After that, the match is gone." keeps the match
 * and drops the date, and "After that" would point at nothing.
 */
export function orphanedByTime(source: string, segment: Segment, sentence: Span, rewritten: string): Span | undefined {
  const original = source.slice(sentence.start, sentence.end);
  if (!DATED.test(original) || DATED.test(rewritten)) return undefined;
  const next = sentencesOf(segment).find((s) => s.start >= sentence.end);
  return next && !/\n/.test(source.slice(sentence.end, next.start)) && AFTER_THE_TIME.test(source.slice(next.start, next.end)) ? next : undefined;
}

/** A sentence that opens on a verb with its subject left out: "Takes two minutes." (not an imperative: "Call me."). */
function subjectless(text: string): boolean {
  const first = tokensOf(text).find((t) => t.pos !== 'PUNCT');
  return first !== undefined && first.pos === 'VERB' && /^\p{L}+s$/u.test(first.text) && first.text.toLowerCase() !== first.lemma;
}

/**
 * Words that point back to the sentence before (a closed class of pronouns
 * and discourse links, so written out here): "it" as an object, "them",
 * "he" or "she" opening the sentence,
 * "one" standing for a noun, "after that", "either way", "that" opening the
 * sentence as its subject.
 */
const POINTS_BACK =
  /^\W*(?:(?:after|before|besides|despite|because of|on top of) (?:that|this|it)|either way|that(?:['’]s| is| was| will| would)|this (?:is|means|way)|(?:it|they) (?:also|too)\b|(?:he|she)(?:['’](?:ll|s|d)\b|\s)|either(?:['’]s| is| one| option)\b)|\beither way\b|\b(?:if|when|once|so|unless|until) (?:that|it|they|those|this)(?:['’]?s|['’]?re| is| are| was| were| works?| goes| go| suits?)\b/i;

/** Anywhere in the next sentence: a verb whose object points back ("… of us receiving it", "I'll hold one for you"). */
const REFERS_BACK = /\b(?:want|need|grab|claim|take|keep|hold|get|reserve|book|secure|use|receiving|receive|signing|sign|returning|return|sending|reviewing|review) (?:it|them|one|those)\b/i;

/** A whole-sentence rewrite as one minimal edit; '' removes the sentence with its spacing. */
export function sentenceRewrite(source: string, segment: Segment, sentence: Span, rewritten: string): Rewrite | undefined {
  const original = source.slice(sentence.start, sentence.end);
  if (rewritten === original) return undefined;
  if (rewritten === '') {
    if (leansOnPrevious(source, segment, sentence)) return undefined;
    const edit = removal(source, segment, sentence);
    return { title: 'Remove this sentence', edits: [edit] };
  }
  return { title: `Rewrite as “${ellipsis(rewritten)}”`, edits: [sentenceEdit(source, sentence.start, original, rewritten)] };
}

/**
 * A sentence rewritten, as one minimal edit in the draft's apostrophe style
 * (the moves' own words are typed with straight ones).
 */
export function sentenceEdit(source: string, start: number, original: string, rewritten: string): Edit {
  // Only the new words, and only where the sentence keeps to one style: what the writer typed keeps its apostrophes.
  const edit = minimalEdit(start, original, rewritten);
  const mixed = original.includes('’') && /\p{L}'\p{L}/u.test(original);
  return wholeTags(source, mixed ? edit : { ...edit, text: matchApostrophes(edit.text, original, source.slice(0, 4_000)) });
}

/**
 * An edit never starts or ends inside a merge tag or a link: where the
 * unchanged text it was trimmed to cuts one, it takes the whole of it (the
 * same characters on both sides, so the result is the same).
 */
export function wholeTags(source: string, edit: Edit): Edit {
  let { start, end } = edit;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end) < 0 ? source.length : source.indexOf('\n', end);
  for (const [a, b] of findInlineNonProse(source, lineStart, lineEnd)) {
    if (a < start && start < b) start = a;
    if (a < end && end < b) end = b;
    if (edit.start === edit.end && a < edit.start && edit.start < b) [start, end] = [a, b];
  }
  if (start === edit.start && end === edit.end) return edit;
  return { start, end, text: source.slice(start, edit.start) + edit.text + source.slice(edit.end, end) };
}

function ellipsis(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat;
}

/** The smallest edit turning `before` (at `offset`) into `after`, widened to whole words. */
export function minimalEdit(offset: number, before: string, after: string): Edit {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  ) {
    tail++;
  }
  // Whole words read better in an editor's preview, and an edit never splits a surrogate pair.
  // (Only an edit that starts or ends inside a word is widened: one at a word's edge stays put,
  // so it never reaches across markup beside it.)
  const word = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}'’]/u.test(c);
  const inWordAtHead = word(before[head]) || word(after[head]);
  while (head > 0 && ((inWordAtHead && word(before[head - 1])) || /[\udc00-\udfff]/.test(before[head]))) head--;
  const inWordAtTail = word(before[before.length - 1 - tail]) || word(after[after.length - 1 - tail]);
  while (tail > 0 && ((inWordAtTail && word(before[before.length - tail])) || /[\ud800-\udbff]/.test(before[before.length - tail - 1]))) tail--;
  return { start: offset + head, end: offset + before.length - tail, text: after.slice(head, after.length - tail) };
}

/**
 * Removing a sentence: with the space after it (or before it, when it ends its
 * paragraph); a sentence that is its whole line goes with the line, its list
 * marker or speaker label, and one blank line beside it.
 */
export function removal(source: string, segment: Segment, sentence: Span): Edit {
  const siblings = sentencesOf(segment);
  // A "P.S." that only led into the sentence goes with it.
  const label = siblings.filter((s) => s.end <= sentence.start).at(-1);
  if (label && PS_LABEL.test(source.slice(label.start, label.end)) && !/\n/.test(source.slice(label.end, sentence.start))) {
    return removal(source, segment, { start: label.start, end: sentence.end });
  }
  const index = siblings.findIndex((s) => s.start <= sentence.start && sentence.start < s.end);
  const next = siblings.slice(index + 1).find((s) => s.start >= sentence.end);
  if (next && !/\n/.test(source.slice(sentence.end, next.start))) return { start: sentence.start, end: next.start, text: '' };
  const previous = [...siblings.slice(0, Math.max(0, index))].reverse().find((s) => s.end <= sentence.start);
  if (previous && !/\n/.test(source.slice(previous.end, sentence.start))) return keptCloser(source, { start: previous.end, end: sentence.end, text: '' });
  const lineStart = source.lastIndexOf('\n', sentence.start - 1) + 1;
  const newline = source.indexOf('\n', sentence.end);
  const lineEnd = newline < 0 ? source.length : newline + 1;
  const outside = source.slice(lineStart, sentence.start) + source.slice(sentence.end, lineEnd);
  // Only markup around it (a list marker, a quote, a speaker label, emphasis): the line goes.
  if (/^[\s>*_+\-\d.)#]*(?:\*\*)?(?:[A-Z][\w .'-]{0,30}:)?(?:\*\*)?[\s*_]*$/u.test(outside)) {
    let start = lineStart;
    let end = lineEnd;
    const blankBefore = lineStart === 0 || /\n[ \t]*\r?\n$/.test(source.slice(0, lineStart)) || /^[ \t]*\r?\n$/.test(lastLine(source, lineStart));
    const blankAfter = /^[ \t]*\r?\n/.test(source.slice(lineEnd));
    if (blankBefore && blankAfter) end = lineEnd + (/^[ \t]*\r?\n/.exec(source.slice(lineEnd))?.[0].length ?? 0);
    else if (newline < 0 && lineStart > 0) start = source.slice(0, lineStart).replace(/(?:\r?\n)+$/, '').length;
    else if (lineEnd === source.length && blankBefore && lineStart > 0) {
      // The last line goes with the blank line before it: the text still ends with one line break.
      const kept = source.slice(0, lineStart).replace(/(?:[ \t]*\r?\n)+$/, '').length;
      start = kept + (/^\r?\n/.exec(source.slice(kept))?.[0].length ?? 0);
    }
    return { start, end, text: '' };
  }
  const before = /[ \t]*$/.exec(source.slice(0, sentence.start))?.[0].length ?? 0;
  return keptCloser(source, { start: sentence.start - before, end: sentence.end, text: '' });
}

/**
 * The emphasis a removed sentence closes but did not open stays: "**Priced to
 * move. [This weekend only.]**" keeps its "**".
 */
function keptCloser(source: string, edit: Edit): Edit {
  const removed = source.slice(edit.start, edit.end);
  const closer = /(?:\*\*|__|[*_~])+$/.exec(removed);
  if (!closer) return edit;
  const marks = closer[0];
  return removed.slice(0, closer.index).includes(marks) ? edit : { ...edit, end: edit.end - marks.length };
}

/** A postscript's label alone: "P.S.", "PS:", "P.P.S." */
const PS_LABEL = /^\W*p\.?\s?(?:p\.?\s?)?s\b\W*$/i;

function lastLine(source: string, lineStart: number): string {
  const end = lineStart;
  const start = source.lastIndexOf('\n', end - 2) + 1;
  return source.slice(start, end);
}
