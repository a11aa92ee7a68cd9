/** Plain text (and unlabelled voicemail scripts): every blank-line separated paragraph is prose. */
import { dropTrailingSignature, paragraphSegments, takeGreeting, trimRange, type SegmentedDraft } from './lines.js';

export function segmentText(source: string): SegmentedDraft {
  const segments = dropTrailingSignature(source, paragraphSegments(source, 0, source.length));
  const greeting = takeGreeting(source, segments);
  const [bodyStart] = trimRange(source, 0, source.length);
  return { segments, ...(greeting ? { greeting } : {}), bodyStart };
}
