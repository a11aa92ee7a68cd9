/**
 * Compiles phrase tables (core/phrase-types.ts) into matchers and scans prose
 * with them. An alternation of anchor words (core/phrase-prefilter.ts) finds the
 * few entries worth trying on a text; each runs as its own case-insensitive
 * RegExp with ASCII look-arounds, compiled on first use. Unicode word boundaries
 * are checked after a match instead of with `\p{}` look-arounds, which are
 * catastrophically slow in a large alternation (DEPENDENCIES §2.3).
 */
import type * as EnInflectors from 'en-inflectors';
import { FOLDED, phraseCandidates } from './phrase-prefilter.js';
import type { PhraseEntry } from './phrase-types.js';
import { VERB_FORMS } from './verb-forms.js';

/** A match inside one string: the entry and its [start, end) range. */
export interface PhraseMatch {
  entry: PhraseEntry;
  start: number;
  end: number;
}

export interface PhraseMatcher {
  readonly entries: readonly PhraseEntry[];
  /**
   * Whether the raw text holds anything the table could match. The same
   * alternation without boundary checks, so it is true wherever `scan` of any
   * masked excerpt of the text would find a match.
   */
  mayMatch(text: string): boolean;
  /** Every non-overlapping match, leftmost first. */
  scan(text: string): PhraseMatch[];
}

/** Irregular forms en-inflectors misses (DEPENDENCIES §2.4). */
const EXTRA_FORMS: Record<string, string[]> = {
  get: ['gotten'],
  be: ['is', 'are', 'was', 'were', 'been', 'being', 'am'],
};

/**
 * Apostrophe-less spellings that are other common words; for these the
 * apostrophe stays required ("we're" must not match "were").
 */
const APOSTROPHE_REQUIRED = new Set(["we're", "we'll", "i'll", "we'd", "she'll", "he'll", "she'd", "he'd", "i'd"]);

const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  'a few', 'a couple of', 'a couple', 'a handful of', 'several', 'multiple',
];

/**
 * White space between two words: spaces, tabs, NBSP, line breaks inside a
 * paragraph. JavaScript's `\s` includes NBSP and U+202F; the short spelling
 * matters, as joiners were half of all the sources' text V8 compiles.
 */
const JOINER = '\\s+';
/** After an inflected verb the particle may also be hyphenated ("follow-up"). */
const VERB_JOINER = '(?:\\s+|[-\\u2010\\u2011\\u0095\\u0096])';
const APOSTROPHE = "['\\u2019\\u2018\\u02bc`\\u0091\\u0092\\u0093]";
const HYPHEN = '(?:[-\\u2010\\u2011\\u0095\\u0096]|\\s+)';
/** A masked merge tag: the text the masker replaced with U+0001 (core/segment/mask.ts). */
export const MASKED_RUN = '\\u0001+(?!\\u0001)';
/**
 * The same in raw, unmasked text, for the candidate test: a masked run, or
 * text between the delimiters the built-in merge-tag syntaxes open and close
 * with ({{…}}, [X], *|…|*, %…%, <<…>>, ${…}).
 */
export const RAW_TAG = '(?:\\u0001+|[{[*%<$][^\\n]{0,100}?[}\\]*%>])';
/**
 * A masked merge tag (\u0001 run) stands for a count a template fills in: "only [X] spots left".
 * Not one that opens a line: that is markup masked out of the prose (a quote's "> >" markers).
 */
const NUMBER = `(?:\\d[\\d,]*|(?<![\\r\\n][ \\t]*|\\u0001)${MASKED_RUN}|${NUMBER_WORDS.map((w) => w.replace(/ /g, JOINER)).join('|')})`;

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)';
const MONTH_NAME = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const MONTH = `${MONTH_NAME}\\.?`;
const DAY_NUMBER = '\\d{1,2}(?:st|nd|rd|th)?';
const CLOCK = `(?:${JOINER}at${JOINER}(?:\\d{1,2}(?::\\d\\d)?(?:\\s*[ap](?:\\.m\\.|m))?|midnight|noon))?`;
/**
 * `%when`: a day or a date a prospect could be held to: "Friday", "Sunday at
 * midnight", "the 21st", "January 31", "Oct. 31st", "6/15", "the end of the
 * month", "tomorrow", "this weekend", "next week".
 */
