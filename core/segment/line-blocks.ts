/**
 * The fast path of the line-based formats (plain text, call scripts, and the
 * candidate pre-scan of e-mail): the draft is split into blocks as markdown
 * is (markdown-blocks.ts), each block's reading is kept by its text, and only
 * the blocks that matter are read: the opening (the greeting and first
 * sentences the apology rule reads), the tail (a signature is dropped by
 * looking at the last segments) and every block the candidate test accepts.
 * A keystroke in a 1 MB draft reads one block again.
 *
 * Each format's segments never cross a blank line (nor, for plain text, a
 * line of markup alone; for e-mail, a quoted line), so every segment lies
 * inside one block. A call script's turns do run across blocks: each block
 * knows its last label, so the speaker at a block's start is the last label
 * before it. test/perf/differential.test.ts holds both paths to identical
 * findings.
 */
import type { Format, Segment } from '../types.js';
import { BoundedMap, memoBudget, memoByText } from '../memo.js';
import { historyBegins, isProseLine, MAY_BEGIN_HISTORY, finishEmail, readEmailHead } from './email.js';
import { dropTrailingSignature, lineAt, linesOf, makeSegment, proseRuns, signatureStart, takeGreeting, trimRange, lineText, type Line, type SegmentedDraft } from './lines.js';
import {
  blockStartingAt,
  currentSplit,
  isCandidateBlock,
  OPENING_SEGMENTS,
  TAIL_SEGMENTS,
  type CandidateTest,
  type SplitMode,
  type Split,
} from './markdown-blocks.js';
import { lineReading, scriptLines, stageDirectionsIn } from './script.js';
import { namedRoles, repSpeechRanges, speaksForRep, type ScriptLine, type SpeakerLists } from './speakers.js';
import { isTextProseLine, MARKUP_ONLY, segmentText } from './text.js';

const QUOTED_LINE = /^[ \t]*>/;

/**
 * Block readings kept (and the memo budget's characters), by the split's block
 * texts: those are detached already (markdown-blocks.ts makeSplit), and the
 * memo keeps that very string, so the next keystroke finds each block by
 * identity rather than by comparing its characters. A 1 MB call script
 * has a block per turn, some 12,000, and every one must still be there at the
 * next keystroke.
 */
const BLOCK_MEMO_LIMIT = 65_536;

export const TEXT_SPLIT: SplitMode = { name: 'text', breaks: (line) => line.includes('<') && MARKUP_ONLY.test(line) };
export const EMAIL_SPLIT: SplitMode = { name: 'email', breaks: (line) => QUOTED_LINE.test(line) };
/** A call script's split per speaker lists: a turn never runs past the next label or heading, so each starts a block. */
const scriptSplits = new WeakMap<SpeakerLists, SplitMode>();

function scriptSplit(lists: SpeakerLists): SplitMode {
  let mode = scriptSplits.get(lists);
  if (!mode) {
    const read = lineReading(lists);
    mode = {
      name: 'script',
      starts: (line) => {
        const reading = read(line);
        return reading.resetsSpeaker || reading.label !== null;
      },
      reading: scriptBlock(lists),
    };
    scriptSplits.set(lists, mode);
  }
  return mode;
}

export function splitModeFor(format: Format, lists: SpeakerLists): SplitMode | undefined {
  return format === 'text' ? TEXT_SPLIT : format === 'email' ? EMAIL_SPLIT : format === 'script' ? scriptSplit(lists) : undefined;
}

type Relative = Segment;

function shifted(segments: readonly Relative[], by: number): Segment[] {
  return segments.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));
}

/** Each block reading's segments as last placed: a keystroke moves only the blocks after it. */
const placements = new WeakMap<readonly Relative[], { at: number; segments: Segment[] }>();

function placedAt(relative: readonly Relative[], at: number): Segment[] {
  let placed = placements.get(relative);
  if (placed?.at !== at) placements.set(relative, (placed = { at, segments: shifted(relative, at) }));
  return placed.segments;
}

