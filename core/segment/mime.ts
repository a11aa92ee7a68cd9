/**
 * .eml messages whose prose the source holds encoded: an RFC 2047 Subject
 * (`=?UTF-8?Q?Just_checking_in?=`), a quoted-printable or base64 body, or a
 * body that is only `text/html`. They are read through a view (./view.ts):
 *
 * - The Subject: RFC 2047 words decoded with postal-mime's `decodeWords`;
 *   a plain Subject stays at its source offsets.
 * - The body: the `text/plain` parts (the `text/html` part through the HTML
 *   reader when there is no plain one). A part sent as 7bit/8bit/binary is
 *   source text, at exact offsets. A quoted-printable or base64 part is
 *   decoded (charset included) and *locked*: its findings point at the part's
 *   first body line, quote the decoded phrase, and carry no rewrite, so
 *   `--fix` never writes a corrupt message.
 *
 * postal-mime's own parser is asynchronous (it collects parts through Blob),
 * and linting is synchronous (the language server lints on each keystroke
 * under a time budget), so the part tree is walked here, where the source
 * offsets are known, with the e-mail reader's header code; the test suite
 * checks the decoded text against `PostalMime.parse` (test/core/mime.test.ts).
 * A message that needs none of this (a plain 7bit draft) is read in place by
 * ./email.ts, as before.
 */
import type * as PostalMimeModule from 'postal-mime';
import { ENCODED_WORD, header, multipartParts, readHeaderBlock, type HeaderBlock } from './email.js';
import { htmlView } from './html.js';
import { lineAt, trimRange } from './lines.js';
import { ViewBuilder, asciiPunctuation, escapeHtmlAscii, escapeHtmlText, type DraftView } from './view.js';

interface LeafPart {
  contentType: string;
  charset: string;
  encoding: string;
  attachment: boolean;
  /** The body's source range. */
  from: number;
  to: number;
}

const MAX_DEPTH = 20;

