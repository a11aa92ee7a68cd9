/** Line-level reading shared by the plain-text, e-mail and script segmenters. */
import type { Segment, SegmentKind } from '../types.js';
import { MaskedRun, type Range } from './mask.js';

/** One source line: `end` excludes the line break, `next` is the next line's start. */
export interface Line {
  start: number;
  end: number;
  next: number;
}

/**
 * The lines of `source[from, to)`. LF, CRLF and a lone CR each end a line,
 * as they do for LSP clients and `core/position.ts`.
 */
export function linesOf(source: string, from = 0, to = source.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < to) {
    const line = lineAt(source, start, to);
    lines.push(line);
    if (line.next >= to || line.next === line.end) break;
    start = line.next;
  }
  return lines;
}

export function lineText(source: string, line: Line): string {
  return source.slice(line.start, line.end);
}

const NON_BLANK = /\S/;

export function isBlankLine(source: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = source.charCodeAt(i);
    // Fast path for ASCII; anything else asks the regex what white space is.
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || NON_BLANK.test(source[i])) return false;
  }
  return true;
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

/** `[from, to)` with white space (a BOM too) trimmed off both ends; empty when nothing is left. */
export function trimRange(source: string, from: number, to: number): Range {
  let a = from;
  let b = to;
  while (a < b && (isSpace(source[a]) || source[a] === '\uFEFF')) a++;
  while (b > a && isSpace(source[b - 1])) b--;
  return [a, b];
}

/** A segment over `source[from, to)` (trimmed), with `masks` masked; null when empty. */
export function makeSegment(
  source: string,
  kind: SegmentKind,
  from: number,
  to: number,
  masks: readonly Range[] = [],
): Segment | null {
  const [start, end] = trimRange(source, from, to);
  if (end <= start) return null;
  const run = new MaskedRun(source, start, end);
  for (const [a, b] of masks) run.mask(a, b);
  return { kind, start, end, text: run.text() };
}

/**
 * Groups consecutive lines for which `isProse` holds into paragraphs; a blank
 * line or a non-prose line ends a paragraph. Returns [first, last] line indexes.
 */
export function proseRuns(source: string, lines: readonly Line[], isProse: (index: number) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const prose = !isBlankLine(source, lines[i]) && isProse(i);
    if (prose && first < 0) first = i;
    if (!prose && first >= 0) {
      runs.push([first, i - 1]);
      first = -1;
    }
  }
  if (first >= 0) runs.push([first, lines.length - 1]);
  return runs;
}

const GREETING_WORD = /^(?:hi|hello|hey|heya|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening)\b/i;
const GREETING_END = /[,!:\u2014\u2013-]$/;
/** "Sarah,", "{{first_name}},", "Team," — a bare name with a comma. */
const NAME_ONLY_GREETING = /^(?:[A-Z][\w'’.-]*|[^\s\w]\S*)(?: \S+){0,2},$/;

/** A whole line that opens a message: "Hi {{first_name}},", "Dear Ms. Lee:", "Sarah,". */
export function isGreetingLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 80) return false;
  if (GREETING_WORD.test(t)) {
    const words = t.split(/\s+/).length;
    // "Hi Jim, it's Kristen." is the first sentence, not a greeting.
    return GREETING_END.test(t) ? words <= 8 : words <= 4 && !/[.?,;]/.test(t);
  }
  return NAME_ONLY_GREETING.test(t);
}

/**
 * Splits a greeting line off the front of `segment` when its first line is
 * one: returns the greeting and the rest (null when the greeting was all).
 */
export function splitGreeting(source: string, segment: Segment): { greeting: Segment; rest: Segment | null } | null {
  const nl = firstLineBreak(segment.text);
  const firstLineEnd = nl < 0 ? segment.end : segment.start + nl;
  const firstLine = source.slice(segment.start, firstLineEnd);
  if (!isGreetingLine(firstLine)) return null;
  const [gs, ge] = trimRange(source, segment.start, firstLineEnd);
  const greeting: Segment = { kind: 'greeting', start: gs, end: ge, text: segment.text.slice(gs - segment.start, ge - segment.start) };
  if (nl < 0) return { greeting, rest: null };
  const [rs, re] = trimRange(source, firstLineEnd, segment.end);
  const rest: Segment | null =
    re > rs ? { kind: segment.kind, start: rs, end: re, text: segment.text.slice(rs - segment.start, re - segment.start) } : null;
  return { greeting, rest };
}

/** Plain text: blank-line separated paragraphs of `source[from, to)`. */
export function paragraphSegments(source: string, from: number, to: number, kind: SegmentKind = 'paragraph'): Segment[] {
  const lines = linesOf(source, from, to);
  const segments: Segment[] = [];
  for (const [a, b] of proseRuns(source, lines, () => true)) {
    const seg = makeSegment(source, kind, lines[a].start, lines[b].end);
    if (seg) segments.push(seg);
  }
  return segments;
}

