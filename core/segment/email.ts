/**
 * E-mail drafts and .eml files. The writer's words are the Subject value, the
 * greeting and the body paragraphs. Not theirs: the other headers, MIME
 * scaffolding, quoted lines, the reply/forward history and the signature.
 * Pasted drafts are never run through a MIME parser (DEPENDENCIES §2.5: one
 * took "Hi Sarah," for a header); the header block is read only when the
 * text opens with a known header name.
 */
import type { Segment } from '../types.js';
import type { Range } from './mask.js';
import { isNoteLine } from './text.js';
import {
  isGreetingLine,
  lineAt,
  lineText,
  linesOf,
  makeSegment,
  proseRuns,
  signatureStart,
  takeGreeting,
  trimRange,
  type Line,
  type SegmentedDraft,
} from './lines.js';

const KNOWN_HEADER =
  /^(?:subject|from|to|cc|bcc|date|reply-to|message-id|mime-version|content-type|content-transfer-encoding|return-path|received|delivered-to|in-reply-to|references|sender|x-[\w-]+|dkim-signature|thread-topic|thread-index|importance|list-unsubscribe|arc-[\w-]+|authentication-results|received-spf)[ \t]*:/i;
/** RFC 5322 field name: printable ASCII except the colon. */
const ANY_HEADER = /^[!-9;-~]{1,76}[ \t]*:/;
const FOLDED = /^[ \t]+\S/;
/** A header written in markdown bold, as drafts pasted from docs do: `**Subject:** …`, `**Subject**: …`. */
const BOLD_HEADER = /^(?:\*\*|__)(subject|from|to|cc|bcc)(?:[ \t]*:[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:)/i;

export interface Header {
  /** Lower-case field name. */
  name: string;
  /** Unfolded value. */
  value: string;
  /** Source range of the value, continuation lines included. */
  valueStart: number;
  valueEnd: number;
}

export interface HeaderBlock {
  headers: Header[];
  /** Where the body starts: after the blank line that ends the block. */
  bodyFrom: number;
}

/**
 * Reads a header block at `from`. With `requireKnown`, the first line must be
 * a header name mail tools write (a draft opening "Hi Sarah:" is no header).
 */
export function readHeaderBlock(source: string, from: number, to: number, requireKnown: boolean): HeaderBlock | null {
  const headers: Header[] = [];
  let pos = from;
  while (pos < to) {
    const line = lineAt(source, pos, to);
    const text = lineText(source, line);
    if (text.trim() === '') return { headers, bodyFrom: line.next };
    const last = headers[headers.length - 1];
    if (last && FOLDED.test(text)) {
      last.value += ' ' + text.trim();
      last.valueEnd = line.end;
      pos = line.next;
      continue;
    }
    const first = headers.length === 0;
    const bold = BOLD_HEADER.exec(text);
    if (bold) {
      const [valueStart] = trimRange(source, line.start + bold[0].length, line.end);
      headers.push({ name: bold[1].toLowerCase(), value: source.slice(valueStart, line.end).trim(), valueStart, valueEnd: line.end });
      pos = line.next;
      continue;
    }
    const m = (first && requireKnown ? KNOWN_HEADER : ANY_HEADER).exec(text);
    if (!m) {
      // A draft whose body follows its Subject line without a blank line.
      return first ? null : { headers, bodyFrom: line.start };
    }
    const colon = text.indexOf(':');
    const [valueStart] = trimRange(source, line.start + colon + 1, line.end);
    headers.push({
      name: text.slice(0, colon).trim().toLowerCase(),
      value: source.slice(valueStart, line.end).trim(),
      valueStart,
      valueEnd: line.end,
    });
    pos = line.next;
  }
  return headers.length ? { headers, bodyFrom: to } : null;
}

export function header(block: HeaderBlock | null, name: string): Header | undefined {
  return block?.headers.find((h) => h.name === name);
}

/** One part of a multipart body: its header block and its body's range. */
export interface MimePart {
  block: HeaderBlock;
  bodyFrom: number;
  to: number;
}

/**
 * The parts of a multipart body between `--boundary` lines, up to the closing
 * `--boundary--`. The line break before a delimiter belongs to the delimiter.
 */
export function multipartParts(source: string, from: number, to: number, boundary: string): MimePart[] {
  const delimiter = '--' + boundary;
  const parts: MimePart[] = [];
  let partStart = -1;
  for (const line of linesOf(source, from, to)) {
    const text = lineText(source, line).trimEnd();
    if (text !== delimiter && text !== delimiter + '--') continue;
    if (partStart >= 0) {
      const partEnd = Math.max(partStart, line.start - (source[line.start - 2] === '\r' ? 2 : 1));
      const partBlock = readHeaderBlock(source, partStart, partEnd, false);
      const bodyFrom = partBlock ? Math.min(partBlock.bodyFrom, partEnd) : partStart;
      parts.push({ block: partBlock ?? { headers: [], bodyFrom }, bodyFrom, to: partEnd });
    }
    if (text === delimiter + '--') break;
    partStart = line.next;
  }
  return parts;
}

/** A body range to read as prose, and whether quoted-printable escapes must be masked. */
export interface ProsePart {
  from: number;
  to: number;
  quotedPrintable: boolean;
}

/** Bodies of text/plain parts; boundaries, part headers, base64 and HTML are left out. */
function plainTextParts(source: string, block: HeaderBlock | null, from: number, to: number, depth = 0): ProsePart[] {
  const contentType = (header(block, 'content-type')?.value ?? 'text/plain').toLowerCase();
  const encoding = (header(block, 'content-transfer-encoding')?.value ?? '').toLowerCase();
  if (contentType.startsWith('multipart/')) {
    const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(header(block, 'content-type')!.value);
    if (!boundary || depth > 20) return [];
    return multipartParts(source, from, to, boundary[1] ?? boundary[2]).flatMap((part) =>
      plainTextParts(source, part.block, part.bodyFrom, part.to, depth + 1),
    );
  }
  if (!contentType.startsWith('text/plain') || encoding === 'base64') return [];
  return [{ from, to, quotedPrintable: encoding === 'quoted-printable' }];
}

const QUOTED = /^[ \t]*>/;
const SENT_FROM = /^[ \t]*(?:Sent from my\b|Get Outlook for\b|Sent from Mail for\b)/i;
const ORIGINAL_MESSAGE = /^[ \t]*-{2,}[ \t]*Original Message[ \t]*-{2,}/i;
const FORWARDED = /^[ \t]*(?:-{2,}[ \t]*Forwarded message[ \t]*-{2,}|Begin forwarded message:)/i;
const OUTLOOK_RULE = /^[ \t]*_{10,}[ \t]*$/;
const OUTLOOK_FROM = /^[ \t]*\*?From:\*?[ \t]/;
const OUTLOOK_SENT = /^[ \t]*\*?(?:Sent|Date):\*?[ \t]/;
const ON_LINE = /^[ \t]*On\s/;
/** A line that may begin the history or a signature separator: historyBegins decides, with the lines after it. */
export const MAY_BEGIN_HISTORY = /^[ \t]*(?:-{2}|_{10}|\*?From:|On\s|Begin forwarded message:)/im;

/**
 * Whether the reply or forward history, or a `-- ` signature separator,
 * begins at the line `t`; `after(k)` is the text of the k-th line after it
 * ('' past the end).
 */
export function historyBegins(t: string, after: (k: number) => string): boolean {
  if (t.trimEnd() === '--' || t.trimEnd() === '-- ') return true;
  if (ORIGINAL_MESSAGE.test(t) || FORWARDED.test(t)) return true;
  if (ON_LINE.test(t)) {
    if (t.trimEnd().endsWith('wrote:')) return true;
    // Mail clients wrap a long "On <date>, <name> <address> wrote:" once.
    const next = after(1).trimEnd();
    if (next.endsWith('wrote:') && !QUOTED.test(next)) return true;
  }
  if (OUTLOOK_RULE.test(t) && OUTLOOK_FROM.test(after(1))) return true;
  return OUTLOOK_FROM.test(t) && [1, 2, 3, 4].some((k) => OUTLOOK_SENT.test(after(k)));
}

/**
 * The line index where the writer's own words end: the reply or forward
 * history, or a `-- ` signature separator. `lines.length` when none.
 */
function historyStart(source: string, lines: LazyLines): number {
  const text = (i: number): string => {
    const line = lines.at(i);
    return line ? lineText(source, line) : '';
  };
  for (let i = 0; lines.at(i); i++) if (historyBegins(text(i), (k) => text(i + k))) return i;
  return lines.read.length;
}

/**
 * The lines of a body, read only as far as asked: a reply on top of a long
 * thread is read up to its history (and four lines past it), not to the end.
 */
class LazyLines {
  readonly read: Line[] = [];
  private next: number;

  constructor(
    private readonly source: string,
    from: number,
    private readonly to: number,
  ) {
    this.next = from < to ? from : -1;
  }

  at(index: number): Line | undefined {
    while (this.read.length <= index && this.next >= 0) {
      const line = lineAt(this.source, this.next, this.to);
      this.read.push(line);
      this.next = line.next >= this.to || line.next === line.end ? -1 : line.next;
    }
    return this.read[index];
  }
}

/** `=` soft line breaks and `=XX` escapes of a quoted-printable body. */
function quotedPrintableEscapes(source: string, from: number, to: number): Range[] {
  const ranges: Range[] = [];
  const re = /=(?:[0-9A-F]{2}|(?=[\r\n]))/g;
  const slice = source.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) ranges.push([from + m.index, from + m.index + m[0].length]);
  return ranges;
}

