/**
 * Reading a draft: pick the format, let that format's segmenter find the
 * writer's prose, then mask what is never prose in any format (merge tags,
 * URLs, e-mail addresses). Never throws: a segmenter that fails falls back to
 * plain paragraphs, and that failing leaves an empty draft.
 */
import type { Draft, Format, Segment } from '../types.js';
import { detach, memoByText } from '../memo.js';
import { findInlineNonProse, hasProse, maskRanges, mergeTagMatchers, type Range } from './mask.js';
import { linesOf, type SegmentedDraft } from './lines.js';
import { segmentEmail, looksLikeEmail } from './email.js';
import { segmentMarkdownBlocks, segmentMarkdownWhole, type CandidateTest, type SegmentMask } from './markdown-blocks.js';
import { segmentScript } from './script.js';
import { segmentEmailBlocks, segmentScriptBlocks, segmentTextBlocks } from './line-blocks.js';
import { looksLikeScript, speakerLists, type SpeakerOptions } from './speakers.js';
import { segmentText } from './text.js';
import { htmlView } from './html.js';
import { htmlViewIncremental } from './html-incremental.js';
import { mimeView } from './mime.js';
import type { DraftView } from './view.js';

export { MERGE_TAG_PATTERNS } from './mask.js';

export interface DetectOptions {
  filePath?: string;
  languageId?: string;
}

export interface ReadOptions {
  format: Format;
  speakers?: SpeakerOptions;
  mergeTags?: RegExp[];
  /**
   * The fast path's candidate test on a block of raw text: when given, a
   * markdown, plain-text or script draft is read block by block and only
   * blocks it accepts are read (plus what the draft-level reading needs); see
   * markdown-blocks.ts and line-blocks.ts.
   */
  isCandidate?: CandidateTest;
}

/** Sniffing looks at the head of a document only; a format shows itself early. */
const SNIFF_CHARS = 64 * 1024;
const SNIFF_LINES = 400;

