/**
 * Context filters shared by every phrase rule: what turns a matching phrase
 * into something that is *not* pressure (DOMAIN.md, "What precision demands").
 *
 * - Negation: good trust-based copy names the bad move to disown it ("I'm not
 *   calling to move anything forward", "no need to act now").
 * - Meta-mention: a training page quotes the bad line as a counter-example
 *   ("avoid saying 'just checking in'").
 * - Nouns: "our follow-up notes" is a thing, not a chase.
 *
 * All functions look at one segment's (masked) text and a match inside it.
 */

/**
 * Characters that end a clause for the purpose of negation scope; a line that
 * starts with a bullet, an emoji or a check mark starts a clause too ("✅ No
 * fees⏎✅ 50 spots only").
 */
const CLAUSE_BREAK =
  /[.!?;:,()\u2014\u2013\u2026"“”]|\s-\s|\r?\n\s*\r?\n|\r?\n[ \t]*(?=[^\sA-Za-z0-9'’"“‘(\u0001])|\b(?:and|but|so|because|although|though|unless)\s/gi;

/** Words that negate what follows them within the clause. */
const NEGATORS = new Set([
  'not', 'never', 'no', 'without', 'nothing', 'none', 'nor', 'neither', 'avoid', 'avoiding', 'avoids',
  'stop', 'stopped', 'stopping', 'quit', 'cannot', 'instead', 'rather', 'refuse', 'nobody', "n't",
]);

/**
 * Verbs that a negator attaches to instead of the phrase: "don't hesitate to
 * lock in your rate" is pressure, the negation belongs to "hesitate".
 */
const NEGATION_ABSORBERS = new Set(['hesitate', 'wait', 'delay', 'forget', 'let', 'miss', 'regret', 'worry', 'lose']);

/** A conditional before the negation keeps the threat: "if you don't act now". */
const CONDITIONALS = new Set(['if', 'unless', 'otherwise', 'or']);

/** Words that describe the move rather than make it ("you're trying to move the sale forward"). */
const DESCRIPTIVE_LEADS = [
  /\b(?:trying|tries|try|tried|attempting|attempt|urge|temptation|tempted|instinct|pressure|pressuring|pushing|push|pushes|desperate|eager|hungry)\s+(?:\S+\s+){0,2}to\s*$/i,
];

/** How many words before a match a negator may stand. */
const NEGATION_WINDOW = 6;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The text of the clause before `start`, from the last clause break. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(before)) !== null) clauseStart = m.index + m[0].length;
  return before.slice(clauseStart);
}

function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    // "don't", "dont", "isn't", "won't" → a negation token
    if (/n'?t$/.test(word) && /^(?:do|does|did|is|are|was|were|wo|ca|could|should|would|have|has|had|need|must)n'?t$/.test(word)) {
      words.push(word, "n't");
    } else {
      words.push(word);
    }
  }
  return words;
}

/** True when a negator in the same clause, shortly before the match, disowns it. */
export function isNegated(text: string, start: number): boolean {
  const clause = clauseBefore(text, start);
  const words = wordsOf(clause);
  const window = words.slice(-NEGATION_WINDOW - 1);
  for (let i = window.length - 1; i >= 0; i--) {
    if (!NEGATORS.has(window[i])) continue;
    const between = window.slice(i + 1);
    if (between.some((word) => NEGATION_ABSORBERS.has(word))) return false;
    const earlier = words.slice(0, words.length - window.length + i);
    if (earlier.some((word) => CONDITIONALS.has(word))) return false;
    return true;
  }
  return DESCRIPTIVE_LEADS.some((lead) => lead.test(clause));
}

