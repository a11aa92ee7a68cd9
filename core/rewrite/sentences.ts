/**
 * Sentences and clauses of one segment, in absolute offsets. Sentence
 * boundaries come from Intl.Segmenter, one segment (a paragraph) at a time
 * (V8's segmenter is superlinear on long strings), with the abbreviations it
 * breaks after merged back ("Mr.", "e.g.", "a.m.").
 */
import { memoByText } from '../memo.js';
import type { Segment } from '../types.js';

export interface Span {
  start: number;
  end: number;
}

/** Longer paragraphs are split at line breaks first, to keep the segmenter linear. */
const SEGMENTER_LIMIT = 4_000;

/** Words after which a period does not end a sentence (a closed list, not English in general). */
const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|st|vs|etc|e\.g|i\.e|inc|ltd|co|jr|sr|approx|no|a\.m|p\.m|ext|[a-z])\.$/i;

let segmenter: Intl.Segmenter | undefined;

/**
 * Sentence spans of a piece of text, relative to it, trimmed of white space.
 * Read only: a rewrite asks for the same paragraph's sentences once per
 * finding and per move it tries (25,000 calls for 7,500 texts in a
 * `--format json` run of the 10 MB benchmark corpus, where segmenting took
 * 0.6 s), so they are remembered.
 */
export const sentenceSpans: (text: string) => readonly Span[] = memoByText(spansOf, 256, true);

function spansOf(text: string): Span[] {
  if (text.length > SEGMENTER_LIMIT) {
    const spans: Span[] = [];
    for (const line of text.matchAll(/[^\n]+/g)) {
      for (const span of spansOf(line[0].length > SEGMENTER_LIMIT ? line[0].slice(0, SEGMENTER_LIMIT) : line[0])) {
        spans.push({ start: span.start + line.index, end: span.end + line.index });
      }
    }
    return spans;
  }
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: Span[] = [];
  let pending: Span | undefined;
  // ICU ends a sentence at every line break; a draft wraps its lines anywhere.
  // Line breaks read as spaces (same length), and splitAtLineBreaks decides.
  // Markup masked after a sentence's end ("midnight.**") reads as space, so
  // the sentence still ends there; the span takes it back below.
  // Other masked text (a merge tag) reads as a capitalised word: a sentence
  // that opens with one ("*|FNAME|*, any update?") still starts a sentence.
  const flat = text
    .replace(/[\r\n]/g, ' ')
    .replace(/([.!?…])(\u0001+)/gu, (_, end: string, run: string) => end + ' '.repeat(run.length))
    .replace(/\u0001+/g, (run) => 'X'.padEnd(run.length, 'x'));
  for (const piece of segmenter.segment(flat)) {
    const raw = piece.segment;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = piece.index + raw.indexOf(trimmed);
    const span = { start, end: start + trimmed.length };
    if (pending) pending.end = span.end;
    else pending = span;
    if (!ABBREVIATION.test(trimmed)) {
      spans.push(pending);
      pending = undefined;
    }
  }
  if (pending) spans.push(pending);
  for (const span of spans) while (text[span.end] === '\u0001') span.end++;
  return splitAtLineBreaks(text, splitBeforeNumbers(text, mergeContinuations(text, spans)));
}

/**
 * ICU does not end a sentence before one that opens with a number ("…on
 * Tuesday. 12 people have it in their cart."): after a word that is no
 * abbreviation, it ends there.
 */
function splitBeforeNumbers(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    const body = text.slice(span.start, span.end);
    for (const m of body.matchAll(/(?<=\p{L})[.!?…]["”’')\]]*\s+(?=\d)/gu)) {
      const end = span.start + m.index + m[0].trimEnd().length;
      if (ABBREVIATION.test(text.slice(start, span.start + m.index + 1))) continue;
      out.push({ start, end });
      start = span.start + m.index + m[0].length;
    }
    out.push({ start, end: span.end });
  }
  return out;
}

/**
 * A "sentence" that starts with a lower-case letter continues the one before:
 * the "?" before it was a lost dash ("Quick note ? our pricing …", seed 004)
 * or an aside ("… wait! said nobody").
 */
function mergeContinuations(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    if (previous && /^\p{Ll}/u.test(text.slice(span.start, span.start + 1)) && !/[.!…]["”’')\]]*$/u.test(text.slice(previous.start, previous.end))) {
      previous.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}

/**
 * A line break inside a segmenter sentence ends a sentence when the next line
 * starts with a capital and the line before ends a thought: drafts put one
 * sentence per line without punctuation ("Hi Tom" / "It's Greg").
 */
function splitAtLineBreaks(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    const body = text.slice(span.start, span.end);
    // (A list marker before the capital is the next line's, not either sentence's: "(up from 1,200)" / "- Only two left".)
    for (const m of body.matchAll(/[ \t]*\r?\n[ \t]*(?:(?:[-*•+]|\d{1,2}[.)])[ \t]+)?(?=\p{Lu})/gu)) {
      const cut = span.start + m.index;
      // A line that stops mid-phrase ("…the proposal for" / "[Company]") goes on.
      if (/[,;:(\-–—]$|\b(?:a|an|the|for|to|of|in|on|at|by|with|from|and|or|but|so|your|our|my|their|his|her|its|this|that|is|are|was|were)$/i.test(text.slice(start, cut))) continue;
      if (cut > start) out.push({ start, end: cut });
      start = cut + m[0].length;
    }
    if (start < span.end) out.push({ start, end: span.end });
  }
  return out;
}

/** The segment's sentences in absolute offsets. */
export function sentencesOf(segment: Segment): Span[] {
  return sentenceSpans(segment.text).map((span) => ({ start: segment.start + span.start, end: segment.start + span.end }));
}

/** The sentence of a segment that holds [start, end), in absolute offsets. */
export function sentenceAround(segment: Segment, start: number, end: number): Span {
  const sentences = sentencesOf(segment);
  const first = sentences.find((s) => s.end > start) ?? sentences[sentences.length - 1];
  const last = [...sentences].reverse().find((s) => s.start < end) ?? first;
  return { start: Math.min(first.start, start), end: Math.max(last.end, end) };
}

/**
 * Where clauses of a sentence meet: punctuation that joins clauses (comma,
 * semicolon, colon, a dash between spaces, a parenthesis; not the comma or
 * colon inside a number or a time, "1,200", "11:59pm"), as offsets of the
 * delimiter relative to the sentence text.
 */
export const CLAUSE_DELIMITER =
  /\s*(?:[,;:](?!\d)|\s[—–?-]\s|[—–]|\(|\))\s*|\s+(?=(?:and|but|so)\s+(?:I|I['’]m|Im|we|we['’]re|you|it|they|there|this|that|our|your|their|the)\b)/gu;

/** Words that join a clause to the one before it; dropped with the clause they open. */
export const CONNECTIVE = /^(?:so|and|but|or|because|as|since|which|plus|then)\b\s*/i;