/**
 * Whether a line of a message body is the writer's prose: not a quoted line,
 * a "Sent from my phone", or a bracketed note to the writer ("[wait for their
 * answer]"), which plain text does not read as prose either (an HTML
 * template's view is read as an e-mail).
 */
export function isProseLine(t: string): boolean {
  return !QUOTED.test(t) && !SENT_FROM.test(t) && !isNoteLine(t);
}

/** Paragraphs of a message body, before its history and signature. */
function bodySegments(source: string, part: ProsePart): Segment[] {
  const lazy = new LazyLines(source, part.from, part.to);
  const history = historyStart(source, lazy);
  // Nothing from the history on is prose.
  const lines = lazy.read.slice(0, history);
  const end = signatureStart(source, lines, history);
  const segments: Segment[] = [];
  for (const [a, b] of proseRuns(source, lines, (i) => i < end && isProseLine(lineText(source, lines[i])))) {
    const from = lines[a].start;
    const to = lines[b].end;
    const masks = part.quotedPrintable ? quotedPrintableEscapes(source, from, to) : [];
    const seg = makeSegment(source, 'paragraph', from, to, masks);
    if (seg) segments.push(seg);
  }
  return segments;
}

export const ENCODED_WORD = /=\?[^?\s]{1,40}\?[BbQq]\?[^?\s]{0,500}\?=/g;

