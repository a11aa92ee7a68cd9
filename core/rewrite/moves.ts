/**
 * The moves: each takes one sentence, the span of the pressure in it, and
 * returns the sentence rewritten (or undefined when the move does not fit this
 * sentence, so no broken option is ever offered). Sentences are the source's
 * own text (merge tags and URLs as written) beside a masked copy of the same
 * length that the language checks read.
 */
import { matchStyle } from '../case.js';
import { WHEN } from '../phrases.js';
import { MASK } from '../types.js';
import { findInlineNonProse, maskRanges } from '../segment/mask.js';
import { brokenPairs, endsMidPhrase, factsIn, hasVerb, tokensOf } from './nlp.js';
import { CLAUSE_DELIMITER, CONNECTIVE } from './sentences.js';

/** One sentence and the span [a, b) of a phrase in it, relative to the sentence. */
export interface SentenceSite {
  /** The sentence as written in the source. */
  text: string;
  /** The same sentence with non-prose masked (same length). */
  masked: string;
  a: number;
  b: number;
  /** The sentence is a subject line, heading or table cell: a fragment by design. */
  fragment: boolean;
}

/** Terminal punctuation and closing quotes at the end of a sentence. */
const TERMINAL = /[.!?…]+["”’')\]]*$/u;

/** Words that open a question: a clause starting with one keeps its "?". */
const QUESTION_OPENER = /^(?:who|what|where|when|why|how|which|is|are|was|were|do|does|did|can|could|would|will|should|shall|have|has|had|may|might|any)\b/i;

export function terminalOf(text: string): string {
  return TERMINAL.exec(text)?.[0] ?? '';
}

/** Upper-cases the first letter (after leading quotes, brackets and masked text). */
export function capitalise(text: string): string {
  return text.replace(/^([^\p{L}\p{N}]*?)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

/** Lower-cases the first letter unless it starts "I", a name or an acronym. */
export function decapitalise(text: string): string {
  if (/^I\b/.test(text)) return text;
  return text.replace(/^(\p{Lu})(\p{Ll})/u, (_, letter: string, next: string) => letter.toLowerCase() + next);
}

/** Spaces left doubled, or stranded before punctuation, by a removal. */
export function tidy(text: string): string {
  return text
    // Emphasis left around nothing ("**Only 3 left**, new teams…" → "****, new teams…").
    .replace(/(\*\*|__)[ \t]*\1/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([,.;:!?…)])/g, '$1')
    .replace(/([(])[ \t]+/g, '$1')
    .replace(/,\s*([.!?…])/g, '$1')
    .replace(/\s*[-–—]\s*([,.!?…]|$)/gu, '$1')
    .replace(/^[ \t,;:]+/, '')
    // A joining sign left at the end ("Spring reorder + [price increase on March 1]").
    .replace(/[ \t]+[+&][ \t]*$/, '');
}

/** `tidy` applied only around [from, to): a replacement's seams, not the writer's own spacing elsewhere. */
export function tidyAround(text: string, from: number, to: number): string {
  const a = Math.max(0, from - 3);
  const b = Math.min(text.length, to + 3);
  const middle = text.slice(a, b);
  // Stand-ins for the words on either side, so the window's edges are not taken for the text's
  // ("if — your" is no dash left dangling at the end).
  const head = a === 0 ? '' : 'x';
  const tail = b === text.length ? '' : 'x';
  const tidied = tidy(`${head}${middle}${tail}`).slice(head.length, tail ? -1 : undefined);
  return text.slice(0, a) + tidied + text.slice(b);
}

/** "a" or "an" before a word, by its first sound (letters; a closed list of exceptions). */
export function article(next: string, capital: boolean): string {
  const word = next.toLowerCase();
  const vowelSound = /^(?:[aeio]|u(?!ni|s[eu]|ti|r[aeiou])|hour|honest|honou?r|heir)/.test(word) && !/^(?:one|once|eu)/.test(word);
  const chosen = vowelSound ? 'an' : 'a';
  return capital ? chosen[0].toUpperCase() + chosen.slice(1) : chosen;
}

/**
 * Joins two stretches where a removal or replacement met, fixing an "a"/"an"
 * at the end of the first for the word that now follows it.
 */
export function join(before: string, after: string): string {
  const art = /(?:^|\s)([Aa]n?)(\s+)$/.exec(before);
  const next = /^[\p{L}]+/u.exec(after)?.[0];
  if (!art || !next || /^[A-Z]{2,}$/.test(next)) return before + after;
  const head = before.slice(0, before.length - art[1].length - art[2].length);
  return head + article(next, art[1][0] === 'A') + art[2] + after;
}

/** A rewritten text masked the way segments are: merge tags, URLs and e-mail addresses hidden. */
export function maskInline(text: string): string {
  return maskRanges(text, 0, findInlineNonProse(text, 0, text.length));
}

/** True when the text still says something: a letter or digit outside merge tags and links. */
function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(maskInline(text));
}

/**
 * Where the phrase's noun phrase starts: a phrase that opens with its head
 * noun ("pricing ends Friday") takes the determiners and modifiers before it
 * ("Our Q4 pricing …"), which go with it.
 */
function phraseStart(site: SentenceSite): number {
  const head = tokensOf(site.masked.slice(site.a, site.b))[0];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return site.a;
  let start = site.a;
  const before = site.masked.slice(0, site.a);
  const words = [...before.matchAll(/[\p{L}\p{N}'’]+/gu)].reverse();
  for (const word of words) {
    if (/\S/.test(before.slice(word.index + word[0].length, start))) break;
    const pos = tokensOf(word[0])[0]?.pos;
    if (!pos || !['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(pos)) break;
    if (pos === 'PRON' && !/^(?:our|my|your|their|his|her|its)$/i.test(word[0])) break;
    start = word.index;
  }
  return start;
}

/** Facts a removed stretch held outside the phrase itself (which is the pressure). */
function factsOutside(site: SentenceSite, from: number, to: number): string[] {
  const start = Math.max(from, phraseStart(site));
  const end = Math.min(to, site.b);
  return [
    ...factsIn(site.masked.slice(from, start), site.text.slice(from, start)),
    ...factsIn(site.masked.slice(end, to), site.text.slice(end, to)),
  ];
}

/** A sentence that is only a subordinate clause: it opens with a subordinator and has no second clause. */
const SUBORDINATE_ALONE = /^\W*(?:(?:and|but|or|so)\s+)?(?:once|when|if|after|before|because|since|as soon as|unless|while|although|until)\b[^,;:—–]*$/i;

/** A "with" phrase left alone, after an adverb perhaps ("Honestly, with a furnace that old going into January."). */
const WITH_ALONE = /^\W*(?:\p{L}+,\s*)?with\b[^,;:—–]*$/iu;

/** A sentence whose last clause, after a delimiter, is only a condition: "Here's the deal: if you're ready." */
const CONDITION_LAST = /(?:[,;:—–]|\s-)\s*(?:(?:so|and|but)\s+)?(?:if|once|when|whenever|unless|as soon as|until|provided)\b[^,;:—–]*$/i;

const HEDGE_VOUCHED = /\b(?:may|might|if|I think|I hope|perhaps)\b[^.!?]*,\s*(?:I promise|trust me|guaranteed|no doubt)\b/i;

/** A condition that lost what it was the condition of: "…, so if you want one." */
const HANGING_CONDITION = /,\s*(?:so|and|but)\s+if(?:\s+[^\s,;:]+){1,4}[.!?…]?["”’')\]]*\s*$/i;

/** A time that points back to a date said before it: "before then", "after this date", "after that". */
const THEN_BACK = /\b(?:before|by|until|till|til|after|from)\s+(?:then|th(?:is|at)\s+(?:date|day|point))\b|\bafter that\b/i;
/** A day or date in a sentence (the phrase tables' `%when`). */
export const DATED = new RegExp(`(?<![\\p{L}\\p{N}])${WHEN}(?![\\p{L}\\p{N}])`, 'iu');

/**
 * A rewritten sentence is acceptable when it still has a verb (or is a
 * fragment by design, as the original was) and adds no broken word pair.
 */
export function grammatical(site: SentenceSite, rewritten: string): boolean {
  if (!hasWords(rewritten)) return false;
  if (brokenPairs(rewritten) > brokenPairs(site.text)) return false;
  // A subordinate clause left alone ("Once you sign the contract.") is no sentence,
  // nor is one left hanging at the end ("…, so if you want one.").
  if (SUBORDINATE_ALONE.test(rewritten) && !SUBORDINATE_ALONE.test(site.text)) return false;
  if (WITH_ALONE.test(rewritten) && !WITH_ALONE.test(site.text)) return false;
  if (HANGING_CONDITION.test(rewritten) && !HANGING_CONDITION.test(site.text)) return false;
  // A lead-in left announcing nothing ("But I have to tell you."), a condition left with no main clause
  // ("Here's the deal: if you're ready to decide.").
  const body = (text: string): string => text.slice(0, text.length - terminalOf(text).length);
  if (ANNOUNCING.test(body(rewritten)) && !ANNOUNCING.test(body(site.text))) return false;
  if (CONDITION_LAST.test(body(rewritten)) && !CONDITION_LAST.test(body(site.text))) return false;
  // A hedge that the sentence then vouches for: "You may like the new kitchen, I promise."
  if (HEDGE_VOUCHED.test(rewritten) && !HEDGE_VOUCHED.test(site.text)) return false;
  // "[Only a handful of slots left], and those always go first" is no "Those always go first.":
  // a sentence that now opens on "those" or "these" lost what they pointed to.
  if (/^\W*(?:those|these)\b/i.test(rewritten) && !/^\W*(?:those|these)\b/i.test(site.text)) return false;
  // "Let's [aim to have it signed by Thursday] so nothing slips" is no "Let's so nothing slips".
  if (/\blet['’]?s\s+(?:so|and|but|because|if|when|before|after|as|since|that|then)\b/i.test(rewritten)) return false;
  // "it's Jess - [last one from me], I promise": the promise vouched for what went.
  if (/[-–—,]\s*I promise\W*$/i.test(rewritten) && !/[-–—,]\s*I promise\W*$/i.test(site.text.slice(0, site.b + 1))) {
    if (rewritten.length < site.text.length) return false;
  }
  // "…before then" once the date it pointed back to went with the pressure.
  if (THEN_BACK.test(rewritten) && DATED.test(site.text) && !DATED.test(rewritten)) return false;
  return site.fragment || hasVerb(rewritten) || !hasVerb(site.masked);
}

/**
 * drop-sentence: the whole sentence is pressure, with no fact outside the
 * phrase ("Don't miss out!", "Just checking in."). Returns '' when it may go.
 */
export function dropSentence(site: SentenceSite): string | undefined {
  if (site.fragment) return undefined;
  if (factsOutside(site, 0, site.text.length).length > 0) return undefined;
  return '';
}

/** The delimiters of the clause holding [a, b): where it starts and ends in the sentence. */
interface ClauseBounds {
  /** Start of the delimiter before the clause (-1 when the clause opens the sentence). */
  leftStart: number;
  /** Where the clause's words start. */
  start: number;
  /** Where the clause's words end. */
  end: number;
  /** End of the delimiter after the clause (-1 when the clause ends the sentence). */
  rightEnd: number;
  left: string;
  right: string;
}

/** The parenthesised asides of a sentence, as [open, close] offsets of their parentheses. */
function asidesOf(text: string): Array<[number, number]> {
  const asides: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = text.indexOf('('); i >= 0 && i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length > 0) asides.push([open.pop()!, i]);
  }
  return asides;
}

function clauseBounds(text: string, a: number, b: number): ClauseBounds {
  const body = text.length - terminalOf(text).length;
  let leftStart = -1;
  let start = 0;
  let left = '';
  let end = body;
  let rightEnd = -1;
  let right = '';
  const asides = asidesOf(text);
  for (const m of text.slice(0, body).matchAll(CLAUSE_DELIMITER)) {
    const dStart = m.index;
    const dEnd = m.index + m[0].length;
    // "rate ($89/mo, locked for life) ends Sunday": an aside the phrase is not in belongs to its
    // clause; neither its parentheses nor a comma inside it divide the sentence.
    if (asides.some(([open, close]) => open < dEnd && dStart <= close && !(open < a && b <= close))) continue;
    if (dEnd <= a) {
      leftStart = dStart;
      start = dEnd;
      left = m[0];
    } else if (dStart >= b && rightEnd < 0) {
      // "your contract and the deposit invoice so we can…": an "and" before a noun with no verb of its
      // own joins two nouns, not two clauses.
      if (!m[0].trim() && !hasVerb(capitalise(text.slice(dEnd).replace(/^\S+\s+/, '').split(COORDINATION_END)[0]))) continue;
      end = dStart;
      rightEnd = dEnd;
      right = m[0];
    }
  }
  // "… and haven't heard back": a conjunction right before the phrase opens its clause.
  const conjunction = /\s+(?:and|but|so)\s+$/i.exec(text.slice(start, a));
  if (conjunction && leftStart < 0 && start + conjunction.index > 0) {
    leftStart = start + conjunction.index;
    left = conjunction[0];
    start = a;
  }
  return { leftStart, start, end, rightEnd, left, right };
}

/**
 * drop-clause: the phrase's clause goes with its connective, and what is left
 * is still a sentence ("We can start Monday — only 3 spots left." → "We can
 * start Monday."). When the clause is the whole sentence, the sentence goes if
 * it states nothing else. With `lossy` (the whole-draft rewrite, which would
 * otherwise drop the whole sentence), a clause after what stays goes even when
 * it holds a fact of its own ("…, and your new account will be ready before
 * your next pay run").
 */
export function dropClause(found: SentenceSite, lossy = false): string | undefined {
  // "The rate is live [now, but not for long]": a phrase that runs across a comma into a clause of
  // its own is that clause.
  const inner = /,\s+(?=(?:but|and|so|though)\b)/i.exec(found.masked.slice(found.a, found.b));
  const site = inner ? { ...found, a: found.a + inner.index + inner[0].length } : found;
  const { text } = site;
  // Delimiters are read where the writer wrote them: not inside a merge tag, nor a link's "](…)".
  const clause = clauseBounds(site.masked.replace(/\]\(\u0001*\)/g, (link) => MASK.repeat(link.length)), site.a, site.b);
  const terminal = terminalOf(text);
  if (lossy) {
    // What a strict drop can do first; beyond it, only a clause after what stays goes: one that
    // opens the sentence, or a phrase cut from its middle, leaves a fragment ("From $18 to $21
    // per seat.", "I from you since I sent the quote.").
    const strict = dropClause(site);
    if (strict !== undefined || clause.leftStart < 0) return strict;
  }
  if (clause.leftStart < 0 && clause.rightEnd < 0) {
    // The phrase may be all the pressure in a sentence that says more:
    // "I can include the plate fee if you sign by the 28th" keeps its offer.
    const alone = dropPhrase(site);
    if (alone !== undefined && factsOutside(site, 0, text.length).length > 0) return alone;
    // A call to act with no full stop is a button, a link or a label ("Grab yours while they last"):
    // it keeps its call ("Grab yours") rather than leave an empty button.
    if (alone !== undefined && terminal === '' && tokensOf(capitalise(site.masked.replace(/^[^\p{L}]+/u, '')))[0]?.pos === 'VERB') return alone;
    return dropSentence(site);
  }
  if (!lossy && factsOutside(site, clause.start, clause.end).length > 0) return undefined;
  let rewritten: string;
  if (clause.leftStart >= 0 && clause.rightEnd < 0) {
    // The clause ends the sentence (an aside's closing parenthesis before it stays: "rate ($89, locked) ends…").
    const close = clause.left.indexOf(')');
    const kept = text.slice(0, close < 0 ? clause.leftStart : clause.leftStart + close + 1).trimEnd();
    // All that would stay is a lead-in announcing the clause ("But I have to tell you,"): the sentence goes.
    if (ANNOUNCING.test(kept)) return factsOutside(site, 0, text.length).length === 0 ? dropSentence(site) : undefined;
    const question = terminal.startsWith('?') && QUESTION_OPENER.test(kept.replace(/^[^\p{L}]+/u, ''));
    const closing = terminal.replace(/^[.!?…]+/u, '');
    const stop = question ? '?' : /[.!?…]$/u.test(kept) || terminal === '' ? '' : '.';
    rewritten = kept + stop + closing;
  } else if (clause.leftStart < 0) {
    // A condition that opens the sentence cannot go alone: the rest would be said without it
    // ("Once they're gone, we're booked into September."). Nor can a clause whose aside is all that would stay.
    const opening = text.slice(clause.start, clause.end);
    if (SUBORDINATOR.test(opening) || NEGATIVE_CONDITION.test(opening) || clause.right.includes('(')) {
      return factsOutside(site, 0, text.length).length === 0 ? dropSentence(site) : undefined;
    }
    // The clause opens the sentence: the rest starts it, without a connective
    // (markup that opened the sentence, such as "**", stays).
    const markup = /^[^\p{L}\p{N}]*/u.exec(site.masked)?.[0].length ?? 0;
    // A name left in front keeps a comma, not the dash that followed it: "Teresa - I'll email" → "Teresa, I'll email".
    // "…, so your team is set up for January": a result or reason clause says nothing on its own
    // (an imperative after "so" does: "…, so give me a call back").
    // So does a consequence of it: "I can hold it till Friday, then it's gone" cannot leave "It's gone."
    const result = /^(?:so|because|since|as|which|then|after that|otherwise)\s+/i.exec(text.slice(clause.rightEnd));
    const imperative = result && /^so\b/i.test(result[0]) && tokensOf(capitalise(site.masked.slice(clause.rightEnd + result[0].length)))[0]?.pos === 'VERB';
    if (result && !imperative) {
      return factsOutside(site, 0, text.length).length === 0 ? dropSentence(site) : undefined;
    }
    // Nor one whose next clause is an aside with no verb: "We already have your colour picked out, the
    // Weathered Wood you liked, so…" cannot start "The Weathered Wood you liked, so…".
    // (A name is no aside: "Welcome aboard, Teresa - I'll email it" → "Teresa, I'll email it".)
    const nextEnd = NEXT_DELIMITER.exec(site.masked.slice(clause.rightEnd));
    const nextClause = site.masked.slice(clause.rightEnd, nextEnd ? clause.rightEnd + nextEnd.index : undefined);
    if (nextEnd && !hasVerb(capitalise(nextClause.trimStart())) && !/^\s*\p{Lu}\p{Ll}+\s*$/u.test(nextClause)) {
      return factsOutside(site, 0, text.length).length === 0 ? dropSentence(site) : undefined;
    }
    const rest = text.slice(clause.rightEnd).replace(CONNECTIVE, '').replace(/^(\p{Lu}\p{Ll}+)\s+[-–—]\s+(?=\S)/u, '$1, ');
    // Nor a last clause with no verb: "Welcome to the family, [by the way]." is no "By the way."
    if (!site.fragment && !nextEnd && !hasVerb(capitalise(site.masked.slice(clause.rightEnd).trimStart())) && !/^\s*\p{Lu}\p{Ll}+\W*$/u.test(rest)) {
      return factsOutside(site, 0, text.length).length === 0 ? dropSentence(site) : undefined;
    }
    rewritten = text.slice(0, Math.min(markup, site.a)) + capitalise(unwrap(clause.right, rest));
  } else {
    // A clause that was what the lead-in announced ("I have to tell you, this
    // offer expires …") cannot go alone: the lead-in would announce nothing.
    if (ANNOUNCING.test(text.slice(0, clause.leftStart))) return factsOutside(site, 0, text.length).length === 0 ? dropSentence(site) : undefined;
    // Nor the main clause after an opening condition: "Once it's over, [prices go back up] and they won't drop" keeps none.
    if (SUBORDINATOR.test(text) || /^\W*(?:if|unless)\b/i.test(text)) return undefined;
    // A clause in the middle: one delimiter stays (both, for a parenthesis pair).
    const pair = clause.left.includes('(') && clause.right.includes(')');
    // (A bare space before "and we…" is the weakest: the comma before the clause stays instead.)
    const strength = (d: string): number => (/[;—–]|\s-\s/.test(d) ? 2 : /[:]/.test(d) ? 1 : d.trim() ? 0 : -1);
    const keep = pair || clause.right.includes(')') ? ' ' : strength(clause.left) > strength(clause.right) ? clause.left : clause.right;
    // After a kept comma the connective stays ("…this quarter, so it's worth a look"); after a dash it goes,
    // and after a lead-in that is no clause ("So, [pressure], and since you're first…" → "So, since you're first…").
    const rest = text.slice(clause.rightEnd);
    // "…, shall we [get the agreement signed this week] so I can lock in crew?": what the dropped
    // clause was for goes with it.
    if (/^\s*so (?:that\s+)?(?:I|we|you)\s+(?:can|could)\b/i.test(rest)) return undefined;
    const leadIn = !hasVerb(site.masked.slice(0, clause.leftStart));
    // A relative clause left without what it described ("Looking at my notes, which is more…") is none.
    if (/^\s*(?:which|who|whom|whose)\b/i.test(rest)) return undefined;
    // Nor a consequence without its cause: "Hi Jo, [I can hold it till Friday], then it's gone" → "Hi Jo, then it's gone".
    if (/^\s*(?:then|after that|otherwise)\b/i.test(rest)) return undefined;
    rewritten = text.slice(0, clause.leftStart) + keep + (/,/.test(keep) && !leadIn ? rest : rest.replace(leadIn ? JOINING : CONNECTIVE, ''));
  }
  rewritten = tidy(rewritten);
  return grammatical(site, rewritten) ? rewritten : undefined;
}

/**
 * Words that open a time clause the main clause depends on ("Once they're gone, we're booked").
 * Not "if": a pressing condition ("If we can lock this in this week, I'll send the terms")
 * goes and leaves the offer standing.
 */
const SUBORDINATOR = /^\W*(?:once|when|whenever|until|after|as soon as|before)\b/i;

/**
 * A condition on the prospect not acting ("If I don't hear back by Friday, I'll release the hold",
 * "Unless we sign this week, …"): without it the main clause is a threat said outright.
 */
const NEGATIVE_CONDITION = /^\W*(?:unless\b|if\b[^,;:—–]*?(?:\b(?:not|no|never|dont|doesnt|didnt|cant|wont|havent|hasnt)\b|n['’]t\b))/i;

/** A lead-in that announces the clause after it: "I have to tell you,", "just so you know,", "quick note:". */
const ANNOUNCING = /\b(?:tell you|told you|say|said|mention|remind you|note|flag|worth knowing(?: too| also)?|warn you|point out|update(?: from (?:our|my) (?:end|side))?|warning|disclosure|so you know|for what it['’]s worth|(?:wanted|want|wanna|meant) to (?:check|ask)|(?<!let (?:me|us) )know|remember|honest(?:ly)?|heads[- ]up(?: though| tho)?|fyi|reminder|to be clear|the thing is|here['’]s the (?:thing|deal)|(?:reason|why) (?:I['’]?m|I am|I was) (?:calling|writing|reaching out)|(?:reason|why) I (?:called|wrote))\W*$/i;

/** Where a coordinated noun phrase ends at the latest: a delimiter or a subordinator. */
const COORDINATION_END = /[,;:—–()]|\s-\s|\b(?:so|because|which|that|if|when|while|as|since|until|before|after)\b/i;

/** The first clause delimiter in a text (CLAUSE_DELIMITER without its global state). */
const NEXT_DELIMITER = new RegExp(CLAUSE_DELIMITER.source, 'u');

/** A conjunction that only joined the dropped clause to the next, or said what followed from it ("Hi Sam, [I couldn't reach you], so I'll keep this brief"). */
const JOINING = /^(?:and|but|plus|so|then)\b\s*/i;

/** The rest of a sentence after a dropped opening clause that ended at "(": its ")" goes too. */
function unwrap(delimiter: string, rest: string): string {
  if (!delimiter.includes('(')) return rest;
  return rest.replace(/\)(?=[.!?…]*["”’')\]]*\s*$)/u, '');
}

/**
 * The phrase taken out of its sentence with nothing else, when what is left
 * still reads as a sentence.
 */
function dropPhrase(site: SentenceSite): string | undefined {
  const before = site.text.slice(0, site.a).trimEnd();
  const after = site.text.slice(site.b);
  if (!before || !/[\p{L}\p{N}]/u.test(before)) return undefined;
  // A phrase that is its subject's verb cannot go alone: "I [haven't heard back] from you" → "I from you",
  // nor the verb after an auxiliary or "to": "I'm [trying one more time] before…" → "I'm before…".
  // The phrase's first word read in its sentence: alone, "sign before the end of the month" opens with a noun.
  const leading = tokensOf(site.masked.slice(0, site.a));
  const head = tokensOf(site.masked.slice(0, site.b))[leading.length] ?? tokensOf(site.masked.slice(site.a, site.b))[0];
  // (An adverb between is no subject: "I've [also] popped you in the diary" has "I've" before the verb.)
  const subject = leading.filter((t) => t.pos !== 'ADV').at(-1);
  if (head && subject && ['AUX', 'VERB'].includes(head.pos) && ['PRON', 'PROPN', 'NOUN', 'AUX', 'PART'].includes(subject.pos)) return undefined;
  // Nor the complement of an auxiliary or "is", nor a verb's object: "the price is [only good til the 15th] as
  // shingles…" → "the price is as shingles…", "the crew has literally [3 spots left] as I type" → "has literally as I type".
  const next = tokensOf(withoutEmphasis(site, site.b, site.text.length)).find((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
  const governor = tokensOf(withoutEmphasis(site, 0, site.a))
    .filter((t) => !['ADV', 'PUNCT', 'SYM'].includes(t.pos))
    .at(-1);
  const governed = subject?.pos === 'AUX' || ((governor?.pos === 'VERB' || governor?.pos === 'AUX') && head?.pos !== 'ADP' && head?.pos !== 'SCONJ');
  if (governed && !['VERB', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'PRON', 'DET', 'NUM'].includes(next?.pos ?? '')) return undefined;
  // Nor the subject of a verb that follows it: "[Another couple viewed on Sunday] and asked about the date" → "and asked…".
  const conjunction = /^\s*(?:and|or|but)\s+/i.exec(after);
  if (conjunction && tokensOf(capitalise(site.masked.slice(site.b + conjunction[0].length)))[0]?.pos === 'VERB') return undefined;
  const rewritten = tidy(join(before + (/^\s*[\p{L}\p{N}]/u.test(after) ? ' ' : ''), after.trimStart()));
  return grammatical(site, rewritten) && !endsMidPhrase(rewritten) ? rewritten : undefined;
}

/** The masked sentence from `from` to `to`, with emphasis marks ("**", "_") read as spaces: they are no words. */
function withoutEmphasis(site: SentenceSite, from: number, to: number): string {
  return site.masked.slice(from, to).replace(/\u0001+/g, (run, at: number) => (/^[*_~]+$/.test(site.text.slice(from + at, from + at + run.length)) ? ' '.repeat(run.length) : run));
}

/**
 * A verb with the deadline put on it ("let me know by Thursday", "reply
 * before Friday", "call me back ASAP", "grab your seat now"): the deadline is
 * the modifier, and the verb stays ("Can you let me know?").
 */
function timeOnly(site: SentenceSite): SentenceSite {
  const phrase = site.text.slice(site.a, site.b);
  const deadline = /\s(?:by|before|no later than|within|in the next)\s\S|\s(?:asap|as soon as possible|urgently|right now|now|today|tonight|this week|this weekend)$/i.exec(phrase);
  if (!deadline) return site;
  return { ...site, a: site.a + deadline.index };
}

/**
 * A definite determiner or possessive, which names a noun the reader knows:
 * "our", "this", "the". (After "a", the modifier is often what the phrase
 * says: "a [limited time]" is no "a time".)
 */
const NEEDS_NOUN = /^(?:the|this|that|these|those|our|your|my|their|his|her|its)$/i;

/**
 * A phrase that ends on the noun its determiner needs ("Our [year-end
 * discount] applies until the 31st"): only what modifies the noun goes ("Our
 * discount applies…"), not the noun with it ("Our applies…").
 */
function keptHead(site: SentenceSite): SentenceSite {
  const words = tokensOf(site.masked.slice(site.a, site.b)).filter((t) => t.pos !== 'PUNCT');
  const previous = tokensOf(site.masked.slice(0, site.a)).filter((t) => t.pos !== 'PUNCT').pop();
  if (words.length < 2 || words.at(-1)!.pos !== 'NOUN' || !previous || !NEEDS_NOUN.test(previous.text)) return site;
  // Only words that modify the noun come before it ("year-end", "end-of-quarter", "holiday");
  // "the [agreement for your signature]" is no modified "signature".
  const modifiers = site.masked.slice(site.a, site.b).trim().split(/\s+/).slice(0, -1);
  if (!modifiers.every((word) => word.includes('-') || ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokensOf(word)[0]?.pos ?? ''))) return site;
  const head = /\S+\s*$/.exec(site.text.slice(site.a, site.b));
  return head ? { ...site, b: site.a + head.index } : site;
}

/**
 * drop-modifier: the phrase modifies a noun or a verb and can go ("this
 * limited-time rate" → "this rate", "for a limited time" → "").
 */
export function dropModifier(found: SentenceSite): string | undefined {
  const site = keptHead(timeOnly(found));
  const { text } = site;
  // A time clause that opens the sentence is no modifier: "[Once they're gone], we're booked" (see dropClause).
  if (SUBORDINATOR.test(text.slice(site.a)) && !/[\p{L}\p{N}]/u.test(text.slice(0, site.a))) return undefined;
  let a = site.a;
  let b = site.b;
  // ", for a limited time," — the commas that set it off go with it.
  const commaBefore = /,\s*$/.exec(text.slice(0, a));
  const commaAfter = /^\s*,/.exec(text.slice(b));
  if (commaBefore && commaAfter) {
    a -= commaBefore[0].length;
    b += commaAfter[0].length;
  } else if (commaAfter && /^\s*,\s*(?:through|until|till|from|on|at|for|in)\b/i.test(text.slice(b))) {
    // "Offer valid [while supplies last], through Sunday": the comma that closed it goes with it.
    b += commaAfter[0].length;
  }
  let after = text.slice(b);
  // "Lock in launch pricing [before it disappears] on **March 31**": the date stays as the
  // deadline it was ("…by **March 31**"); left alone, "on March 31" would become the day to act.
  const datedAfter = /^\s+(?:on|at)\s+(?=[*_]*(?:\p{Lu}|\d))/u.exec(after);
  if (datedAfter && /^\s*before\s+\S+\s+(?:(?:is|are)\s+)?\S+$/i.test(text.slice(a, b))) after = ` by ${after.slice(datedAfter[0].length)}`;
  // "Grinders 25% off, [tonight only]": the comma that led to the phrase goes with it at the end.
  const before = /^[\s.!?…]*$/u.test(after) ? text.slice(0, a).replace(/[\s,;]+$/u, '') : text.slice(0, a);
  // "We've got limited time on those rates": the phrase is the verb's object, not a modifier.
  const previous = tokensOf(site.masked.slice(0, a)).filter((t) => t.pos !== 'PUNCT').pop();
  const next = tokensOf(site.masked.slice(b)).find((t) => t.pos !== 'PUNCT' || /[.!?,;]/.test(t.text));
  const head = tokensOf(site.masked.slice(site.a, site.b))[0];
  if (previous?.pos === 'VERB' && head?.pos !== 'ADP' && head?.pos !== 'ADV' && (!next || ['ADP', 'SCONJ', 'CCONJ', 'PUNCT'].includes(next.pos))) return undefined;
  // Nor the verb after an auxiliary: "I'll [get the paperwork] ready" → "I'll ready".
  if (previous?.pos === 'AUX' && head?.pos === 'VERB') return undefined;
  // "…the perfect time to lock in your savings": the phrase ends on a verb whose object follows;
  // dropping it would strand the object ("so your savings").
  const phrase = tokensOf(site.masked.slice(site.a, site.b)).filter((t) => t.pos !== 'PUNCT');
  const last = phrase.at(-1);
  const verbEnd = last?.pos === 'VERB' || (['ADP', 'PART', 'ADV'].includes(last?.pos ?? '') && phrase.at(-2)?.pos === 'VERB');
  if (verbEnd && next && ['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos)) return undefined;
  // A phrase that holds its noun phrase's head cannot go without its article: "This is a [once in a lifetime opportunity]." → "This is a."
  if ((!next || next.pos === 'PUNCT') && endsMidPhrase(before)) return undefined;
  // A modifier that opened the sentence takes the dash, colon or lost-dash "?" after it along:
  // "🔥Limited time ? every bulb is half price" → "🔥Every bulb is half price".
  if (!/[\p{L}\p{N}]/u.test(before)) after = capitalise(after.replace(/^\s*(?:[—–:?]|\s-)\s*/u, ''));
  const space = before.trim() && /^\s*(?:[\p{L}\p{N}\p{Sm}\p{So}\u0001]|[-–—]\s)/u.test(after) ? ' ' : '';
  let rewritten = join(before.trimEnd() + space, after.trimStart());
  if (!before.trim()) rewritten = capitalise(rewritten.trimStart());
  rewritten = tidy(rewritten);
  if (!hasWords(rewritten.replace(/\u0001/g, ''))) return undefined;
  return grammatical(site, rewritten) ? rewritten : undefined;
}

/** A purpose or result the pushed phrase was for: "move this forward so your survey can launch". */
const PURPOSE_AFTER = /^\s*,?\s*(?:so|so that|in order to|which means)\b/i;
/** A condition an offer hangs on: "15% off if we can close this by Friday". */
const CONDITION_BEFORE = /\bif\s+(?:we|you|I|they)\s+(?:can|could|are able to)\s+$/i;

/**
 * Whether swapping a pushed verb phrase for another ("figure out whether this
 * is a fit") is safe to apply unreviewed: not when the sentence goes on to
 * what the push was for, nor when an offer is conditioned on it (the swap is
 * then only a suggestion for the writer to weigh).
 */
export function fitsVerbSwap(site: SentenceSite): boolean {
  return !PURPOSE_AFTER.test(site.text.slice(site.b)) && !CONDITION_BEFORE.test(site.text.slice(0, site.a));
}

/**
 * replace-in-frame for a same-slot phrase: the alternative takes the phrase's
 * place, in the draft's case and apostrophe style.
 */
export function replaceInSlot(site: SentenceSite, replacement: string, check = true): string | undefined {
  const original = site.text.slice(site.a, site.b);
  let styled = matchStyle(replacement, original, site.text);
  if (site.a > 0 && !/[.!?…]\s*$/u.test(site.text.slice(0, site.a)) && !/^I\b/.test(styled)) {
    // Mid-sentence: the replacement's own sentence case does not apply, nor
    // does the capital of an "I" it replaces ("As discussed, I'll send …").
    if (/\p{Lu}/u.test(original[0] ?? '') === false || /^I\b/.test(original)) styled = decapitalise(styled);
  }
  const after = site.text.slice(site.b);
  // A replacement that ends a question or sentence itself must not double the punctuation after it.
  const trimmed = /[.!?]$/.test(styled) && /^[.!?]/.test(after) ? styled.slice(0, -1) : styled;
  // Only the seams are tidied: the rest of the sentence stays as the writer typed it.
  const joined = join(site.text.slice(0, site.a), trimmed + after);
  const seamEnd = joined.length - after.length;
  const rewritten = tidyAround(joined, site.a, seamEnd);
  return !check || grammatical(site, rewritten) ? rewritten : undefined;
}

/** The place a count of spots refers to: "in the May cohort", "for the workshop". */
const COUNTED_PLACE = /^\s*(?:in|for|on|at)\s+\S/i;

/**
 * replace-in-frame for a count of what is left. The clause with the count
 * goes (drop-clause); where the sentence stands on it, the place named keeps
 * a plain statement: "(There are) only 3 spots left in the May cohort." →
 * "We have openings in the May cohort."
 */
export function scarcityCount(site: SentenceSite): string[] {
  const { text } = site;
  const after = text.slice(site.b);
  // "We only have 2 spots left": the subject of "have" goes with the count.
  const owner = /^(?:only|just)\s+(?:have|has|got)\b/i.test(text.slice(site.a, site.b)) ? /(?:^|\s)(?:we|I|they)\s+$/i.exec(text.slice(0, site.a)) : null;
  const existential = owner ?? /(?:^|\s)(there(?:['’]?s| is| are|['’]re)|we(?:['’]ve| have)(?: got)?|(?:we|I)['’]?(?:re| are| am|m)(?: (?:holding|saving|keeping))?)\s+$/i.exec(text.slice(0, site.a));
  const clause = dropClause(site);
  // ("There are only 3 spots left in May" without its count is no sentence: "There are in May".)
  const dropped = existential && clause ? undefined : clause;
  // "…, so if you want one", "after which it goes to the waitlist": the count is what the rest points back to.
  if (!COUNTED_PLACE.test(after) || /\b(?:it|them|one|ones|those)\b/i.test(after)) return dropped === undefined ? [] : [dropped];
  const a = existential ? site.a - existential[0].trimStart().length : site.a;
  const lead = text.slice(0, a);
  // The count is pressure and nothing else: it goes with its clause where it can. Where the
  // sentence stands on it, the place keeps a plain statement ("We have openings in the May cohort").
  if (dropped !== undefined) return [dropped];
  // The statement starts a sentence or a clause of its own: "My calendar we have openings" is none.
  const opening = /[.!?…]\s*$/u.test(lead) || !/[\p{L}\p{N}]/u.test(lead);
  if (!opening && !/(?:[,;:—–]|\b(?:and|but|so))\s*$/iu.test(lead)) return [];
  const thing = countedThing(site.masked.slice(site.a, site.b), after);
  if (thing === undefined) return [];
  const room = `${opening ? 'We' : 'we'} have ${thing}`;
  const rewritten = tidy(lead + room + after);
  return grammatical(site, rewritten) ? [rewritten] : [];
}

/** Places a count can be of: what is left of them is an opening. */
const PLACE = /^(?:spots?|seats?|slots?|places?|openings?|spaces?|appointments?|sessions?|dates?|positions?|rooms?|(?:mon|tues|wednes|thurs|fri|satur|sun)days|days|weeks|cohorts?)$/i;

/** Words that count without naming what: "a handful left", "the last few". */
const QUANTITY = /^(?:handful|few|couple|bunch|lot|number|dozen|hundred|thousand)s?$/i;

/** What a count with no noun of its own can be of, by the place after it: a time, a class, a calendar. */
const TIMED_PLACE =
  /^\s*(?:in|for|on|at)\s+(?:(?:the|our|this|next|each|every)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,2}?(?:cohorts?|class(?:es)?|sessions?|workshops?|courses?|programs?|programmes?|tours?|trips?|events?|calendar|schedule|diary|weeks?|days?|months?|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b/iu;

/**
 * What a count of what is left counts, as the plain statement names it: a
 * place is an opening ("only 2 slots left" → "openings"), a thing keeps its
 * name ("only 4 jackets left" → "jackets"). A count that names nothing ("a
 * handful left in most sizes") is of openings only where the place after it is
 * a time or a class ("in the May cohort"); otherwise there is nothing to name.
 */
function countedThing(phrase: string, after: string): string | undefined {
  const noun = tokensOf(phrase)
    .filter((t) => t.pos === 'NOUN' && /^\p{L}+$/u.test(t.text) && !/^(?:left|remaining)$/i.test(t.text))
    .at(-1);
  if (!noun || QUANTITY.test(noun.text)) return TIMED_PLACE.test(after) ? 'openings' : undefined;
  if (PLACE.test(noun.text)) return 'openings';
  // (One thing left, "only one jacket left", names no plural to say "we have" of.)
  if (!/s$/i.test(noun.text)) return undefined;
  return noun.text === noun.text.toUpperCase() ? noun.text.toLowerCase() : noun.text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}

/**
 * replace-in-frame for the writer acting before the prospect decided: "I've
 * gone ahead and added our roadside package" → "If it would help, I can add our
 * roadside package". The verb after "and" takes its base form (the model's
 * lemma); the writer's person stays.
 */
export function offerInstead(site: SentenceSite): string[] {
  const phrase = site.text.slice(site.a, site.b);
  const act = /\band\s+(\S+)(.*)$/su.exec(phrase);
  const verb = act && tokensOf(act[1])[0];
  // (A past form the model has no lemma for, "pencilled" → "penciled", cannot be put in the base form.)
  if (!act || !verb || !/^\p{L}+$/u.test(verb.lemma) || /[^e]ed$/i.test(verb.lemma)) return [];
  const we = /^\W*we\b/i.test(phrase);
  const lead = site.text.slice(0, site.a);
  const opening = !/[\p{L}\p{N}]/u.test(lead) || /[.!?…:]\s*$/u.test(lead);
  const offer = matchStyle(`${opening ? 'If' : 'if'} it would help, ${we ? 'we' : 'I'} can ${verb.lemma.toLowerCase()}${act[2]}`, '', site.text);
  const rewritten = tidy(lead + offer + site.text.slice(site.b));
  return grammatical(site, rewritten) ? [rewritten] : [];
}