const MARKDOWN_SIGNS: RegExp[] = [
  /^#{1,6}[ \t]+\S/m,
  /^[ \t]*(?:```|~~~)/m,
  /\[[^\]\r\n]{1,200}\]\([^)\s]{1,2000}\)/,
  /^---(?:\r\n?|\n)[\s\S]{0,4000}?(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/,
];
const LIST_LINE = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S/;

function looksLikeMarkdown(head: string): boolean {
  if (MARKDOWN_SIGNS.some((re) => re.test(head))) return true;
  let listLines = 0;
  for (const line of head.split(/\r\n?|\n/, SNIFF_LINES)) if (LIST_LINE.test(line) && ++listLines >= 2) return true;
  return false;
}

/** An HTML document: a doctype or an `<html>` element first (a markdown draft may open with a `<div>`). */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>])/i;

/** The last head sniffed: an editor asks again on every keystroke, mostly with the same head. */
let lastSniff: { head: string; format: Format } | undefined;

function sniff(text: string): Format {
  const head = text.slice(0, SNIFF_CHARS);
  if (lastSniff?.head === head) return lastSniff.format;
  const format = sniffHead(head);
  lastSniff = { head: detach(head), format };
  return format;
}

function sniffHead(head: string): Format {
  if (HTML_START.test(head.replace(/^\uFEFF/, ''))) return 'html';
  if (looksLikeEmail(head)) return 'email';
  const lines = linesOf(head, head.startsWith('\uFEFF') ? 1 : 0).slice(0, SNIFF_LINES);
  if (looksLikeScript(head, lines, speakerLists())) return 'script';
  if (looksLikeMarkdown(head)) return 'markdown';
  return 'text';
}

/** The format by file extension, then editor language, then content. */
export function detectFormat(text: string, opts: DetectOptions = {}): Format {
  try {
    const path = (opts.filePath ?? '').toLowerCase();
    if (/\.(?:md|markdown|mdown|mkd)$/.test(path)) return 'markdown';
    if (/\.(?:email|eml)$/.test(path)) return 'email';
    if (/\.(?:html|htm|xhtml)$/.test(path)) return 'html';
    if (/\.script(?:\.txt)?$/.test(path)) return 'script';
    if (!path.endsWith('.txt')) {
      const lang = (opts.languageId ?? '').toLowerCase();
      if (lang === 'markdown') return 'markdown';
      if (lang === 'email') return 'email';
      if (lang === 'html') return 'html';
      if (lang === 'script' || lang === 'candor-script') return 'script';
    }
    return sniff(text);
  } catch {
    return 'text';
  }
}

/** A segment's non-prose ranges, relative to its start, from its raw source text. */
type Masker = (raw: string) => readonly Range[];

const NO_RANGES: readonly Range[] = [];

/** Maskers by the configuration's merge-tag list, so each keeps its memo across drafts. */
const maskers = new WeakMap<readonly RegExp[], Masker>();
const DEFAULT_TAGS: readonly RegExp[] = [];

function createMasker(matchers: readonly RegExp[]): Masker {
  return memoByText((raw) => {
    try {
      const ranges = findInlineNonProse(raw, 0, raw.length, matchers);
      return ranges.length > 0 ? ranges : NO_RANGES;
    } catch {
      // A caller's merge-tag pattern that throws masks nothing.
      return NO_RANGES;
    }
    // The raw text is a slice of the draft: copy the keys kept.
  }, 16_384, true);
}

function maskerFor(mergeTags: readonly RegExp[] = DEFAULT_TAGS): Masker {
  let masker = maskers.get(mergeTags);
  if (!masker) {
    let matchers: RegExp[];
    try {
      matchers = mergeTagMatchers(mergeTags);
    } catch {
      matchers = mergeTagMatchers();
    }
    masker = createMasker(matchers);
    maskers.set(mergeTags, masker);
  }
  return masker;
}

/** A segment's text with merge tags, URLs and e-mail addresses masked, per masker (one function, so caches can key by it). */
const segmentMasks = new WeakMap<Masker, SegmentMask>();

function segmentMaskFor(masker: Masker): SegmentMask {
  let mask = segmentMasks.get(masker);
  if (!mask) segmentMasks.set(masker, (mask = (raw, segmentText) => maskRanges(segmentText, 0, masker(raw))));
  return mask;
}

/**
 * The view a draft is read through when its prose is not its source text: an
 * HTML template, or a MIME message with encoded parts. Undefined when the
 * draft is read in place. Never throws: a view that fails reads the draft in place.
 * `incremental` false parses an HTML draft afresh (the fast path off).
 */
export function draftView(text: string, format: Format, incremental = true): DraftView | undefined {
  try {
    // The draft being edited: patched from its previous version when the edit is local (html-incremental.ts).
    if (format === 'html') return incremental ? htmlViewIncremental(text) : htmlView(text);
    if (format === 'email') return mimeView(text);
  } catch {
    // Read in place: as plain paragraphs (html) or by the e-mail reader.
  }
  return undefined;
}

function segmentAs(text: string, options: ReadOptions, mask: SegmentMask): SegmentedDraft {
  const lists = speakerLists(options.speakers);
  switch (options.format) {
    case 'markdown': {
      const { isCandidate } = options;
      return (isCandidate && segmentMarkdownBlocks(text, lists, { isCandidate, mask })) || segmentMarkdownWhole(text, lists);
    }
    case 'email':
      return (options.isCandidate && segmentEmailBlocks(text, lists, options.isCandidate)) || segmentEmail(text);
    case 'script':
      return (options.isCandidate && segmentScriptBlocks(text, lists, options.isCandidate)) || segmentScript(text, lists);
    default:
      return (options.isCandidate && segmentTextBlocks(text, lists, options.isCandidate)) || segmentText(text);
  }
}

function safeSegment(text: string, options: ReadOptions, mask: SegmentMask): SegmentedDraft {
  try {
    return segmentAs(text, options, mask);
  } catch {
    try {
      return segmentText(text);
    } catch {
      return { segments: [], bodyStart: 0 };
    }
  }
}

export function readDraft(text: string, options: ReadOptions): Draft {
  const mask = segmentMaskFor(maskerFor(options.mergeTags));
  const read = safeSegment(text, options, mask);
  const masked = new Map<Segment, Segment>();
  for (const seg of read.segments) {
    const maskedText = read.masked?.get(seg) ?? mask(text.slice(seg.start, seg.end), seg.text);
    masked.set(seg, maskedText === seg.text ? seg : { ...seg, text: maskedText });
  }
  // A segment with nothing left to read once masked (an image, a bare URL) is dropped.
  const keep = (seg: Segment): boolean => seg === read.greeting || seg === read.subject || hasProse(masked.get(seg)!.text);
  const segments = read.segments.filter(keep).map((s) => masked.get(s)!);
  const firstBreak = text.indexOf('\n');
  const draft: Draft = {
    source: text,
    format: options.format,
    segments,
    bodyStart: Math.max(read.bodyStart, text.startsWith('\uFEFF') ? 1 : 0),
    eol: firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n',
  };
  if (read.subject && masked.has(read.subject)) draft.subject = masked.get(read.subject)!;
  if (read.greeting && masked.has(read.greeting)) draft.greeting = masked.get(read.greeting)!;
  if (read.frontMatter) draft.frontMatter = read.frontMatter;
  return draft;
}
