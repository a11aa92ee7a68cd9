/**
 * Inline suppressions in markdown drafts, as HTML comments (the reader never
 * sees them, and markdown has no other comment):
 *
 *   <!-- candor-disable-next-line sales-pressure -- quoting the prospect -->
 *   <!-- candor-disable-line assume-the-sale -->
 *   <!-- candor-disable sales-pressure, assume-the-sale --> … <!-- candor-enable -->
 *   <!-- candor-disable-file -->
 *
 * A rule list is comma or space separated; no list means every rule. Text after
 * ` -- ` is the justification, kept for reports. Suppression is a filter over the
 * engine's findings (the engine stays unaware of it), shared by the CLI and the
 * server. HTML templates carry the same comments, read with rehype-parse.
 * Comments count only where markdown sees an HTML comment: one inside a
 * code fence or inline code is text, not a directive, so the draft is read with
 * the same remark parser the segmenter uses, and only when it holds `candor-`
 * comments at all. Plain-text emails and scripts cannot carry comments; the
 * baseline serves them (core/baseline.ts).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Nodes } from 'mdast';
import type { Nodes as HastNodes } from 'hast';
import { parseHtml } from './segment/html.js';
import { LineIndex } from './position.js';
import type { Finding, Format } from './types.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  /** The text after ` -- `, when given. */
  justification?: string;
  /** The comment's range in the source (UTF-16 offsets). */
  start: number;
  end: number;
  /** 0-based line a `disable-next-line` / `disable-line` covers. */
  targetLine?: number;
}

/** A finding a directive silenced, with why. */
export interface SuppressedFinding {
  finding: Finding;
  directive: Directive;
}

/** A disable directive (or one rule of its list) that silenced nothing. */
export interface UnusedDirective {
  directive: Directive;
  /** The rule named in the directive that reported nothing; undefined for a directive without a list. */
  ruleId?: string;
}