export const WHEN = `(?:${[
  // "end of day Thursday", "close of business Friday" (before "the end of the day" below: the longer reading first).
  `(?:end${JOINER}of${JOINER}(?:the${JOINER})?day|close${JOINER}of${JOINER}business|eod|cob)${JOINER}(?:on${JOINER})?${WEEKDAY}`,
  // A time of day before its day: "5pm tomorrow", "noon on Friday".
  `(?:\\d{1,2}(?::\\d\\d)?\\s*[ap](?:\\.m\\.|m)|midnight|noon)${JOINER}(?:on${JOINER})?(?:${WEEKDAY}|tomorrow|today|tonight)(?![a-z])`,
  `${WEEKDAY}(?:${JOINER}(?:morning|afternoon|evening|night|lunchtime|lunch))?${CLOCK}`,
  `(?:this|next)${JOINER}(?:${WEEKDAY}|week|weekend|month|quarter)`,
  `(?:the${JOINER})?(?:end${JOINER}of${JOINER}(?:(?:the|this|next)${JOINER})?(?:day|week|month|quarter|year)|eod|eow|eom)`,
  `(?:the${JOINER})?end${JOINER}of${JOINER}${MONTH_NAME}(?![a-z])`,
  `(?:tomorrow|tonight|today|midnight|noon)${CLOCK}`,
  `${MONTH}${JOINER}${DAY_NUMBER}`,
  // British order: "1 April", "14th June".
  `${DAY_NUMBER}${JOINER}${MONTH_NAME}(?![a-z])`,

  `the${JOINER}${DAY_NUMBER}(?:${JOINER}of${JOINER}${MONTH})?`,
  `\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?`,
  // A time of day alone: "expires at 11:59 PM".
  `\\d{1,2}(?::\\d\\d)?\\s*[ap](?:\\.m\\.|m)(?![a-z])`,
].join('|')})`;
/**
 * `^`: the start of a sentence: the segment's start or after terminal
 * punctuation, a colon, a dash or a line break, opening quotes, emphasis
 * marks, a link's opening bracket, emoji ("🚨 URGENT:") and masked merge tags aside. "Following up on my note" opens a
 * sentence; "the item I'm following up on" does not.
 */
// Bounded, so the look-behind costs a constant at each position (a long run of
// spaces or masked characters stays linear). A line break starts a sentence
// only after a line that ended without a word or a comma: a soft-wrapped line
// goes on ("The\nlast email from me" is one sentence).
export const SENTENCE_START =
  "(?<=(?:^|[.!?\\u2026:;\\u2014\\u2013\\u0097-\\u0099]|\\s-|(?<![A-Za-z0-9,])\\n)[\\s\"'\\u201c\\u2018\\u0091\\u0094([*_\\u0001\\u2600-\\u27bf\\ufe0f\\u200d\\ud83c-\\ud83e\\udc00-\\udfff\\u009b]{0,24})";
/**
 * `%contact`: our earlier contact with the prospect as a noun phrase: "my
 * message", "our call", "the deck", "my last email", "the proposal I sent",
 * "the Q3 renewal quote" (up to two words naming it).
 * Not "your question" or "the pricing": answering the prospect is no chase.
 */
const CONTACT = `(?:my|our|the|that)${JOINER}(?:(?:last|previous|earlier|recent|prior|original|initial|first|quick|short|brief)${JOINER})?(?:[a-z0-9][a-z0-9'\\u2019\\u0092-]*${JOINER}){0,2}(?:e-?mail|message|note|voicemail|phone${JOINER}call|call|conversation|chat|meeting|demo|proposal|quote|estimate|deck|slides|pilot|presentation|intro|introduction|letter|text|invitation|invite|outreach|discussion)s?`;
/**
 * `%offer`: an offer word with up to two qualifiers: "sale", "intro
 * pricing", "early-bird rate", "discount code", "BOGO". No determiner, so a
 * match starts at the offer itself. The qualifier list is closed.
 */
const OFFER_QUALIFIER =
  "(?:intro|introductory|early[-\\s]?bird|launch|founding|founder|holiday|flash|special|limited[-\\s]time|member|vip|current|summer|spring|winter|fall|autumn|annual|lifetime|bogo|bundle|black[-\\s]friday|cyber[-\\s]monday|\\d+%(?:\\s+off)?|discount|promo|sale|this[-\\s]year's|today's)";
const OFFER_NOUN = '(?:offer|offers|sale|deal|deals|discount|discounts|pricing|price|prices|rate|rates|promo|promotion|code|coupon|bundle|bogo|special|savings|bonus)';
const OFFER = `(?:${OFFER_QUALIFIER}${JOINER}){0,2}${OFFER_NOUN}`;
/** `%unit`: what scarcity counts: spots, seats, units, licences; a masked merge tag ("[Product]") too. */
const UNIT =
  '(?:spots?|seats?|slots?|places?|spaces?|openings?|units?|licen[cs]es?|tickets?|passes|pass|items?|pieces?|copies|copy|boxes|kits?|tables?|rooms?|memberships?|invites?|invitations?|positions?|appointments?|bookings?|pairs?|bottles?|booths?|stands?|desks?|slips?|plots?|lots|cabins?|bags?|bundles?|sets|packs?|pallets?|crates?|chairs?|beds?|packages?|sponsorships?|vehicles?|cars?|homes?|boats?|' + MASKED_RUN + ')';
/** `%span`: an amount of time: "3 days", "48 hours", "two more weeks", "24h". */
const SPAN = `(?:${NUMBER}${JOINER}(?:more${JOINER})?(?:minutes?|mins?|hours?|hrs?|days?|weeks?)|\\d+\\s?(?:h|hrs?|d))`;
/** `%price`: an amount of money: "$499", "$1,200/year", "€49". */
const PRICE = '(?:[$\\u20ac\\u00a3\\u009a]\\s?\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?k?(?:\\/\\w+)?|' + MASKED_RUN + ')';
/** `%tag`: a merge tag a template fills in with a name ("[Company Name]", "{{company}}"), masked. */
const TAG = MASKED_RUN;
/** `*`: one to six words inside a sentence ("hold [the June install date] until"). */
const ANY_WORDS = "(?:[^\\s\\u0001.!?;:]+\\s+){0,5}?[^\\s\\u0001.!?;:]+";