/** A block's paragraphs as plain text, offsets relative to the block. */
const textParagraphs = memoByText((text): Relative[] => {
  const lines = linesOf(text, 0, text.length);
  const mayBeMarkup = text.includes('<');
  const segments: Relative[] = [];
  for (const [a, b] of proseRuns(text, lines, (i) => isTextProseLine(lineText(text, lines[i]), mayBeMarkup))) {
    const seg = makeSegment(text, 'paragraph', lines[a].start, lines[b].end);
    if (seg) segments.push(seg);
  }
  return segments;
}, BLOCK_MEMO_LIMIT);

/**
 * Picks the blocks to read: the opening until `enough` prose segments, the
 * tail until TAIL_SEGMENTS segments, and the candidates between; returns the
 * read blocks' segments in order.
 */
function readBlocks(
  split: Split,
  candidate: CandidateTest,
  read: (i: number) => Segment[],
  tailSegments: number,
  first = 0,
  count = split.blocks.length,
): Segment[] {
  const byBlock = new Array<Segment[] | undefined>(count);
  let opening = first;
  let prose = 0;
  for (; opening < count && prose < OPENING_SEGMENTS; opening++) prose += (byBlock[opening] = read(opening)).length;
  let tail = count;
  let seen = 0;
  while (tail > opening && seen < tailSegments) seen += (byBlock[--tail] = read(tail)).length;
  for (let i = opening; i < tail; i++) if (isCandidateBlock(split, i, candidate)) byBlock[i] = read(i);
  const segments: Segment[] = [];
  for (const block of byBlock) if (block) for (const s of block) segments.push(s);
  return segments;
}

/** Plain text read block by block; null when the draft does not split. */
export function segmentTextBlocks(source: string, lists: SpeakerLists, candidate: CandidateTest): SegmentedDraft | null {
  const split = currentSplit(source, lists, TEXT_SPLIT);
  if (!split) return null;
  const read = (i: number): Segment[] => placedAt(textParagraphs(split.texts[i]), split.blocks[i].start);
  const segments = dropTrailingSignature(source, readBlocks(split, candidate, read, TAIL_SEGMENTS));
  const greeting = takeGreeting(source, segments);
  const [bodyStart] = trimRange(source, 0, source.length);
  return { segments, ...(greeting ? { greeting } : {}), bodyStart };
}

/** A block of an e-mail body: its paragraphs (offsets relative to the block) and the lines where its history may begin. */
interface EmailBlock {
  paragraphs: Relative[];
  historyLines: number[];
}

function readEmailBlock(text: string): EmailBlock {
  const lines = linesOf(text, 0, text.length);
  const paragraphs: Relative[] = [];
  for (const [a, b] of proseRuns(text, lines, (i) => isProseLine(lineText(text, lines[i])))) {
    const seg = makeSegment(text, 'paragraph', lines[a].start, lines[b].end);
    if (seg) paragraphs.push(seg);
  }
  const historyLines = lines.filter((line) => MAY_BEGIN_HISTORY.test(lineText(text, line))).map((line) => line.start);
  return { paragraphs, historyLines };
}

const emailBlock = memoByText(readEmailBlock, BLOCK_MEMO_LIMIT);

/** Whether the history begins at the line that starts at `at` (email.ts historyBegins, the lines after it read from the source). */
function historyBeginsAt(source: string, at: number): boolean {
  const line = lineAt(source, at);
  return historyBegins(lineText(source, line), (k) => {
    let next = line;
    for (let i = 0; i < k; i++) {
      if (next.next >= source.length || next.next === next.end) return '';
      next = lineAt(source, next.next);
    }
    return lineText(source, next);
  });
}

/** A signature is looked for in the last lines before the history: this many that are not blank (lines.ts signatureStart). */
const SIGNATURE_WINDOW = 7;

