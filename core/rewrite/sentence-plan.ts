/**
 * One sentence rewritten with all the findings in it: the moves of each
 * phrase composed from the last to the first (so earlier offsets hold). Both
 * the quick fix of a sentence with several findings and the whole-draft
 * rewrite use it.
 */
import type { Finding, Segment } from '../types.js';
import { rewriteSource } from './lazy.js';
import { chasingQuestion, chasingSubject, chasingVerb, greetingBefore, NO_PRESSURE_QUESTIONS, SAFE_QUESTION } from './chasing.js';
import { capitalise, dropClause, dropModifier, dropSentence, maskInline, offerInstead, replaceInSlot, scarcityCount, tidy, type SentenceSite } from './moves.js';
import { endsMidPhrase, factsIn, hasVerb, tokensOf } from './nlp.js';
import { minimalEdit, siteOf, type PhraseSite } from './phrase.js';
import type { Span } from './sentences.js';
import type { PhraseRewrite } from './spec.js';

export interface SentenceGroup {
  segment: Segment;
  sentence: Span;
  sites: PhraseSite[];
}

/**
 * A "sentence" longer than this is no sentence a writer wrote (a run of markup,
 * a pasted blob): it is left as it is, and the model never reads it — its
 * tokenizer is superlinear on a long run without spaces.
 */
export const MAX_SENTENCE = 1_000;

/** The sentences one move makes of one sentence, best first. */
export function movesFor(rewrite: PhraseRewrite, sentenceSite: SentenceSite): string[] {
  if (sentenceSite.text.length > MAX_SENTENCE) return [];
  switch (rewrite.move) {
    case 'replace-in-frame':
      if (rewrite.frame === 'chasing-verb') return chasingVerb(sentenceSite);
      if (rewrite.frame === 'subject-line') return chasingSubject(sentenceSite);
      if (rewrite.frame === 'scarcity-count') return scarcityCount(sentenceSite);
      if (rewrite.frame === 'offer-instead') return offerInstead(sentenceSite);
      return rewrite.with.flatMap((replacement) => replaceInSlot(withDeadline(rewrite.frame, sentenceSite), replacement) ?? []);
    case 'replace-sentence':
      // A subject line or heading is no place for the long safe question: it names its topic plainly.
      // ("Any update on the proposal?" → "A question about the proposal".)
      if (sentenceSite.fragment) {
        const { text, a } = sentenceSite;
        const topic = /\s(?:on|about|with|regarding|re)\s+(?=\S)/i.exec(text.slice(a));
        const rest = topic ? text.slice(a + topic.index + topic[0].length).replace(/\s*\?\s*$/, '') : '';
        if (/[\p{L}\p{N}]/u.test(rest)) return [`${text.slice(0, a)}A question about ${rest}`];
        return chasingSubject(sentenceSite);
      }
      return chasingQuestion(sentenceSite);
    case 'drop-modifier':
      return [dropModifier(sentenceSite) ?? dropClause(sentenceSite)].filter((s): s is string => s !== undefined);
    case 'drop-clause':
      return [dropClause(sentenceSite)].filter((s): s is string => s !== undefined);
  }
}

/** A deadline right after a pushed verb phrase ("close the deal before year end"). */
const DEADLINE_AFTER =
  /^\s+(?:(?:this|next) (?:week|month)\b|(?:before|by)\s+(?:then|year[- ]end|the end of (?:the )?(?:year|quarter|month|week)|(?:this|next) (?:week|month|quarter)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today))\b/i;

/**
 * A pushed verb phrase takes its deadline with it: "keen to close the deal
 * before year end" → "keen to figure out whether this is a fit", not "… a fit
 * before year end" (the clock would stay).
 */
function withDeadline(frame: string, site: SentenceSite): SentenceSite {
  const deadline = frame === 'verb-phrase' ? DEADLINE_AFTER.exec(site.text.slice(site.b)) : null;
  return deadline ? { ...site, b: site.b + deadline[0].length } : site;
}

/**
 * One sentence with all its findings: the moves composed from the last
 * finding to the first (so earlier offsets hold). A sentence that states
 * nothing but pressure goes whole — or, in a re-engagement message that has
 * no safe question yet, becomes that question.
 */
/** Wordings a draft should not say twice: the rebuilt chases share them. */
const WORDINGS = ['honest take', "where you've landed", 'what you think of', 'where things stand', 'whenever it suits you'];

/** Wordings that ask for the prospect's take: a message asks that once. */
const ASKS = ['honest take', "where you've landed", 'what you think of'];
/** Marks, in `used`, a draft that asked for the prospect's take in its own words. */
export const TAKE_ASKED = 'take asked';

/**
 * The first option that repeats none of the wordings already used, else the
 * first; once the message has asked for the prospect's take, none that asks
 * again (the stacked "I'd value your honest take… I'd love to hear what you think…").
 */