/**
 * en-inflectors, loaded on first use: evaluating it builds lookup tables (about
 * 30 ms of every start), and the built-in tables' verbs are in core/verb-forms.ts.
 * The bundles get a plain `require`, which esbuild bundles and evaluates here;
 * under tsx (tests, scripts) there is none. (Not an `import` of node:module:
 * the bundles would load it at start for nothing.)
 */
let inflectors: typeof EnInflectors.Inflectors | undefined;
function loadInflectors(): typeof EnInflectors.Inflectors {
  inflectors ??= (
    (typeof require === 'function'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('en-inflectors')
      : process.getBuiltinModule('node:module').createRequire(import.meta.url)('en-inflectors')) as typeof EnInflectors
  ).Inflectors;
  return inflectors;
}

/**
 * The inflected forms of a verb as en-inflectors gives them, with EXTRA_FORMS:
 * base, 3rd person, past, participle, gerund, longest first. Not remembered:
 * matching uses `verbForms`, and `npm run build:verbs` writes its table from this.
 */
export function inflectVerb(verb: string): string[] {
  const Inflectors = loadInflectors();
  const inflector = new Inflectors(verb);
  const forms = new Set([
    verb,
    inflector.toPresentS(),
    inflector.toPast(),
    inflector.toPastParticiple(),
    inflector.toGerund(),
    ...(Object.hasOwn(EXTRA_FORMS, verb) ? EXTRA_FORMS[verb] : []),
  ]);
  return [...forms].filter((form) => /^[a-z'-]+$/.test(form)).sort((a, b) => b.length - a.length);
}

const knownForms = new Map<string, readonly string[]>();

/**
 * The inflected forms of a verb: base, 3rd person, past, participle, gerund,
 * longest first. The built-in tables' verbs come from core/verb-forms.ts, any
 * other (a configuration's phrase rules) from en-inflectors, once per verb.
 */
export function verbForms(verb: string): string[] {
  let forms = knownForms.get(verb);
  if (forms === undefined) {
    forms = Object.hasOwn(VERB_FORMS, verb) ? VERB_FORMS[verb] : inflectVerb(verb);
    knownForms.set(verb, forms);
  }
  return [...forms];
}

/** A word's RegExp source: apostrophes and hyphens widened, RegExp syntax escaped. */
function escapeLiteral(word: string): string {
  return word.replace(/['\u2019\-.*+?^${}()|[\]\\/]|[^\x00-\xff]/g, (char) => {
    if (char === "'" || char === '\u2019') return APOSTROPHE;
    if (char === '-') return HYPHEN;
    const code = char.charCodeAt(0);
    if (code < 0x100) return `\\${char}`;
    // A dash, a quote or an ellipsis: the character or its one-byte stand-in (oneByteText).
    return NAMED_STAND_INS.has(code) ? `[${hex(code)}${hex(standIn(code))}]` : char;
  });
}

/** A UTF-16 code unit as a RegExp escape. */
function hex(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

function wordSource(word: string): string {
  if (word === '#') return NUMBER;
  if (word === '%when') return WHEN;
  if (word === '*') return ANY_WORDS;
  const classWord = /^(#|%(?:when|contact|offer|unit|span|price|tag))(?![a-z])(.+)$/.exec(word);
  // A class with punctuation attached ("%unit:", "#,") is the class then the literal.
  if (classWord) return wordSource(classWord[1]) + escapeLiteral(classWord[2]);
  if (word === '%contact') return CONTACT;
  if (word === '%offer') return OFFER;
  if (word === '%unit') return UNIT;
  if (word === '%span') return SPAN;
  if (word === '%price') return PRICE;
  if (word === '%tag') return TAG;
  if (word.startsWith('~')) {
    const forms = verbForms(word.slice(1));
    return `(?:${forms.map(escapeLiteral).join('|')})`;
  }
  const literal = escapeLiteral(word);
  if (!word.includes("'") || APOSTROPHE_REQUIRED.has(word)) {
    return APOSTROPHE_REQUIRED.has(word) ? literal.replace(`${APOSTROPHE}?`, APOSTROPHE) : literal;
  }
  // A dropped apostrophe ("Im", "youll", "havent") is common in real drafts.
  return literal.replaceAll(APOSTROPHE, `${APOSTROPHE}?`);
}

/** A word, a group of alternative word sequences, or a final not-followed-by guard. */
type Item =
  | { kind: 'word'; word: string }
  | { kind: 'group'; alternatives: string[][] }
  | { kind: 'guard'; alternatives: string[][] };

function parsePattern(pattern: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  const text = pattern.trim().toLowerCase();
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
    } else if (text[i] === '(' || text.startsWith('!(', i)) {
      const guard = text[i] === '!';
      const open = guard ? i + 1 : i;
      const close = text.indexOf(')', open);
      if (close < 0) throw new Error(`Unclosed "(" in phrase pattern "${pattern}"`);
      const inner = text.slice(open + 1, close);
      if (inner.includes('(')) throw new Error(`Nested groups are not supported in phrase pattern "${pattern}"`);
      const alternatives = inner.split('|').map((alt) => alt.trim().split(/\s+/).filter(Boolean));
      if (guard && text.slice(close + 1).trim() !== '') {
        throw new Error(`A !(…) guard must end the phrase pattern "${pattern}"`);
      }
      items.push({ kind: guard ? 'guard' : 'group', alternatives });
      i = close + 1;
    } else {
      let end = i;
      while (end < text.length && text[end] !== ' ' && text[end] !== '(') end++;
      items.push({ kind: 'word', word: text.slice(i, end) });
      i = end;
    }
  }
  if (items.length === 0) throw new Error(`Empty phrase pattern "${pattern}"`);
  return items;
}

function sequenceSource(words: string[]): string {
  let source = '';
  words.forEach((word, index) => {
    if (index > 0) source += words[index - 1].startsWith('~') ? VERB_JOINER : JOINER;
    source += wordSource(word);
  });
  return source;
}

/** A `!(…)` guard's source: not followed by any of its word sequences. */
function guardSource(item: Extract<Item, { kind: 'guard' }>): string {
  const words = item.alternatives.filter((alt) => alt.length > 0).map(sequenceSource);
  return `(?!${JOINER}(?:${words.join('|')})(?![A-Za-z0-9]))`;
}

/**
 * The source of a pattern's items. An optional group carries the joiner that
 * follows it, so "(just|) ~check in" matches "checking in" with no stray space.
 */
function itemsSource(pattern: string, parsed: Item[]): string {
  let items = parsed;
  let source = '';
  if (items[0]?.kind === 'word' && items[0].word === '^') {
    items = items.slice(1);
    source = SENTENCE_START;
  }
  if (items.some((item) => item.kind === 'word' && item.word === '^')) {
    throw new Error(`"^" may only open a phrase pattern: "${pattern}"`);
  }
  if (items.length === 0) throw new Error(`Empty phrase pattern "${pattern}"`);
  if (items[0]?.kind === 'guard') throw new Error(`A phrase pattern cannot be only a guard: "${pattern}"`);
  items.forEach((item, index) => {
    const last = index === items.length - 1;
    const previous = items[index - 1];
    const endsWithVerb = (it: Item | undefined): boolean =>
      it?.kind === 'word' ? it.word.startsWith('~') : false;
    const joiner = endsWithVerb(previous) ? VERB_JOINER : JOINER;
    if (item.kind === 'guard') {
      source += guardSource(item);
      return;
    }
    if (item.kind === 'word') {
      if (index > 0 && !(previous?.kind === 'group' && previous.alternatives.some((a) => a.length === 0))) {
        source += joiner;
      }
      source += item.word === WHEN_STUB_WORD ? WHEN_STUB : wordSource(item.word);
      return;
    }
    const optional = item.alternatives.some((alt) => alt.length === 0);
    const alternatives = item.alternatives.filter((alt) => alt.length > 0).map(sequenceSource);
    const group = `(?:${alternatives.join('|')})`;
    const previousOptional = previous?.kind === 'group' && previous.alternatives.some((a) => a.length === 0);
    const lead = index > 0 && !previousOptional ? joiner : '';
    if (optional) {
      // The optional group owns the joiner after it (or before it, at the end).
      source += last ? `(?:${lead}${group})?` : `${lead}(?:${group}${JOINER})?`;
    } else {
      source += lead + group;
    }
  });
  return source;
}

/** The RegExp source for one pattern. */
export function patternSource(pattern: string): string {
  return itemsSource(pattern, parsePattern(pattern));
}

/**
 * `%when` is the largest class by far: about 50 KB of machine code in every
 * RegExp that holds it, and most of the hundred patterns that hold it end
 * with it. Such a pattern
 * is split where the day starts: its head (every word before `%when`, ending
 * in WHEN_STUB, which holds where any `%when` starts) and its guard, with the
 * day read by one RegExp all those patterns share. Where that reading is not
 * the whole pattern's (no day where the head ends, or the guard refuses it),
 * the whole pattern decides.
 */
const WHEN_STUB_WORD = '\u0000when';
const WHEN_STUB = '(?=[a-z0-9])';
const WHEN_STICKY = new RegExp(WHEN, 'y');

interface TailWhen {
  /** The source up to where the day starts. */
  head: string;
  /** The guard's source, if the pattern has one. */
  guard: string | undefined;
}

/** The parts of a pattern that ends with a plain `%when` (then at most a guard); undefined for any other. */
function tailWhenOf(pattern: string): TailWhen | undefined {
  const items = parsePattern(pattern);
  const guard = items.at(-1)?.kind === 'guard' ? (items.pop() as Extract<Item, { kind: 'guard' }>) : undefined;
  const last = items.at(-1);
  const before = items.filter((item) => !(item.kind === 'word' && item.word === '^')).length - 1;
  if (last?.kind !== 'word' || last.word !== '%when' || before < 1) return undefined;
  items[items.length - 1] = { kind: 'word', word: WHEN_STUB_WORD };
  return { head: itemsSource(pattern, items), guard: guard && guardSource(guard) };
}

/**
 * Rough literal length, to try longer patterns first inside the alternation:
 * the pattern without its `!(…)` guard and without `(`, `)`, `|` and `~`.
 * Counted in place: every pattern of every table is weighed at start.
 */
function patternWeight(pattern: string): number {
  let weight = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '!' && pattern[i + 1] === '(') {
      const close = pattern.indexOf(')', i + 2);
      if (close >= 0) {
        i = close;
        continue;
      }
    }
    if (char !== '(' && char !== ')' && char !== '|' && char !== '~') weight++;
  }
  return weight;
}

