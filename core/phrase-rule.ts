/**
 * Turns a phrase table into a rule: the built-in sales-pressure and
 * assume-the-sale rules, and user-defined phrase rules, share one matcher and
 * one set of context filters, so negation, quotation and noun uses are handled
 * the same way everywhere.
 */
import { matchCase } from './case.js';
import { isMetaMention, isNegated, isNounUse } from './context.js';
import type { PhraseCategory, PhraseEntry } from './phrase-types.js';
import { compilePhraseTable, verbForms, type PhraseMatch } from './phrases.js';
import type { Rule, RuleMeta } from './rule.js';
import type { Rewrite, Segment } from './types.js';

export interface PhraseRuleSpec {
  meta: Omit<RuleMeta, 'fixable' | 'hasSuggestions'>;
  entries: readonly PhraseEntry[];
  /** The messageId for an entry's category (each must exist in meta.messages). */
  messageFor: (category: PhraseCategory) => string;
}

/** The first-word forms of an entry's `~verb`s, for the noun-use filter. */
function leadingVerbForms(entry: PhraseEntry): Set<string> {
  const forms = new Set<string>();
  for (const pattern of entry.patterns) {
    for (const verb of pattern.matchAll(/~([a-z]+)/g)) {
      for (const form of verbForms(verb[1]!)) forms.add(form);
    }
  }
  return forms;
}

/** Whether a match in a segment is really said, not negated, quoted or a noun. */
function isSaid(segment: Segment, match: PhraseMatch, verbs: Set<string>): boolean {
  const { text } = segment;
  if (isNegated(text, match.start)) return false;
  if (isMetaMention(text, match.start, match.end)) return false;
  const firstWord = /^[\p{L}]+/u.exec(text.slice(match.start, match.end))?.[0].toLowerCase();
  if (firstWord && verbs.has(firstWord) && isNounUse(text, match.start, match.end)) return false;
  return true;
}

/** Collapses white space so a phrase broken over a line reads as one in messages. */
function quoted(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

export function createPhraseRule(spec: PhraseRuleSpec): Rule {
  const matcher = compilePhraseTable(spec.entries);
  const verbs = new Map(spec.entries.map((entry) => [entry, leadingVerbForms(entry)]));
  const fixable = spec.entries.some((entry) => entry.fix !== undefined);
  const hasSuggestions = spec.entries.some((entry) => (entry.suggestions?.length ?? 0) > 0);
  return {
    meta: { ...spec.meta, fixable, hasSuggestions },
    check(ctx) {
      for (const segment of ctx.draft.segments) {
        for (const match of matcher.scan(segment.text)) {
          const { entry } = match;
          if (!isSaid(segment, match, verbs.get(entry)!)) continue;
          const start = segment.start + match.start;
          const end = segment.start + match.end;
          const original = ctx.draft.source.slice(start, end);
          const rewrite = (replacement: string): Rewrite => {
            const text = matchCase(replacement, original);
            return { title: `Replace with “${text}”`, edits: [{ start, end, text }] };
          };
          ctx.report({
            messageId: spec.messageFor(entry.category),
            data: { text: quoted(original) },
            start,
            end,
            category: entry.category,
            rationale: entry.rationale,
            fix: entry.fix === undefined ? undefined : rewrite(entry.fix),
            suggestions: (entry.suggestions ?? []).map(rewrite),
          });
        }
      }
    },
  };
}