/** What a format's segmenter reads out of a draft; `readDraft` adds the rest. */
export interface SegmentedDraft {
  segments: Segment[];
  subject?: Segment;
  greeting?: Segment;
  frontMatter?: Record<string, unknown>;
  bodyStart: number;
  /** Segments' masked texts, when the reader kept them (markdown's block cache). */
  masked?: ReadonlyMap<Segment, string>;
}

/**
 * Splits the greeting off the first segment when `segments` opens with a
 * paragraph whose first line is one; returns the greeting or undefined.
 */
export function takeGreeting(source: string, segments: Segment[], index = 0): Segment | undefined {
  const first = segments[index];
  if (!first || first.kind !== 'paragraph') return undefined;
  const split = splitGreeting(source, first);
  if (!split) return undefined;
  segments.splice(index, 1, ...(split.rest ? [split.greeting, split.rest] : [split.greeting]));
  return split.greeting;
}

/** The line that starts at `pos`; reads only that line, so a caller walking lines stays linear. */
export function lineAt(source: string, pos: number, to = source.length): Line {
  for (let i = pos; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) return { start: pos, end: i, next: i + 1 };
    if (c === 13) return { start: pos, end: i, next: i + 1 < to && source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { start: pos, end: to, next: to };
}

/** Offset of the first line break (LF or CR) in `text` at or after `from`, or -1. */
export function firstLineBreak(text: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

const VALEDICTION =
  /^(?:best|best wishes|thanks|thanks again|thanks so much|thank you|many thanks|cheers|regards|best regards|kind regards|warm regards|warmest regards|warmly|sincerely|sincerely yours|yours truly|yours|talk soon|speak soon|all the best|take care|with gratitude|respectfully|warm wishes)[ \t]*[,.!]?$/i;
/** "Thanks either way,", "Best of luck," — a short line opening with a sign-off word. */
const LOOSE_VALEDICTION = /^(?:best|thanks|thank you|cheers|regards|warmly|sincerely|talk soon|take care|all the best)\b[^.?!]{0,30},$/i;

/** A sign-off line ("Best,", "Thanks either way,") that opens a signature block. */
export function isValediction(line: string): boolean {
  const t = line.trim();
  return VALEDICTION.test(t) || (LOOSE_VALEDICTION.test(t) && t.split(/\s+/).length <= 5);
}

const SIGNATURE_LINE_MAX = 80;
const SIGNATURE_LINES_MAX = 6;

/**
 * The first of `lines[0, end)` that is a valediction followed only by up to
 * six short lines; `end` when there is none. Blank lines do not count.
 */
export function signatureStart(source: string, lines: readonly Line[], end: number): number {
  for (let i = 0; i < end; i++) {
    const sign = lineText(source, lines[i]).trim();
    if (!isValediction(sign)) continue;
    // A bare "Thanks" followed by a lower-case line is a hard-wrapped sentence
    // ("Thanks\nfor pushing this forward"), not a sign-off above a name.
    if (!/[,.!]$/.test(sign) && continuesSentence(source, lines, i + 1, end)) continue;
    let count = 0;
    let short = true;
    for (let k = i + 1; k < end && short; k++) {
      const t = lineText(source, lines[k]).trim();
      if (t === '') continue;
      count++;
      short = t.length <= SIGNATURE_LINE_MAX && count <= SIGNATURE_LINES_MAX;
    }
    if (short) return i;
  }
  return end;
}

/** Whether the first non-blank line in `lines[from, end)` starts with a lower-case letter. */
function continuesSentence(source: string, lines: readonly Line[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = lineText(source, lines[k]).trim();
    if (t !== '') return /^\p{Ll}/u.test(t);
  }
  return false;
}

/**
 * Drops a trailing signature ("Warmly,\nHannah") from the paragraphs of a
 * markdown or plain-text draft: the e-mail rule, applied to whole segments.
 */
export function dropTrailingSignature(source: string, segments: Segment[]): Segment[] {
  const last = segments[segments.length - 1];
  if (!last) return segments;
  // Only the tail can be a signature, and it is at most seven lines long.
  const tailFrom = Math.max(0, segments.length - 7);
  for (let i = tailFrom; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.kind !== 'paragraph' || !isValediction(lineText(source, lineAt(source, seg.start, seg.end)))) continue;
    const lines = segments.slice(i).flatMap((s) => linesOf(source, s.start, s.end));
    if (signatureStart(source, lines, lines.length) === 0) return segments.slice(0, i);
  }
  return segments;
}