/**
 * An e-mail read block by block (email.ts reads it whole): the Subject, then
 * the body's paragraphs in the blocks that matter, up to its signature or
 * history. The history's first line is found from the blocks that may hold
 * one, the signature in the last lines before it, both exactly as the whole
 * reading finds them. Null when the draft does not split, or its body is not
 * one plain part starting a block (a multipart or encoded message is read whole).
 */
export function segmentEmailBlocks(source: string, lists: SpeakerLists, candidate: CandidateTest): SegmentedDraft | null {
  const head = readEmailHead(source);
  const [part] = head.parts;
  if (head.parts.length !== 1 || part.quotedPrintable || part.to !== source.length) return null;
  const [bodyFrom] = trimRange(source, part.from, part.to);
  if (bodyFrom === source.length) return finishEmail(source, head, []);
  const split = currentSplit(source, lists, EMAIL_SPLIT);
  const first = split ? blockStartingAt(split.blocks, bodyFrom) : -1;
  if (!split || first < 0) return null;
  const { blocks, texts } = split;
  // Where the writer's words end: the history's first line, else the end.
  let cut = source.length;
  let cutBlock = blocks.length - 1;
  search: for (let i = first; i < blocks.length; i++) {
    if (!split.facts[i].mayBeginHistory) continue;
    for (const line of emailBlock(texts[i]).historyLines) {
      if (!historyBeginsAt(source, blocks[i].start + line)) continue;
      cut = blocks[i].start + line;
      cutBlock = cut > blocks[i].start ? i : i - 1;
      break search;
    }
  }
  // The signature: in the last lines before the cut that are not blank.
  let tailBlock = cutBlock;
  let tail: Line[] = [];
  for (let nonBlank = 0; tailBlock >= first && nonBlank < SIGNATURE_WINDOW; tailBlock--) {
    const lines = linesOf(source, blocks[tailBlock].start, Math.min(blocks[tailBlock].end, cut));
    nonBlank += lines.filter((line) => lineText(source, line).trim() !== '').length;
    tail = [...lines, ...tail];
  }
  const signature = signatureStart(source, tail, tail.length);
  const end = signature < tail.length ? tail[signature].start : cut;
  const read = (i: number): Segment[] => {
    const { start } = blocks[i];
    if (blocks[i].end <= end) return placedAt(emailBlock(texts[i]).paragraphs, start);
    // The block the signature or history cuts: read once, not kept (its slice would keep the draft alive).
    return start < end ? shifted(readEmailBlock(source.slice(start, end)).paragraphs, start) : [];
  };
  let last = first;
  while (last + 1 < blocks.length && blocks[last + 1].start < end) last++;
  return finishEmail(source, head, readBlocks(split, candidate, read, TAIL_SEGMENTS, first, last + 1));
}

/** What a call script's block says about turns, by its text (offsets relative to the block). */
interface ScriptBlock {
  lines: ScriptLine[];
  /** A known rep label, the first named speaker, a label other than a note. */
  hasRep: boolean;
  firstNamed: string | undefined;
  firstSpeakerLabel: number | undefined;
}

const scriptBlocksByLists = new WeakMap<SpeakerLists, (text: string) => ScriptBlock>();

function scriptBlock(lists: SpeakerLists): (text: string) => ScriptBlock {
  let read = scriptBlocksByLists.get(lists);
  if (!read) {
    read = memoByText((text) => {
      const lines = scriptLines(text, 0, text.length, lists);
      return {
        lines,
        hasRep: lines.some((l) => l.label?.role === 'rep'),
        firstNamed: lines.find((l) => l.label?.role === 'named')?.label?.name,
        firstSpeakerLabel: lines.find((l) => l.label && l.label.role !== 'annotation')?.start,
      };
    }, BLOCK_MEMO_LIMIT);
    scriptBlocksByLists.set(lists, read);
  }
  return read;
}

/**
 * The rep's turns in a block, by its text: who speaks as the block starts and
 * who the named speakers are decide them, so both are kept with the reading.
 */
