/**
 * The markdown fast path: parse only what can hold a finding, and re-parse only
 * what changed.
 *
 * remark is most of the cost of linting markdown, and most blocks of a draft
 * hold nothing any rule could report. The source is split into top-level
 * blocks at blank lines where nothing is left open (no fenced code, HTML
 * comment or raw-text HTML block, front matter; the next line is not indented),
 * and each block parses on its own exactly as it does inside the draft. Only
 * these blocks are parsed: the front matter, the opening (the greeting and first
 * paragraphs the apology rule reads), the tail (a signature is dropped by looking
 * at the last segments), and every block the caller's candidate test accepts.
 * Parses are cached by block text, so an editor's keystroke re-parses one block,
 * and a block that is one plain paragraph (what typing mostly changes) is read
 * without the parser.
 *
 * Link reference and footnote definitions resolve across blocks: a block that
 * holds a `[` is parsed with the draft's definitions (as `[label]: x` lines)
 * before it, or after it for the first block. Whatever else the draft-level
 * reading needs falls back to parsing the whole draft: a speaker-labelled
 * script (turn-taking runs across paragraphs), indented fences, and processing
 * instructions, CDATA and declarations.
 * test/perf/differential.test.ts holds the two paths to identical findings.
 */
import type { Segment } from '../types.js';
import { BoundedMap, detach, memoBudget, memoByText } from '../memo.js';
import { lineAt, linesOf, trimRange, type Line } from './lines.js';
import { definitionsIn, finishMarkdown, isHostileBlock, MAX_METADATA_BLOCKS, segmentMarkdown, parseMarkdownRange, readByLines, type ParsedRange } from './markdown.js';
import { namedSpeakersTakeTurns, parseSpeakerLabel, type SpeakerLists } from './speakers.js';
import type { SegmentedDraft } from './lines.js';
import { hasProse } from './mask.js';
import { MAY_BEGIN_HISTORY } from './email.js';

/**
 * Whether a block's raw text may hold something a rule reports, and what the
 * answer depends on (the rules' own tests): answers are kept per block while
 * the key stays the same.
 */
export interface CandidateTest {
  readonly key: readonly unknown[];
  test(blockText: string): boolean;
}

/** A segment's text with what is never prose masked (merge tags, URLs…), from its raw source text. */
export type SegmentMask = (raw: string, text: string) => string;

export interface BlockOptions {
  isCandidate: CandidateTest;
  /** The draft's masking: masked texts are kept with each block's parse. */
  mask?: SegmentMask;
}

/**
 * Kept prose segments (headings aside) the opening must hold: up to
 * MAX_METADATA_BLOCKS of labelled metadata above the greeting (markdown.ts),
 * then the greeting, three sentences and a margin.
 */
export const OPENING_SEGMENTS = MAX_METADATA_BLOCKS + 6;
/** Segments the tail must hold: a trailing signature is looked for in the last seven. */
export const TAIL_SEGMENTS = 8;

