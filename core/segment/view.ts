/**
 * A reading view of a draft whose prose is not its source text: an HTML
 * template (tags, entities) or a MIME message (transfer-encoded bodies,
 * RFC 2047 headers). The view is plain e-mail text that the e-mail segmenter
 * reads as it reads any draft (greeting, quoted replies, signature), and every
 * character of it remembers where it came from in the source, so findings are
 * reported at source offsets.
 *
 * Three kinds of view character:
 * - **source**: a character of the source, or the decoded character of an
 *   entity (`&mdash;` → `—`, mapped to the whole entity);
 * - **synthesized**: structure the source expresses with markup (the blank
 *   line between two `<p>`, the line break of a `<br>`, the `> ` of a quoted
 *   block), mapped to the point where the markup starts;
 * - **locked**: decoded text of a transfer-encoded MIME part; the source holds
 *   it only encoded, so every such character maps to the part's first line.
 *
 * An edit is carried over to the source only when its range is source
 * characters that are contiguous in the source (no tag, comment or locked
 * text inside, no entity cut in two); otherwise the rewrite is dropped, never
 * applied to broken markup or to an encoded part.
 */
import { attachRewrites } from '../rewrite/lazy.js';
import type { Edit, Finding, Format, Related, Rewrite } from '../types.js';

const SOURCE = 0;
const SYNTHESIZED = 1;
const LOCKED = 2;

export interface DraftView {
  /** The text the segmenter and the rules read. */
  text: string;
  /** How the view is read (always plain e-mail today). */
  format: Format;
  /** Per view character `i`: the start and end of the source range it stands for, and its kind. */
  fromAt(i: number): number;
  toAt(i: number): number;
  kindAt(i: number): number;
  /** How an edit's text is written into the source at `at` (HTML escapes `<`, `&`). */
  encodeEdit: (text: string, at: number) => string;
  /** Locked view ranges and what they were decoded from ("quoted-printable text/plain part"), for messages and `--fix`. */
  lockedNotes: Array<{ start: number; end: number; note: string }>;
}

/** Builds a view left to right. */
export class ViewBuilder {
  private readonly parts: string[] = [];
  private from = new Int32Array(1024);
  private to = new Int32Array(1024);
  private kind = new Uint8Array(1024);
  private length = 0;
  private readonly notes: DraftView['lockedNotes'] = [];

  /** `source[start, end)` as it is. */
  source(source: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(source.slice(start, end));
    this.reserve(end - start);
    for (let i = start; i < end; i++) {
      this.from[this.length] = i;
      this.to[this.length] = i + 1;
      this.kind[this.length++] = SOURCE;
    }
  }

  /** A decoded character (or two UTF-16 units) standing for `source[start, end)`. */
  decoded(text: string, start: number, end: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.push(start, end, SOURCE);
  }

  /** Text the markup at `at` stands for. */
  synthesized(text: string, at: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.push(at, at, SYNTHESIZED);
  }

  /** Decoded text of an encoded part, all of it mapped to `[start, end)` (the part's first line). */
  locked(text: string, start: number, end: number, note: string): void {
    this.notes.push({ start: this.length, end: this.length + text.length, note });
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.push(start, end, LOCKED);
  }

  /** Appends another view's characters (a decoded HTML part inside a message). */
  view(view: DraftView, shift: number): void {
    this.parts.push(view.text);
    for (let i = 0; i < view.text.length; i++) this.push(view.fromAt(i) + shift, view.toAt(i) + shift, view.kindAt(i));
  }

  /** The text so far. */
  text(): string {
    return this.parts.join('');
  }

  get size(): number {
    return this.length;
  }

  /** The characters so far: text, and per character its source range and kind. */
  arrays(): { text: string; from: Int32Array; to: Int32Array; kind: Uint8Array } {
    return { text: this.text(), from: this.from.slice(0, this.length), to: this.to.slice(0, this.length), kind: this.kind.slice(0, this.length) };
  }

  build(format: Format, encodeEdit: DraftView['encodeEdit'] = (text) => text): DraftView {
    const { text, from, to, kind } = this.arrays();
    return {
      text,
      format,
      fromAt: (i) => from[i],
      toAt: (i) => to[i],
      kindAt: (i) => kind[i],
      encodeEdit,
      lockedNotes: this.notes,
    };
  }

  private push(from: number, to: number, kind: number): void {
    this.reserve(1);
    this.from[this.length] = from;
    this.to[this.length] = to;
    this.kind[this.length++] = kind;
  }

  private reserve(count: number): void {
    const needed = this.length + count;
    if (needed <= this.from.length) return;
    const size = Math.max(needed, this.from.length * 2);
    const grow = <T extends Int32Array | Uint8Array>(old: T, next: T): T => (next.set(old), next);
    this.from = grow(this.from, new Int32Array(size));
    this.to = grow(this.to, new Int32Array(size));
    this.kind = grow(this.kind, new Uint8Array(size));
  }
}

/** The source range a view range stands for (for reporting; may span markup). */
export function sourceRange(view: DraftView, start: number, end: number): [number, number] {
  const n = view.text.length;
  if (n === 0) return [0, 0];
  if (end <= start) {
    const p = pointAt(view, start);
    return [p, p];
  }
  const a = Math.min(start, n - 1);
  const b = Math.min(end, n) - 1;
  return [view.fromAt(a), Math.max(view.fromAt(a), view.toAt(b))];
}