interface ScriptTurns {
  rep: string | null;
  prospect: string | null;
  repAtStart: boolean;
  relative: Segment[];
}

/** The named speakers' labels in order, as far as it takes to find two (the rep and the prospect). */
function* namedLabels(facts: readonly ScriptBlock[]): Generator<ScriptLine['label']> {
  for (const f of facts) {
    if (f.firstNamed === undefined) continue;
    for (const line of f.lines) if (line.label?.role === 'named') yield line.label;
  }
}

const scriptTurnsByLists = new WeakMap<SpeakerLists, BoundedMap<string, ScriptTurns>>();

function scriptTurns(lists: SpeakerLists): BoundedMap<string, ScriptTurns> {
  let turns = scriptTurnsByLists.get(lists);
  if (!turns) scriptTurnsByLists.set(lists, (turns = new BoundedMap(BLOCK_MEMO_LIMIT, memoBudget)));
  return turns;
}

/**
 * A call script read block by block (script.ts reads it whole): the rep's
 * turns in the blocks that matter. Null when the draft does not split.
 */
export function segmentScriptBlocks(source: string, lists: SpeakerLists, candidate: CandidateTest): SegmentedDraft | null {
  const split = currentSplit(source, lists, scriptSplit(lists));
  if (!split) return null;
  const facts = split.readings as ScriptBlock[];
  const firstLabelBlock = facts.findIndex((f) => f.firstSpeakerLabel !== undefined);
  // No speaker at all: a voicemail read straight through.
  if (firstLabelBlock < 0) return segmentText(source);
  // Who the named speakers are, from the whole draft (speakers.ts namedRoles).
  const roles = namedRoles(namedLabels(facts), facts.some((f) => f.hasRep));
  // Who speaks as each block starts: the last label or heading before it decides.
  const repAtStart = new Array<boolean>(facts.length);
  let speakerIsRep = false;
  facts.forEach((f, i) => {
    repAtStart[i] = speakerIsRep;
    for (let k = f.lines.length - 1; k >= 0; k--) {
      const line = f.lines[k];
      if (line.resetsSpeaker) {
        speakerIsRep = false;
        break;
      }
      if (line.label) {
        speakerIsRep = speaksForRep(line.label, roles);
        break;
      }
    }
  });
  const turns = scriptTurns(lists);
  const read = (i: number): Segment[] => {
    const text = split.texts[i];
    const at = split.blocks[i].start;
    const repAtBlockStart = repAtStart[i];
    let entry = turns.get(text);
    if (!entry || entry.rep !== roles.rep || entry.prospect !== roles.prospect || entry.repAtStart !== repAtBlockStart) {
      // A block starts after a blank line: a turn open before it is closed, but its speaker goes on.
      const lines = facts[i].lines;
      const lead: ScriptLine[] = repAtBlockStart ? [{ start: 0, end: 0, next: 0, label: { name: roles.rep ?? 'rep', role: 'rep', contentStart: 0 }, breakBefore: false, resetsSpeaker: false }] : [];
      const relative: Segment[] = [];
      for (const [from, to] of repSpeechRanges([...lead, ...lines], roles)) {
        if (to <= from) continue;
        const directions = stageDirectionsIn(text.slice(from, to)).map(([a, b]): [number, number] => [from + a, from + b]);
        const seg = makeSegment(text, 'speaker-line', from, to, directions);
        if (seg) relative.push(seg);
      }
      turns.set(text, (entry = { rep: roles.rep, prospect: roles.prospect, repAtStart: repAtBlockStart, relative }));
    }
    return placedAt(entry.relative, at);
  };
  const segments = readBlocks(split, candidate, read, 0);
  const firstLabel = split.blocks[firstLabelBlock].start + facts[firstLabelBlock].firstSpeakerLabel!;
  return { segments, bodyStart: segments[0]?.start ?? firstLabel };
}
