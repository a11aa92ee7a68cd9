/**
 * Call and voicemail scripts: only the rep's lines are prose (kind
 * 'speaker-line'); stage directions inside them are masked. A script with no
 * labels at all is a voicemail read straight through: plain text.
 */
import type { Segment } from '../types.js';
import { isBlankLine, lineText, linesOf, makeSegment, type SegmentedDraft } from './lines.js';
import {
  findStageDirections,
  isHeadingOrRule,
  parseSpeakerLabel,
  repSpeechRanges,
  type ScriptLine,
  type SpeakerLists,
} from './speakers.js';
import { segmentText } from './text.js';

/** The non-blank lines of `source[from, to)` with their labels. */
export function scriptLines(source: string, from: number, to: number, lists: SpeakerLists): ScriptLine[] {
  const result: ScriptLine[] = [];
  let breakBefore = false;
  for (const line of linesOf(source, from, to)) {
    if (isBlankLine(source, line)) {
      breakBefore = true;
      continue;
    }
    const resetsSpeaker = isHeadingOrRule(lineText(source, line));
    const label = resetsSpeaker ? null : parseSpeakerLabel(source, line, lists);
    result.push({ start: line.start, end: line.end, next: line.next, label, breakBefore, resetsSpeaker });
    breakBefore = false;
  }
  return result;
}

export function segmentScript(source: string, lists: SpeakerLists): SegmentedDraft {
  const lines = scriptLines(source, source.startsWith('\uFEFF') ? 1 : 0, source.length, lists);
  if (!lines.some((l) => l.label && l.label.role !== 'annotation')) return segmentText(source);
  const segments: Segment[] = [];
  for (const [from, to] of repSpeechRanges(lines)) {
    const seg = makeSegment(source, 'speaker-line', from, to, findStageDirections(source, from, to));
    if (seg) segments.push(seg);
  }
  const firstLabel = lines.find((l) => l.label && l.label.role !== 'annotation');
  // The opener belongs in the rep's mouth: the body starts where the rep first speaks.
  const bodyStart = segments[0]?.start ?? firstLabel?.start ?? 0;
  return { segments, bodyStart };
}
