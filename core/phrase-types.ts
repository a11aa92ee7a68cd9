/**
 * Phrase tables: the data behind phrase rules (sales-pressure, assume-the-sale,
 * and user-defined phrase rules). A table entry is its own specification: its
 * `examples` run as tests.
 *
 * Pattern language (deliberately tiny; no user regular expressions):
 * - Words in lower case separated by single spaces. Matching ignores case; between
 *   two words any run of white space (spaces, NBSP, tabs, one line break inside a
 *   paragraph) is accepted.
 * - An apostrophe inside a word matches a straight or curly apostrophe or none:
 *   `haven't` matches "haven't", "haven’t" and "havent"; `i'm` matches "Im".
 * - `~verb` inflects that word: `~follow up` matches follow/follows/followed/
 *   following up, and also the hyphenated "follow-up" (noun uses such as "our
 *   follow-up notes" are filtered by context, see `core/context.ts`).
 * - `(a|b c|d)` picks one of the alternatives, each one or more words; an empty
 *   alternative makes the group optional: `(just |)~check in` is written
 *   `(just|) ~check in`. Groups do not nest; `~` may be used inside a group.
 * - `#` stands for a number written in digits or as a word (one … twenty):
 *   `only # (spots|seats) left`.
 * - `%when` stands for a day or date a prospect could be held to: "Friday",
 *   "Sunday at midnight", "the 21st", "January 31", "6/15", "the end of the
 *   month", "tomorrow", "next week", "11:59 pm", "1 April", "end of day
 *   Thursday": `offer ends %when`.
 * - `^` (first word only) anchors the match at the start of a sentence: the
 *   segment's start or after `. ! ? : ;`, a dash or a line break (opening
 *   quotes, emphasis and merge tags aside): `^ following up on %contact`.
 * - Word classes, each a closed list, so an entry names what a move applies to
 *   instead of listing objects:
 *   - `%contact`: our earlier contact as a noun phrase: "my message", "our
 *     call", "the deck", "my last email", "the proposal", "the freight quote"
 *     (not "your question").
 *   - `%offer`: an offer word with up to two qualifiers: "sale", "intro
 *     pricing", "early-bird rate", "discount code", "BOGO".
 *   - `%unit`: what scarcity counts: spots, seats, slots, units, licences,
 *     tickets… or a merge tag ("[Product]").
 *   - `%span`: an amount of time: "3 days", "48 hours", "two more weeks".
 *   - `%price`: an amount of money: "$499", "$1,200/year", "€49".
 *   - `%tag`: a merge tag that stands for a name: "[Company Name]", "{{company}}".
 *   Punctuation may follow a class or `#` directly: `%unit: # left`, `after #, it's %price`.
 *   `#` also takes a merge tag standing for a count ("only [X] spots left").
 * - `*` stands for one to six words inside one sentence:
 *   `i can only hold * until %when`. Use it between strong anchors only.
 * - A final `!(a|b)` group is a guard: the match must not be followed by one of
 *   those words: `once you sign !(up|in|into)` flags "once you sign" but not
 *   "once you sign up".
 * - Punctuation is literal: `any update?`, `when, not if`.
 * - The whole match is the finding's range; punctuation outside it is kept.
 */

import type { PhraseRewrite } from './rewrite/spec.js';
import type { Format } from './types.js';

/** What kind of pressure (or presumption) an entry names. */
export type PhraseCategory =
  | 'chasing'
  | 'urgency'
  | 'scarcity'
  | 'forward-push'
  | 'deadline'
  | 'guilt'
  | 'presumption'
  | 'custom';

export interface PhraseExamples {
  /**
   * Texts that must be flagged. The expected finding's range is marked with
   * `[|` and `|]`; the markers are removed before linting. When the entry's
   * rewrite is a safe fix, give the expected text after the fix as `output`;
   * `suggestions` are the texts its suggestions make, in order, and `format`
   * reads the text as that kind of draft (markdown link text, a call script).
   */
  invalid: Array<string | { text: string; output?: string; suggestions?: string[]; format?: Format }>;
  /** Texts that must raise nothing for this entry (negation, quotation, nouns…). */
  valid: string[];
}

export interface PhraseEntry {
  /** kebab-case, unique within its table: 'just-checking-in'. */
  id: string;
  category: PhraseCategory;
  /** Patterns in the language above; the longest match wins. */
  patterns: string[];
  /** Why this reads as pressure, in the seeds' terms: one or two sentences. */
  rationale: string;
  /**
   * How the phrase is rewritten: the move that takes the pressure out and the
   * grammatical frame the phrase fills (core/rewrite/spec.ts). The rewrite
   * layer makes the sentence; an entry without one offers no rewrite.
   */
  rewrite?: PhraseRewrite;
  /**
   * Where the entry applies, when not everywhere: `['subject']` for phrases
   * that are pressure only as a whole subject line ("Following up").
   */
  scope?: Array<'subject' | 'greeting' | 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'blockquote' | 'speaker-line'>;
  /** The match must begin its segment (white space and merge tags aside): a subject that opens with the chase. */
  segmentStart?: boolean;
  examples: PhraseExamples;
}
