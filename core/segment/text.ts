/**
 * Plain text (and unlabelled voicemail scripts): every blank-line separated
 * paragraph is prose. A line of markup alone (`<tr>`, `</td>`) ends a
 * paragraph too: HTML pasted or saved as text is read paragraph by paragraph,
 * not as one run of a whole template.
 */
import { dropTrailingSignature, lineText, linesOf, makeSegment, proseRuns, takeGreeting, trimRange, type SegmentedDraft } from './lines.js';
import type { Segment } from '../types.js';

/** A line of HTML tags and white space only. Each tag is delimited, so the pattern cannot backtrack across tags. */
export const MARKUP_ONLY = /^[ \t]*(?:<\/?[A-Za-z][^<>\r\n]*>[ \t]*)+$/;

export function segmentText(source: string): SegmentedDraft {
  const lines = linesOf(source, 0, source.length);
  const paragraphs: Segment[] = [];
  const mayBeMarkup = source.includes('<');
  for (const [a, b] of proseRuns(source, lines, (i) => !mayBeMarkup || !MARKUP_ONLY.test(lineText(source, lines[i])))) {
    const seg = makeSegment(source, 'paragraph', lines[a].start, lines[b].end);
    if (seg) paragraphs.push(seg);
  }
  const segments = dropTrailingSignature(source, paragraphs);
  const greeting = takeGreeting(source, segments);
  const [bodyStart] = trimRange(source, 0, source.length);
  return { segments, ...(greeting ? { greeting } : {}), bodyStart };
}