const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * The flags a source needs besides `g`. Compiling the RegExps is most of what a
 * first lint costs (V8 compiles each on its first run, and again to machine
 * code on its second), and `i` about doubles it. Pattern words are lower case,
 * and without the `u` flag `i` never folds a non-ASCII character to ASCII, so a
 * source that is all ASCII with no capitals outside the boundary class matches
 * `lowerAscii(text)` exactly where it matches `text` with `i`. Any other source
 * (a configuration's "café") keeps `i`; `lowerAscii` changes nothing it matches.
 */
function caseFlag(source: string): '' | 'i' {
  return /^[\x00-\x7f]*$/.test(source) && !/[A-Z]/.test(source.replaceAll('[A-Za-z0-9]', '')) ? '' : 'i';
}

/** Whether a UTF-16 code (NaN off either end of a string) is an ASCII letter or digit. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `text` with its ASCII capitals lowered: the same length, so every position stays. */
function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text;
}

/**
 * The one-byte stand-in for a UTF-16 code unit past Latin-1 in `oneByteText`:
 * each character the sources name (quotes, dashes, hyphens, the ellipsis, the
 * euro sign, emoji) has a C1 control code of its own, which the sources' classes
 * list next to it; white space becomes NBSP (JavaScript's `\s` has both); any
 * other becomes U+009C, which nothing matches.
 */