/** What the block splitter does not track. */
const WHOLE_DRAFT = /^[ \t]+(?:`{3}|~{3})|^ {0,3}<(?:\?|!\[CDATA\[|![A-Za-z])/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(?:[\s>]|$)/i;
const COMMENT_OPEN = /^ {0,3}<!--/;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;

/** A top-level block: [start, end) covers its lines and the blank lines after it. */
interface Block {
  start: number;
  end: number;
}

function isBlank(source: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = source.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Whether a line could open a fence, raw HTML, a comment or front matter: its first non-blank is one of `` ` ~ < - ``. */
function mayOpen(source: string, line: Line): boolean {
  for (let i = line.start; i < line.end && i < line.start + 4; i++) {
    const c = source.charCodeAt(i);
    if (c === 32) continue;
    return c === 96 || c === 126 || c === 60 || c === 45;
  }
  return false;
}

/** The blocks of `source[from, …)`, or null when the draft must be parsed whole. */
export function splitBlocks(source: string, from: number, mode: SplitMode = MARKDOWN): Block[] | null {
  return scanBlocks(source, from, true, mode)?.blocks ?? null;
}

/**
 * How a format's drafts split. Markdown's boundaries are blank lines before an
 * unindented line. The line-based formats (e-mail, script, plain text) have no
 * indented constructs, so any line after a blank one starts a block, and a
 * format may name more lines that no segment of it crosses (scanLineBlocks).
 */
export interface SplitMode {
  readonly name: string;
  /** A line no segment crosses or holds: a block of its own. */
  readonly breaks?: (line: string) => boolean;
  /** A line no segment crosses into: a block starts there. */
  readonly starts?: (line: string) => boolean;
  /** What the mode's reader needs of each block, by its text: computed as a block is split off and kept with the split. */
  readonly reading?: (text: string) => unknown;
}

export const MARKDOWN: SplitMode = { name: 'markdown' };

/**
 * Splits `source[from, …)` into blocks; `from` is the draft's start (where
 * front matter may open) or a block boundary. `stop` may end the scan at a
 * boundary (the text after it is known to split as before): the last block
 * then ends there and `stoppedAt` is set. Null when front matter never closes.
 */
function scanBlocks(
  source: string,
  from: number,
  atDraftStart: boolean,
  mode: SplitMode,
  stop?: (boundary: number) => boolean,
): { blocks: Block[]; stoppedAt?: number } | null {
  if (mode !== MARKDOWN) return scanLineBlocks(source, from, mode, stop);
  const blocks: Block[] = [];
  let blockStart = from;
  let pos = from;
  let afterBlank = false;
  /** What is open: a fence (its marker), raw HTML (its closing tag), a comment, or front matter. */
  let fence: string | null = null;
  let closeTag: string | null = null;
  let comment = false;
  let frontMatter = false;
  let first = atDraftStart;
  while (pos < source.length) {
    const line = lineAt(source, pos);
    const open: boolean = first || frontMatter || fence !== null || closeTag !== null || comment;
    // Most lines are prose: only a line that could open or close something is sliced and tested.
    const text: string = open || mayOpen(source, line) ? source.slice(line.start, line.end) : '';
    if (first) {
      first = false;
      frontMatter = FRONT_MATTER_FENCE.test(text);
    }
    if (frontMatter) {
      // The opening fence itself is not the closing one.
      if (line.start > from && FRONT_MATTER_FENCE.test(text)) frontMatter = false;
    } else if (fence !== null) {
      const m = FENCE.exec(text);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && text.slice(m[0].length).trim() === '') fence = null;
    } else if (closeTag !== null) {
      if (text.toLowerCase().includes(closeTag)) closeTag = null;
    } else if (comment) {
      if (text.includes('-->')) comment = false;
    } else if (isBlank(source, line)) {
      afterBlank = true;
    } else {
      const c = source.charCodeAt(line.start);
      // A safe boundary: after a blank line, at a line that neither continues
      // an indented construct nor could read as front matter when parsed alone,
      // nor starts with U+FEFF (the parser drops one that starts its input).
      if (afterBlank && c !== 32 && c !== 9 && c !== 0xfeff && !FRONT_MATTER_FENCE.test(text)) {
        blocks.push({ start: blockStart, end: line.start });
        blockStart = line.start;
        // Nothing is open at a boundary, so the split after it depends only on the text after it.
        if (stop?.(line.start)) return { blocks, stoppedAt: line.start };
      }
      afterBlank = false;
      const fenceOpen = FENCE.exec(text);
      if (fenceOpen) {
        fence = fenceOpen[1]!;
      } else {
        const raw = RAW_HTML_OPEN.exec(text);
        if (raw) {
          const tag = `</${raw[1].toLowerCase()}>`;
          if (!text.toLowerCase().includes(tag)) closeTag = tag;
        } else if (COMMENT_OPEN.test(text) && !text.slice(text.indexOf('<!--') + 4).includes('-->')) {
          comment = true;
        }
      }
    }
    if (line.next === line.end) break;
    pos = line.next;
  }
  if (frontMatter) return null;
  blocks.push({ start: blockStart, end: source.length });
  return { blocks };
}

/**
 * The split of a line-based format: a block starts at the first non-blank line
 * after a blank one, at a line the format says starts one (a speaker label),
 * and at and after a line the format says no segment crosses (a quoted line).
 * Nothing is ever left open, so the split after a boundary depends only on the
 * text after it.
 */
