/**
 * insert-opener: the apology that opens a re-engagement message (seeds
 * 000–002: take responsibility, say it is not about the sale). It goes after
 * the greeting, or in a voicemail after the caller's greeting and
 * self-introduction; it is worded for the channel (spoken in a script), and it
 * never goes to a gatekeeper.
 */
import { matchApostrophes } from '../case.js';
import { frontLineCount } from '../segment/front-lines.js';
import type { Draft, Edit, Finding, Rewrite, Segment } from '../types.js';
import { SAFE_QUESTION } from './chasing.js';
import { capitalise } from './moves.js';
import { removal, sentenceEdit } from './phrase.js';
import { groupBySentence, planSentence } from './sentence-plan.js';
import { sentencesOf, type Span } from './sentences.js';

/** The written opener, and the shorter one when the draft already says it is not about the sale. */
/** The words every opener starts with (seed 001: "I just wanted, first of all, to apologize"). */
export const OPENER_START = 'I wanted to apologize';
const WRITTEN = `${OPENER_START} — I may have dropped the ball somewhere along the way, and this isn't about the sale.`;
const WRITTEN_SHORT = `${OPENER_START} — I may have dropped the ball somewhere along the way.`;
/** Said aloud: no dash, a pause instead. */
const SPOKEN = `${OPENER_START}. I may have dropped the ball somewhere along the way, and this call isn't about the sale.`;
const SPOKEN_SHORT = `${OPENER_START}. I may have dropped the ball somewhere along the way.`;

