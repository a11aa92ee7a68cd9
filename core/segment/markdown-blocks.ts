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
 * Parses are cached by block text, so an editor's keystroke re-parses one block.
 *
 * Whatever the draft-level reading needs beyond that falls back to parsing the
 * whole draft: link reference and footnote definitions (they resolve across
 * blocks), a speaker-labelled script (turn-taking runs across paragraphs),
 * indented fences, and processing instructions, CDATA and declarations.
 * test/perf/differential.test.ts holds the two paths to identical findings.
 */
import type { Segment } from '../types.js';
import { lineAt, type Line } from './lines.js';
import { finishMarkdown, parseMarkdownRange, type ParsedRange } from './markdown.js';
import { parseSpeakerLabel, type SpeakerLists } from './speakers.js';
import type { SegmentedDraft } from './lines.js';

export interface BlockOptions {
  /** Whether a block's raw text may hold something a rule reports. */
  isCandidate: (blockText: string) => boolean;
  /** Whether a segment survives the draft's masking (not only merge tags, URLs…). */
  isProse?: (segment: Segment) => boolean;
}

/** Kept prose segments (headings aside) the opening must hold: greeting, three sentences, margin. */
const OPENING_SEGMENTS = 6;
/** Segments the tail must hold: a trailing signature is looked for in the last seven. */
const TAIL_SEGMENTS = 8;

/** Anything that resolves across blocks, or that the block splitter does not track. */
const WHOLE_DRAFT = /\]:|^[ \t]+(?:`{3}|~{3})|^ {0,3}<(?:\?|!\[CDATA\[|![A-Za-z])/m;
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

/** The blocks of `source[from, …)`, or null when the draft must be parsed whole. */
export function splitBlocks(source: string, from: number): Block[] | null {
  const blocks: Block[] = [];
  let blockStart = from;
  let pos = from;
  let afterBlank = false;
  /** What is open: a fence (its marker), raw HTML (its closing tag), a comment, or front matter. */
  let fence: string | null = null;
  let closeTag: string | null = null;
  let comment = false;
  let frontMatter = false;
  let first = true;
  while (pos < source.length) {
    const line = lineAt(source, pos);
    const text = source.slice(line.start, line.end);
    if (first) {
      first = false;
      frontMatter = FRONT_MATTER_FENCE.test(text);
    } else if (frontMatter) {
      if (FRONT_MATTER_FENCE.test(text)) frontMatter = false;
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
      const c = text[0];
      // A safe boundary: after a blank line, at a line that neither continues
      // an indented construct nor could read as front matter when parsed alone.
      if (afterBlank && c !== ' ' && c !== '\t' && !FRONT_MATTER_FENCE.test(text)) {
        blocks.push({ start: blockStart, end: line.start });
        blockStart = line.start;
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
  return blocks;
}

/** Whether the draft has speaker labels enough that the segmenter reads it as a script. */
function maybeScript(source: string, from: number, lists: SpeakerLists): boolean {
  let known = 0;
  const names = new Set<string>();
  let pos = from;
  while (pos < source.length) {
    const line = lineAt(source, pos);
    const label = parseSpeakerLabel(source, line, lists);
    if (label) {
      if (label.role === 'rep' || label.role === 'other') known++;
      if (label.role === 'named') names.add(label.name);
      if (known >= 2 || names.size >= 2) return true;
    }
    if (line.next === line.end) break;
    pos = line.next;
  }
  return false;
}

/** A bounded LRU of block parses, by block text; offsets are relative to the block. */
const CACHE_LIMIT = 2000;
const CACHE_TEXT_LIMIT = 256 * 1024;
const cache = new Map<string, ParsedRange>();

function shift(parsed: ParsedRange, by: number): ParsedRange {
  if (by === 0) return parsed;
  return {
    segments: parsed.segments.map((s) => ({ ...s, start: s.start + by, end: s.end + by })),
    yaml: parsed.yaml,
    hasContent: parsed.hasContent,
    contentStart: parsed.contentStart === undefined ? undefined : parsed.contentStart + by,
  };
}

function parseBlock(source: string, block: Block, base: number): ParsedRange {
  const text = source.slice(block.start, block.end);
  // The first block is parsed at the draft's start (front matter is read only there).
  const key = block.start === base ? `\u0000${text}` : text;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return shift(hit, block.start);
  }
  const parsed = parseMarkdownRange(source, block.start, block.end);
  if (text.length <= CACHE_TEXT_LIMIT) {
    cache.set(key, shift(parsed, -block.start));
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  }
  return parsed;
}

/** Empties the block cache (tests, and a server's memory pressure). */
export function clearBlockCache(): void {
  cache.clear();
}

/**
 * Reads a markdown draft parsing only the blocks that matter; null when the
 * draft must be parsed whole (the caller then uses `segmentMarkdown`).
 */
export function segmentMarkdownBlocks(source: string, lists: SpeakerLists, options: BlockOptions): SegmentedDraft | null {
  const base = source.startsWith('\uFEFF') ? 1 : 0;
  if (WHOLE_DRAFT.test(source)) return null;
  const blocks = splitBlocks(source, base);
  if (!blocks) return null;
  if (maybeScript(source, base, lists)) return null;
  const isProse = options.isProse ?? (() => true);
  const parsed: Array<ParsedRange | undefined> = blocks.map(() => undefined);
  const parse = (i: number): ParsedRange => (parsed[i] ??= parseBlock(source, blocks[i], base));

  // The opening: blocks from the start until enough prose is read.
  let opening = 0;
  let prose = 0;
  for (; opening < blocks.length && prose < OPENING_SEGMENTS; opening++) {
    for (const s of parse(opening).segments) if (s.kind !== 'heading' && isProse(s)) prose++;
  }
  // The tail: blocks from the end until enough segments are read.
  let tail = blocks.length;
  let count = 0;
  while (tail > opening && count < TAIL_SEGMENTS) count += parse(--tail).segments.length;
  for (let i = opening; i < tail; i++) {
    const block = blocks[i];
    if (options.isCandidate(source.slice(block.start, block.end))) parse(i);
  }

  const result: ParsedRange = { segments: [], yaml: null, hasContent: false, contentStart: undefined };
  parsed.forEach((range, i) => {
    if (!range) return;
    if (i === 0) result.yaml = range.yaml;
    if (!result.hasContent && range.hasContent) {
      result.hasContent = true;
      result.contentStart = range.contentStart;
    }
    for (const s of range.segments) result.segments.push(s);
  });
  return finishMarkdown(source, lists, result);
}
