/**
 * HTML e-mail templates (`.html`, `.htm`, and the HTML part of an .eml), read
 * with rehype-parse (hast, a source position on every node) into a view
 * (./view.ts): the text a reader sees, laid out as a plain e-mail, each
 * character mapped back to the source.
 *
 * Prose: text nodes, link text included. Not prose: `<head>`, `<style>`,
 * `<script>`, comments, attribute values (so `alt` text and `href` merge
 * tags), and anything a mail client does not show as text. Blocks (`<p>`,
 * `<td>`, `<li>`, `<div>`…) become paragraphs, `<br>` a line break, and
 * `<blockquote>` or a mail client's quote container lines quoted with `> `, and
 * hidden preview text before the body a `Subject:` line, so
 * the e-mail reader finds the greeting, the signature and the quoted reply in
 * the HTML's text structure. Text node values are entity-decoded, so offsets
 * come from re-scanning the raw source slice (DEPENDENCIES §0.8): a plain
 * character maps to itself, an entity's decoded character to the whole entity.
 */
import type * as Hast from 'hast';
import type * as RehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type * as Unified from 'unified';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { ViewBuilder, escapeHtmlText, type DraftView } from './view.js';

/** Elements whose content is never shown as prose. */
export const HIDDEN = new Set([
  'head', 'title', 'style', 'script', 'template', 'noscript', 'svg', 'math', 'select', 'option',
  'textarea', 'iframe', 'object', 'canvas', 'audio', 'video', 'map',
]);

/** Elements that start and end a paragraph of their own. */
export const BLOCK = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/** Class names mail clients give the quoted earlier message. */
const QUOTE_CLASS = /(?:^|\s)(?:gmail_quote|gmail_extra|yahoo_quoted|moz-cite-prefix|protonmail_quote|OutlookMessageHeader)(?:\s|$)/i;

/** The HTML entities a text node may hold (named ones need their `;`). */
const ENTITY = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};)/g;