/** Cues that introduce a quotation as an example of what (not) to say. */
const META_CUE =
  /\b(?:say|says|saying|said|write|writes|writing|wrote|written|use|using|used|avoid|avoiding|like|such as|lines? of|along the lines|phrases?|words?|lines?|expressions?|examples?|e\.g|instead of|rather than|never|don'?t|stop|replace|replacing|call|calls|calling it|ask|asking|tell|telling|hear|hearing|seen|expect|expecting|messages?|scripts?|subject lines?|opener|openers|cliché|cliches?|clichés|reads?|sounds?|means?|soften|softens|rewrite|rewrites|change|swap|turn)\b[^.!?]{0,40}$|(?:❌|✗|✘|🚫|\b(?:bad|avoid|weak|before|don'?t|not this|instead of)\s*:)\s*$/i;

interface QuotedSpan {
  open: number;
  close: number;
}

/** Whether the code unit at `i` is a letter or digit (false outside the text). */
function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(text[i]);
}

/** Opening and closing quotation marks, as code units: straight and curly double and single quotes, guillemets. */
const QUOTE_PAIRS: ReadonlyArray<readonly [number, number]> = [
  [0x22, 0x22],
  [0x201c, 0x201d],
  [0x2018, 0x2019],
  [0x27, 0x27],
  [0xab, 0xbb],
];

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * The quoted span (opening and closing quote offsets) that contains [start, end),
 * if any. Apostrophes inside words ("don't") are not quotes. (Read by code
 * unit: it runs for every candidate phrase, and reading characters as strings
 * made it the CLI's fourth largest allocator.)
 */
export function enclosingQuote(text: string, start: number, end: number): QuotedSpan | undefined {
  let best: QuotedSpan | undefined;
  for (const [openCode, closeCode] of QUOTE_PAIRS) {
    let open = -1;
    for (let i = start - 1; i >= 0 && i >= start - 300; i--) {
      const code = text.charCodeAt(i);
      if (code === closeCode && openCode !== closeCode) break;
      if (code === openCode && !isLetterAt(text, i - 1)) {
        // a straight double quote opens only if the count before it is even
        if (openCode === 0x22 && quotesBefore(text, i) % 2 === 1) continue;
        open = i;
        break;
      }
      if (isLineBreak(code) && isLineBreak(text.charCodeAt(i - 1))) break;
    }
    if (open < 0) continue;
    let close = -1;
    for (let i = end; i < text.length && i <= end + 300; i++) {
      if (text.charCodeAt(i) === closeCode && !isLetterAt(text, i + 1)) {
        close = i;
        break;
      }
    }
    if (close < 0) continue;
    if (!best || open > best.open) best = { open, close };
  }
  return best;
}

/**
 * How many straight double quotes stand before `index`. Their offsets are kept
 * for the last text asked about: a paragraph with many candidate phrases is
 * then read once, not once per candidate.
 */
let quotes: { text: string; at: number[] } | undefined;
function quotesBefore(text: string, index: number): number {
  if (quotes?.text !== text) {
    const at: number[] = [];
    for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) at.push(i);
    quotes = { text, at };
  }
  const { at } = quotes;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A quotation's closing mark, then "or", "and" or a comma before the next one: a list of quoted lines. */
const QUOTE_LIST_LINK = /["”][*_\u0001]*\s*(?:,|\bor\b|\band\b|\bnor\b|\/)\s*[*_\u0001]*$/u;

/** Characters of a quotation beyond the phrase that still make it "just the phrase". */
const SHORT_QUOTE_SLACK = 20;

/**
 * True when the match is quoted as an example rather than said: the quotation
 * is little more than the phrase ("avoid 'just checking in'"), or a cue such as
 * "say", "avoid" or "along the lines of" introduces it, or it stands apart from
 * the writer's sentences (not in a `spoken` line: a script speaker's quotation is said).
 */
export function isMetaMention(text: string, start: number, end: number, spoken = false): boolean {
  const quote = enclosingQuote(text, start, end);
  if (quote) {
    const innerLength = quote.close - quote.open - 1;
    if (innerLength <= end - start + SHORT_QUOTE_SLACK) return true;
    return introducedAsExample(text, quote, spoken);
  }
  // *emphasised* or _underlined_ phrase named by a cue: "phrases like *act now*"
  const before = text[start - 1];
  if ((before === '*' || before === '_') && text[end] === before) {
    return META_CUE.test(text.slice(Math.max(0, start - 80), start - 1));
  }
  return false;
}

/**
 * A quotation a cue introduces ("say", "avoid", "along the lines of"), one set
 * apart from the writer's sentences, or the next in a list of such quotations
 * ('phrases like "…" or "…"'). (A speaker's line in a script is said,
 * quotation marks or not.)
 */
function introducedAsExample(text: string, quote: QuotedSpan, spoken: boolean): boolean {
  const lead = text.slice(Math.max(0, quote.open - 80), quote.open);
  if (META_CUE.test(lead) || (!spoken && standsApart(text, quote))) return true;
  const chained = QUOTE_LIST_LINK.exec(lead);
  if (!chained) return false;
  const inside = quote.open - chained[0].length - 1;
  const previous = enclosingQuote(text, inside, inside);
  return previous !== undefined && previous.close < quote.open && introducedAsExample(text, previous, spoken);
}

/**
 * A quotation set apart from the writer's own sentences: a line that is the
 * quotation and nothing else (a playbook's list of lines it no longer sends, numbered or not;
 * a quoted line's "> " markers read masked, a speaker's label does not pass),
 * or one in parentheses ("a deadline (\"reply by Friday\") is a countdown").
 */
function standsApart(text: string, quote: QuotedSpan): boolean {
  const lineStart = text.lastIndexOf('\n', quote.open) + 1;
  const lineEnd = text.indexOf('\n', quote.close);
  const before = text.slice(lineStart, quote.open);
  const after = text.slice(quote.close + 1, lineEnd < 0 ? text.length : lineEnd);
  const opensLine = /^[\s>*+•-]*(?:\d{1,3}[.)]\s*)?(?:\u0001{1,2}\s*){0,3}$/u.test(before);
  if (opensLine && /^[\s.,!?;:…]*$/u.test(after)) return true;
  // Two quoted lines that open a sentence together are what it talks about: '"…" and "…" read as presumptuous.'
  if (opensLine && /^[*_\u0001]*\s*(?:,|and|or)\s*[*_\u0001]*["“]/u.test(after)) return true;
  // A quoted sentence that opens its line, then the writer's comment on it: '- "Only 3 places left!" When
  // the cohort has no cap, applicants can tell.' (The quotation ends a sentence of its own.)
  if (opensLine && /[.!?…]$/u.test(text.slice(quote.open + 1, quote.close).trimEnd()) && /^[*_\u0001]*\s+(?:[-–—:]\s*)?\p{Lu}/u.test(after)) return true;
  return /\(\s*$/.test(before) && /^\s*\)/.test(after);
}

/** Words after which a verb form is a noun or adjective ("our follow-up"). */
const DETERMINERS = new Set([
  'a', 'an', 'the', 'our', 'your', 'my', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'any',
  'each', 'every', 'another', 'one', 'quick', 'brief', 'weekly', 'monthly', 'daily', 'first', 'second', 'final',
  'next', 'last', 'scheduled', 'same', 'no', 'automated', 'friendly', 'regular', 'previous', 'upcoming', 'team',
]);

/** Nouns that a hyphenated verb form modifies ("follow-up meeting notes"). */
const MODIFIED_NOUNS = new Set([
  'meeting', 'meetings', 'notes', 'note', 'call', 'calls', 'email', 'emails', 'sequence', 'sequences', 'cadence',
  'template', 'templates', 'task', 'tasks', 'date', 'dates', 'question', 'questions', 'survey', 'session', 'sessions',
  'appointment', 'reminder', 'reminders', 'item', 'items', 'form', 'plan', 'schedule', 'step', 'steps', 'campaign',
  'message', 'messages', 'visit', 'time', 'slot', 'process', 'cycle', 'window', 'field', 'report', 'doc',
]);

/**
 * True when a match that starts with a verb is used as a noun: a determiner
 * before it ("our follow up meeting", "the check-in") or, for a hyphenated
 * form, a noun right after it ("follow-up notes").
 */
export function isNounUse(text: string, start: number, end: number): boolean {
  const matched = text.slice(start, end);
  const firstWord = /^[\p{L}]+/u.exec(matched)?.[0].toLowerCase() ?? '';
  const previous = /([\p{L}']+)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase();
  if (previous && DETERMINERS.has(previous) && !/ing$/.test(firstWord)) return true;
  if (/^[\p{L}]+[-\u2010\u2011][\p{L}]+/u.test(matched)) {
    const next = /^[\s\u00a0]*([\p{L}]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
    if (next && MODIFIED_NOUNS.has(next)) return true;
    if (previous && DETERMINERS.has(previous)) return true;
  }
  return false;
}

/**
 * The sentence before `start`, up to `window` characters: from the last ". ",
 * "! ", "? " or `lineBreak` (a blank line by default).
 */
function sentenceBefore(text: string, start: number, window = 200, lineBreak = '\n\n'): string {
  const before = text.slice(Math.max(0, start - window), start);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf(lineBreak));
  return before.slice(sentenceStart + 1);
}

/** Cues that make an offer conditional on the prospect's choice. */
const CONDITION_CUE =
  /\bif\b(?!\s+(?:it|that|this)\s+helps\b)|\b(?:should you|whenever|unless|in case|say the word)\b|\breply\s+["“'‘]?(?:yes|ok|okay|go)\b/i;

/**
 * True when the sentence before the match makes it conditional on the
 * prospect's choice: "If that's wrong, reply and I'll send over the contract"
 * offers, it does not presume.
 */
export function isConditional(text: string, start: number): boolean {
  // "when, not if" is no condition: it presumes the very choice "if" offers.
  return CONDITION_CUE.test(sentenceBefore(text, start).replace(/\bnot\s+if\b/gi, ''));
}

/**
 * A condition that is itself pressure keeps the presumption: "If you can
 * commit by Friday, I'll send over the agreement", "If you're ready, reply and
 * I'll send the contract today". A deadline, a commitment or readiness in the
 * condition is the seller's clock, not the prospect's choice; "If you decide
 * to go ahead" stays a choice.
 */
const PRESSURED_CONDITION =
  /\bcommit(?:ted|ting)?\b|\b(?:if|when)\s+you['’]?(?:re|\s+are)?\s+ready\b|\bif\s+you['’]?re\s+ready\b|\bby\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|noon|end\s+of|eod|close\s+of|the\s+end\s+of)\b|\b(?:today|tonight|this\s+week|right\s+now)\b/i;

/** True when the condition before the match is a pressure of its own (see PRESSURED_CONDITION). */
export function isPressuredCondition(text: string, start: number): boolean {
  return PRESSURED_CONDITION.test(sentenceBefore(text, start));
}

/**
 * A yes/no question about the offer itself, as an FAQ heading asks it ("Is
 * this a limited-time offer?", "Do I have to decide today?"), names the
 * pressure to answer it, not to apply it.
 */
export function isQuestionAbout(text: string, start: number, end: number): boolean {
  const lead = sentenceBefore(text, start, 80, '\n');
  const after = text.slice(end, end + 80);
  const close = /^[^.!?\n]*\?/.test(after);
  return (
    close &&
    /^\s*(?:(?:is|are|does|do|will|was|were|can|could)\s+(?:this|it|there|these|that|the|your|our|my)\b|(?:do|does|will|must|should)\s+(?:I|we)\s+(?:have|need)\s+to\b)/i.test(lead)
  );
}

/** "Offer Expires": every word capitalised, as a field name or column label is. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word)) && text !== text.toUpperCase();
}
