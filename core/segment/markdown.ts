/**
 * Markdown drafts and landing pages, read with remark (mdast positions are
 * UTF-16 offsets). Prose: headings, paragraphs, list items, table cells, block
 * quotes, link text. Code, HTML, front matter, images, link destinations,
 * autolinks and footnote markers are not: a paragraph's segment starts fully
 * masked and only its text nodes are let through, so everything else inside
 * it stays masked whatever node type remark invents for it.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import type { Segment, SegmentKind } from '../types.js';
import { readFrontMatter } from './front-matter.js';
import { MaskedRun, maskRanges, type Range } from './mask.js';
import { dropTrailingSignature, isBlankLine, linesOf, takeGreeting, trimRange, type SegmentedDraft } from './lines.js';
import { findStageDirections, namedSpeakersTakeTurns, parseSpeakerLabel, type SpeakerLabel, type SpeakerLists } from './speakers.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Offsets of a node in the caller's source (remark drops a leading BOM). */
interface Located {
  start: number;
  end: number;
}

function locate(node: Nodes, base: number): Located | null {
  const p = node.position;
  if (p?.start.offset === undefined || p.end.offset === undefined) return null;
  return { start: p.start.offset + base, end: p.end.offset + base };
}

/** A block that holds phrasing content, with the kind its segment gets. */
interface ProseBlock {
  node: Nodes & { children: Nodes[] };
  kind: SegmentKind;
  inQuote: boolean;
}

/** Preorder walk with an explicit stack: deeply nested input must not overflow the call stack. */
function proseBlocks(tree: Root): { blocks: ProseBlock[]; yaml: string | null; firstContent: Nodes | null } {
  const blocks: ProseBlock[] = [];
  let yaml: string | null = null;
  const firstContent = tree.children.find((n) => n.type !== 'yaml') ?? null;
  const stack: Array<{ node: Nodes; kind: SegmentKind; inQuote: boolean }> = [];
  for (let i = tree.children.length - 1; i >= 0; i--) stack.push({ node: tree.children[i], kind: 'paragraph', inQuote: false });
  while (stack.length) {
    const { node, kind, inQuote } = stack.pop()!;
    switch (node.type) {
      case 'yaml':
        if (yaml === null) yaml = node.value;
        continue;
      case 'heading':
        blocks.push({ node, kind: 'heading', inQuote });
        continue;
      case 'paragraph':
        blocks.push({ node, kind, inQuote });
        continue;
      case 'tableCell':
        blocks.push({ node, kind: 'table-cell', inQuote });
        continue;
      case 'code':
      case 'html':
      case 'definition':
      case 'thematicBreak':
        continue;
      default:
        break;
    }
    if (!('children' in node)) continue;
    const childKind: SegmentKind =
      node.type === 'blockquote' ? 'blockquote' : node.type === 'listItem' || node.type === 'list' ? 'list-item' : kind;
    const childInQuote = inQuote || node.type === 'blockquote';
    const children = node.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], kind: childKind, inQuote: childInQuote });
  }
  return { blocks, yaml, firstContent };
}

/** Lets the block's text nodes through; links contribute their text, autolinks nothing. */
function keepText(source: string, block: ProseBlock, run: MaskedRun, base: number): void {
  const stack: Nodes[] = [...block.node.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    const at = locate(node, base);
    if (!at) continue;
    if (node.type === 'text') {
      run.keep(at.start, at.end);
      continue;
    }
    // An autolink (`<https://…>` or a bare GFM literal) is all destination.
    if (node.type === 'link' && source[at.start] !== '[') continue;
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'link' || node.type === 'linkReference') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
}

/** The `>` markers that a quoted paragraph's later lines start with. */
function quoteMarkers(source: string, from: number, to: number): Range[] {
  const ranges: Range[] = [];
  for (const line of linesOf(source, from, to).slice(1)) {
    for (let i = line.start; i < line.end && ' \t>'.includes(source[i]); i++) {
      if (source[i] === '>') ranges.push([i, i + 1]);
    }
  }
  return ranges;
}

function blockSegment(source: string, block: ProseBlock, base: number): Segment | null {
  const children = block.node.children;
  const first = children[0] && locate(children[0], base);
  const last = children[children.length - 1] && locate(children[children.length - 1], base);
  if (!first || !last) return null;
  const run = new MaskedRun(source, first.start, last.end, true);
  keepText(source, block, run, base);
  if (block.inQuote) for (const [a, b] of quoteMarkers(source, first.start, last.end)) run.mask(a, b);
  const text = run.text();
  const [start, end] = trimRange(text, 0, text.length);
  if (end <= start) return null;
  return { kind: block.kind, start: first.start + start, end: first.start + end, text: text.slice(start, end) };
}

