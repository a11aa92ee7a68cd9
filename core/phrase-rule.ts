/**
 * Turns a phrase table into a rule: the built-in sales-pressure and
 * assume-the-sale rules, and user-defined phrase rules, share one matcher and
 * one set of context filters, so negation, quotation and noun uses are handled
 * the same way everywhere.
 */
import {
  enclosingQuote,
  isConditional,
  isMetaMention,
  isNegated,
  isNounUse,
  isPressuredCondition,
  isQuestionAbout,
  isTitleCase,
} from './context.js';
import type { PhraseCategory, PhraseEntry } from './phrase-types.js';
import { BoundedMap, detach, memoBudget, memoByText } from './memo.js';
import { compilePhraseTable, verbForms, type PhraseMatch, type PhraseMatcher } from './phrases.js';
import type { Rule, RuleMeta } from './rule.js';
import { phraseFix, phraseSuggestions, type PhraseSite } from './rewrite/phrase.js';
import type { PhraseRewrite } from './rewrite/spec.js';
import type { Segment } from './types.js';

export interface PhraseRuleSpec {
  meta: Omit<RuleMeta, 'fixable' | 'hasSuggestions'>;
  entries: readonly PhraseEntry[];
  /** The messageId for an entry's category (each must exist in meta.messages). */
  messageFor: (category: PhraseCategory) => string;
  /**
   * Phrases that, said anywhere in the writer's prose, settle what this rule's
   * phrases presume, so the draft gets no finding from it: a message to a
   * customer who has already bought ("Thanks for your order") welcomes them
   * aboard without presuming anything. Negated, quoted and noun uses do not count.
   */
  settledBy?: readonly PhraseEntry[];
}

/** The first-word forms of an entry's `~verb`s, for the noun-use filter. */
function leadingVerbForms(entry: PhraseEntry): Set<string> {
  const forms = new Set<string>();
  for (const pattern of entry.patterns) {
    for (const verb of pattern.matchAll(/~([a-z]+)/g)) {
      for (const form of verbForms(verb[1])) forms.add(form);
    }
  }
  return forms;
}

/** Whether a match in a segment is really said, not negated, quoted or a noun. */
function isSaid(segment: Segment, match: PhraseMatch, verbs: Set<string>): boolean {
  const { text } = segment;
  if (isNegated(text, match.start)) return false;
  if (isMetaMention(text, match.start, match.end, segment.kind === 'speaker-line')) return false;
  if (segment.kind === 'table-cell') {
    // A quoted line in a table is an example ("Instead of" columns), and a
    // Title-Case cell that is only the phrase is a label ("Offer Expires").
    if (enclosingQuote(text, match.start, match.end)) return false;
    if (coversSegment(text, match) && isTitleCase(text.slice(match.start, match.end))) return false;
  }
  if (match.entry.category === 'presumption' && isConditional(text, match.start) && !isPressuredCondition(text, match.start)) {
    return false;
  }
  if (PRESSURE_OF_TIME.has(match.entry.category) && isQuestionAbout(text, match.start, match.end)) return false;
  const matched = text.slice(match.start, match.end);
  const firstWord = /^[\p{L}]+/u.exec(matched)?.[0].toLowerCase();
  // A hyphenated verb-particle compound ("Follow-up notes", "check-in call") is a noun
  // whether or not the entry spells it as a verb.
  const compound = /^[\p{L}]+[-\u2010\u2011](?:up|in|out|back|on|off|down|over)\b/iu.test(matched);
  if (firstWord && (verbs.has(firstWord) || compound) && isNounUse(text, match.start, match.end)) return false;
  return true;
}

/** Categories a yes/no question about the offer can name without applying (see isQuestionAbout). */
const PRESSURE_OF_TIME: ReadonlySet<PhraseCategory> = new Set(['urgency', 'scarcity', 'deadline']);

const FORWARDED_SUBJECT = /^\s*(?:fwd?|fw)\s*:/i;

/** Segments (and blocks) remembered per phrase rule: a 1 MB draft has a few thousand paragraphs. */
const MEMO_LIMIT = 8_192;