function scanLineBlocks(source: string, from: number, mode: SplitMode, stop?: (boundary: number) => boolean): { blocks: Block[]; stoppedAt?: number } {
  const { breaks, starts } = mode;
  const blocks: Block[] = [];
  let blockStart = from;
  let pos = from;
  let afterBlank = false;
  let afterBreak = false;
  while (pos < source.length) {
    const line = lineAt(source, pos);
    if (isBlank(source, line)) {
      afterBlank = true;
    } else {
      const text = breaks || starts ? source.slice(line.start, line.end) : '';
      const isBreak = breaks !== undefined && breaks(text);
      const boundary = afterBlank || afterBreak || isBreak || (starts !== undefined && starts(text));
      if (boundary && line.start > blockStart && source.charCodeAt(line.start) !== 0xfeff) {
        blocks.push({ start: blockStart, end: line.start });
        blockStart = line.start;
        if (stop?.(line.start)) return { blocks, stoppedAt: line.start };
      }
      afterBlank = false;
      afterBreak = isBreak;
    }
    if (line.next === line.end) break;
    pos = line.next;
  }
  blocks.push({ start: blockStart, end: source.length });
  return { blocks };
}

/** What a block tells the planner, by block text: it needs the whole draft, and its speaker labels. */
interface BlockFacts {
  wholeDraft: boolean;
  /** It may hold a link or footnote definition, which references in other blocks resolve against. */
  mayDefine: boolean;
  labels: Array<{ role: string; name: string }>;
  /** A line may begin an e-mail's quoted history or a signature separator (email.ts decides). */
  mayBeginHistory: boolean;
}

const factsByLists = new WeakMap<SpeakerLists, (text: string) => BlockFacts>();

/**
 * A block's facts. Labels are read at every line's start, so the count is
 * never lower than what the markdown reader (filterSpeakers) sees: it reads
 * paragraphs, which start at a line's start.
 */
function blockFacts(lists: SpeakerLists): (text: string) => BlockFacts {
  let facts = factsByLists.get(lists);
  if (!facts) {
    facts = memoByText((text) => {
      const labels: BlockFacts['labels'] = [];
      for (const line of linesOf(text)) {
        const label = parseSpeakerLabel(text, line, lists);
        if (label) labels.push({ role: label.role, name: label.name });
      }
      return { wholeDraft: WHOLE_DRAFT.test(text), mayDefine: text.includes(']:'), labels, mayBeginHistory: MAY_BEGIN_HISTORY.test(text) };
    }, CACHE_LIMIT * 4);
    factsByLists.set(lists, facts);
  }
  return facts;
}

/**
 * Whether the draft has speaker labels enough that the segmenter may read it
 * as a script (markdown.ts, filterSpeakers): two known roles, or two named
 * speakers who are not topics, one of whom speaks twice. The labels here are
 * a superset of what the segmenter counts, and both answers only grow with
 * the labels, so a false answer is certain.
 */
function maybeScript(facts: readonly BlockFacts[]): boolean {
  let known = 0;
  for (const { labels } of facts) {
    for (const label of labels) if ((label.role === 'rep' || label.role === 'other') && ++known >= 2) return true;
  }
  return namedSpeakersTakeTurns(namedLabels(facts));
}

function* namedLabels(facts: readonly BlockFacts[]): Generator<string> {
  for (const { labels } of facts) for (const label of labels) if (label.role === 'named') yield label.name;
}

