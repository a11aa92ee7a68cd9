/**
 * The engine: a draft in, findings out. It reads the draft by format, runs each
 * enabled rule over it, fills in rule id, severity and message, and enforces the
 * rule's declared metadata (ESLint's guard: a rule that reports a fix must
 * declare `fixable`). It imports no LSP or VS Code module.
 */
import { builtinRules } from '../rules/index.js';
import { resolveSeverity, ruleOptions, type LintConfig } from './config.js';
import { BoundedMap, detach } from './memo.js';
import { attachRewrites, rewriteSource } from './rewrite/lazy.js';
import type { PhraseSite } from './rewrite/phrase.js';
import type { Report, Rule } from './rule.js';
import { detectFormat, draftView, readDraft } from './segment/index.js';
import { findingToSource } from './segment/view.js';
import { splitModeFor } from './segment/line-blocks.js';
import { blocksMayReport, lineBlocksMayReport, type CandidateTest } from './segment/markdown-blocks.js';
import { speakerLists } from './segment/speakers.js';
import type { Draft, Finding, Format, Rewrite, Severity } from './types.js';

export interface LintOptions {
  /** Picks the format by extension (and content). */
  filePath?: string;
  /** An editor's languageId (`markdown`, `plaintext`, `email`). */
  languageId?: string;
  /** Forces a format. */
  format?: Format;
  config?: LintConfig;
  /** The rules to run; the built-in registry by default. */
  rules?: readonly Rule[];
  /**
   * Called when a rule throws; the rule is skipped and the others still
   * report. Without it the error propagates.
   */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /**
   * Parse only the markdown blocks that can hold a finding (and reuse cached
   * block parses), and patch an HTML draft's view from its previous version.
   * Findings are identical either way; false parses every draft whole
   * (test/perf/differential.test.ts and html-incremental.test.ts compare the two). Default true.
   */
  fastPath?: boolean;
}

/** The draft's format: forced, else by path, language and content. */
function formatOf(text: string, options: LintOptions): Format {
  return options.format ?? detectFormat(text, { filePath: options.filePath, languageId: options.languageId });
}

/**
 * The fast path's candidate test on a block of raw text, or undefined when
 * every block must be read (fast path off, or a rule without `mayReport`).
 */
function candidateTest(rules: readonly Rule[], options: LintOptions): CandidateTest | undefined {
  if (options.fastPath === false || rules.some((rule) => !rule.mayReport)) return undefined;
  return { key: rules.map((rule) => rule.mayReport), test: (block) => rules.some((rule) => rule.mayReport!(block)) };
}

/** Reads a draft the way `lint` does, for callers that need its structure. */
export function readDraftFor(text: string, options: LintOptions = {}): Draft {
  const isCandidate = candidateTest(enabledRules(options), options);
  return readDraft(text, {
    format: formatOf(text, options),
    speakers: options.config?.speakers,
    mergeTags: options.config?.mergeTags,
    ...(isCandidate ? { isCandidate } : {}),
  });
}

/**
 * Lints one draft. Findings are sorted by position and free of duplicates.
 * An HTML template or an encoded MIME message is linted through its view
 * (core/segment/view.ts): the text a reader sees, findings mapped back to the
 * source and rewrites kept only where they edit source text exactly.
 */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  const format = formatOf(text, options);
  const view = draftView(text, format, options.fastPath !== false);
  if (view) {
    const rest = { ...options };
    delete rest.filePath;
    // In view order: findings in one encoded part share a source range, and keep the order they are read in.
    const findings = lintInPlace(view.text, { ...rest, format: view.format }).map((finding) => findingToSource(view, finding));
    return findings.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  // The format is known now: sniffing the content again would cost as much again.
  return lintInPlace(text, options.format === format ? options : { ...options, format });
}

function lintInPlace(text: string, options: LintOptions): Finding[] {
  if (!mayReport(text, options)) return [];
  const draft = readDraftFor(text, options);
  return lintDraft(draft, options);
}

/**
 * The candidate pre-scan: false when no enabled rule could report anything in
 * the raw text, so the draft need not be parsed. A rule without `mayReport`
 * always counts as a candidate. On the fast path the test runs block by block
 * (markdown's blocks, which every format's segments lie inside), each block's
 * answer remembered, so a keystroke re-tests one block.
 */
export function mayReport(text: string, options: LintOptions = {}): boolean {
  const rules = enabledRules(options);
  const isCandidate = candidateTest(rules, options);
  if (isCandidate) {
    const lists = speakerLists(options.config?.speakers);
    const format = formatOf(text, options);
    const mode = splitModeFor(format, lists);
    const verdict =
      format === 'markdown' ? blocksMayReport(text, lists, isCandidate) : mode ? lineBlocksMayReport(text, lists, isCandidate, mode) : undefined;
    if (verdict !== undefined) return verdict;
  }
  return rules.some((rule) => !rule.mayReport || rule.mayReport(text));
}

function enabledRules(options: LintOptions): Rule[] {
  return (options.rules ?? builtinRules).filter(
    (rule) => resolveSeverity(options.config?.rules?.[rule.meta.id], rule.meta.defaultSeverity) !== undefined,
  );
}