/** A slice of an already masked segment, trimmed; null when empty. */
function subSegment(segment: Segment, kind: SegmentKind, from: number, to: number): Segment | null {
  const text = segment.text.slice(from - segment.start, to - segment.start);
  const [a, b] = trimRange(text, 0, text.length);
  if (b <= a) return null;
  return { kind, start: from + a, end: from + b, text: text.slice(a, b) };
}

interface LabelledLine {
  start: number;
  end: number;
  label: SpeakerLabel | null;
}

function paragraphLines(source: string, segment: Segment, lists: SpeakerLists): LabelledLine[] {
  return linesOf(source, segment.start, segment.end).map((line) => ({
    start: line.start,
    end: line.end,
    label: parseSpeakerLabel(source, line, lists),
  }));
}

/**
 * A markdown call script (`**Rep:** …` paragraphs): the rep's turns become
 * speaker lines, other speakers' turns and notes are dropped, and prose
 * outside any turn (an intro, text after a heading) stays as it is.
 */
function filterSpeakers(source: string, segments: Segment[], lists: SpeakerLists): Segment[] | null {
  const linesBySegment = segments.map((s) => (s.kind === 'paragraph' ? paragraphLines(source, s, lists) : []));
  const labels = linesBySegment.flat().flatMap((l) => (l.label ? [l.label] : []));
  const known = labels.filter((l) => l.role === 'rep' || l.role === 'other').length;
  // Named speakers make a script only when they are people taking turns: two
  // of them, one speaking twice. A playbook's bold lead-ins (`**Security:**`,
  // `**Onboarding:**`) name topics, however often, and their paragraphs are
  // the writer's copy (speakers.ts, looksLikeTopic).
  const dialogue = namedSpeakersTakeTurns(labels.flatMap((l) => (l.role === 'named' ? [l.name] : [])));
  if (known < 2 && !dialogue) return null;
  const rep = labels.some((l) => l.role === 'rep') ? null : (labels.find((l) => l.role === 'named')?.name ?? null);

  const result: Segment[] = [];
  let speaker: 'none' | 'rep' | 'other' = 'none';
  segments.forEach((segment, index) => {
    if (segment.kind === 'heading') speaker = 'none';
    if (segment.kind !== 'paragraph') {
      result.push(segment);
      return;
    }
    let open: [number, number] | null = null;
    const close = (): void => {
      if (!open) return;
      const sub = subSegment(segment, speaker === 'rep' ? 'speaker-line' : 'paragraph', open[0], open[1]);
      if (sub && speaker === 'rep') sub.text = maskRanges(sub.text, sub.start, findStageDirections(source, sub.start, sub.end));
      if (sub) result.push(sub);
      open = null;
    };
    for (const line of linesBySegment[index]) {
      if (line.label) {
        close();
        const { role, name } = line.label;
        speaker = role === 'rep' || (role === 'named' && name === rep) ? 'rep' : 'other';
        if (speaker === 'rep') open = [line.label.contentStart, line.end];
        continue;
      }
      if (speaker === 'other') continue;
      if (open) open[1] = line.end;
      else open = [line.start, line.end];
    }
    close();
  });
  return result;
}

/**
 * micromark resolves emphasis in time quadratic in the delimiters of one
 * paragraph: `*` x 20,000 took minutes. No real draft has such runs, so the
 * parser gets a same-length copy with them blanked; offsets are unchanged and
 * segments still take their characters from the source.
 */