/** Numeric references 0x80–0x9F mean windows-1252 characters (HTML's rule). */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/** The text an entity stands for, or undefined when it is not one. */
export function decodeEntity(entity: string): string | undefined {
  const body = entity.slice(1).replace(/;$/, '');
  if (body[0] !== '#') {
    const named = decodeNamedCharacterReference(body);
    return named === false ? undefined : named;
  }
  let code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (!Number.isFinite(code)) return undefined;
  code = WINDOWS_1252[code] ?? code;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/**
 * rehype-parse, loaded on first use: only HTML drafts need it, and the CLI's
 * bundle would otherwise evaluate parse5 on every start. The bundles get a
 * plain `require` (esbuild's); under tsx there is none.
 */
let parser: Unified.Processor<Hast.Root> | undefined;
function htmlParser(): Unified.Processor<Hast.Root> {
  if (parser) return parser;
  const rehypeParse = (
    (typeof require === 'function'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('rehype-parse')
      : process.getBuiltinModule('node:module').createRequire(import.meta.url)('rehype-parse')) as typeof RehypeParse
  ).default;
  parser = unified().use(rehypeParse);
  return parser;
}

/** Parses HTML into hast; parse5 recovers from any input, so this does not throw on broken markup. */
export function parseHtml(source: string): Hast.Root {
  return htmlParser().parse(source);
}

export type Node = Hast.Root | Hast.RootContent;

interface Step {
  node: Node;
  /** True when leaving an element (its end-of-block break). */
  leave?: boolean;
  quote: number;
}

/** What the writer carries from one piece of the document to the next (html-incremental.ts compares these). */
export interface WriterState {
  pending: number;
  trailing: number;
  atLineStart: boolean;
  hasText: boolean;
}

/** Writes the view: text, pending paragraph breaks and quote markers. */
export class ViewWriter {
  out = new ViewBuilder();
  /** Line breaks wanted before the next text (2 = a blank line). */
  private pending = 0;
  /** Line breaks at the end of the view, white space between them ignored. */
  private trailing = 0;
  private atLineStart = true;
  hasText = false;
  /** How deep in quoted blocks the text being written is. */
  quote = 0;

  constructor(private readonly source: string) {}

  get state(): WriterState {
    return { pending: this.pending, trailing: this.trailing, atLineStart: this.atLineStart, hasText: this.hasText };
  }

  set state(state: WriterState) {
    ({ pending: this.pending, trailing: this.trailing, atLineStart: this.atLineStart, hasText: this.hasText } = state);
  }

  /** Text the markup at `at` stands for, written as it is ("Subject: " before a preheader). */
  synthesized(text: string, at: number): void {
    this.pending = 0;
    this.out.synthesized(text, at);
    this.note(text);
  }

  breakBefore(lines: number): void {
    this.pending = Math.max(this.pending, lines);
  }

  /** A `<br>`: one line break, at once (two in a row make a blank line). */
  lineBreak(at: number): void {
    if (!this.hasText) return;
    this.flushPending(at);
    this.out.synthesized('\n', at);
    this.trailing++;
    this.atLineStart = true;
  }

  /**
   * A text node: its raw source `[start, end)`, entities decoded, when that
   * reads as the node's value; otherwise (parse5 moved or merged the text, as
   * it does with white space after `</body>`) the value, mapped to a point.
   */
  text(start: number, end: number, value: string): void {
    const raw = this.source.slice(start, end);
    if (/\S/.test(value)) this.flushPending(start);
    else if (!this.hasText) return;
    ENTITY.lastIndex = 0;
    const pieces: Array<{ at: number; end: number; decoded?: string }> = [];
    let cursor = 0;
    let m: RegExpExecArray | null;
    while ((m = ENTITY.exec(raw)) !== null) {
      const decoded = decodeEntity(m[0]);
      if (decoded === undefined) continue;
      pieces.push({ at: start + cursor, end: start + m.index }, { at: start + m.index, end: start + m.index + m[0].length, decoded });
      cursor = m.index + m[0].length;
    }
    pieces.push({ at: start + cursor, end });
    const read = pieces.map((p) => p.decoded ?? this.source.slice(p.at, p.end)).join('');
    if (read.replace(/\r\n?/g, '\n') !== value) {
      this.moved(start, value);
      return;
    }
    for (const piece of pieces) {
      if (piece.decoded === undefined) {
        this.plain(piece.at, piece.end);
      } else {
        this.marker(piece.at);
        this.out.decoded(piece.decoded, piece.at, piece.end);
        this.note(piece.decoded);
      }
    }
  }

  /**
   * A text node whose raw source does not read as its value (the second
   * branch of `text`), for a caller that knows so without reading the source:
   * its value, all of it mapped to `start`.
   */
  movedText(start: number, value: string): void {
    if (/\S/.test(value)) this.flushPending(start);
    else if (!this.hasText) return;
    this.moved(start, value);
  }

  private moved(start: number, value: string): void {
    this.out.synthesized(value, start);
    this.note(value);
  }

  /** Source characters as they are, with quote markers after each line break. */
  private plain(start: number, end: number): void {
    let from = start;
    for (let i = start; i < end; i++) {
      const c = this.source[i];
      if (c !== '\n' && c !== '\r') continue;
      if (c === '\r' && this.source[i + 1] === '\n') continue;
      this.marker(from);
      this.out.source(this.source, from, i + 1);
      this.note(this.source.slice(from, i + 1));
      from = i + 1;
    }
    if (end > from) {
      this.marker(from);
      this.out.source(this.source, from, end);
      this.note(this.source.slice(from, end));
    }
  }

  /** `> ` at the start of a line inside a quoted block. */
  private marker(at: number): void {
    if (!this.atLineStart || this.quote === 0) return;
    this.out.synthesized('>'.repeat(this.quote) + ' ', at);
    this.atLineStart = false;
  }

  private flushPending(at: number): void {
    if (this.hasText && this.pending > this.trailing) {
      this.out.synthesized('\n'.repeat(this.pending - this.trailing), at);
      this.trailing = this.pending;
      this.atLineStart = true;
    }
    this.pending = 0;
  }

  /** Keeps `trailing`, `atLineStart` and `hasText` up to date after `text` was written. */
  private note(text: string): void {
    if (text.length === 0) return;
    const lastText = text.search(/\S\s*$/);
    const breaks = (text.slice(lastText + 1).match(/\r\n|\n|\r/g) ?? []).length;
    this.trailing = lastText >= 0 ? breaks : this.trailing + breaks;
    if (lastText >= 0) this.hasText = true;
    this.atLineStart = /[\r\n]$/.test(text);
  }
}

export function offsets(node: Node): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

export function isQuote(element: Hast.Element): boolean {
  if (element.tagName === 'blockquote') return true;
  const className = element.properties.className;
  const names = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : '';
  return QUOTE_CLASS.test(names);
}

/**
 * Preview text: a hidden element before any visible text, which mail clients
 * show beside the subject in the inbox. The writer's words, but not the
 * message's opening, so the view gives it the place of a Subject line.
 */
export function isPreheader(element: Hast.Element): boolean {
  if (!['div', 'span', 'p', 'td', 'table'].includes(element.tagName)) return false;
  const style = typeof element.properties.style === 'string' ? element.properties.style : '';
  const className = element.properties.className;
  const names = Array.isArray(className) ? className.join(' ') : '';
  return /display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0/i.test(style) || /preheader|preview/i.test(names);
}

/** The view of an HTML document: its visible text as a plain e-mail. */
export function htmlView(original: string): DraftView {
  // The HTML parser drops NUL characters, and the text nodes around one lose their positions: it
  // reads as U+FFFD instead (one code unit for one, so every offset holds).
  const source = original.includes('\0') ? original.replace(/\0/g, '\uFFFD') : original;
  const tree = parseHtml(source);
  const writer = new ViewWriter(source);
  let preheader: Hast.Element | undefined;
  // Preorder walk with an explicit stack: deeply nested input must not overflow the call stack.
  const stack: Step[] = [{ node: tree, quote: 0 }];
  while (stack.length) {
    const { node, leave, quote } = stack.pop()!;
    if (node === preheader && leave) {
      // The preview line ends like a Subject header: a blank line, then the body.
      writer.synthesized('\n\n', offsets(node)?.[1] ?? 0);
      continue;
    }
    if (node.type === 'text') {
      const at = offsets(node);
      writer.quote = quote;
      if (at) writer.text(at[0], at[1], node.value);
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element') {
      const name = node.tagName;
      if (HIDDEN.has(name)) continue;
      if (name === 'br') {
        writer.lineBreak(offsets(node)?.[0] ?? 0);
        continue;
      }
      if (preheader === undefined && !writer.hasText && isPreheader(node)) {
        preheader = node;
        writer.synthesized('Subject: ', offsets(node)?.[0] ?? 0);
        stack.push({ node, leave: true, quote });
      } else {
        if (BLOCK.has(name)) writer.breakBefore(2);
        if (leave) continue;
        if (BLOCK.has(name)) stack.push({ node, leave: true, quote });
      }
    }
    const inner = node.type === 'element' && isQuote(node) ? quote + 1 : quote;
    const children = node.type === 'element' && node.tagName === 'template' ? [] : node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], quote: inner });
  }
  return writer.out.build('email', encodeHtmlEdit);
}

/** A rewrite's paragraph break is white space in HTML; it goes in as one space. */
export function encodeHtmlEdit(text: string): string {
  return escapeHtmlText(text.replace(/[ \t]*(?:\r\n?|\n)+[ \t]*/g, ' '));
}