function parameter(value: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The leaf parts of a (multipart) body, in order. */
function leafParts(source: string, block: HeaderBlock | null, from: number, to: number, depth = 0): LeafPart[] {
  const typeHeader = header(block, 'content-type')?.value ?? 'text/plain';
  const contentType = typeHeader.split(';')[0].trim().toLowerCase() || 'text/plain';
  if (contentType.startsWith('multipart/')) {
    const boundary = parameter(typeHeader, 'boundary');
    if (!boundary || depth > MAX_DEPTH) return [];
    return multipartParts(source, from, to, boundary).flatMap((part) => leafParts(source, part.block, part.bodyFrom, part.to, depth + 1));
  }
  return [
    {
      contentType,
      charset: (parameter(typeHeader, 'charset') ?? 'utf-8').toLowerCase(),
      encoding: (header(block, 'content-transfer-encoding')?.value ?? '7bit').trim().toLowerCase(),
      attachment: /^\s*attachment/i.test(header(block, 'content-disposition')?.value ?? ''),
      from,
      to,
    },
  ];
}

function isEncoded(part: LeafPart): boolean {
  return part.encoding === 'quoted-printable' || part.encoding === 'base64';
}

/** The bytes of a quoted-printable body: `=XX` escapes, `=` soft line breaks. */
function decodeQuotedPrintable(text: string): Uint8Array {
  const unfolded = text.replace(/=[ \t]*(?:\r\n|\n|\r)/g, '');
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < unfolded.length; i++) {
    const c = unfolded[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(unfolded.slice(i + 1, i + 3))) {
      bytes.push(parseInt(unfolded.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = unfolded.charCodeAt(i);
      if (code < 0x80) bytes.push(code);
      else for (const byte of encoder.encode(c)) bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
}

function decodeCharset(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A transfer-encoded body as text. */
export function decodeBody(text: string, encoding: string, charset: string): string {
  const bytes = encoding === 'base64' ? Buffer.from(text.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64') : decodeQuotedPrintable(text);
  return decodeCharset(bytes, charset);
}

/**
 * postal-mime, loaded on first use (only encoded messages need it). Its
 * CommonJS build is what both the bundle's `require` and tsx's load.
 */
let postalMime: typeof PostalMimeModule | undefined;
function loadPostalMime(): typeof PostalMimeModule {
  postalMime ??= (
    typeof require === 'function'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('postal-mime')
      : process.getBuiltinModule('node:module').createRequire(import.meta.url)('postal-mime')
  ) as typeof PostalMimeModule;
  return postalMime;
}

/** An RFC 2047 header value decoded ("=?UTF-8?Q?Just_checking_in?=" → "Just checking in"). */
export function decodeHeaderValue(value: string): string {
  return loadPostalMime().decodeWords(value);
}

const ENCODING_NAMES: Record<string, string> = { 'quoted-printable': 'quoted-printable', base64: 'base64' };

/** The view of a MIME message with encoded prose, or undefined when it reads in place. */
export function mimeView(source: string): DraftView | undefined {
  const [contentStart] = trimRange(source, 0, source.length);
  const block = readHeaderBlock(source, contentStart, source.length, true);
  if (!block || !block.headers.some((h) => /^(?:mime-version|content-type|content-transfer-encoding)$/.test(h.name) || h.name === 'subject')) {
    return undefined;
  }
  const subject = header(block, 'subject');
  ENCODED_WORD.lastIndex = 0;
  const subjectEncoded = subject !== undefined && ENCODED_WORD.test(source.slice(subject.valueStart, subject.valueEnd));
  ENCODED_WORD.lastIndex = 0;
  const leaves = leafParts(source, block, block.bodyFrom, source.length).filter((part) => !part.attachment);
  const plain = leaves.filter((part) => part.contentType === 'text/plain');
  const html = plain.length === 0 ? leaves.find((part) => part.contentType === 'text/html') : undefined;
  const body = html ? [html] : plain;
  if (!subjectEncoded && !html && !body.some(isEncoded)) return undefined;

  const out = new ViewBuilder();
  if (subject) {
    out.synthesized('Subject: ', subject.valueStart);
    if (subjectEncoded) {
      const first = lineAt(source, sourceLineStart(source, subject.valueStart));
      out.locked(decodeHeaderValue(subject.value), first.start, first.end, 'RFC 2047 encoded Subject');
    } else {
      out.source(source, subject.valueStart, subject.valueEnd);
    }
    out.synthesized('\n\n', subject.valueEnd);
  }
  for (const [i, part] of body.entries()) {
    if (i > 0) out.synthesized('\n\n', part.from);
    const [from, to] = trimRange(source, part.from, part.to);
    if (to <= from) continue;
    if (isEncoded(part)) {
      const text = decodeBody(source.slice(from, to), part.encoding, part.charset);
      const decoded = part.contentType === 'text/html' ? htmlView(text).text : text;
      const first = lineAt(source, from);
      out.locked(decoded, first.start, first.end, `${ENCODING_NAMES[part.encoding]} ${part.contentType} part`);
    } else if (part.contentType === 'text/html') {
      out.view(htmlView(source.slice(from, to)), from);
    } else {
      out.source(source, from, to);
    }
  }
  // A rewrite keeps the part valid: HTML escaped, a 7-bit part and the header block ASCII.
  const editable = body.filter((part) => !isEncoded(part));
  return out.build('email', (text, at) => {
    const part = editable.find((p) => p.from <= at && at <= p.to);
    if (!part) return asciiPunctuation(text);
    const sevenBit = part.encoding !== '8bit' && part.encoding !== 'binary';
    if (part.contentType === 'text/html') return sevenBit ? escapeHtmlAscii(text) : escapeHtmlText(text);
    return sevenBit ? asciiPunctuation(text) : text;
  });
}

/** The start of the line holding `offset`. */
function sourceLineStart(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && source[i - 1] !== '\n' && source[i - 1] !== '\r') i--;
  return i;
}
