/**
 * Plain text (and unlabelled voicemail scripts): every blank-line separated
 * paragraph is prose. A line of markup alone (`<tr>`, `</td>`) ends a
 * paragraph too: HTML pasted or saved as text is read paragraph by paragraph,
 * not as one run of a whole template. So does a writer's bracketed note on a
 * line of its own ("[Voicemail - third attempt.]"), which is not prose.
 */
import { dropTrailingSignature, lineText, linesOf, makeSegment, proseRuns, takeGreeting, trimRange, type SegmentedDraft } from './lines.js';
import type { Segment } from '../types.js';

/** A line of HTML tags and white space only. Each tag is delimited, so the pattern cannot backtrack across tags. */
export const MARKUP_ONLY = /^[ \t]*(?:<\/?[A-Za-z][^<>\r\n]*>[ \t]*)+$/;

/**
 * A writer's note on a line of its own, in square brackets: "[Voicemail - third
 * attempt. No reply to the emails of 3/4.]". It is about the draft, not in it.
 * (Three words at least: "[First Name]" alone is a merge tag.)
 */
const NOTE_LINE = /^[ \t]*\[[^[\]\r\n]*?\S\s+\S[^[\]\r\n]*?\s\S[^[\]\r\n]*\][ \t]*$/;

/**
 * Whether a line is a writer's bracketed note (NOTE_LINE): not prose in a
 * plain-text draft or an e-mail. A line in capitals is a button's text
 * ("[CLAIM YOURS BEFORE IT'S GONE]"), which the reader sees: prose.
 */
export function isNoteLine(line: string): boolean {
  return line.includes('[') && NOTE_LINE.test(line) && /\p{Ll}/u.test(line);
}

/** Whether a line of a plain-text draft is prose: not markup alone, not a bracketed note. */
export function isTextProseLine(line: string, mayBeMarkup: boolean): boolean {
  if (mayBeMarkup && MARKUP_ONLY.test(line)) return false;
  return !isNoteLine(line);
}

export function segmentText(source: string): SegmentedDraft {
  const lines = linesOf(source, 0, source.length);
  const paragraphs: Segment[] = [];
  const mayBeMarkup = source.includes('<');
  for (const [a, b] of proseRuns(source, lines, (i) => isTextProseLine(lineText(source, lines[i]), mayBeMarkup))) {
    const seg = makeSegment(source, 'paragraph', lines[a].start, lines[b].end);
    if (seg) paragraphs.push(seg);
  }
  const segments = dropTrailingSignature(source, paragraphs);
  const greeting = takeGreeting(source, segments);
  const [bodyStart] = trimRange(source, 0, source.length);
  return { segments, ...(greeting ? { greeting } : {}), bodyStart };
}
