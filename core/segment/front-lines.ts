/**
 * Title and metadata lines above a script or letter ("CALL SCRIPT — renewal",
 * "Caller: Sam Reyes", "Renewal voicemail — March"): not the message's
 * opening. The apology rule looks for its opening after them, and the rewrite
 * puts the opener there, so both read them the same way.
 */
import type { Segment } from '../types.js';

/** How many leading segments may be a title or metadata. */
const MAX_FRONT_LINES = 6;

/** A greeting at the start of a line or sentence: never a title. */
export const GREETING_START = /^\s*(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|greetings|hiya)\b/i;

/**
 * A title or metadata line: a label line ("Caller: Sam Reyes", "*Generated:
 * May 2*"), a line in capitals, or a short line without sentence punctuation
 * (up to 16 words when a dash sets its parts apart, as titles do).
 * Text is a segment's masked text (merge tags read as U+0001).
 */
export function isFrontLine(text: string): boolean {
  const lines = text.split(/\r?\n|\r/).filter((line) => line.trim() !== '');
  return (
    lines.length > 0 &&
    lines.every((line) => {
      // Merge tags and template syntax are masked: read around them.
      const trimmed = line.replace(/\u0001+/g, ' ').trim();
      if (trimmed === '' || GREETING_START.test(trimmed)) return false;
      if (/^[\u0001*_\s]*[A-Za-z][A-Za-z0-9 '’/&()-]{0,30}[\u0001*_]*\s*:(?:\s|$)/.test(trimmed)) return true;
      const letters = trimmed.replace(/[^\p{L}]/gu, '');
      if (letters.length >= 2 && letters === letters.toUpperCase()) return true;
      const words = trimmed.split(/\s+/).length;
      if (/[.!?…,;]["”’')\]]*$/.test(trimmed)) return false;
      // A short line, or a longer one whose parts a dash sets apart ("Voicemail — re-engaging a stalled prospect (…)").
      return words <= 8 || (words <= 16 && /\s[—–]\s/.test(trimmed));
    })
  );
}

/** How many of the leading segments (a draft without a greeting line) are title or metadata lines. */
export function frontLineCount(segments: readonly Segment[]): number {
  const firstProse = segments.findIndex((segment, i) => i >= MAX_FRONT_LINES || !isFrontLine(segment.text));
  return firstProse < 0 ? 0 : firstProse;
}