function pointAt(view: DraftView, at: number): number {
  const n = view.text.length;
  if (at < n && view.kindAt(at) !== SYNTHESIZED) return view.fromAt(at);
  if (at > 0 && at - 1 < n) return view.toAt(at - 1);
  return at < n ? view.fromAt(at) : n > 0 ? view.toAt(n - 1) : 0;
}

function sameChar(view: DraftView, i: number, j: number): boolean {
  return view.fromAt(i) === view.fromAt(j) && view.toAt(i) === view.toAt(j);
}

/**
 * The source range an edit of view `[start, end)` may replace, or null when it
 * would touch markup, locked text or part of an entity.
 */
export function exactSourceRange(view: DraftView, start: number, end: number): [number, number] | null {
  const n = view.text.length;
  if (start === end) {
    // An insertion goes beside a source character, never into markup or an encoded part.
    const next = start < n ? view.kindAt(start) : -1;
    const previous = start > 0 ? view.kindAt(start - 1) : -1;
    // After a space, beside the space: words inserted before "<strong>Atlas" stay outside the element;
    // before a line break, at the end of the line's text: a sentence added to a paragraph stays inside its </p>.
    if (previous === SOURCE && next !== LOCKED && (/\s/.test(view.text[start - 1]) || /[\r\n]/.test(view.text[start] ?? '')) && (start === n || !sameChar(view, start, start - 1))) {
      return [view.toAt(start - 1), view.toAt(start - 1)];
    }
    if (next === SOURCE && (start === 0 || !sameChar(view, start, start - 1))) return [view.fromAt(start), view.fromAt(start)];
    if (previous === SOURCE && next !== LOCKED && (start === n || !sameChar(view, start, start - 1))) {
      return [view.toAt(start - 1), view.toAt(start - 1)];
    }
    return null;
  }
  if (start < 0 || end > n) return null;
  if (start > 0 && sameChar(view, start, start - 1) && view.kindAt(start) === SOURCE) return null;
  if (end < n && sameChar(view, end, end - 1) && view.kindAt(end) === SOURCE) return null;
  for (let i = start; i < end; i++) {
    if (view.kindAt(i) !== SOURCE) return null;
    if (i > start && view.fromAt(i) !== view.toAt(i - 1) && !sameChar(view, i, i - 1)) return null;
  }
  return [view.fromAt(start), view.toAt(end - 1)];
}

export function mapRewrite(view: DraftView, rewrite: Rewrite): Rewrite | undefined {
  const edits: Edit[] = [];
  for (const edit of rewrite.edits) {
    const range = exactSourceRange(view, edit.start, edit.end);
    if (!range) return undefined;
    edits.push({ start: range[0], end: range[1], text: view.encodeEdit(edit.text, range[0]) });
  }
  return { title: rewrite.title, edits };
}

function mapRelated(view: DraftView, related: Related): Related {
  const [start, end] = sourceRange(view, related.start, related.end);
  return { ...related, start, end };
}

/**
 * A finding on the view as a finding on the source: its range mapped, its
 * rewrites kept only where they edit source text exactly. A finding in a
 * transfer-encoded part says so in its message.
 */
export function findingToSource(view: DraftView, finding: Finding): Finding {
  const [start, end] = sourceRange(view, finding.start, finding.end);
  // A plain copy of its values (the view's rewrites are accessors, left behind): copying
  // property descriptors made every mapped finding a dictionary-mode object of about 2.3 KB.
  const mapped = {} as Finding;
  for (const key of Object.keys(finding) as Array<keyof Finding>) {
    if (key !== 'fix' && key !== 'suggestions') (mapped as unknown as Record<string, unknown>)[key] = finding[key];
  }
  mapped.start = start;
  mapped.end = end;
  // The rewrites are mapped when read, as the view's own are computed (core/rewrite/lazy.ts).
  attachRewrites(
    mapped,
    {
      fix: () => (finding.fix ? mapRewrite(view, finding.fix) : undefined),
      suggestions: () => finding.suggestions.flatMap((suggestion) => mapRewrite(view, suggestion) ?? []),
    },
    () => undefined,
  );
  if (finding.related) mapped.related = finding.related.map((related) => mapRelated(view, related));
  const until = Math.max(finding.end, finding.start + 1);
  const locked = view.lockedNotes.find((range) => range.start < until && finding.start < range.end);
  if (locked) {
    mapped.message = `${finding.message} (in the ${locked.note}, read decoded; --fix does not edit encoded text)`;
    mapped.unfixable = locked.note;
  }
  return mapped;
}

/** HTML text: the characters that would start markup or an entity, escaped. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** HTML text that stays 7-bit: escaped, and every non-ASCII character a numeric reference. */
export function escapeHtmlAscii(text: string): string {
  return escapeHtmlText(text).replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)!};`);
}

const ASCII_PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '--', '\u2026': '...', '\u00a0': ' ',
};

/** Text for a 7-bit part or a header: typographic punctuation spelled in ASCII. */
export function asciiPunctuation(text: string): string {
  return text.replace(/[\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0]/g, (c) => ASCII_PUNCTUATION[c]);
}