/** What every reading of an e-mail shares: its Subject and the parts of its body that are read as prose. */
export interface EmailHead {
  subject?: Segment;
  parts: ProsePart[];
  bodyFrom: number;
}

export function readEmailHead(source: string): EmailHead {
  const [contentStart] = trimRange(source, 0, source.length);
  const block = readHeaderBlock(source, contentStart, source.length, true);
  const bodyFrom = block ? block.bodyFrom : contentStart;
  const head: EmailHead = { parts: plainTextParts(source, block, bodyFrom, source.length), bodyFrom };
  const subjectHeader = header(block, 'subject');
  if (subjectHeader) {
    const { valueStart, valueEnd } = subjectHeader;
    const encoded: Range[] = [];
    const slice = source.slice(valueStart, valueEnd);
    let m: RegExpExecArray | null;
    while ((m = ENCODED_WORD.exec(slice)) !== null) encoded.push([valueStart + m.index, valueStart + m.index + m[0].length]);
    const subject = makeSegment(source, 'subject', valueStart, valueEnd, encoded);
    if (subject) head.subject = subject;
  }
  return head;
}

/** The draft from its head and its body's paragraphs: the greeting taken from them. */
export function finishEmail(source: string, head: EmailHead, body: Segment[]): SegmentedDraft {
  const { subject } = head;
  const greeting = takeGreeting(source, body);
  const firstPart = head.parts[0];
  const [bodyStart] = firstPart ? trimRange(source, firstPart.from, firstPart.to) : [head.bodyFrom];
  return {
    segments: subject ? [subject, ...body] : body,
    ...(subject ? { subject } : {}),
    ...(greeting ? { greeting } : {}),
    bodyStart: Math.min(bodyStart, source.length),
  };
}

export function segmentEmail(source: string): SegmentedDraft {
  const head = readEmailHead(source);
  return finishEmail(source, head, head.parts.flatMap((part) => bodySegments(source, part)));
}

/**
 * A pasted draft reads as an e-mail when its first non-empty line is a
 * Subject line or a greeting, or it opens with a block of mail headers.
 */
export function looksLikeEmail(source: string): boolean {
  const [start] = trimRange(source, 0, source.length);
  const first = lineText(source, lineAt(source, start, source.length));
  if (/^subject[ \t]*:/i.test(first) || BOLD_HEADER.test(first) || isGreetingLine(first)) return true;
  const block = readHeaderBlock(source, start, source.length, true);
  return block !== null && block.headers.length >= 2;
}
