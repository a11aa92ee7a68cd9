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

/**
 * Per view character, the source range it stands for and its kind, kept as
 * runs of characters: text copied from the source is one run (its k-th
 * character stands for [from + k, from + k + 1)), and so are the characters
 * that a decoded entity or a synthesized break stand for together. One
 * Int32Array per character for each end took about 7 MB of the language
 * server's heap for a 1 MB HTML template.
 */
export class CharMap {
  /** The run the last lookup found: lookups come in runs. */
  private hint = 0;

  constructor(
    /** Per run: its first view character, the source offset that character starts at, */
    private readonly starts: Int32Array,
    private readonly froms: Int32Array,
    /** the width of each of its characters' source ranges, how far each starts past the one before (0 or 1), and their kind. */
    private readonly widths: Int32Array,
    private readonly steps: Uint8Array,
    private readonly kinds: Uint8Array,
  ) {}

  /** The run holding view character `i`. */
  private run(i: number): number {
    const { starts } = this;
    const count = starts.length;
    let r = this.hint;
    if (r < count && starts[r] <= i && (r + 1 === count || i < starts[r + 1])) return r;
    r++;
    if (r < count && starts[r] <= i && (r + 1 === count || i < starts[r + 1])) return (this.hint = r);
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return (this.hint = lo);
  }

  fromAt(i: number): number {
    const r = this.run(i);
    return this.froms[r] + (i - this.starts[r]) * this.steps[r];
  }

  toAt(i: number): number {
    const r = this.run(i);
    return this.froms[r] + (i - this.starts[r]) * this.steps[r] + this.widths[r];
  }

  kindAt(i: number): number {
    return this.kinds[this.run(i)];
  }

  /** The same map with every source offset moved by `delta`. */
  shifted(delta: number): CharMap {
    return new CharMap(this.starts, this.froms.map((from) => from + delta), this.widths, this.steps, this.kinds);
  }
}

/** Builds a view left to right. */
export class ViewBuilder {
  private readonly parts: string[] = [];
  private starts = new Int32Array(16);
  private froms = new Int32Array(16);
  private widths = new Int32Array(16);
  private steps = new Uint8Array(16);
  private kinds = new Uint8Array(16);
  private runs = 0;
  private length = 0;
  private readonly notes: DraftView['lockedNotes'] = [];

  /** `source[start, end)` as it is. */
  source(source: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(source.slice(start, end));
    this.append(start, 1, SOURCE, end - start, 1);
  }

  /** A decoded character (or two UTF-16 units) standing for `source[start, end)`. */
  decoded(text: string, start: number, end: number): void {
    this.parts.push(text);
    this.append(start, end - start, SOURCE, text.length, 0);
  }

  /** Text the markup at `at` stands for. */
  synthesized(text: string, at: number): void {
    this.parts.push(text);
    this.append(at, 0, SYNTHESIZED, text.length, 0);
  }

  /** Decoded text of an encoded part, all of it mapped to `[start, end)` (the part's first line). */
  locked(text: string, start: number, end: number, note: string): void {
    this.notes.push({ start: this.length, end: this.length + text.length, note });
    this.parts.push(text);
    this.append(start, end - start, LOCKED, text.length, 0);
  }

  /** Appends another view's characters (a decoded HTML part inside a message). */
  view(view: DraftView, shift: number): void {
    this.parts.push(view.text);
    for (let i = 0; i < view.text.length; i++) {
      const from = view.fromAt(i);
      this.append(from + shift, view.toAt(i) - from, view.kindAt(i), 1, 0);
    }
  }

  /** The text so far. */
  text(): string {
    return this.parts.join('');
  }

  get size(): number {
    return this.length;
  }

  /** The characters so far: text, and per character its source range and kind. */
  arrays(): { text: string; map: CharMap } {
    const n = this.runs;
    return {
      text: this.text(),
      map: new CharMap(this.starts.slice(0, n), this.froms.slice(0, n), this.widths.slice(0, n), this.steps.slice(0, n), this.kinds.slice(0, n)),
    };
  }

  build(format: Format, encodeEdit: DraftView['encodeEdit'] = (text) => text): DraftView {
    const { text, map } = this.arrays();
    return {
      text,
      format,
      fromAt: (i) => map.fromAt(i),
      toAt: (i) => map.toAt(i),
      kindAt: (i) => map.kindAt(i),
      encodeEdit,
      lockedNotes: this.notes,
    };
  }

  /**
   * `count` characters of one kind, the k-th standing for `[from + k * step,
   * from + k * step + width)`: the last run goes on where they continue it.
   */
  private append(from: number, width: number, kind: number, count: number, step: number): void {
    if (count <= 0) return;
    const r = this.runs - 1;
    if (r >= 0 && this.kinds[r] === kind && this.widths[r] === width) {
      const length = this.length - this.starts[r];
      const gap = from - (this.froms[r] + (length - 1) * this.steps[r]);
      // A run of one character takes the step of what continues it.
      const runStep = length === 1 ? gap : this.steps[r];
      if (gap === runStep && (runStep === 0 || runStep === 1) && (count === 1 || step === runStep)) {
        this.steps[r] = runStep;
        this.length += count;
        return;
      }
    }
    if (this.runs === this.starts.length) this.grow();
    const n = this.runs++;
    this.starts[n] = this.length;
    this.froms[n] = from;
    this.widths[n] = width;
    this.steps[n] = count > 1 ? step : 0;
    this.kinds[n] = kind;
    this.length += count;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(old: T, next: T): T => (next.set(old), next);
    this.starts = grow(this.starts, new Int32Array(size));
    this.froms = grow(this.froms, new Int32Array(size));
    this.widths = grow(this.widths, new Int32Array(size));
    this.steps = grow(this.steps, new Uint8Array(size));
    this.kinds = grow(this.kinds, new Uint8Array(size));
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