function freshest(options: readonly string[], used: Set<string>, original: string): string | undefined {
  const asks = (text: string): boolean => ASKS.some((w) => text.toLowerCase().includes(w));
  const candidates = used.has(TAKE_ASKED) || ASKS.some((w) => used.has(w)) ? options.filter((option) => !asks(option) || asks(original)) : options;
  if (candidates.length === 0) return undefined;
  const fresh = candidates.find((option) => !WORDINGS.some((w) => used.has(w) && option.toLowerCase().includes(w)));
  const choice = fresh ?? candidates[0];
  for (const w of WORDINGS) if (choice.toLowerCase().includes(w)) used.add(w);
  return choice;
}

/**
 * `lossy`: the whole-draft rewrite, which must leave no pressure, drops a
 * sentence no move could rewrite even when it says more (its merge tags and
 * links excepted); a quick fix offers nothing rather than lose what it says.
 */
export function planSentence(group: SentenceGroup, asked: boolean, wantQuestion: boolean, used = new Set<string>(), lossy = false): string | undefined {
  const { segment, sentence } = group;
  const source = group.sites[0].source;
  const text = source.slice(sentence.start, sentence.end);
  if (text.length > MAX_SENTENCE) return undefined;
  const masked = segment.text.slice(sentence.start - segment.start, sentence.end - segment.start);
  // A table cell is a fragment when it is a label; a cell that holds a sentence is a sentence.
  const fragment = segment.kind === 'subject' || segment.kind === 'heading' || (segment.kind === 'table-cell' && !hasVerb(masked));
  const spans = group.sites.map((site) => ({ a: site.start - sentence.start, b: site.end - sentence.start, rewrite: site.rewrite }));

  // Nothing but pressure?
  let residue = masked;
  for (const { a, b } of spans) residue = residue.slice(0, a) + ' '.repeat(b - a) + residue.slice(b);
  const chasing = group.sites.some(
    (site) =>
      site.category === 'chasing' ||
      site.rewrite.move === 'replace-sentence' ||
      (site.rewrite.move === 'replace-in-frame' && site.rewrite.frame === 'chasing-verb'),
  );
  // (Pure pressure also means no other verb: "claim your seat and we'll see you" says something;
  // nor does a presumption that says what happens next: "I'll send over the contract today so we can
  // get this over the line" becomes "If it would help, I can share the terms today so we can figure out whether this is a fit".)
  const says = group.sites.some((site) => site.category === 'presumption' && site.rewrite.move === 'replace-in-frame');
  const pure = !fragment && !says && factsIn(residue, text).length === 0 && !tokensOf(residue).some((t) => t.pos === 'VERB');
  if (pure && group.sites.length > 1) {
    if (chasing && wantQuestion && !asked) return NO_PRESSURE_QUESTIONS[0];
    return '';
  }

  let current = text;
  let currentMasked = masked;
  const ordered = [...spans].sort((x, y) => y.a - x.a);
  let limit = Infinity;
  // Where a move cut the sentence off: everything from there to its end went.
  let cutFrom = Infinity;
  let unresolved = false;
  // A chase left standing beside a rebuilt one reads as nonsense ("I'd value your honest take on the
  // estimate so Im just following up"); other pressure left standing is the writer's call.
  const chasesLeft: string[] = [];
  for (const span of ordered) {
    // A later move rewrote this phrase's words too: gone with the rest of the sentence when that move
    // cut it off there ("…expires on March 31, so act now to lock it in." loses one clause with both);
    // otherwise whether it survived is for the re-lint to say.
    if (span.b > limit) {
      if (span.a < cutFrom) unresolved = true;
      continue;
    }
    const site: SentenceSite = { text: current, masked: currentMasked, a: span.a, b: span.b, fragment };
    const offered = movesFor(span.rewrite, site);
    // One safe question per message: once it is asked, a chasing question goes instead
    // (or, when it cannot go, asks in other words: "Hi {{first_name}}, where do you think …").
    let options = asked ? offered.filter((option) => !SAFE_QUESTION.test(option)) : offered;
    if (asked && options.length === 0 && chasing) options = dropSentence(site) !== undefined ? [''] : offered.slice(1);
    // A subject line or heading that names an offer and its clock keeps the offer ("50% off").
    // (A subject line with nothing left becomes a plain one; a sentence of a longer line just goes.)
    const kind = sentence.start <= segment.start && sentence.end >= segment.end ? segment.kind : 'part';
    let choice = fragment && CLOCK.test(current.slice(span.a, span.b)) ? stripFragment(site, kind) : freshest(options, used, current);
    // A chase after a greeting that must stay ("Hi {{first_name}}, did you get my voicemail?") once the
    // message has its question or ask: the greeting stays alone.
    if (choice === undefined && (asked || lossy) && chasing && isChase(span.rewrite)) choice = greetingBefore(site);
    // The whole-draft rewrite loses the clause rather than the sentence.
    if (choice === undefined && lossy && !fragment) choice = dropClause(site, true) || undefined;
    // A subject line or heading keeps its topic: the pressure is cut out of it.
    if (choice === undefined && fragment) choice = stripFragment(site, kind);
    if (choice === undefined) {
      unresolved = true;
      if (isChase(span.rewrite)) chasesLeft.push(current.slice(span.a, span.b));
      continue;
    }
    if (choice === '') return wantQuestion && !asked && chasing ? NO_PRESSURE_QUESTIONS[0] : '';
    const edit = minimalEdit(0, current, choice);
    limit = Math.min(limit, edit.start);
    if (edit.text === '' && /^\s*[.!?…]*["”’')\]]*\s*$/u.test(choice.slice(edit.start))) cutFrom = Math.min(cutFrom, edit.start);
    current = choice;
    currentMasked = maskInline(choice);
  }
  // What no move could rewrite goes with its sentence when the sentence says nothing else (or the
  // rewrite is lossy); otherwise it keeps what it says, with what the other moves did.
  if (unresolved && !fragment) {
    // (A chase another move rewrote along with its own words is gone, not left.)
    const chaseLeft = chasesLeft.some((phrase) => current.includes(phrase));
    if (!pure && !lossy) return chaseLeft || current === text ? undefined : current;
    // A merge tag or link the writer kept stays with its sentence; one inside the pressure itself
    // ("only {{seats_left}} seats left") goes with it.
    if (current === text ? hasMergeTagOrLink(residue, text) : hasMergeTagOrLink(currentMasked, current)) return current === text ? undefined : current;
    return wantQuestion && !asked && chasing ? NO_PRESSURE_QUESTIONS[0] : '';
  }
  return current;
}

function isChase(rewrite: PhraseRewrite): boolean {
  return rewrite.move === 'replace-sentence' || (rewrite.move === 'replace-in-frame' && rewrite.frame === 'chasing-verb');
}

function hasMergeTagOrLink(masked: string, text: string): boolean {
  return factsIn(masked.replace(/[^\u0001]/g, ' '), text).length > 0;
}

/** An offer's clock inside a phrase: "[50% off] ends tonight". */
const CLOCK = /(?<=\S)\s(?:ends|expires|closes|ending|expiring|closing|is ending|will end|will expire)\b/i;

/** Words that tied a cut-out phrase to the rest of a subject line or heading. */
const FRAGMENT_GLUE = /^[\s:,;!?.–—-]*(?:(?:to|on|for|about|re|and|so|but|with|of)\b[\s:,–—-]*)?/i;

/**
 * A subject line or heading with the pressure cut out: "Last chance to keep
 * your 2023 rate" → "Keep your 2023 rate". A heading with nothing left goes;
 * a subject with nothing left becomes a plain one.
 */
function stripFragment(site: SentenceSite, kind: string): string {
  // "50% off ends tonight" keeps what ends: the offer is the topic, its clock the pressure.
  const clock = CLOCK.exec(site.text.slice(site.a, site.b));
  if (clock) site = { ...site, a: site.a + clock.index };
  const before = site.text.slice(0, site.a).replace(/[\s:,;–—-]+$/u, '');
  const after = site.text.slice(site.b).replace(FRAGMENT_GLUE, '');
  const rest = tidy(before ? `${before} ${after}` : capitalise(after)).replace(/[\s,;:–—+&/|-]+$/u, '');
  if (/[\p{L}\p{N}]/u.test(maskInline(rest)) && !endsMidPhrase(rest)) return rest;
  if (kind !== 'subject') return '';
  // Only a merge tag is left ("{{first_name}}, bumping this up"): it stays, with a plain subject.
  return /[\p{L}\p{N}]/u.test(rest) ? `${rest.replace(/[\s,;:.!?–—-]+$/u, '')}, a quick question` : 'A quick question';
}


/** The phrase findings grouped by the sentence they are in (findings without a phrase site are skipped). */
export function groupBySentence(findings: readonly Finding[]): SentenceGroup[] {
  const groups: SentenceGroup[] = [];
  for (const finding of findings) {
    const phrase = rewriteSource(finding)?.phrase;
    if (!phrase) continue;
    const { sentence: found } = siteOf(phrase);
    // A closing quotation mark whose opening one is in an earlier sentence is not this sentence's to
    // rewrite or remove ("send: “Hi, …. [Any update?]”" keeps its ”).
    const said = phrase.source.slice(found.start, found.end);
    const sentence = /["”]$/.test(said) && !/["“]/.test(said.slice(0, -1)) && found.end - 1 >= phrase.end ? { ...found, end: found.end - 1 } : found;
    const group = groups.find((g) => g.segment.start === phrase.segment.start && g.sentence.start < sentence.end && sentence.start < g.sentence.end);
    if (group) {
      group.sites.push(phrase);
      group.sentence = { start: Math.min(group.sentence.start, sentence.start), end: Math.max(group.sentence.end, sentence.end) };
    } else {
      groups.push({ segment: phrase.segment, sentence, sites: [phrase] });
    }
  }
  return groups;
}