/** A draft's blocks, their texts and facts, and the candidate test's answers so far. */
export interface Split {
  base: number;
  blocks: Block[];
  texts: string[];
  facts: BlockFacts[];
  /** The mode's reading of each block (SplitMode.reading), or empty. */
  readings: unknown[];
  verdicts: { key: readonly unknown[]; flags: Array<boolean | undefined> };
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The candidate test's answer for block `i`, kept with the split. */
export function isCandidateBlock(split: Split, i: number, candidate: CandidateTest): boolean {
  if (!sameKey(split.verdicts.key, candidate.key)) split.verdicts = { key: candidate.key, flags: [] };
  return (split.verdicts.flags[i] ??= candidate.test(split.texts[i]));
}

/**
 * The last draft's split: lint() asks for it twice per draft (candidate test,
 * then reading), and an editor's next version differs from it in one place.
 */
let last: { source: string; lists: SpeakerLists; mode: SplitMode; split: Split | null } | undefined;

/** The length of the common prefix of `a` and `b`: native comparison by chunks, then by character. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const CHUNK = 4096;
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the common suffix of `a` and `b`, not reaching back past `floor` in either. */
export function commonSuffix(a: string, b: string, floor: number): number {
  const n = Math.min(a.length, b.length) - floor;
  const CHUNK = 4096;
  let i = 0;
  while (i + CHUNK <= n && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** The draft's split from scratch (null when front matter never closes); exported for tests. */
export function freshSplit(source: string, lists: SpeakerLists, mode: SplitMode): Split | null {
  const base = source.startsWith('\uFEFF') ? 1 : 0;
  const blocks = splitBlocks(source, base, mode);
  return blocks && makeSplit(source, base, blocks, lists, mode);
}

/**
 * The split of `blocks`. `reuse.index(k)`, when not -1, is the block of the
 * previous split whose text block `k` has: its text and what was read of it are kept.
 */
function makeSplit(
  source: string,
  base: number,
  blocks: Block[],
  lists: SpeakerLists,
  mode: SplitMode,
  reuse?: { from: Split; index: (k: number) => number },
): Split {
  const split: Split = { base, blocks, texts: [], facts: [], readings: [], verdicts: { key: reuse?.from.verdicts.key ?? [], flags: [] } };
  const facts = blockFacts(lists);
  for (let k = 0; k < blocks.length; k++) {
    const j = reuse ? reuse.index(k) : -1;
    if (j >= 0) {
      const old = reuse!.from;
      split.texts.push(old.texts[j]);
      split.facts.push(old.facts[j]);
      if (mode.reading) split.readings.push(old.readings[j]);
      split.verdicts.flags.push(old.verdicts.flags[j]);
      continue;
    }
    const text = detach(source.slice(blocks[k].start, blocks[k].end));
    split.texts.push(text);
    split.facts.push(facts(text));
    if (mode.reading) split.readings.push(mode.reading(text));
    split.verdicts.flags.push(undefined);
  }
  return split;
}

/**
 * The split of `source` from the previous draft's: blocks before the change
 * are kept, the changed region is split again from the block before it, and
 * once a new boundary lands on an old one past the change, the old blocks
 * after it are kept, shifted (their texts are the same strings, so every memo
 * keyed by them answers at once).
 */
function resplit(previous: string, old: Split, source: string, lists: SpeakerLists, mode: SplitMode): Split | null {
  const base = source.startsWith('\uFEFF') ? 1 : 0;
  const prefix = commonPrefix(previous, source);
  const suffix = commonSuffix(previous, source, prefix);
  const delta = source.length - previous.length;
  // The block holding the first change (the first ending past the common prefix; the ends are sorted);
  // the split may move the boundary just before it, so start one earlier.
  let changed = old.blocks.length - 1;
  for (let lo = 0, hi = old.blocks.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (old.blocks[mid].end > prefix) {
      changed = mid;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  const from = Math.max(changed - 1, 0);
  // Markdown's first block may open front matter, read only from the draft's start: split whole.
  // A line-based draft's first block is like any other (an edit there, such as text an HTML
  // parser moves up to its table, would split a 1 MB template's 3,000 blocks again).
  if ((mode === MARKDOWN && from < 1) || base !== old.base) return freshSplit(source, lists, mode);
  const changeEnd = source.length - suffix;
  let resume = -1;
  const scan = scanBlocks(source, old.blocks[from].start, false, mode, (b) => b >= changeEnd && (resume = blockStartingAt(old.blocks, b - delta, from + 1)) >= 0)!;
  const to = scan.stoppedAt !== undefined ? resume : old.blocks.length;
  // An edit with two ends (text an HTML parser moves up before its table changes the view there
  // and where it was typed) leaves the blocks between unchanged: the k-th block scanned again
  // keeps what was read of the k-th it replaces when its text is the same.
  const same = (k: number): number => {
    const j = from + k;
    const { start, end } = scan.blocks[k];
    return j < to && old.texts[j].length === end - start && source.startsWith(old.texts[j], start) ? j : -1;
  };
  const { flags } = old.verdicts;
  if (flags.length < old.blocks.length) flags.length = old.blocks.length;
  const fresh = makeSplit(source, base, scan.blocks, lists, mode, { from: old, index: same });
  // Only the latest split is kept, so it is updated in place: a keystroke must
  // not copy the arrays of a 1 MB draft's 3,000 blocks, nor the blocks after it.
  replaceRange(old.blocks, from, to, fresh.blocks);
  replaceRange(old.texts, from, to, fresh.texts);
  replaceRange(old.facts, from, to, fresh.facts);
  if (mode.reading) replaceRange(old.readings, from, to, fresh.readings);
  replaceRange(flags, from, to, fresh.verdicts.flags);
  if (delta !== 0) {
    for (let i = from + fresh.blocks.length; i < old.blocks.length; i++) {
      old.blocks[i].start += delta;
      old.blocks[i].end += delta;
    }
  }
  return old;
}

/** The index of the block starting at `start`, looking from `from` on, or -1 (block starts are sorted). */
export function blockStartingAt(blocks: readonly Block[], start: number, from = 0): number {
  for (let lo = from, hi = blocks.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    const at = blocks[mid].start;
    if (at === start) return mid;
    if (at < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Replaces `array[from, to)` with `items`, in place. */
function replaceRange<T>(array: T[], from: number, to: number, items: readonly T[]): void {
  if (items.length <= 1024) {
    array.splice(from, to - from, ...items);
    return;
  }
  // Too many to pass as arguments: rebuild the tail.
  const tail = array.slice(to);
  array.length = from;
  for (const item of items) array.push(item);
  for (const item of tail) array.push(item);
}

/**
 * Splits a draft into blocks, or null when it must be parsed whole: an
 * indented fence, a processing instruction, CDATA or declaration, unclosed
 * front matter, or speaker labels enough to read it as a script.
 */
function planBlocks(source: string, lists: SpeakerLists): Split | null {
  const split = currentSplit(source, lists);
  if (!split || split.facts.some((f) => f.wholeDraft) || maybeScript(split.facts)) return null;
  return split;
}

/** The draft's split into blocks, from the previous draft's when there is one; null when front matter never closes. */
export function currentSplit(source: string, lists: SpeakerLists, mode: SplitMode = MARKDOWN): Split | null {
  let split: Split | null;
  if (last && last.lists === lists && last.mode === mode && last.source === source) {
    split = last.split;
  } else if (last && last.lists === lists && last.mode === mode && last.split) {
    const previous = last;
    // resplit updates the split in place: should it ever throw half-way, the next draft splits from scratch.
    last = undefined;
    split = resplit(previous.source, previous.split!, source, lists, mode);
  } else {
    split = freshSplit(source, lists, mode);
  }
  last = { source, lists, mode, split };
  return split;
}

/** The blocks the fast path reads `source` in, reusing the previous draft's split (exported for tests). */
export function currentBlocks(source: string, lists: SpeakerLists): Array<{ start: number; end: number }> | null {
  planBlocks(source, lists);
  // Copies: the split is updated in place by the next draft.
  return last!.split?.blocks.map(({ start, end }) => ({ start, end })) ?? null;
}

/**
 * The candidate pre-scan of the fast path: whether any block of the draft may
 * hold a finding; undefined when the draft must be parsed whole. Every segment
 * lies inside one block, so no block passing the test means nothing to report.
 */
export function blocksMayReport(source: string, lists: SpeakerLists, candidate: CandidateTest): boolean | undefined {
  const split = planBlocks(source, lists);
  return split ? split.texts.some((_, i) => isCandidateBlock(split, i, candidate)) : undefined;
}

/**
 * The candidate pre-scan for e-mail, script and plain-text drafts: the same
 * blocks and remembered answers as markdown's. Their readers never let a
 * segment cross a blank line, so every segment lies inside one block (which
 * may hold several paragraphs); undefined when the draft does not split.
 */
export function lineBlocksMayReport(source: string, lists: SpeakerLists, candidate: CandidateTest, mode: SplitMode): boolean | undefined {
  const split = currentSplit(source, lists, mode);
  return split ? split.texts.some((_, i) => isCandidateBlock(split, i, candidate)) : undefined;
}

/**
 * A block's parse, offsets relative to the block, with its segments' masked
 * texts, and its last placement in a draft: a block that has not
 * moved since the last keystroke (every block before the edit) hands out the
 * same segments again.
 */
interface CachedBlock {
  parsed: ParsedRange;
  /** The masked texts for the last mask asked for (there is one per merge-tag configuration). */
  masked?: { mask: SegmentMask; texts: string[] };
  placed?: { at: number; parsed: ParsedRange };
}

/** A block's parse placed in the draft, and its segments' masked texts (in order). */
interface BlockRead {
  parsed: ParsedRange;
  masked: string[] | undefined;
}

/** A bounded LRU of block parses, by block text. */
const CACHE_LIMIT = 2000;
const CACHE_TEXT_LIMIT = 256 * 1024;
const cache = new BoundedMap<string, CachedBlock>(CACHE_LIMIT, () => 2 * memoBudget());

function shift(parsed: ParsedRange, by: number, detachTexts = false): ParsedRange {
  if (by === 0 && !detachTexts) return parsed;
  return {
    segments: parsed.segments.map((s) => ({ ...s, start: s.start + by, end: s.end + by, ...(detachTexts ? { text: detach(s.text) } : {}) })),
    yaml: parsed.yaml,
    hasContent: parsed.hasContent,
    contentStart: parsed.contentStart === undefined ? undefined : parsed.contentStart + by,
  };
}

function maskedTexts(entry: CachedBlock, text: string, mask: SegmentMask | undefined): string[] | undefined {
  if (!mask) return undefined;
  if (entry.masked?.mask !== mask) {
    // The segments' offsets are relative to the block, whose text is `text`.
    entry.masked = { mask, texts: entry.parsed.segments.map((s) => mask(text.slice(s.start, s.end), s.text)) };
  }
  return entry.masked.texts;
}

/**
 * What may make a paragraph's text more than text: inline syntax, escapes,
 * entities, autolinks, tables, tabs, control characters, and a hard break's
 * trailing white space.
 */
const MAY_BE_SYNTAX = /[*_`~[\]<>\\&|@\t\r\x00-\x08\x0b-\x1f\x7f]|:\/\/|www\.| \n|\n[ ]*\n/i;
/** A line no block construct starts with (not a heading, list, quote, fence, HTML, break or table). */
const PROSE_LINE = /^ *[\p{L}"'“‘(]/u;

/**
 * A block that is one plain paragraph, read without the parser: remark gives
 * it one text node, so its segment is its text, trimmed. Null when anything
 * in it could read as markdown (the parser then reads it). Offsets are
 * relative to the block; test/perf/plain-paragraph.test.ts holds it to the
 * parser's reading.
 */
export function plainParagraph(text: string): ParsedRange | null {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 32)) end--;
  if (end === 0) return null;
  const content = text.slice(0, end);
  if (MAY_BE_SYNTAX.test(content)) return null;
  for (const line of content.split('\n')) if (!PROSE_LINE.test(line)) return null;
  const [start, stop] = trimRange(content, 0, content.length);
  if (start !== 0 || stop <= start) return null;
  return { segments: [{ kind: 'paragraph', start, end: stop, text: detach(content.slice(start, stop)) }], yaml: null, hasContent: true, contentStart: 0 };
}

/** The parses of blocks that hold references, for the draft's current definitions (a change of them starts afresh). */
let withDefinitions: { text: string; cache: BoundedMap<string, CachedBlock> } | undefined;

/** The definitions a block's own definitions make (only blocks that may hold one are read). */
const definitionLines = memoByText(definitionsIn, CACHE_LIMIT);

/** The draft's link and footnote definitions as source lines, or undefined when it has none. */
function draftDefinitions(split: Split): string | undefined {
  const lines = new Set<string>();
  split.facts.forEach((facts, i) => {
    if (facts.mayDefine) for (const line of definitionLines(split.texts[i])) lines.add(line);
  });
  return lines.size > 0 ? [...lines].sort().join('\n') : undefined;
}

function parseBlock(source: string, block: Block, text: string, base: number, mask: SegmentMask | undefined, definitions: string | undefined): BlockRead {
  const first = block.start === base;
  // The first block is parsed at the draft's start (front matter is read only there).
  const key = first ? `\u0000${text}` : text;
  // Only a block that holds a `[` can reference a definition.
  const resolving = definitions !== undefined && text.includes('[') ? definitions : undefined;
  if (resolving !== undefined && withDefinitions?.text !== resolving) {
    withDefinitions = { text: resolving, cache: new BoundedMap(CACHE_LIMIT, () => 2 * memoBudget()) };
  }
  const blocks = resolving !== undefined ? withDefinitions!.cache : cache;
  let entry = blocks.get(key);
  if (entry) {
    blocks.delete(key);
    blocks.set(key, entry);
  } else {
    // Typing mostly changes plain paragraphs; the first block is the parser's (front matter is read there).
    const around = resolving !== undefined ? { text: resolving, after: first } : undefined;
    const parsed =
      (!first && plainParagraph(text)) ||
      shift(isHostileBlock(text) ? readByLines(source, block.start, block.end) : parseMarkdownRange(source, block.start, block.end, around), -block.start, true);
    entry = { parsed };
    // The split's texts are detached already; keeping that very string as the key lets the next
    // keystroke's lookup match it by identity instead of comparing the characters.
    if (text.length <= CACHE_TEXT_LIMIT) blocks.set(first ? detach(key) : key, entry);
  }
  if (entry.placed?.at !== block.start) entry.placed = { at: block.start, parsed: shift(entry.parsed, block.start) };
  return { parsed: entry.placed.parsed, masked: maskedTexts(entry, text, mask) };
}

/**
 * Reads a markdown draft whole (`segmentMarkdown`), except the top-level
 * blocks the parser must not be given (markdown.ts, isHostileBlock): those are
 * read by lines, and the runs of blocks between them are parsed as ranges.
 */
export function segmentMarkdownWhole(source: string, lists: SpeakerLists): SegmentedDraft {
  const base = source.startsWith('\uFEFF') ? 1 : 0;
  if (!isHostileBlock(source)) return segmentMarkdown(source, lists);
  const blocks = splitBlocks(source, base) ?? [{ start: base, end: source.length }];
  const result: ParsedRange = { segments: [], yaml: null, hasContent: false, contentStart: undefined };
  const add = (parsed: ParsedRange, first: boolean): void => {
    if (first) result.yaml = parsed.yaml;
    if (!result.hasContent && parsed.hasContent) {
      result.hasContent = true;
      result.contentStart = parsed.contentStart;
    }
    result.segments.push(...parsed.segments);
  };
  let runStart = -1;
  const flush = (end: number): void => {
    if (runStart >= 0) add(parseMarkdownRange(source, runStart, end), runStart === base);
    runStart = -1;
  };
  for (const block of blocks) {
    if (isHostileBlock(source.slice(block.start, block.end))) {
      flush(block.start);
      add(readByLines(source, block.start, block.end), block.start === base);
    } else if (runStart < 0) {
      runStart = block.start;
    }
  }
  flush(source.length);
  return finishMarkdown(source, lists, result);
}

/** Empties the block cache (tests, and a server's memory pressure). */
export function clearBlockCache(): void {
  cache.clear();
  withDefinitions = undefined;
  last = undefined;
}

/**
 * Reads a markdown draft parsing only the blocks that matter; null when the
 * draft must be parsed whole (the caller then uses `segmentMarkdown`).
 */
export function segmentMarkdownBlocks(source: string, lists: SpeakerLists, options: BlockOptions): SegmentedDraft | null {
  const split = planBlocks(source, lists);
  if (!split) return null;
  const { base, blocks, texts } = split;
  const { mask } = options;
  // A draft that is one block holds its own definitions.
  const definitions = blocks.length > 1 ? draftDefinitions(split) : undefined;
  const read: Array<BlockRead | undefined> = blocks.map(() => undefined);
  const parse = (i: number): BlockRead => (read[i] ??= parseBlock(source, blocks[i], texts[i], base, mask, definitions));

  // The opening: blocks from the start until enough prose (what survives masking) is read.
  let opening = 0;
  let prose = 0;
  for (; opening < blocks.length && prose < OPENING_SEGMENTS; opening++) {
    const { parsed, masked } = parse(opening);
    parsed.segments.forEach((s, j) => {
      if (s.kind !== 'heading' && (!masked || hasProse(masked[j]))) prose++;
    });
  }
  // The tail: blocks from the end until enough segments are read.
  let tail = blocks.length;
  let count = 0;
  while (tail > opening && count < TAIL_SEGMENTS) count += parse(--tail).parsed.segments.length;
  for (let i = opening; i < tail; i++) if (isCandidateBlock(split, i, options.isCandidate)) parse(i);

  const result: ParsedRange = { segments: [], yaml: null, hasContent: false, contentStart: undefined };
  const maskedBySegment = new Map<Segment, string>();
  read.forEach((block, i) => {
    if (!block) return;
    const { parsed, masked } = block;
    if (i === 0) result.yaml = parsed.yaml;
    if (!result.hasContent && parsed.hasContent) {
      result.hasContent = true;
      result.contentStart = parsed.contentStart;
    }
    parsed.segments.forEach((s, j) => {
      result.segments.push(s);
      if (masked) maskedBySegment.set(s, masked[j]);
    });
  });
  // The plan ruled out a script, so there are no speaker turns to read.
  const draft = finishMarkdown(source, lists, result, false);
  return mask ? { ...draft, masked: maskedBySegment } : draft;
}