export interface SuppressionResult {
  /** The findings left to report. */
  findings: Finding[];
  suppressed: SuppressedFinding[];
  unusedDirectives: UnusedDirective[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE = /^candor-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([\s\S]*)$/;

/** `sales-pressure, assume-the-sale -- reason` → rules and justification. */
function parseArguments(rest: string): { rules: string[]; justification?: string } {
  const separator = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const list = separator ? rest.slice(0, separator.index) : rest;
  const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
  const rules = list.split(/[\s,]+/).filter(Boolean);
  return reason ? { rules, justification: reason } : { rules };
}

/** Ranges of the HTML (block and inline) markdown sees, in document order. */
function htmlRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // remark drops a leading BOM from its offsets.
  const base = text.startsWith('\uFEFF') ? 1 : 0;
  const stack: Nodes[] = [processor.parse(text)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'html') {
      const p = node.position;
      if (p?.start.offset !== undefined && p.end.offset !== undefined) ranges.push([p.start.offset + base, p.end.offset + base]);
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Ranges of the comments of an HTML draft (not `<!--` inside a `<script>` or an attribute), in document order. */
function htmlCommentRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const stack: HastNodes[] = [parseHtml(text)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'comment') {
      const p = node.position;
      if (p?.start.offset !== undefined && p.end.offset !== undefined) ranges.push([p.start.offset, p.end.offset]);
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The 0-based line after `line` that holds something other than white space. */
function nextNonBlankLine(text: string, index: LineIndex, line: number): number {
  for (let l = line + 1; l < index.lineCount; l++) {
    if (text.slice(index.lineStart(l), index.lineEnd(l)).trim() !== '') return l;
  }
  return index.lineCount; // past the end: covers nothing
}

/** The suppression directives of a draft; none unless it is markdown or HTML. */
export function parseDirectives(text: string, format: Format): Directive[] {
  // `<!--` first: it is rare in prose, and V8 finds it in a 1 MB draft some twenty times faster than `candor-`.
  if ((format !== 'markdown' && format !== 'html') || !text.includes('<!--') || !text.includes('candor-')) return [];
  let ranges: Array<[number, number]>;
  try {
    ranges = format === 'html' ? htmlCommentRanges(text) : htmlRanges(text);
  } catch {
    return [];
  }
  const index = new LineIndex(text);
  const directives: Directive[] = [];
  for (const [from, to] of ranges) {
    const html = text.slice(from, to);
    for (const match of html.matchAll(COMMENT)) {
      const body = match[1].trim();
      const parsed = DIRECTIVE.exec(body);
      if (!parsed) continue;
      const kind = parsed[1] as DirectiveKind;
      const start = from + match.index;
      const end = start + match[0].length;
      const directive: Directive = { kind, ...parseArguments(parsed[2]), start, end };
      if (kind === 'disable-line') directive.targetLine = index.positionAt(start).line;
      if (kind === 'disable-next-line') directive.targetLine = nextNonBlankLine(text, index, index.positionAt(end).line);
      directives.push(directive);
    }
  }
  return directives;
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

/** Which `disable`/`enable` directive, if any, silences `ruleId` at `offset`. */
function blockDirectiveAt(blocks: readonly Directive[], ruleId: string, offset: number): Directive | undefined {
  let all: Directive | undefined;
  const reenabled = new Set<string>();
  const perRule = new Map<string, Directive>();
  for (const directive of blocks) {
    if (directive.end > offset) break;
    if (directive.kind === 'disable') {
      if (directive.rules.length === 0) {
        all = directive;
        reenabled.clear();
        perRule.clear();
      } else {
        for (const rule of directive.rules) {
          perRule.set(rule, directive);
          reenabled.delete(rule);
        }
      }
    } else if (directive.rules.length === 0) {
      all = undefined;
      reenabled.clear();
      perRule.clear();
    } else {
      for (const rule of directive.rules) {
        perRule.delete(rule);
        if (all) reenabled.add(rule);
      }
    }
  }
  return perRule.get(ruleId) ?? (all && !reenabled.has(ruleId) ? all : undefined);
}

/**
 * Removes the findings that directives silence. Every disable directive (each
 * rule of its list) that silenced nothing is returned as unused.
 */
export function applySuppressions(text: string, format: Format, findings: readonly Finding[]): SuppressionResult {
  const directives = parseDirectives(text, format);
  if (directives.length === 0) return { findings: [...findings], suppressed: [], unusedDirectives: [] };
  const index = new LineIndex(text);
  const lineDirectives = directives.filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line');
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const fileDirectives = directives.filter((d) => d.kind === 'disable-file');
  const used = new Map<Directive, Set<string>>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const line = index.positionAt(finding.start).line;
    const directive =
      lineDirectives.find((d) => d.targetLine === line && names(d, finding.ruleId)) ??
      blockDirectiveAt(blocks, finding.ruleId, finding.start) ??
      fileDirectives.find((d) => names(d, finding.ruleId));
    if (!directive) {
      kept.push(finding);
      continue;
    }
    suppressed.push({ finding, directive });
    let rules = used.get(directive);
    if (!rules) used.set(directive, (rules = new Set()));
    rules.add(finding.ruleId);
  }
  const unusedDirectives: UnusedDirective[] = [];
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const rules = used.get(directive);
    if (directive.rules.length === 0) {
      if (!rules) unusedDirectives.push({ directive });
      continue;
    }
    for (const ruleId of new Set(directive.rules)) {
      if (!rules?.has(ruleId)) unusedDirectives.push({ directive, ruleId });
    }
  }
  return { findings: kept, suppressed, unusedDirectives };
}

/**
 * The rule id an unused-directive finding carries: none (ESLint writes `null`).
 * Formatters that need a string print nothing for it.
 */
export const DIRECTIVE_RULE_ID = '';

/** ESLint's wording: `Unused candor-disable directive (no problems were reported from 'sales-pressure')`. */
export function unusedDirectiveMessage(unused: UnusedDirective): string {
  const from = unused.ruleId !== undefined ? ` from '${unused.ruleId}'` : '';
  return `Unused candor-disable directive (no problems were reported${from})`;
}

/** Unused directives as findings (warnings by default), at the comment's range. */
export function unusedDirectiveFindings(unused: readonly UnusedDirective[], severity: Finding['severity'] = 'warning'): Finding[] {
  return unused.map((item) => ({
    ruleId: DIRECTIVE_RULE_ID,
    severity,
    message: unusedDirectiveMessage(item),
    start: item.directive.start,
    end: item.directive.end,
    suggestions: [],
  }));
}