/** Lints an already-read draft. */
export function lintDraft(draft: Draft, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const allowed = allowedRanges(draft.source, options.config?.allow ?? []);
  for (const rule of options.rules ?? builtinRules) {
    const setting = options.config?.rules?.[rule.meta.id];
    const severity = resolveSeverity(setting, rule.meta.defaultSeverity);
    if (severity === undefined) continue;
    const reported: Finding[] = [];
    try {
      rule.check({
        draft,
        options: ruleOptions(setting),
        report: (report) => reported.push(toFinding(rule, severity, report, draft.source)),
      });
    } catch (error) {
      if (!options.onRuleError) throw error;
      options.onRuleError(rule.meta.id, error);
      continue;
    }
    for (const finding of reported) {
      if (allowed.some(([start, end]) => start <= finding.start && finding.end <= end)) continue;
      findings.push(finding);
    }
  }
  // Each phrase's rewrite reads the other phrases of its segment, whichever rule found them: a
  // sentence with pressure of two kinds is rewritten whole.
  const bySegment = new Map<number, PhraseSite[]>();
  for (const finding of findings) {
    const lazy = rewriteSource(finding);
    if (!lazy) continue;
    lazy.siblings = findings;
    const phrase = lazy.phrase;
    if (!phrase) continue;
    const sites = bySegment.get(phrase.segment.start) ?? [];
    if (sites.length === 0) bySegment.set(phrase.segment.start, sites);
    sites.push(phrase);
    phrase.siblings = sites;
  }
  return sortFindings(findings);
}

/**
 * Where the configured `allow` terms occur in the source: a finding inside one
 * is never reported ("last chance to register" allows the "last chance" in it).
 * Case, white space and apostrophe style do not matter.
 */
function allowedRanges(source: string, terms: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const words = term.trim().split(/[\s\u00a0]+/).filter(Boolean);
    if (words.length === 0) continue;
    const pattern = words
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’‘]/g, "['’‘]"))
      .join('[\\s\\u00a0]+');
    for (const m of source.matchAll(new RegExp(pattern, 'gi'))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** Fills `{{name}}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string> = {}): string {
  const names = Object.keys(data);
  if (names.length !== 1) return fillTemplate(template, data);
  // One placeholder value (every built-in message): remembered, since a draft
  // being edited reports the same phrases on every keystroke.
  const name = names[0];
  const value = data[name];
  let byName = messages.get(template);
  if (!byName) messages.set(template, (byName = new Map<string, BoundedMap<string, string>>()));
  let byValue = byName.get(name);
  if (!byValue) byName.set(name, (byValue = new BoundedMap(MESSAGE_LIMIT)));
  let message = byValue.get(value);
  // Copies: a value sliced from a draft must not keep the draft alive.
  if (message === undefined) byValue.set(detach(value), (message = detach(fillTemplate(template, data))));
  return message;
}

/** Messages remembered per template and placeholder; templates are the rules' own (a few per rule). */
const MESSAGE_LIMIT = 4096;
const messages = new BoundedMap<string, Map<string, BoundedMap<string, string>>>(1024);

function fillTemplate(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data[name] ?? whole);
}

function toFinding(rule: Rule, severity: Severity, report: Report, source: string): Finding {
  const { meta } = rule;
  const template = meta.messages[report.messageId];
  if (template === undefined) {
    throw new Error(`Rule "${meta.id}" reported unknown messageId "${report.messageId}"`);
  }
  checkRange(meta.id, report.start, report.end, source.length);
  if (report.fix && !meta.fixable) {
    throw new Error(`Rule "${meta.id}" reported a fix but does not declare meta.fixable`);
  }
  if (report.suggestions?.length && !meta.hasSuggestions) {
    throw new Error(`Rule "${meta.id}" reported suggestions but does not declare meta.hasSuggestions`);
  }
  for (const rewrite of [report.fix, ...(report.suggestions ?? [])]) {
    if (rewrite) checkRewrite(meta.id, rewrite, source.length);
  }
  // Lazy rewrites are accessors added last (core/rewrite/lazy.ts): turning a value into an
  // accessor would make the finding a dictionary-mode object.
  const finding = {
    ruleId: meta.id,
    severity,
    message: formatMessage(template, report.data),
    start: report.start,
    end: report.end,
  } as Finding;
  if (!report.rewrites) finding.suggestions = report.suggestions ?? [];
  if (report.category) finding.category = report.category;
  if (report.rationale) finding.rationale = report.rationale;
  if (report.fix) finding.fix = report.fix;
  if (report.rewrites) {
    const lazy = report.rewrites;
    if (lazy.fix && !meta.fixable) throw new Error(`Rule "${meta.id}" reported a fix but does not declare meta.fixable`);
    if (lazy.suggestions && !meta.hasSuggestions) {
      throw new Error(`Rule "${meta.id}" reported suggestions but does not declare meta.hasSuggestions`);
    }
    attachRewrites(finding, lazy, (rewrite) => checkRewrite(meta.id, rewrite, source.length));
  }
  if (report.related?.length) finding.related = report.related;
  return finding;
}

function checkRange(ruleId: string, start: number, end: number, length: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) {
    throw new Error(`Rule "${ruleId}" reported an invalid range [${start}, ${end}) in a text of ${length}`);
  }
}

function checkRewrite(ruleId: string, rewrite: Rewrite, length: number): void {
  const edits = rewrite.edits.length > 1 ? [...rewrite.edits].sort((a, b) => a.start - b.start) : rewrite.edits;
  edits.forEach((edit, i) => {
    checkRange(ruleId, edit.start, edit.end, length);
    const previous = edits[i - 1];
    if (previous && edit.start < previous.end) {
      throw new Error(`Rule "${ruleId}" reported overlapping edits in "${rewrite.title}"`);
    }
  });
}

/** Sorts by position, then rule id, and drops exact duplicates. */
export function sortFindings(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
  return findings.filter((finding, i) => {
    const previous = findings[i - 1];
    return !(
      previous &&
      previous.start === finding.start &&
      previous.end === finding.end &&
      previous.ruleId === finding.ruleId &&
      previous.message === finding.message
    );
  });
}
