/**
 * Same-length masking (Vale's trick): non-prose inside a run of prose is
 * replaced by `MASK`, so an index into a segment's text plus its start is an
 * offset into the source. Every pattern here is bounded or anchored so that
 * scanning stays linear in the input, whatever the input is.
 */
import { MASK } from '../types.js';

/**
 * Merge tags of the common mail and CRM tools. They are opaque: a rule must
 * neither flag inside one nor split one, so they are masked in every format.
 */
export const MERGE_TAG_PATTERNS: readonly RegExp[] = [
  // {{first_name}}, {{ contact.firstname | default: "there" }}, {{{raw}}}
  /\{\{\{?[^{}\r\n]{1,200}\}?\}\}/g,
  // Liquid / Jinja statements: {% if company %}
  /\{%[^\r\n]{0,200}?%\}/g,
  // Salesforce: {!Contact.FirstName}
  /\{![^{}\r\n]{1,200}\}/g,
  // ${name}
  /\$\{[^{}\r\n]{1,200}\}/g,
  // {first_name}, {Company Name}
  /\{[A-Za-z_][\w.-]{0,60}(?: [\w.-]{1,30}){0,4}\}/g,
  // Mailchimp: *|FNAME|*
  /\*\|[A-Za-z0-9_:-]{1,60}\|\*/g,
  // %FIRSTNAME%
  /%[A-Za-z_][\w.-]{0,60}%/g,
  // <<First Name>>
  /<<[^<>\r\n]{1,100}>>/g,
  // [Prospect Name], [First Name], [COMPANY]: every word capitalised. A
  // following `(`, `[` or `:` makes it a markdown link or definition instead.
  // Five or more words in capitals are a button's label ("[CLAIM YOURS BEFORE
  // THEY'RE GONE]"), which is copy, not a tag.
  /\[(?![A-Z0-9'’.-]+(?:[ _][A-Z0-9'’.-]+){4,}\])[A-Z][A-Za-z0-9'’.-]{0,40}(?:[ _][A-Z][A-Za-z0-9'’.-]{0,40}){0,5}\](?![([:])/g,
];

/** A half-open [from, to) range in absolute source offsets. */
export type Range = readonly [number, number];

/** The characters of `source[start, end)`, each either kept or masked. */
export class MaskedRun {
  private readonly masked: Uint8Array;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    maskedByDefault = false,
  ) {
    this.masked = new Uint8Array(Math.max(0, end - start));
    if (maskedByDefault) this.masked.fill(1);
  }

  mask(from: number, to: number): void {
    this.set(from, to, 1);
  }

  keep(from: number, to: number): void {
    this.set(from, to, 0);
  }

  /**
   * Line breaks stay in the text even where masked, so a reader splitting the
   * text into lines sees the source's lines.
   */
  text(): string {
    const parts: string[] = [];
    const n = this.masked.length;
    let i = 0;
    while (i < n) {
      const isMasked = this.masked[i];
      let j = i + 1;
      while (j < n && this.masked[j] === isMasked) j++;
      if (isMasked) {
        const slice = this.source.slice(this.start + i, this.start + j);
        parts.push(slice.replace(/[^\r\n]/g, MASK));
      } else {
        parts.push(this.source.slice(this.start + i, this.start + j));
      }
      i = j;
    }
    return parts.join('');
  }

  private set(from: number, to: number, value: 0 | 1): void {
    const a = Math.max(from, this.start) - this.start;
    const b = Math.min(to, this.end) - this.start;
    if (b > a) this.masked.fill(value, a, b);
  }
}

/** A global copy of `pattern`, so a caller's RegExp is never mutated. */
function globalCopy(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
}

/** The built-in patterns plus a caller's, each a private global RegExp. */
export function mergeTagMatchers(extra: readonly RegExp[] = []): RegExp[] {
  return [...MERGE_TAG_PATTERNS, ...extra].map(globalCopy);
}

const BUILT_IN_MATCHERS = mergeTagMatchers();