/** The draft already says the message is not about the sale. */
const NOT_ABOUT_THE_SALE = /\b(?:is ?n['’]?t|is not|not) (?:about|to) (?:the |a |making a )?(?:sale|sell|selling|pitch|close|closing)\b/i;

/** A greeting, in English or another language, that opens a line: the opener goes after it. */
const GREETING = /^\s*(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|greetings|hiya|hola|bonjour|salut|hallo|guten tag|ciao|buongiorno|ol[aá]|hej|namaste|howdy)\b/i;

/** The caller says who is calling: "it's Greg from Apex", "this is Dana with Northwind", "my name is …". */
const SELF_INTRODUCTION = /^\s*(?:(?:[Hh]i|[Hh]ey|[Hh]ello|[Gg]ood (?:morning|afternoon|evening))\b(?:[^.!?]|\b(?:Mr|Mrs|Ms|Dr)\.){0,40}[,!]?\s*)?(?:[Ii]t['’]?s \p{Lu}|[Tt]his is \p{Lu}|[Mm]y name is|I['’]?m \p{Lu}\p{Ll}+ (?:from|with|at|over at)\b|I am \p{Lu}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:from|at|with) [^.!?]{1,60}? here\b)/u;

/** A speaker's label opening a line: "CALLER: ", "Tom: ", "**Rep:** ". */
const SPEAKER_LABEL = /^\s*[*_]{0,2}(?:\p{Lu}[\p{Lu} .'’-]{1,24}|\p{Lu}\p{Ll}{1,15})[*_]{0,2}:[*_]{0,2}\s+/u;

/** Who a call is for: "Is that Daniel?", "Am I speaking with Dana?", "This message is for Gareth at Millbrook." */
const ADDRESSING =
  /^\s*(?:(?:[Hh]i|[Hh]ey|[Hh]ello|[Gg]ood (?:morning|afternoon|evening))\b[^.!?]{0,40}?[,!]?\s*)?(?:[Ii]s (?:that|this|it) \p{Lu}|[Aa]m I speaking (?:to|with) \p{Lu}|(?:[Tt]his|[Tt]he|[Mm]y) (?:message|voicemail|call) is for\b)/u;

/** A line asking someone to put the caller through: said to a gatekeeper, not the prospect. */
const GATEKEEPER =
  /\b(?:[Mm]ay|[Cc]ould|[Cc]an) I (?:speak|talk) (?:to|with)\b|\b[Ii]s (?:\p{Lu}\p{Ll}+|he|she|your (?:manager|boss)) (?:available|in|around|free)\b|\bput me through\b|\bconnect me (?:to|with)\b/u;

/** Wording that takes responsibility for the silence: a lexicon of responsibility predicates (an apology, owning the breakdown). */
const RESPONSIBILITY =
  /\b(?:apologi[sz]e[sd]?|apologi[sz]ing|apology|apologies|sorry|my fault|my bad|my mistake|forgive me|pardon my|(?:is|are|was|were|falls|rests) (?:squarely |entirely |all |completely )?on me|(?:I|we) dropped|(?:I|we) (?:let|allowed) (?:it|this|that|things|the ball) (?:to )?(?:slip|drop|fall)|(?:I|we) (?:missed|forgot|failed|neglected) to|I (?:really )?should have|(?:that|this) was (?:my|our) (?:doing|miss|mistake)|(?:that['’]?s|it['’]?s|this is|that one['’]?s) on me|dropped the ball|take (?:full )?responsibility|(?:I|we) owe you|(?:I|we) messed up|(?:I|we) got ahead of (?:myself|ourselves)|(?:I|we) (?:may|might) have (?:missed|misread|pushed|rushed|been|come|gotten|got|dropped|made|overwhelmed|misunderstood|let)|(?:I|we) should(?:n['’]?t| not)? have|(?:I|we) (?:realize|suspect|fear|think) (?:I|we) (?:may have|might have|pushed|rushed|came on)|own (?:that|this|the (?:silence|breakdown|miss))|(?:I|we) let you down|wasn['’]?t fair to you)\b/i;

export function takesResponsibility(text: string): boolean {
  return RESPONSIBILITY.test(text);
}

/** `style`: the text whose apostrophes the opener takes (the draft before a whole rewrite dropped sentences). */
export function openerText(draft: Draft, style = draft.source.slice(draft.bodyStart, draft.bodyStart + 2_000)): string {
  const short = NOT_ABOUT_THE_SALE.test(draft.source);
  const text = draft.format === 'script' || /voicemail|call/i.test(scriptHint(draft)) ? (short ? SPOKEN_SHORT : SPOKEN) : short ? WRITTEN_SHORT : WRITTEN;
  return matchApostrophes(text, '', style);
}

/** A voicemail read straight through is plain text; its first words say what it is. */
function scriptHint(draft: Draft): string {
  const body = draft.segments.filter((s) => s.kind !== 'subject');
  const first = body[frontLineCount(body)];
  if (!first || draft.format !== 'text') return '';
  const opening = draft.source.slice(first.start, first.end);
  // Said aloud only when it asks to be called back: a text message introduces itself too.
  const spoken = /\b(?:call (?:me|us) back|give (?:me|us) a (?:call|ring)|call me at|reach me at|my (?:cell|number) is|voicemail)\b/i.test(draft.source);
  return spoken && SELF_INTRODUCTION.test(opening) ? 'voicemail' : '';
}

/** Segments of the message body, in order: not the subject, not headings. */
function bodySegments(draft: Draft): Segment[] {
  return draft.segments.filter((s) => s.kind !== 'subject' && s.kind !== 'heading' && s.start >= draft.bodyStart - 1);
}

/** The greeting and the first sentences after it: where an apology must sit to open the message. */
function openingSentences(draft: Draft): { greeting?: Segment; sentences: Span[] } {
  const body = bodySegments(draft);
  const greeting = draft.greeting ?? (body[0] && isGreetingSegment(draft.source, body[0]) ? body[0] : undefined);
  let after = body.filter((segment) => segment !== greeting && (!greeting || segment.start >= greeting.end));
  // A script's title and metadata lines come before its opening (as the rule reads them).
  if (!greeting) after = after.slice(frontLineCount(after));
  return { greeting, sentences: after.slice(0, 3).flatMap((segment) => sentencesOf(segment)) };
}

/** The message opens by taking responsibility (the greeting and its first two sentences). */
export function opensWithResponsibility(draft: Draft): boolean {
  const { greeting, sentences } = openingSentences(draft);
  const first = sentences[0] ? draft.source.slice(sentences[0].start, sentences[0].end) : '';
  // Greeting and two sentences; a first sentence that greets ("Hi Jim, it's Kristen.") counts as the greeting.
  const count = greeting || !GREETING.test(first) ? 2 : 3;
  return takesResponsibility(sentences.slice(0, count).map((s) => draft.source.slice(s.start, s.end)).join(' '));
}

/** Chasing words (a closed list): an apology holding them is not moved as it is. */
const CHASE_WORDS = /\b(?:follow(?:ing)?[\s-]+up|check(?:ing)?\s+in|circl(?:e|ing)\s+back|touch(?:ing)?\s+base|bumping|any\s+updates?)\b/i;

/** An apology that stands on its own ("I'm sorry I let this go quiet."), later in the message. */
const STANDALONE_APOLOGY = /^(?:(?:also|and|first|finally|but|honestly|again),?\s+)?(?:I['’]?m (?:so |really |truly |very )?sorry\b|I (?:want(?:ed)? to |should |must )?apologi[sz]e\b|I owe you an apology\b|(?:My )?apologies\b)/i;

/**
 * The apology the draft already makes later, moved up to open it: removing it
 * where it was and inserting it at the opening. Undefined when the draft has
 * no apology that stands on its own.
 */
export function movedApology(draft: Draft, style?: string): Edit[] | undefined {
  const place = openerInsertion(draft, style);
  if (!place) return undefined;
  for (const segment of bodySegments(draft)) {
    for (const sentence of sentencesOf(segment)) {
      const text = draft.source.slice(sentence.start, sentence.end);
      // (An apology that chases in the same sentence would carry the chase up with it.)
      if (sentence.start < place.start || !STANDALONE_APOLOGY.test(text) || CHASE_WORDS.test(text)) continue;
      const removal = removeSentence(draft.source, sentence);
      const apology = capitalise(text.replace(/^(?:also|and|first|finally|but|honestly|again),?\s+/i, ''));
      const spacing = place.text.slice(place.text.search(/\s*$/));
      const lead = place.text.startsWith(' ') ? ' ' : '';
      return [{ start: place.start, end: place.start, text: lead + apology + (lead ? '' : spacing) }, removal];
    }
  }
  return undefined;
}

/** A sentence removed with the space after it (or before it, at the end of its line). */
function removeSentence(source: string, sentence: Span): Edit {
  const after = /^[ \t]+/.exec(source.slice(sentence.end))?.[0].length ?? 0;
  if (after > 0 && !/^[ \t]*(?:\r?\n|$)/.test(source.slice(sentence.end))) return { start: sentence.start, end: sentence.end + after, text: '' };
  const before = /[ \t]+$/.exec(source.slice(0, sentence.start))?.[0].length ?? 0;
  return { start: sentence.start - before, end: sentence.end, text: '' };
}

/**
 * Where the opener goes, and the text to insert there (with the spacing the
 * place needs). Undefined when there is no right place: the opening speaks to
 * a gatekeeper, or the draft has no body.
 */
export function openerInsertion(draft: Draft, style?: string): Edit | undefined {
  const { greeting, sentences } = openingSentences(draft);
  const opener = openerText(draft, style);
  const openingText = sentences.slice(0, 2).map((s) => draft.source.slice(s.start, s.end)).join(' ');
  if (GATEKEEPER.test(openingText)) return undefined;
  const opening = sentences[0];
  if (!opening) return undefined;
  // A speaker's label stays first: "CALLER: Hi, is that Priya?" → "CALLER: Hi, is that Priya? It's Tom…".
  const label = SPEAKER_LABEL.exec(draft.source.slice(opening.start, opening.end));
  const first = label ? { start: opening.start + label[0].length, end: opening.end } : opening;
  if (greeting) {
    const between = draft.source.slice(greeting.end, first.start);
    // The opener is its own paragraph when the greeting stands on its own line.
    const separator = /\r?\n/.test(between) ? between.replace(/[^\r\n]/g, '') : ' ';
    return before(draft, first.start, opener + separator);
  }
  const firstText = maskedText(draft, first).replace(/\u0001+/g, '');
  if (SELF_INTRODUCTION.test(firstText) || ADDRESSING.test(firstText)) {
    // "Hi Jim, it's Kristen.", "Hi, is that Daniel? It's Fiona from Carrick & Lowe." — after the
    // greeting, who the call is for, and the caller's introduction.
    let last = first;
    for (const next of sentences.slice(1, 3)) {
      const text = maskedText(draft, next).replace(/\u0001+/g, '');
      if (!(SELF_INTRODUCTION.test(text) || ADDRESSING.test(text)) || /^\s*I['’]?m (?:just|calling|following|reaching|checking)/i.test(text)) break;
      last = next;
    }
    return { start: last.end, end: last.end, text: ` ${opener}` };
  }
  const inline = INLINE_GREETING.exec(draft.source.slice(first.start, first.end));
  if (inline) {
    // "Hi Sam, it's been a few weeks …": the opener goes after "Hi Sam,".
    return before(draft, first.start + inline[0].length, `${opener} `);
  }
  if (GREETING.test(firstText)) return { start: first.end, end: first.end, text: ` ${opener}` };
  return before(draft, first.start, `${opener} `);
}

/** A greeting that opens a sentence and runs on after a comma: "Hi Sam, it's been …". */
const INLINE_GREETING = /^\s*(?:hi|hey|hello|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,60}?(?:,|\s[-–—])\s+(?=\S)/i;

/** Inserts text before `at`; the sentence that follows starts with a capital ("it's been" → "It's been"). */
function before(draft: Draft, at: number, text: string): Edit {
  const next = draft.source[at] ?? '';
  if (/\p{Ll}/u.test(next)) return { start: at, end: at + 1, text: text + next.toUpperCase() };
  return { start: at, end: at, text };
}

/** A span's text with merge tags and markup masked, as the segment holds it. */
function maskedText(draft: Draft, span: Span): string {
  const segment = draft.segments.find((s) => s.start <= span.start && span.end <= s.end);
  return segment ? segment.text.slice(span.start - segment.start, span.end - segment.start) : draft.source.slice(span.start, span.end);
}

function isGreetingSegment(source: string, segment: Segment): boolean {
  const text = source.slice(segment.start, segment.end);
  return GREETING.test(text) && /[,!]\s*$/.test(text) && text.length < 60 && !/\n/.test(text.trim());
}

/**
 * The opening rewritten for trust, as one rewrite: the opener goes in and the
 * pressure in the opening sentences is rewritten with it (an apology followed
 * by "just following up…" contradicts itself). `siblings` are the draft's
 * findings; undefined when there is no place for the opener or nothing in the
 * opening to rewrite.
 */
export function openingRewrite(draft: Draft, siblings: readonly Finding[]): Rewrite | undefined {
  const place = openerInsertion(draft);
  if (!place) return undefined;
  const opening = openingSentences(draft).sentences.slice(0, 2);
  const groups = groupBySentence(siblings).filter((group) => group.sites.every((site) => opening.some((s) => s.start <= site.start && site.end <= s.end)));
  const source = draft.source;
  const edits: Edit[] = [];
  let asked = false;
  for (const group of groups) {
    // One safe question at most: a second chase in the opening goes instead.
    const rewritten = planSentence(group, asked, false);
    asked ||= rewritten !== undefined && SAFE_QUESTION.test(rewritten);
    const original = source.slice(group.sentence.start, group.sentence.end);
    // A chase or last-touch line left standing under the apology contradicts it: no option then.
    const presses = group.sites.filter((site) => site.category === 'chasing' || site.category === 'guilt');
    if (presses.length > 0 && (rewritten === undefined || presses.some((site) => rewritten.includes(source.slice(site.start, site.end))))) return undefined;
    if (rewritten === undefined || rewritten === original) continue;
    edits.push(rewritten === '' ? removal(source, group.segment, group.sentence) : sentenceEdit(source, group.sentence.start, original, rewritten));
  }
  if (edits.length === 0) return undefined;
  // The sentences first, then the opener at its place (moved by what changed before it);
  // a lower-case letter right after it (the place's own edit capitalised it) is capitalised again.
  let text = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const insertion = place.end > place.start ? place.text.slice(0, -(place.end - place.start)) : place.text;
  if (edits.some((e) => e.start < place.start && e.end > place.start)) return undefined;
  const at = place.start + edits.filter((e) => e.end <= place.start).reduce((shift, e) => shift + e.text.length - (e.end - e.start), 0);
  const rest = text.slice(at);
  const opened = text.slice(0, at) + insertion + (/^\p{Ll}/u.test(rest) && place.end > place.start ? rest[0].toUpperCase() + rest.slice(1) : rest);
  const start = Math.min(place.start, ...edits.map((e) => e.start));
  const end = Math.max(place.end, ...edits.map((e) => e.end));
  const replacement = opened.slice(start, end + (opened.length - source.length));
  return { title: 'Open with an apology and rewrite the opening', edits: [{ start, end, text: replacement }] };
}
