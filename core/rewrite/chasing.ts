/**
 * The two chasing frames. A chasing verb is rebuilt around what it applies to;
 * a chasing question becomes one question that makes "no" a safe answer.
 *
 * The word lists here are closed classes (pronouns, auxiliaries, the
 * prepositions a chasing verb takes), which a tagger gets wrong more often
 * than a list does ("I'm" and "Im" come out as names); that is why they are
 * written by hand. Everything open-class (is there a fact, is there a verb) is
 * asked of the NLP library through moves.ts.
 */
import { capitalise, decapitalise, dropClause, terminalOf, tidy, type SentenceSite } from './moves.js';
import { factsIn, tokensOf } from './nlp.js';

/** Words that can stand between a clause's start and a chasing verb: the subject and its auxiliaries. */
const SUBJECT_AUX = new Set([
  'i', 'we', "i'm", 'im', "we're", 'am', 'are', 'was', 'were', "i've", "we've", 'have', 'has', 'had', "i'd", "we'd",
  'would', 'just', 'also', 'really', 'simply', 'only', 'quickly', 'wanted', 'want', 'wanting', 'needed', 'thought', 'like',
  'love', 'to', 'again', 'am', 'be',
]);

const SUBJECTS = new Set(['i', 'we', "i'm", 'im', "we're", "i've", "we've", "i'd", "we'd"]);

/** What a chasing verb applies to: "(again) on/about the proposal". */
/** Our own earlier message as the object, before what it was about ("my last email about "). */
const ABOUT_MESSAGE = /^(?:my|our)\s+(?:(?:last|previous|earlier|recent)\s+)?(?:message|email|e-mail|note|voicemail)\s+(?:about|on|regarding|re:?)\s+(?=\S)/i;
const OBJECT_PREPOSITION = /^\s*(?:(?:again|once more|one more time|here)\s+)?(?:on|about|regarding|re:?|in regards? to|with regards? to|after|around)\s+/i;

/** "A friendly reminder that the proposal …": what the reminder says is the sentence. */
const THAT_CLAUSE = /^\s*that\s+(?=\S)/i;

/** "with the numbers": what a chase brings along (a thing, not a person). */
const SHARED = /^\s*with\s+(?=(?:the|our|my|some|a|an|this|these|those|two|three|a few)\s)/i;
const PEOPLE = /^(?:\S+\s+){0,3}?(?:team|colleague|colleagues|manager|boss|people|folks|him|her|them|partner|partners|ceo|cfo|cto|founder|director|lead|rep|you)\b/i;

/** "to see if/where …": the question the chase was really asking. */
const SEE_QUESTION = /^\s*(?:to|and) (?:see|ask|find out|check|learn|hear)\s+(?=(?:if|whether|where|how|what|when|who|why)\b)/i;

/**
 * "since Tuesday", "since our demo", "since we last spoke": the time the chase
 * counts from (not a "since" of cause: "since we haven't seen you").
 */
const SINCE = /^\s*since\s+(?:(?:we|I) (?:last )?(?:spoke|talked|met|connected|chatted)\b|(?!(?:we|I|you|they|it|there|he|she)\b)\S)/i;
/** "since I sent (you) the quote": what the silence followed is the writer's own message. */
const SINCE_SENT = /^\s*since\s+(?:I|we)\s+(?:sent|shared|emailed|forwarded)(?:\s+(?:you|over|along|through))*\s+(?=(?:the|my|our|your|a|an)\s)/i;
const SINCE_SPOKE = /^\s*since\s+(?:we|I) (?:last )?(?:spoke|talked|met|connected|chatted)\b/i;
/**
 * "since Tuesday", "since last week", "since the 12th": a time, not an event
 * to think back on (days, months, seasons and relative times are a closed class).
 */
const SINCE_TIME =
  /^\s*since\s+(?:(?:last|this|early|late|mid|the start of|the end of)[ -])?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|^\s*since\s+(?:(?:last|this|early|late|mid|the start of|the end of)[ -])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|^\s*since\s+(?:(?:last|this|early|late|mid|the start of|the end of)[ -])?(?:week|month|year|quarter|spring|summer|fall|autumn|winter|yesterday|then|earlier|before|the \d|\d)/i;

