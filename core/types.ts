/**
 * The engine's vocabulary. Everything here speaks in UTF-16 offsets into the
 * original source text (JS string indices, the unit of LSP `Position.character`);
 * only front ends turn offsets into line/column, through `core/position.ts`.
 */

/** Severity of a reported finding. */
export type Severity = 'error' | 'warning' | 'info';

/** Severity as a user configures it. */
export type SeveritySetting = 'off' | 'info' | 'warn' | 'error';

/** How a draft is read. */
export type Format = 'markdown' | 'email' | 'html' | 'script' | 'text';

/** What part of a draft a run of prose is. */
export type SegmentKind =
  | 'subject'
  | 'greeting'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'table-cell'
  | 'blockquote'
  | 'speaker-line';

/**
 * A run of the writer's own prose. `text` has the same length as
 * `source.slice(start, end)`: non-prose inside it (merge tags, URLs, e-mail
 * addresses, inline code, HTML, stage directions, link destinations) is replaced
 * by `MASK` characters, so an index into `text` plus `start` is an offset into
 * the source. A segment never spans a blank line.
 */
export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
  text: string;
}

/** The filler that masks non-prose: not a letter, digit, `_` or white space. */
export const MASK = '\u0001';

/** A draft read by a segmenter: the source and the writer's prose in it. */
export interface Draft {
  source: string;
  format: Format;
  /** Prose segments in document order, non-overlapping. */
  segments: Segment[];
  /** The `Subject:` line's value (emails), as a segment of kind 'subject'. */
  subject?: Segment;
  /** The greeting line ("Hi {{first_name}},"), when the draft opens with one. */
  greeting?: Segment;
  /** Parsed YAML front matter of a markdown draft (`type: re-engagement`). */
  frontMatter?: Record<string, unknown>;
  /**
   * Offset where the writer's message body starts (after headers, front matter;
   * the greeting line included). The apology opener is inserted relative to it.
   */
  bodyStart: number;
  /** The line break the draft uses: "\r\n" when its first line break is CRLF. */
  eol: '\n' | '\r\n';
}

/** A half-open [start, end) replacement, in absolute offsets. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A rewrite the writer can apply: a title for menus and its edits. */
export interface Rewrite {
  title: string;
  edits: Edit[];
}

/** A place elsewhere in the draft that explains a finding. */
export interface Related {
  start: number;
  end: number;
  message: string;
}

/** One problem found in a draft. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** The phrase-table category ("chasing", "urgency", …), when the rule has one. */
  category?: string;
  /** Why this reads as pressure, in the seeds' terms (shown on hover). */
  rationale?: string;
  /** The one safe rewrite: applied by `--fix`, fix-all and fix-on-save. */
  fix?: Rewrite;
  /** Rewrites the writer chooses between. */
  suggestions: Rewrite[];
  related?: Related[];
  /**
   * Where the encoded text this finding lies in came from ("quoted-printable
   * text/plain part", "RFC 2047 encoded Subject" of an .eml): it carries no
   * rewrite, since `--fix` and the rewrite never edit encoded text.
   */
  unfixable?: string;
}