function standIn(code: number): number {
  switch (code) {
    case 0x2018:
      return 0x91;
    case 0x2019:
      return 0x92;
    case 0x02bc:
      return 0x93;
    case 0x201c:
      return 0x94;
    case 0x2010:
      return 0x95;
    case 0x2011:
      return 0x96;
    case 0x2026:
      return 0x97;
    case 0x2014:
      return 0x98;
    case 0x2013:
      return 0x99;
    case 0x20ac:
      return 0x9a;
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
      return 0xa0;
    default:
      if (code >= 0x2000 && code <= 0x200a) return 0xa0;
      if ((code >= 0x2600 && code <= 0x27bf) || code === 0xfe0f || code === 0x200d || (code >= 0xd83c && code <= 0xd83e) || (code >= 0xdc00 && code <= 0xdfff)) {
        return 0x9b;
      }
      return 0x9c;
  }
}

/** The code units with a stand-in of their own, which a pattern may spell. */
const NAMED_STAND_INS = new Set([0x2018, 0x2019, 0x02bc, 0x201c, 0x2010, 0x2011, 0x2026, 0x2014, 0x2013, 0x20ac]);

/** Whether oneByteText keeps every match of a pattern: it spells nothing past Latin-1 without a stand-in of its own, nor ÿ or µ (their capitals are past it). */
function oneByteSafe(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (code === 0xb5 || code === 0xff || (code > 0xff && !NAMED_STAND_INS.has(code))) return false;
  }
  return true;
}

let oneByteScratch = Buffer.allocUnsafe(64 * 1024);

/**
 * `text` with ASCII capitals lowered and every code unit past Latin-1 replaced
 * by its stand-in, as a one-byte string: the same length, so every position
 * stays. V8 compiles a RegExp's machine code once per string representation,
 * and a paragraph sliced from a document with one curly quote in it is a
 * two-byte string even when it is all ASCII: on one-byte strings only, each
 * RegExp is compiled once.
 */
function oneByteText(text: string): string {
  const length = text.length;
  if (oneByteScratch.length < length) oneByteScratch = Buffer.allocUnsafe(Math.max(length, oneByteScratch.length * 2));
  const bytes = oneByteScratch;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 0x100 ? (code >= 65 && code <= 90 ? code + 32 : code) : standIn(code);
  }
  return bytes.toString('latin1', 0, length);
}

const GRAM = 37;
const TRIGRAMS = GRAM * GRAM * GRAM;
const BIGRAMS = TRIGRAMS;
const LETTERS = TRIGRAMS + GRAM * GRAM;
/** Which letter and digit grams the current text holds: a slot is set when it equals `gramStamp`. */
const gramSeen = new Uint32Array(LETTERS + GRAM);
let gramStamp = 0;
let gramText: string | undefined;

function gramCode(code: number): number {
  return code < 128 ? FOLDED[code] : 0;
}

/**
 * Reads which letters, pairs and triples of letters and digits `text` holds
 * (ASCII case folded), for `mayOccur`. A pattern's required runs are checked
 * for every candidate pattern, a few hundred per sentence; one pass over the
 * sentence answers all of them, where `includes` scanned it once per run. The
 * tables ask about the same text in turn: the last text's grams are kept.
 */
function readGrams(text: string): void {
  if (text === gramText) return;
  if (++gramStamp === 0xffffffff) {
    gramSeen.fill(0);
    gramStamp = 1;
  }
  const stamp = gramStamp;
  let a = 0;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = gramCode(text.charCodeAt(i));
    if (c !== 0) {
      gramSeen[LETTERS + c] = stamp;
      if (b !== 0) gramSeen[BIGRAMS + b * GRAM + c] = stamp;
      if (a !== 0 && b !== 0) gramSeen[(a * GRAM + b) * GRAM + c] = stamp;
    }
    a = b;
    b = c;
  }
  gramText = text;
}

/**
 * The gram slots a run of lower-case letters and digits needs: its letter, its
 * pair, or each of its triples. It may occur in the text readGrams read last
 * only when all of them hold that text's stamp.
 */