const LONG_DELIMITER_RUN = /([*_~`])\1{63,}/g;
const MAX_DELIMITERS_PER_LINE = 256;

/**
 * micromark is also quadratic in list nesting on one line: `- ` x 10,000 took
 * 336 s. List markers past the hundredth level are blanked in the copy, so
 * what follows them reads as indented text, not as prose. Each unit starts
 * with a marker, so the pattern cannot backtrack across units.
 */
const MAX_LIST_DEPTH = 100;
const DEEP_LIST_PREFIX = new RegExp(`^[ \\t]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+){${MAX_LIST_DEPTH + 1},}`, 'gm');
const LIST_UNIT = /(?:[-*+]|\d{1,9}[.)])[ \t]+/g;

function flattenDeepLists(text: string): string {
  return text.replace(DEEP_LIST_PREFIX, (prefix) => {
    let depth = 0;
    return prefix.replace(LIST_UNIT, (unit) => (++depth > MAX_LIST_DEPTH ? ' '.repeat(unit.length) : unit));
  });
}

export function defuseForParser(text: string): string {
  let out = flattenDeepLists(text.replace(LONG_DELIMITER_RUN, (run) => ' '.repeat(run.length)));
  if (out.length < MAX_DELIMITERS_PER_LINE) return out;
  out = out.replace(/[^\r\n]+/g, (line) => {
    let count = 0;
    for (let i = 0; i < line.length && count <= MAX_DELIMITERS_PER_LINE; i++) if (line[i] === '*' || line[i] === '_') count++;
    return count > MAX_DELIMITERS_PER_LINE ? line.replace(/[*_]/g, ' ') : line;
  });
  return out;
}

/**
 * What the markdown reader handed the parser, and what it read by lines
 * instead: the operation counts the hostile-input tests assert (no test
 * times the parser).
 */
export const markdownWork = { parses: 0, parsedChars: 0, linesRead: 0 };

/**
 * Lists make micromark superlinear: a list of a few thousand items nested
 * even two levels deep took seconds per 40 KB, and a list that opens one
 * level deeper on every line took 54 s for 1 MB. A top-level block with more
 * than this many container lines (a list item or quote marker first on the
 * line), some of them nested, is read by lines instead of parsed; so is a
 * block with a container line indented past MAX_CONTAINER_INDENT columns.
 */
const MAX_CONTAINER_LINES = 200;
const MAX_CONTAINER_INDENT = 128;
const CONTAINER_LINE = /^([ \t]*)(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|>)/;
/** A line that opens two containers at once (`>>`, `- - `, `> - `). */
const NESTED_LINE = /^[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])[ \t])[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$))/;

/** Whether the parser must not be given `text` (a top-level block, or a draft that does not split). */
export function isHostileBlock(text: string): boolean {
  let containers = 0;
  let nested = false;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const c = text.charCodeAt(start);
    // Only a line that starts with white space, a marker or a digit can be a container line.
    if (c === 32 || c === 9 || c === 45 || c === 42 || c === 43 || c === 62 || (c >= 48 && c <= 57)) {
      const m = CONTAINER_LINE.exec(text.slice(start, Math.min(end, start + MAX_CONTAINER_INDENT + 16)));
      if (m) {
        containers++;
        const indent = m[1].replace(/\t/g, '    ').length;
        if (indent > MAX_CONTAINER_INDENT) return true;
        nested ||= indent >= 2 || NESTED_LINE.test(text.slice(start, Math.min(end, start + 64)));
        if (nested && containers > MAX_CONTAINER_LINES) return true;
      }
    }
    start = end + 1;
  }
  return false;
}

const LINE_MARKERS = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)(?:[ \t]+\[[ xX]\](?=[ \t]))?))+[ \t]*/;

/**
 * A hostile block read by lines: each line's text after its indentation and
 * list or quote markers is one segment (a list item when it had a marker).
 * Offsets are absolute.
 */
export function readByLines(source: string, from: number, to: number): ParsedRange {
  const segments: Segment[] = [];
  let contentStart: number | undefined;
  for (const line of linesOf(source, from, to)) {
    if (isBlankLine(source, line)) continue;
    markdownWork.linesRead++;
    const text = source.slice(line.start, line.end);
    const marker = LINE_MARKERS.exec(text.slice(0, 4096));
    const skip = marker ? marker[0].length : 0;
    const [start, end] = trimRange(source, line.start + skip, line.end);
    if (end <= start) continue;
    contentStart ??= line.start;
    segments.push({ kind: marker ? 'list-item' : 'paragraph', start, end, text: source.slice(start, end) });
  }
  return { segments, yaml: null, hasContent: contentStart !== undefined, contentStart };
}

/** What parsing one range of a markdown source yields (offsets are absolute). */
export interface ParsedRange {
  segments: Segment[];
  yaml: string | null;
  /** Whether the range holds a node other than front matter, and where the first one starts. */
  hasContent: boolean;
  contentStart: number | undefined;
}

/**
 * Definitions a block's references resolve against when it is parsed alone:
 * source lines (`[label]: x`, `[^label]: x`) parsed before the block, or
 * after it for the draft's first block (front matter is read only at the
 * start). Only existence counts: a link's text is prose, its destination is not.
 */
export interface Definitions {
  text: string;
  after: boolean;
}

/**
 * Parses `source[from, to)` on its own. The whole draft is one range; the
 * block-level fast path (markdown-blocks.ts) parses ranges that start and end
 * where nothing is left open, so each parses as it does inside the draft, with
 * the draft's link and footnote definitions around it when it has any.
 */
export function parseMarkdownRange(source: string, from: number, to: number, definitions?: Definitions): ParsedRange {
  const range = defuseForParser(source.slice(from, to));
  const before = definitions && !definitions.after ? `${definitions.text}\n\n` : '';
  const after = definitions?.after ? `\n\n${definitions.text}\n` : '';
  markdownWork.parses++;
  markdownWork.parsedChars += before.length + range.length + after.length;
  const tree = processor.parse(before + range + after);
  // Offsets in the tree are shifted by what was parsed before the range; what was not the range is dropped.
  const base = from - before.length;
  if (definitions) {
    tree.children = tree.children.filter((node) => {
      const at = locate(node, base);
      return at !== null && at.start >= from && at.start < to;
    });
  }
  const { blocks, yaml, firstContent } = proseBlocks(tree);
  const segments: Segment[] = [];
  for (const block of blocks) {
    const seg = blockSegment(source, block, base);
    if (seg) segments.push(seg);
  }
  return { segments, yaml, hasContent: firstContent !== null, contentStart: firstContent ? locate(firstContent, base)?.start : undefined };
}

/** The link and footnote definitions a markdown text makes, as source lines that make the same ones. */
export function definitionsIn(text: string): string[] {
  const lines: string[] = [];
  const stack: Nodes[] = [processor.parse(text)];
  while (stack.length) {
    const node = stack.pop()!;
    // The identifier is the label as written (escapes and all), normalized as references are matched.
    if (node.type === 'definition') lines.push(`[${node.identifier}]: x`);
    else if (node.type === 'footnoteDefinition') lines.push(`[^${node.identifier}]: x`);
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return lines;
}

/** How many leading segments may be metadata before the greeting is no longer looked for. */
export const MAX_METADATA_BLOCKS = 12;

/**
 * A label line: a short label, bold or italic or not, a colon, then anything
 * (`**Subject:** Re: the quote`, `Purpose: second follow-up`, `*Generated: May 2*`).
 * Masked markup is U+0001.
 */
const LABEL_LINE = /^[\s\u0001*_]*[A-Za-z][A-Za-z0-9 '’/&()-]{0,40}?[\u0001*_]*[ \t]*:(?:[\u0001*_\s].*)?$/;
/** A line of nothing but masked markup (inline code, a link, a merge tag). */
const MASKED_LINE = /^[\s\u0001]+$/;

/** Whether a paragraph is only label lines, as metadata above a template is. */
export function isMetadataBlock(text: string): boolean {
  const lines = text.split(/\r?\n|\r/).filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every((line) => LABEL_LINE.test(line) || MASKED_LINE.test(line)) && !/^\s*(?:hi|hey|hello|dear)\b/i.test(lines[0]);
}

/**
 * The draft-level reading over the prose segments of a markdown source, in
 * order. `mayBeScript` false skips looking for speaker turns (the caller found
 * too few speaker labels in the whole draft).
 */
export function finishMarkdown(source: string, lists: SpeakerLists, parsed: ParsedRange, mayBeScript = true): SegmentedDraft {
  const base = source.startsWith('\uFEFF') ? 1 : 0;
  const { yaml } = parsed;
  let segments = parsed.segments;
  segments = (mayBeScript ? filterSpeakers(source, segments, lists) : null) ?? dropTrailingSignature(source, segments);
  // The greeting opens the first paragraph that is not a heading or a block
  // of labelled metadata lines (`**Subject:** …`, `Purpose: …`).
  const opener = segments.findIndex((s, i) => s.kind !== 'heading' && !(i < MAX_METADATA_BLOCKS && isMetadataBlock(s.text)));
  const greeting = opener >= 0 ? takeGreeting(source, segments, opener) : undefined;
  const frontMatter = readFrontMatter(yaml);
  const bodyStart = parsed.contentStart ?? source.length;
  return {
    segments,
    ...(greeting ? { greeting } : {}),
    ...(frontMatter ? { frontMatter } : {}),
    bodyStart: yaml === null && !parsed.hasContent ? base : bodyStart,
  };
}

export function segmentMarkdown(source: string, lists: SpeakerLists): SegmentedDraft {
  const base = source.startsWith('\uFEFF') ? 1 : 0;
  return finishMarkdown(source, lists, parseMarkdownRange(source, base, source.length));
}