/** True when nothing but punctuation, white space and masked text surrounds the match. */
function coversSegment(text: string, match: PhraseMatch): boolean {
  const rest = text.slice(0, match.start) + text.slice(match.end);
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** A match as reported: the phrase as written and as quoted in the message. */
interface Said {
  match: PhraseMatch;
  original: string;
  quoted: string;
}

function prepare(match: PhraseMatch, original: string): Said {
  return { match, original: detach(original), quoted: detach(quoted(original)) };
}

/** Collapses white space so a phrase broken over a line reads as one in messages. */
function quoted(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

/**
 * Entries with the same scope share one matcher. Scoped entries cannot sit in
 * the main alternation: a scoped entry that wins a position there and is then
 * rejected by its scope would hide the entry that should have matched.
 */
interface ScopedMatcher {
  matcher: PhraseMatcher;
  scope?: readonly string[];
}

function scopedMatchers(entries: readonly PhraseEntry[]): ScopedMatcher[] {
  const groups = new Map<string, PhraseEntry[]>();
  for (const entry of entries) {
    const key = entry.scope ? [...entry.scope].sort().join(',') : '';
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()].map((group) => ({ matcher: compilePhraseTable(group), scope: group[0].scope }));
}

/** Matches of every applicable matcher, leftmost first, longest first, without overlaps. */
function matchesIn(segment: Segment, matchers: readonly ScopedMatcher[]): PhraseMatch[] {
  const applicable = matchers.filter(({ scope }) => !scope || scope.includes(segment.kind));
  if (applicable.length === 1) return applicable[0].matcher.scan(segment.text);
  const all = applicable
    .flatMap(({ matcher }) => matcher.scan(segment.text))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let end = -1;
  return all.filter((match) => {
    if (match.start < end) return false;
    end = match.end;
    return true;
  });
}

/** A same-slot replacement the entry vouches for in every context: a fix. */
function isSafe(rewrite: PhraseRewrite): boolean {
  return rewrite.move === 'replace-in-frame' && 'with' in rewrite && rewrite.safe === true;
}

/**
 * What the entries' phrases say in a segment: matches that are really said.
 * It depends only on the segment's kind and masked text, so a keystroke
 * re-reads only the paragraphs it changed (bounded memo). The text itself is
 * the key (no concatenation), so V8 hashes each string only once.
 */
function sayer(entries: readonly PhraseEntry[]): { saidIn: (segment: Segment) => Said[]; candidates: PhraseMatcher[] } {
  const matchers = scopedMatchers(entries);
  const verbs = new Map(entries.map((entry) => [entry, leadingVerbForms(entry)]));
  const memo = new Map<string, BoundedMap<string, Said[]>>();
  const saidIn = (segment: Segment): Said[] => {
    let byText = memo.get(segment.kind);
    if (!byText) memo.set(segment.kind, (byText = new BoundedMap(MEMO_LIMIT, memoBudget)));
    let said = byText.get(segment.text);
    if (said === undefined) {
      // A forwarded message's subject is someone else's words.
      const forwarded = segment.kind === 'subject' && FORWARDED_SUBJECT.test(segment.text);
      said = forwarded
        ? []
        : matchesIn(segment, matchers)
            .filter(
              (match) =>
                !(match.entry.segmentStart && /[\p{L}\p{N}]/u.test(segment.text.slice(0, match.start))) &&
                isSaid(segment, match, verbs.get(match.entry)!),
            )
            .map((match) => prepare(match, segment.text.slice(match.start, match.end)));
      byText.set(detach(segment.text), said);
    }
    return said;
  };
  return { saidIn, candidates: matchers.map(({ matcher }) => matcher) };
}

export function createPhraseRule(spec: PhraseRuleSpec): Rule {
  const { saidIn, candidates } = sayer(spec.entries);
  const settling = spec.settledBy && sayer(spec.settledBy);
  const settled = settling?.saidIn;
  const fixable = spec.entries.some((entry) => entry.rewrite !== undefined && isSafe(entry.rewrite));
  const hasSuggestions = spec.entries.some((entry) => entry.rewrite !== undefined);
  // (A block that may settle the draft is read too: the fast path must see what the whole parse sees.)
  const mayMatch = [...candidates, ...(settling?.candidates ?? [])];
  const mayReport = memoByText((source) => mayMatch.some((matcher) => matcher.mayMatch(source)), MEMO_LIMIT);
  return {
    meta: { ...spec.meta, fixable, hasSuggestions },
    mayReport,
    check(ctx) {
      const { source } = ctx.draft;
      // Read only once a phrase is found: most drafts have none.
      let isSettled: boolean | undefined;
      for (const segment of ctx.draft.segments) {
        const said = saidIn(segment);
        if (said.length === 0) continue;
        isSettled ??= settled !== undefined && ctx.draft.segments.some((s) => settled(s).length > 0);
        if (isSettled) return;
        const sites: PhraseSite[] = [];
        for (const { match, original, quoted: maskedQuote } of said) {
          const start = segment.start + match.start;
          const end = segment.start + match.end;
          // The masked text equals the source inside a match; if it ever did not, read the source.
          const quoted = source.startsWith(original, start) ? maskedQuote : prepare(match, source.slice(start, end)).quoted;
          const { rewrite } = match.entry;
          const site: PhraseSite | undefined = rewrite && { source, segment, start, end, rewrite, category: match.entry.category, siblings: sites };
          if (site) sites.push(site);
          ctx.report({
            messageId: spec.messageFor(match.entry.category),
            data: { text: quoted },
            start,
            end,
            category: match.entry.category,
            rationale: match.entry.rationale,
            // Computed when a front end asks (core/rewrite), never on the keystroke path.
            rewrites: site && {
              phrase: site,
              fix: isSafe(site.rewrite) ? () => phraseFix(site) : undefined,
              suggestions: () => phraseSuggestions(site),
            },
          });
        }
      }
    },
  };
}
