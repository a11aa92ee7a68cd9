/**
 * Call and voicemail scripts: only the rep's lines are prose (kind
 * 'speaker-line'); stage directions inside them are masked. A script with no
 * labels at all is a voicemail read straight through: plain text.
 */
import type { Segment } from '../types.js';
import { detach, memoByText } from '../memo.js';
import type { Range } from './mask.js';
import { isBlankLine, lineText, linesOf, makeSegment, type SegmentedDraft } from './lines.js';
import {
  findStageDirections,
  isHeadingOrRule,
  parseSpeakerLabel,
  repSpeechRanges,
  type ScriptLine,
  type SpeakerLabel,
  type SpeakerLists,
} from './speakers.js';
import { segmentText } from './text.js';

/** What a line says by its text alone: a heading or rule, or its label (`contentStart` relative to the line). */
export interface LineReading {
  resetsSpeaker: boolean;
  label: SpeakerLabel | null;
}

/**
 * Line readings by line text, per speaker lists: a script edited in an editor
 * is mostly the same lines, so a keystroke reads one line again, not all.
 */
const readingsByLists = new WeakMap<SpeakerLists, (text: string) => LineReading>();

export function lineReading(lists: SpeakerLists): (text: string) => LineReading {
  let read = readingsByLists.get(lists);
  if (!read) {
    read = memoByText((slice) => {
      // The label's name may be a slice of the text: read a copy, so no reading keeps a draft alive.
      const text = detach(slice);
      const resetsSpeaker = isHeadingOrRule(text);
      const line = { start: 0, end: text.length, next: text.length };
      return { resetsSpeaker, label: resetsSpeaker ? null : parseSpeakerLabel(text, line, lists) };
    }, 65_536, true);
    readingsByLists.set(lists, read);
  }
  return read;
}

/** The non-blank lines of `source[from, to)` with their labels. */
export function scriptLines(source: string, from: number, to: number, lists: SpeakerLists): ScriptLine[] {
  const result: ScriptLine[] = [];
  const read = lineReading(lists);
  let breakBefore = false;
  for (const line of linesOf(source, from, to)) {
    if (isBlankLine(source, line)) {
      breakBefore = true;
      continue;
    }
    const { resetsSpeaker, label: relative } = read(lineText(source, line));
    const label = relative && { ...relative, contentStart: line.start + relative.contentStart };
    result.push({ start: line.start, end: line.end, next: line.next, label, breakBefore, resetsSpeaker });
    breakBefore = false;
  }
  return result;
}

/** Stage directions by the text of a rep's turn, relative to it. */
export const stageDirectionsIn = memoByText((text) => findStageDirections(text, 0, text.length), 16_384, true);

export function segmentScript(source: string, lists: SpeakerLists): SegmentedDraft {
  const lines = scriptLines(source, source.startsWith('\uFEFF') ? 1 : 0, source.length, lists);
  if (!lines.some((l) => l.label && l.label.role !== 'annotation')) return segmentText(source);
  const segments: Segment[] = [];
  for (const [from, to] of repSpeechRanges(lines)) {
    const directions = stageDirectionsIn(source.slice(from, to)).map(([a, b]): Range => [from + a, from + b]);
    const seg = makeSegment(source, 'speaker-line', from, to, directions);
    if (seg) segments.push(seg);
  }
  const firstLabel = lines.find((l) => l.label && l.label.role !== 'annotation');
  // The opener belongs in the rep's mouth: the body starts where the rep first speaks.
  const bodyStart = segments[0]?.start ?? firstLabel?.start ?? 0;
  return { segments, bodyStart };
}