/** Ranges of merge tags in `source[from, to)`; `matchers` from `mergeTagMatchers`. */
export function findMergeTags(source: string, from: number, to: number, matchers: readonly RegExp[] = BUILT_IN_MATCHERS): Range[] {
  const slice = source.slice(from, to);
  const ranges: Range[] = [];
  for (const re of matchers) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      ranges.push([from + m.index, from + m.index + m[0].length]);
    }
  }
  return ranges;
}

/** Tokens longer than this are junk (base64, minified data); scanning them buys nothing. */
const MAX_TOKEN = 4096;

const URL_START = /(?:https?:\/\/|ftp:\/\/|mailto:|www\.)/i;
const BARE_DOMAIN =
  /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|io|co|net|org|ai|app|dev|biz|info|us|uk|ca|de|fr|eu|au|xyz|tech|cloud|site|online|store|shop|tv|gg|ly)(?::\d{1,5})?(?:\/\S*)?$/i;
const LEADING_PUNCT = /^[(<[{"'“‘*_]+/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const LOCAL_PART_CHAR = /[A-Za-z0-9._%+'-]/;

/** Trailing sentence punctuation is the sentence's, not the URL's; so is an unbalanced `)`. */
function trimUrlEnd(token: string): string {
  let end = token.length;
  for (;;) {
    const c = token[end - 1];
    if (c === undefined) break;
    if ('.,;:!?\'"”’*_>'.includes(c)) {
      end--;
      continue;
    }
    if (c === ')' || c === ']') {
      const open = c === ')' ? '(' : '[';
      const body = token.slice(0, end);
      if (body.split(c).length > body.split(open).length) {
        end--;
        continue;
      }
    }
    break;
  }
  return token.slice(0, end);
}

function findEmailInToken(token: string): Range | null {
  const at = token.indexOf('@');
  if (at <= 0) return null;
  let a = at;
  while (a > 0 && LOCAL_PART_CHAR.test(token[a - 1])) a--;
  let b = at + 1;
  while (b < token.length && DOMAIN_CHAR.test(token[b])) b++;
  while (b > at + 1 && token[b - 1] === '.') b--;
  const domain = token.slice(at + 1, b);
  if (a === at || !/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(domain)) return null;
  return [a, b];
}

/** Ranges of URLs (with scheme, `www.`, or a bare `acme.com/path`) and e-mail addresses. */
export function findUrlsAndEmails(source: string, from: number, to: number): Range[] {
  const slice = source.slice(from, to);
  const ranges: Range[] = [];
  const tokenPattern = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = tokenPattern.exec(slice)) !== null) {
    const token = m[0];
    if (token.length > MAX_TOKEN || token.length < 4) continue;
    const base = from + m.index;
    const urlAt = token.search(URL_START);
    if (urlAt >= 0) {
      const url = trimUrlEnd(token.slice(urlAt));
      if (url.length > 4) ranges.push([base + urlAt, base + urlAt + url.length]);
      continue;
    }
    const email = findEmailInToken(token);
    if (email) {
      ranges.push([base + email[0], base + email[1]]);
      continue;
    }
    const lead = LEADING_PUNCT.exec(token)?.[0].length ?? 0;
    const candidate = trimUrlEnd(token.slice(lead));
    if (candidate.includes('.') && BARE_DOMAIN.test(candidate)) {
      ranges.push([base + lead, base + lead + candidate.length]);
    }
  }
  return ranges;
}

/** Everything inline that is never prose, in any format. */
export function findInlineNonProse(source: string, from: number, to: number, matchers: readonly RegExp[] = BUILT_IN_MATCHERS): Range[] {
  return [...findMergeTags(source, from, to, matchers), ...findUrlsAndEmails(source, from, to)];
}

/** Overlays MASK on `text` (which starts at `start`) over the given ranges. */
/** Whether a text holds anything to read once masked (not only white space and mask filler). */
export function hasProse(text: string): boolean {
  return /[^\s\u0001]/.test(text);
}

export function maskRanges(text: string, start: number, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  const chars = text.split('');
  for (const [a, b] of ranges) {
    const from = Math.max(a - start, 0);
    const to = Math.min(b - start, chars.length);
    for (let i = from; i < to; i++) {
      if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = MASK;
    }
  }
  return chars.join('');
}