/**
 * A trailing clause that only tells of the silence or the chase ("… since I
 * haven't heard from you", "…, so I wanted to circle back", "…, so we wanted to
 * make sure it didn't get lost"): once the chase is
 * an honest question, it no longer follows from it, and goes.
 */
const SILENCE_TAIL =
  /,?\s+(?:since|because|as|so)\s+(?:I|we)\s+(?:still\s+)?(?:haven['’]?t|have not|hadn['’]?t|didn['’]?t|did not|never|wanted to|want to|thought I['’]?d|am|['’]?m)\s+(?:heard|gotten|got|received|circle|check|follow|touch|bump|ping|following|checking|circling|touching|bumping|make sure (?:it|this|that|you|the|my|our))\b[^.!?]*(?=[.!?…]*["”’')\]]*\s*$)/iu;

function withoutSilence(text: string): string {
  return text.replace(SILENCE_TAIL, '');
}

/** Openers for an object the prospect can weigh in on, in the writer's person. */
function takeOpeners(we: boolean): string[] {
  const subject = we ? 'we' : 'I';
  return [
    `${subject}'d value your honest take on `,
    `${subject}'d like to hear what you think of `,
  ];
}

/** Where the chase's subject and auxiliaries start, before `a`: "I'm just [following up]". */
function subjectStart(text: string, a: number): { start: number; we: boolean } {
  let start = a;
  let we = false;
  const words = [...text.slice(0, a).matchAll(/[\p{L}'’]+/gu)].reverse();
  for (const word of words) {
    const between = text.slice(word.index + word[0].length, start);
    if (/[^\s]/u.test(between)) break;
    const lower = word[0].toLowerCase().replace(/’/g, "'");
    if (!SUBJECT_AUX.has(lower)) break;
    start = word.index;
    if (SUBJECTS.has(lower)) we = lower.startsWith('we');
  }
  // The phrase itself may hold the subject ("I'm following up").
  const inside = text.slice(start, a + 12).toLowerCase();
  if (/^we\b|^we['’]/.test(inside)) we = true;
  return { start, we };
}

/** The end of the clause that starts at `from`: the next clause delimiter or the terminal punctuation. */
function clauseEnd(text: string, from: number): number {
  const body = text.length - terminalOf(text).length;
  const rest = text.slice(from, body);
  const stop = /\s*(?:[;:]|\s[—–-]\s|[—–]|,\s+(?:so|and|but|or|because|since|which|if|whenever)\b|,\s+(?=\p{Lu}))/u.exec(rest);
  return stop ? from + stop.index : body;
}

/** Sentence-initial text before the chase: only a greeting or vocative ("Hi {{first_name}}, "). */
function leadIn(text: string, start: number): string {
  return text.slice(0, start);
}

/** Re-attaches text after the lead-in, in the case that position needs. */
function afterLeadIn(lead: string, rest: string): string {
  if (!lead.trim() || /[.!?…]\s*$/u.test(lead)) return lead + capitalise(rest);
  return lead + (/^I\b/.test(rest) ? rest : decapitalise(rest));
}

/**
 * A match that takes in what the chase applies to ("wanted to check in on the
 * proposal", an entry over `%contact`) ends at the verb: the object is what
 * the rebuilt sentence keeps.
 */
function verbOnly(site: SentenceSite): SentenceSite {
  const verb = CHASE_VERB_BEFORE_OBJECT.exec(site.text.slice(site.a, site.b));
  return verb ? { ...site, b: site.a + verb.index + verb[0].length } : site;
}

/** The chasing verb, then the preposition of its object. */
const CHASE_VERB_BEFORE_OBJECT = /\b(?:follow(?:s|ed|ing)? up|check(?:s|ed|ing)? in|touch(?:es|ed|ing)? base|circl(?:e|es|ed|ing) back)\b(?=\s+(?:on|about|regarding|re)\s)/i;

/**
 * replace-in-frame for a chasing verb. Each option is a whole rewritten
 * sentence; none is offered that does not fit this sentence.
 */
export function chasingVerb(found: SentenceSite): string[] {
  const site = verbOnly(found);
  const { text } = site;
  const { start, we } = subjectStart(text, site.a);
  const lead = leadIn(text, start);
  // A chase inside a subordinate clause ("… so I'm just following up", "since I haven't heard back")
  // cannot be rebuilt there: its clause goes, or nothing fits.
  if (/\b(?:since|because|as|so|and|but)\s*$/i.test(lead)) {
    const dropped = dropClause({ ...site, a: start });
    return dropped ? [dropped] : [];
  }
  // "haven't heard back from you on the proposal": the prospect is not the topic.
  const fromYou = /^\s*from (?:you|your team|your side|your end)\b/i.exec(text.slice(site.b));
  const b = site.b + (fromYou?.[0].length ?? 0);
  const after = text.slice(b);
  const options: string[] = [];

  const object = OBJECT_PREPOSITION.exec(after);
  if (object) {
    const objectStart = b + object[0].length;
    const objectText = text.slice(objectStart, clauseEnd(text, objectStart)).trim();
    if (objectText && !/^(?:you|your team|him|her|them)\b/i.test(objectText)) {
      // "my message about the pilot": the take asked for is on the pilot, not on the message.
      const rest = withoutSilence(text.slice(objectStart)).replace(ABOUT_MESSAGE, '');
      for (const opener of takeOpeners(we)) options.push(tidy(afterLeadIn(lead, opener + rest)));
      return options;
    }
  }

  // "following up with the pilot numbers": the writer is sharing something.
  const shared = SHARED.exec(after);
  if (shared && !PEOPLE.test(after.slice(shared[0].length))) {
    options.push(tidy(afterLeadIn(lead, `${we ? 'we' : 'I'} wanted to share ${after.slice(shared[0].length)}`)));
    return options;
  }

  const see = SEE_QUESTION.exec(after);
  if (see) {
    const rest = text.slice(b + see[0].length);
    options.push(tidy(afterLeadIn(lead, `${we ? 'we' : 'I'} wanted to ask ${rest}`)));
    return options;
  }

  const that = THAT_CLAUSE.exec(after);
  if (that && start === leadEnd({ ...site, a: start })) {
    options.push(tidy(afterLeadIn(lead, capitalise(after.slice(that[0].length)))));
    return options;
  }

  // "since I sent the revised quote" → "I'd value your honest take on the revised quote".
  const sent = SINCE_SENT.exec(after);
  if (sent) {
    const rest = withoutSilence(after.slice(sent[0].length));
    for (const opener of takeOpeners(we)) options.push(tidy(afterLeadIn(lead, opener + rest)));
    return options;
  }

  // "since our demo on the 12th" → "I've been thinking about our demo on the 12th"; "since we last
  // spoke about X" → "… about our last conversation about X"; "since Tuesday" is only the silence.
  const since = SINCE.exec(after);
  if (since && !SINCE_TIME.test(after)) {
    const spoke = SINCE_SPOKE.exec(after);
    const topic = spoke ? `our last conversation${after.slice(spoke[0].length)}` : after.slice(since[0].length - 1).trimStart();
    options.push(tidy(afterLeadIn(lead, `${we ? "we've" : "I've"} been thinking about ${topic}`)));
    return options;
  }

  // Nothing it applies to: the chase is a clause of its own, or the whole sentence.
  const chase: SentenceSite = { ...site, a: start, b };
  const dropped = dropClause(chase);
  if (dropped !== undefined && dropped !== '') options.push(dropped);
  else if (dropped === '' || /^\s*[.!?…]*["”’')\]]*\s*$/u.test(after)) {
    options.push(...noPressureQuestions(chase));
  }
  return options;
}

/** A no-pressure question of this shape is asked already (one per message). */
export const SAFE_QUESTION = /\b(?:whatever you decide|even if the answer is no|where (?:do )?you think we should go from here|should I step back|is this still worth|where things stand)\b[^?\n]{0,80}\?/i;

/** Questions that make "no" a safe answer (seeds 000–002). */
export const NO_PRESSURE_QUESTIONS = [
  'Would you be open to sharing where things stand, even if the answer is no?',
  'Where do you think we should go from here?',
  'Is this still worth exploring for you, or should I step back?',
] as const;

/**
 * The sentence replaced by a no-pressure question, when it states no fact
 * beyond the chase ("Any updates?", "Did you see my last email?"). A greeting
 * before it stays.
 */
function noPressureQuestions(site: SentenceSite): string[] {
  const lead = leadEnd(site);
  // Everything between the greeting and the chase, and after it, must state nothing.
  if (site.fragment) return [];
  if (factsIn(site.masked.slice(lead, site.a), site.text.slice(lead, site.a)).length > 0) return [];
  if (factsIn(site.masked.slice(site.b), site.text.slice(site.b)).length > 0) return [];
  const leadText = site.text.slice(0, lead);
  return NO_PRESSURE_QUESTIONS.map((question) => tidy(afterLeadIn(leadText, question)));
}

/**
 * The greeting a chasing sentence opens with, when the greeting is all it
 * says besides the chase ("Hi {{first_name}}, did you get my voicemail from
 * Monday?" → "Hi {{first_name}},"): what stays of it once the message has
 * asked its one question. Undefined when there is no greeting, or the
 * sentence states something after the chase.
 */
export function greetingBefore(site: SentenceSite): string | undefined {
  const lead = leadEnd(site);
  if (lead === 0 || site.fragment) return undefined;
  if (factsIn(site.masked.slice(lead, site.a), site.text.slice(lead, site.a)).length > 0) return undefined;
  return site.text.slice(0, lead).trimEnd();
}

/** The end of a greeting or vocative that opens the sentence ("Hi Jess! ", "Hi {{first_name}}, "), a label before it included. */
function leadEnd(site: SentenceSite): number {
  // (A bold label may come first: "**Integrations:** Hi {{first_name}}, ".)
  const m = /^\s*(?:[\u0001*_]*\p{L}[\p{L}\p{N} '’&/-]{0,30}:[\u0001*_]*\s+)?(?:(?:hi|hey|hello|dear)\b[^,!.]{0,40}[,!]\s*|(?:\u0001+|\p{Lu}[^\s,]{0,30}),\s+)/iu.exec(site.masked.slice(0, site.a));
  return m ? m[0].length : 0;
}

/** "review the proposal", "look at the numbers": the verb of "a chance to VERB" and its object. */
const CHANCE_OBJECT = /^\s*(?:(?:take a |have a )?(?:look (?:at|over|through)|review|read|go (?:over|through)|check out|consider|think about|dig into)\s+)(.+?)\s*(?:yet|so far)?\s*$/i;

/**
 * replace-sentence for a chasing question. "Did you get a chance to review the
 * proposal?" keeps what it asked about: "Whenever it suits you, I'd value your
 * honest take on the proposal." A question with no object becomes one of the
 * no-pressure questions.
 */
export function chasingQuestion(site: SentenceSite): string[] {
  const { text } = site;
  const terminal = terminalOf(text);
  const body = text.slice(0, text.length - terminal.length);
  const object = CHANCE_OBJECT.exec(body.slice(site.b));
  const lead = leadInBefore(site);
  // A chase that wraps the question ("I wanted to follow up and see if …") goes with it.
  const wrapper = /^\s*(?:(?:I|we)\s+)?(?:just\s+)?(?:(?:wanted|want|was|am|['’]m)\s+)?(?:to\s+)?(?:follow(?:ing)? up and\s+)?(?:see|ask|check|wondering|curious)\s*$/i.test(site.text.slice(0, site.a));
  const greetingOnly = wrapper || lead === '' || lead.length === leadEnd(site);
  // Words of the writer's own before the question ("I wanted to follow up and see if …"): no rewrite fits.
  if (!greetingOnly) return [];
  const topic = askedAbout(site);
  // "Any update on whether your manager approved it?" asks a question of its own.
  if (topic && /^(?:whether|if)\b/i.test(topic)) {
    return [tidy(afterLeadIn(lead, `Would you be open to sharing ${topic.replace(/^if\b/i, 'whether')}, even if the answer is no?`))];
  }
  if (topic) {
    return [
      tidy(afterLeadIn(lead, `Would you be open to sharing where things stand on ${topic}, even if the answer is no?`)),
      tidy(afterLeadIn(lead, `Where do you think we should go from here on ${topic}?`)),
    ];
  }
  if (object && /\b(?:chance|manage) to\s*$/i.test(text.slice(site.a, site.b))) {
    const thing = object[1];
    // "Did you get a chance to review it?" asks again about what the draft already named: it goes.
    if (/^(?:it|this|that|them|these|those)$/i.test(thing.trim())) return lead.trim() ? [] : [''];
    const start = wrapper ? '' : lead;
    return [
      tidy(afterLeadIn(start, `Whenever it suits you, I'd value your honest take on ${thing}.`)),
      tidy(afterLeadIn(start, `No pressure either way, but I'd love to hear what you think of ${thing}.`)),
    ];
  }
  return noPressureQuestions({ ...site, a: lead.length });
}

/**
 * What an "any update" question asks about, when that is all the sentence
 * holds: "Any update on the pilot?" → "the pilot".
 */
function askedAbout(site: SentenceSite): string | undefined {
  const terminal = terminalOf(site.text);
  if (!terminal.startsWith('?')) return undefined;
  const question = site.text.slice(site.a, site.text.length - terminal.length);
  if (!/^any\b/i.test(question)) return undefined;
  const m = /\b(?:on|about|regarding|with)\s+(.+)$/i.exec(question);
  if (!m || /^(?:your|my) (?:end|side|last email)\b/i.test(m[1])) return undefined;
  return m[1].trim();
}

/** The part of the sentence before the question that may stay: a greeting, or nothing. */
function leadInBefore(site: SentenceSite): string {
  const before = site.text.slice(0, site.a);
  const greeting = leadEnd(site);
  if (greeting > 0 && !/[\p{L}\p{N}]/u.test(before.slice(greeting).replace(/\b(?:just|curious|quick question|so)\b/giu, ''))) {
    return before.slice(0, greeting);
  }
  return tokensOf(before).length === 0 || !/[\p{L}\p{N}]/u.test(before.replace(/\b(?:just|curious|quick question|so|and)\b/giu, ''))
    ? ''
    : before;
}

/**
 * A subject line that only chases. With a topic after it ("Following up on
 * the Q3 quote") the subject names the topic; alone, it asks a plain question.
 */
export function chasingSubject(site: SentenceSite): string[] {
  const after = site.text.slice(site.b);
  const object = OBJECT_PREPOSITION.exec(after);
  // A merge tag alone before the chase ("{{first_name}}, bumping this") stays, with a plain subject.
  const lead = site.text.slice(0, site.a);
  if (!/[\p{L}\p{N}]/u.test(site.masked.slice(0, site.a)) && /\S/.test(lead) && !/[\p{L}\p{N}]/u.test(site.masked.slice(site.b))) {
    return [`${lead.replace(/[\s,:;–—-]+$/u, '')}, a quick question`];
  }
  if (object) {
    const topic = after.slice(object[0].length);
    return [`${lead}A question about ${topic}`, `${lead}Your honest take on ${topic}`];
  }
  const maskedAfter = site.masked.slice(site.b);
  if (/[\p{L}\p{N}]/u.test(maskedAfter)) {
    return [lead + capitalise(after.replace(/^[\s:,!?.–—-]+/u, ''))];
  }
  return [`${lead}An honest question`, `${lead}A quick question`];
}