function gramSlots(run: string): number[] {
  const codes = [...run].map((c) => gramCode(c.charCodeAt(0)));
  if (codes.length === 1) return [LETTERS + codes[0]];
  if (codes.length === 2) return [BIGRAMS + codes[0] * GRAM + codes[1]];
  return codes.slice(2).map((z, i) => (codes[i] * GRAM + codes[i + 1]) * GRAM + z);
}

/**
 * What a pattern requires (requiredRuns) as gram slots, in one array: for
 * each requirement, the offset where the next one starts, then each choice as
 * its number of slots and the slots all its runs need. The requirements
 * needing the most slots come first: those are the longer, rarer words, the
 * ones a text most often lacks, so a pattern that cannot match is ruled out
 * after a few lookups (in the order of the pattern's words, about 5.5 runs
 * were read per candidate pattern on the 10 MB benchmark corpus).
 */
function requiredSlots(pattern: string): Int32Array {
  const requirements = requiredRuns(pattern)
    .map((choices) => choices.map((runs) => runs.flatMap(gramSlots)))
    .sort((a, b) => Math.min(...b.map((slots) => slots.length)) - Math.min(...a.map((slots) => slots.length)));
  const code: number[] = [];
  for (const choices of requirements) {
    const at = code.push(0) - 1;
    for (const slots of choices) code.push(slots.length, ...slots);
    code[at] = code.length;
  }
  return Int32Array.from(code);
}

/** Whether each requirement (requiredSlots) has a choice whose slots all hold the stamp of the text readGrams read last. */
function mayMeet(code: Int32Array): boolean {
  const stamp = gramStamp;
  for (let p = 0; p < code.length; ) {
    const end = code[p++];
    let met = false;
    while (p < end) {
      const n = code[p++];
      let k = 0;
      while (k < n && gramSeen[code[p + k]] === stamp) k++;
      p += n;
      if (k === n) {
        met = true;
        break;
      }
    }
    if (!met) return false;
    p = end;
  }
  return true;
}

/**
 * A word's letter and digit runs, and a verb's forms' runs, remembered: the
 * tables share most words, and a first lint asks for the runs of hundreds of
 * patterns (building them afresh each time was megabytes of garbage per start).
 * Shared arrays: read only.
 */
const wordRuns = new Map<string, readonly string[]>();
function runsOf(word: string): readonly string[] {
  let runs = wordRuns.get(word);
  if (runs === undefined) wordRuns.set(word, (runs = word.match(/[a-z0-9]+/g) ?? []));
  return runs;
}
const verbRunsOf = new Map<string, ReadonlyArray<readonly string[]>>();
function verbRuns(verb: string): ReadonlyArray<readonly string[]> {
  let runs = verbRunsOf.get(verb);
  if (runs === undefined) verbRunsOf.set(verb, (runs = verbForms(verb).map(runsOf)));
  return runs;
}

/**
 * What every match of a pattern contains, as letter and digit runs (lower case;
 * apostrophes and hyphens may be spelled otherwise or dropped, so they split
 * runs): for each requirement, all the runs of one of its choices. A plain word
 * is one choice, a ~verb has one per form, a required group one per
 * alternative (its plain words'; a ~verb inside asks nothing). `#`, `%when`,
 * `*`, optional groups and guards ask nothing.
 */
function requiredRuns(pattern: string): Array<ReadonlyArray<readonly string[]>> {
  const plain = (word: string): boolean => !word.startsWith('~') && !word.startsWith('%') && !['#', '*', '^'].includes(word);
  const required: Array<ReadonlyArray<readonly string[]>> = [];
  for (const item of parsePattern(pattern)) {
    if (item.kind === 'word') {
      if (item.word.startsWith('~')) required.push(verbRuns(item.word.slice(1)));
      else if (plain(item.word)) required.push([runsOf(item.word)]);
    } else if (item.kind === 'group' && item.alternatives.every((alternative) => alternative.length > 0)) {
      required.push(item.alternatives.map((alternative) => alternative.filter(plain).flatMap(runsOf)));
    }
  }
  return required;
}

/**
 * Patterns `parsePattern` reads without an error and that do not start with a
 * guard: words (no space, parenthesis, `!` or `|`) and groups, one or more
 * spaces apart, then at most a guard. In those, a `~verb` is a `~` at the
 * start, after a space or `(` or `|`, up to the next of them.
 */
const WELL_FORMED = /^(?:[^\s()!|]+|\([^()]*\))(?: +(?:[^\s()!|]+|\([^()]*\)))*(?: +!\([^()]*\))?$/;
const VERB_WORD = /(?:^|[\s(|])~([^\s()|]*)/g;

/**
 * Throws what `patternSource` throws for a malformed pattern, without building
 * the source: the syntax, a lone guard, and (in the same order) every `~verb`.
 * A table's worth of patterns is checked on every start, so the usual case is
 * one RegExp test rather than the parser.
 */
function checkPattern(pattern: string): void {
  const text = pattern.trim().toLowerCase();
  if (WELL_FORMED.test(text)) {
    for (const [, verb] of text.matchAll(VERB_WORD)) verbForms(verb);
    return;
  }
  const items = parsePattern(pattern);
  if (items[0]?.kind === 'guard') throw new Error(`A phrase pattern cannot be only a guard: "${pattern}"`);
  for (const item of items) {
    const words = item.kind === 'word' ? [item.word] : item.alternatives.flat();
    for (const word of words) if (word.startsWith('~')) verbForms(word.slice(1));
  }
}

/** Compiles a table into a matcher. Throws on a malformed pattern, naming it. */
export function compilePhraseTable(entries: readonly PhraseEntry[]): PhraseMatcher {
  const patterns = entries.flatMap((entry) => entry.patterns);
  const entryOfPattern = entries.flatMap((entry, index) => entry.patterns.map(() => index));
  // Check every pattern now, so a malformed table fails when it loads; a
  // pattern's source is built when a text first needs it.
  patterns.forEach(checkPattern);
  const sources: Array<string | undefined> = [];
  const sourceOf = (index: number): string => (sources[index] ??= patternSource(patterns[index]));
  const candidatePatterns = phraseCandidates(patterns, { patternSource, verbForms });
  // Within an entry, longer patterns are tried first (a stable sort: ties keep the table's order).
  const rank: number[] = [];
  for (const entry of entries) {
    const order = entry.patterns.map((pattern, i) => ({ i, weight: patternWeight(pattern) })).sort((a, b) => b.weight - a.weight);
    const base = rank.length;
    order.forEach(({ i }, position) => (rank[base + i] = position));
  }

  // One RegExp per pattern, compiled when a text first holds the pattern's
  // anchor (core/phrase-prefilter.ts): compiling is what a first lint mostly
  // pays for, and most patterns of an entry never come up. Both the fast
  // path's test and the scan use the pattern's RegExp without boundaries, so
  // a pattern is compiled once; only where its first match ends inside a word
  // does the scan need the RegExp with ASCII look-arounds (which keep "_act
  // now_" matchable while refusing partial words; non-ASCII letters are checked
  // after a match). All run on prepare(text), one-byte (oneByteText) unless a
  // pattern spells a character it would lose (a configuration's phrase in
  // Polish, say), lower-case ASCII either way; see caseFlag.
  const prepare = patterns.every(oneByteSafe) ? oneByteText : lowerAscii;
  const tails: Array<TailWhen | false | undefined> = [];
  const tailOf = (index: number): TailWhen | false => (tails[index] ??= tailWhenOf(patterns[index]) ?? false);
  const looseRegexes: Array<RegExp | undefined> = [];
  const looseRegex = (index: number): RegExp => {
    if (looseRegexes[index]) return looseRegexes[index];
    const tail = tailOf(index);
    const source = tail ? tail.head : sourceOf(index);
    return (looseRegexes[index] = new RegExp(source, `g${caseFlag(source)}`));
  };
  // mayMatch answers for any masked excerpt of the text: a segment's text can
  // start a sentence where the raw text has a list marker or emphasis before
  // it, so the answer leaves out the sentence-start look-behind of `^`.
  // A merge tag is masked in the excerpt but not in the raw text ("only [X] spots left"), so there
  // a masked run may be any merge tag's delimited text.
  const forMay = (source: string): string =>
    (source.startsWith(SENTENCE_START) ? source.slice(SENTENCE_START.length) : source).split(MASKED_RUN).join(RAW_TAG);
  const mayRegexes: Array<RegExp | undefined> = [];
  const mayRegex = (index: number): RegExp => {
    const source = sourceOf(index);
    if (!source.startsWith(SENTENCE_START) && !source.includes(MASKED_RUN) && !tailOf(index)) return looseRegex(index);
    if (mayRegexes[index]) return mayRegexes[index];
    const rest = forMay(source);
    return (mayRegexes[index] = new RegExp(rest, `g${caseFlag(rest)}`));
  };
  const mayHeadRegexes: Array<RegExp | undefined> = [];
  const mayHeadRegex = (index: number, tail: TailWhen): RegExp => {
    if (mayHeadRegexes[index]) return mayHeadRegexes[index];
    const head = forMay(tail.head);
    return (mayHeadRegexes[index] = head === tail.head ? looseRegex(index) : new RegExp(head, `g${caseFlag(head)}`));
  };
  const boundedRegexes: Array<RegExp | undefined> = [];
  const boundedRegex = (index: number): RegExp => {
    if (boundedRegexes[index]) return boundedRegexes[index];
    const source = sourceOf(index);
    return (boundedRegexes[index] = new RegExp(`(?<![A-Za-z0-9])(?:${source})(?![A-Za-z0-9])`, `y${caseFlag(source)}`));
  };
  const guardRegexes = new Map<string, RegExp>();
  /**
   * Where the day a split pattern's head ends at (`at`) ends, its guard
   * passed: the end of what the whole pattern would match there. Undefined
   * where the whole pattern must decide (it may take another way through its head).
   */
  const dayEnd = (guard: string | undefined, text: string, at: number): number | undefined => {
    WHEN_STICKY.lastIndex = at;
    const day = WHEN_STICKY.exec(text);
    if (!day) return undefined;
    const end = at + day[0].length;
    if (guard === undefined) return end;
    let regex = guardRegexes.get(guard);
    if (!regex) guardRegexes.set(guard, (regex = new RegExp(guard, `y${caseFlag(guard)}`)));
    regex.lastIndex = end;
    return regex.test(text) ? end : undefined;
  };

  /** Whether a pattern matches anywhere in prepare(raw text), as mayMatch reads it. */
  const mayTest = (index: number, text: string): boolean => {
    const tail = tailOf(index);
    const regex = tail ? mayHeadRegex(index, tail) : mayRegex(index);
    regex.lastIndex = 0;
    if (!tail) return regex.test(text);
    const head = regex.exec(text);
    if (!head) return false;
    if (dayEnd(tail.guard && forMay(tail.guard), text, head.index + head[0].length) !== undefined) return true;
    const whole = mayRegex(index);
    whole.lastIndex = head.index;
    return whole.test(text);
  };

  /**
   * The first match of one pattern at or after `from` that no ASCII letter or
   * digit touches: what the pattern's source between the look-arounds finds.
   * The first match without boundaries at a position is that match when no
   * such character touches it; when one follows it, the look-ahead might take
   * another way through the source, so the RegExp with the look-arounds decides
   * at that position. So it does where a split pattern's day does not decide.
   */
  const boundedMatch = (index: number, text: string, from: number): { start: number; end: number } | null => {
    const loose = looseRegex(index);
    const tail = tailOf(index);
    for (;;) {
      loose.lastIndex = from;
      const m = loose.exec(text);
      if (!m) return null;
      const start = m.index;
      if (!isAsciiWordChar(text.charCodeAt(start - 1))) {
        const end = tail ? dayEnd(tail.guard, text, start + m[0].length) : start + m[0].length;
        if (end !== undefined && !isAsciiWordChar(text.charCodeAt(end))) return { start, end };
        const bounded = boundedRegex(index);
        bounded.lastIndex = start;
        const at = bounded.exec(text);
        if (at) return { start, end: start + at[0].length };
      }
      from = start + 1;
    }
  };

  // The pre-filter picks a pattern by one anchor; a pattern can match only
  // where the rest of what it requires occurs too, and checking that is far
  // cheaper than compiling its RegExp for a text it cannot match.
  const requirements: Array<Int32Array | undefined> = [];
  const holds = (text: string): ((index: number) => boolean) => {
    readGrams(text);
    return (index) => {
      if (gramText !== text) readGrams(text);
      return mayMeet((requirements[index] ??= requiredSlots(patterns[index])));
    };
  };

  /**
   * The candidate patterns of each entry worth trying on `text` (raw: the
   * pre-filters fold ASCII case themselves), entries in the order their first candidate comes, each
   * entry's in the order it tries them. A pattern that is no candidate, or
   * lacks one of its words, matches nowhere in the text.
   */
  const candidateEntries = (text: string): Map<number, number[]> => {
    const byEntry = new Map<number, number[]>();
    const mayHold = holds(text);
    for (const index of candidatePatterns(text)) {
      // An entry takes its place at its first candidate, held or not, so two
      // entries matching the same range resolve in the same order however
      // many of their patterns the text rules out.
      const entry = entryOfPattern[index];
      let group = byEntry.get(entry);
      if (!group) byEntry.set(entry, (group = []));
      if (mayHold(index)) group.push(index);
    }
    for (const [entry, group] of byEntry) {
      if (group.length === 0) byEntry.delete(entry);
      else group.sort((a, b) => rank[a] - rank[b]);
    }
    return byEntry;
  };

  /**
   * The next match of one entry in `text` (`original` prepared) at or after
   * `from`, Unicode word boundaries checked (in `original`: `text` may have
   * stand-ins for letters): what the alternation of its patterns would find.
   * The leftmost start wins, and at one start the pattern tried first; when
   * that match fails the check, the search goes on one character later.
   */
  const nextMatch = (group: readonly number[], original: string, text: string, from: number): { start: number; end: number } | undefined => {
    for (;;) {
      let best: { start: number; end: number } | undefined;
      for (const index of group) {
        const m = boundedMatch(index, text, from);
        if (m && (!best || m.start < best.start)) best = m;
      }
      if (!best) return undefined;
      const { start, end } = best;
      if (end > start && !UNICODE_WORD.test(original[start - 1] ?? '') && !UNICODE_WORD.test(original[end] ?? '')) return best;
      from = start + 1;
    }
  };

  return {
    entries,
    mayMatch(text) {
      const mayHold = holds(text);
      const held = candidatePatterns(text).filter(mayHold);
      if (held.length === 0) return false;
      const lowered = prepare(text);
      return held.some((index) => mayTest(index, lowered));
    },
    scan(original: string): PhraseMatch[] {
      const groups = candidateEntries(original);
      if (groups.size === 0) return [];
      const text = prepare(original);
      const matches: PhraseMatch[] = [];
      const next = new Map<number, { start: number; end: number } | undefined>();
      for (const [index, group] of groups) next.set(index, nextMatch(group, original, text, 0));
      let position = 0;
      for (;;) {
        // Leftmost match wins; at one position, the longest; of two entries on the same words, the one listed first.
        let best: { index: number; start: number; end: number } | undefined;
        for (const [index, found] of next) {
          let match = found;
          if (match && match.start < position) {
            match = nextMatch(groups.get(index)!, original, text, position);
            next.set(index, match);
          }
          if (
            match &&
            (!best || match.start < best.start || (match.start === best.start && (match.end > best.end || (match.end === best.end && index < best.index))))
          ) {
            best = { index, ...match };
          }
        }
        if (!best) return matches;
        matches.push({ entry: entries[best.index], start: best.start, end: best.end });
        position = best.end;
      }
    },
  };
}
