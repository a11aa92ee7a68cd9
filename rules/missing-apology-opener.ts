/**
 * missing-apology-opener — a message re-engaging a prospect who went silent
 * whose opening (the greeting and the first two sentences) takes no
 * responsibility for the breakdown.
 *
 * Why: the prospect went quiet because they expect pressure. Opening with an
 * apology ("I may have dropped the ball", "that's on me") and saying the call is
 * not about the sale removes it and invites the truth back (seeds 000–002).
 *
 * Re-engagement signals: "haven't heard from you", "following up on my last
 * email", "reaching out again", "it's been a few weeks", "since we last spoke",
 * a `Re:`/"Following up" subject, front matter `type: re-engagement`.
 *
 * Not flagged: first-touch emails, internal docs and training pages (no
 * signal, or only quoted/negated ones), and openings that already apologise.
 * The rewrite (core/rewrite/opener.ts) inserts an apology opener after the
 * greeting, keeping the greeting, its merge tags and the draft's line endings.
 */
import { isMetaMention, isNegated, isNounUse } from '../core/context.js';
import { ruleDocsUrl } from '../core/docs.js';
import { memoByText } from '../core/memo.js';
import { compilePhraseTable, verbForms } from '../core/phrases.js';
import { frontLineCount, GREETING_START } from '../core/segment/front-lines.js';
import { isMetadataBlock } from '../core/segment/markdown.js';
import { salesPressurePhrases } from './sales-pressure-phrases.js';
import type { Rule } from '../core/rule.js';
import type { LazyRewrites } from '../core/rewrite/lazy.js';
import { movedApology, openerInsertion, openingRewrite, takesResponsibility } from '../core/rewrite/opener.js';
import type { Draft, Related, Rewrite, Segment } from '../core/types.js';

const RATIONALE =
  'A prospect who went silent expects pressure. Opening by taking responsibility for the breakdown, and saying this is not about the sale, removes that pressure and makes it safe to tell you the truth.';

/** Phrases in the prose that show the message re-engages a silent prospect. */
const BODY_SIGNALS: RegExp[] = [
  /\bhaven['’]?t (?:heard|gotten a reply|had a (?:reply|response)|been able to (?:reach|connect|get hold of))\b/gi,
  /\bhave not (?:heard|been able to reach)\b/gi,
  /\b(?:didn['’]?t|did not|never) hear back\b/gi,
  /\bfollow(?:ing|ed)?[- ]up (?:on|about|regarding) (?:my|our) (?:last|previous|earlier|recent|prior)\b/gi,
  /\b(?:reaching|writing|calling) (?:out )?(?:again|one more time|once more)\b/gi,
  /\breach(?:ing)? back out\b/gi,
  /\bit['’]?s been (?:a (?:few|couple(?: of)?)|several|some|two|three|four|\d+) (?:days|weeks|months)\b(?! since (?:your|the|their|his|her|its)\b)/gi,
  /\bit['’]?s been a (?:while|minute|bit)\b/gi,
  /\bsince (?:we|I) (?:last )?(?:spoke|talked|connected|met|chatted|heard)\b/gi,
  /\bsince (?:our|my) (?:last|previous) (?:call|email|e-mail|conversation|chat|meeting|note|message)\b/gi,
  /\b(?:my|our) (?:last|previous|earlier) (?:email|e-mail|message|note|voicemail)s?\b/gi,
  /\b(?:gone|went|have gone|has gone) (?:quiet|silent|dark)\b/gi,
  /\b(?:I['’]?ve|I have) (?:tried|been trying) (?:to )?(?:reach|call|get in touch|contact|connect)\b/gi,
  /\b(?:circling|checking|circle|check) back\b/gi,
  /\bcome back to (?:this|our conversation)\b/gi,
  /\bjust (?:following up|checking in|circling back|touching base|bumping this)\b/gi,
  /\bany updates?\b[^.!?\n]{0,40}\?/gi,
  /\bbumping this\b/gi,
  /\bdid you (?:get|have) a chance to\b/gi,
  /\b(?:slipped|fell|got lost|got buried) (?:through the cracks|in your inbox)\b/gi,
  /\bforwarding my (?:note|email|e-mail|message)\b/gi,
  /\b(?:sent|shared|emailed|left|mailed)\b[^.!?\n]{0,60}?\b(?:a (?:few|couple(?: of)?)|several|two|three|\d+) (?:days|weeks|months) ago\b/gi,
  /\b(?:I|we) (?:sent|shared|emailed|left|mailed|dropped off|submitted)\b[^.!?\n]{0,60}?\blast (?:week|month|monday|tuesday|wednesday|thursday|friday|time)\b/gi,
  /\b(?:make sure|check|see if) (?:it|my (?:email|e-mail|note|message|proposal|quote)|the (?:proposal|quote|estimate)) (?:didn['’]?t get|wasn['’]?t|hadn['’]?t been) (?:buried|lost)\b/gi,
  /\b(?:I['’]?ll|I will|I['’]?m going to) stop (?:reaching out|emailing|following up|filling your inbox|bugging you|checking in)\b/gi,
  /\b(?:don['’]?t|do not) want to (?:keep )?(?:bug|bugging|pester|pestering|nag|nagging|hound|bother|bothering) you\b/gi,
];

/**
 * The chasing and last-touch moves of the sales-pressure table, as
 * re-engagement cues: following up on an earlier contact, counting attempts,
 * a breakup line. Their own phrase data, so a paraphrase the table learns is
 * a cue here too. Subject-only entries are left to SUBJECT_SIGNAL.
 */
const CUE_ENTRIES = salesPressurePhrases.filter(
  (entry) => (entry.category === 'chasing' || entry.category === 'guilt') && entry.scope === undefined,
);
const cueMatcher = compilePhraseTable(CUE_ENTRIES);
const cueVerbs = new Map(
  CUE_ENTRIES.map((entry) => [entry, new Set(entry.patterns.flatMap((p) => [...p.matchAll(/~([a-z-]+)/g)].flatMap((m) => verbForms(m[1]))))]),
);

/** A subject line that marks a follow-up to a silent prospect. */
const SUBJECT_SIGNAL =
  /^\s*(?:(?:re:\s*)?(?:just |quick |gentle |friendly )?(?:following up|follow[- ]up(?![- ](?:notes?|meetings?|calls?|items?|tasks?|questions?|sessions?|plan|report|doc|template|sequence|cadence)\b)|checking in|circling back|touching base|still interested|any updates?)\b)|(?:^|[-–—:|]\s*)(?:just |quick )?(?:checking in|following up|circling back|bumping this)\b|^\s*(?:re:\s*)?(?:my |the )?(?:last|final) (?:one|email|e-mail|note|attempt|try|ping)\b|^\s*(?:re:\s*)?(?:before I (?:go|move on)|should I (?:close|stop)|closing the loop|breaking up)\b/i;

/** "Re:" alone marks a reply; it re-engages only when no reply is quoted below it. */
const REPLY_SUBJECT = /^\s*re\s*:/i;

/**
 * A subject that names a support ticket, case or order by its number ("Re:
 * [Ticket #4827] …"): the reply answers the customer's own request, not a
 * silence. A closed set of record words before a number ("Booking #4471").
 */
const RECORD_SUBJECT = /\b(?:ticket|case|order|request|incident|claim|invoice|issue|booking|reservation|job|ref(?:erence)?)\s*(?:no\.?|number|#|:)?\s*#?\d{3,}/i;

/** An opening that answers the prospect: the thread is active, not silent. */
const ANSWERING =
  /\b(?:thanks?|thank you)(?: so much)? for (?:getting in touch|reaching out|writing|your (?:reply|email|message|note|question|interest|response|inquiry|enquiry)|the (?:reply|quick reply|note|question|update))|\b(?:great|good) question\b|\bto answer your question\b|\bas you asked\b/i;

/** A quoted reply or an earlier message below the draft: the thread is active. */
const QUOTED_THREAD = /^(?:>|On .{4,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,})/im;
/** QUOTED_THREAD at one line start. */
const QUOTED_LINE = /(?:>|On .{4,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,})/iym;

/** A line after the first that may start QUOTED_THREAD: its openings, any case. */
const LINE_OPENING = /\n(?:>|[Oo][Nn] |--)/g;

function quotedLineAt(source: string, at: number): boolean {
  QUOTED_LINE.lastIndex = at;
  return QUOTED_LINE.test(source);
}

/**
 * Whether a line of `source` starts a quoted thread (QUOTED_THREAD). The
 * RegExp tried every position of a 1 MB draft on each keystroke; one scan
 * finds the lines that open with `>`, `On` or `--`, and only those are tried.
 * (That scan with the i flag, and with the other line terminators in it, took
 * 1 ms a keystroke of the 1 MB HTML template; `includes` finds those
 * terminators in a twentieth of the time.)
 */
function hasQuotedThread(source: string): boolean {
  // Other line terminators: the RegExp's own reading of lines.
  if (source.includes('\r') || source.includes('\u2028') || source.includes('\u2029')) return QUOTED_THREAD.test(source);
  if (quotedLineAt(source, 0)) return true;
  LINE_OPENING.lastIndex = 0;
  for (let m = LINE_OPENING.exec(source); m; m = LINE_OPENING.exec(source)) {
    if (quotedLineAt(source, m.index + 1)) return true;
  }
  return false;
}

/** Front-matter values that declare a re-engagement message. */
const FRONT_MATTER_SIGNAL = /re-?engage/i;

/**
 * A superset test for any signal in raw text (the engine's pre-scan, per draft
 * or per markdown block): the body signals without word boundaries, classes
 * that masking could satisfy widened and negative look-aheads dropped, a subject
 * signal, a reply subject, front matter.
 */
const MAY_SIGNAL = new RegExp(
  [
    ...BODY_SIGNALS.map((re) =>
      re.source
        .replace(/\\b/g, '')
        .replace(/\[\^\.!\?\\n\]/g, '[\\s\\S]')
        .replace(/\(\?!(?:[^()]|\([^()]*\))*\)/g, ''),
    ),
    // Drop the anchor and the white space after it: an unanchored leading \s*
    // re-scans every run of white space from each of its characters.
    SUBJECT_SIGNAL.source.replace(/\^\\s\*/g, '').replace(/\^/g, '').replace(/\\b/g, ''),
    '(?<![A-Za-z0-9])re\\s*:',
    FRONT_MATTER_SIGNAL.source,
  ].join('|'),
  'i',
);



/**
 * One sentence: everything up to terminal punctuation that is followed by white
 * space or the end ("$4.99/mo." and "e.g." stay inside). The two branches of the
 * loop are disjoint, so matching is linear.
 */
const SENTENCE = /(?:[^.!?…]|[.!?…](?![.!?…]*["”’')\]]*(?:\s|$)))+[.!?…]*["”’')\]]*/gu;

/** Abbreviations that do not end a sentence. */
const ABBREVIATION = /\b(?:mr|mrs|ms|dr|st|vs|etc|e\.g|i\.e|inc|ltd|co|jr|sr|approx|no)\.$/i;

interface Sentence {
  start: number;
  end: number;
}

/** Splits a segment's text into sentences with absolute offsets. */
function sentencesOf(segment: Segment): Sentence[] {
  const sentences: Sentence[] = [];
  let pending: Sentence | undefined;
  for (const m of segment.text.matchAll(SENTENCE)) {
    if (m[0].trim() === '') continue;
    const leading = m[0].length - m[0].trimStart().length;
    const sentence = { start: segment.start + m.index + leading, end: segment.start + m.index + m[0].trimEnd().length };
    if (pending) {
      pending.end = sentence.end;
    } else {
      pending = sentence;
    }
    if (!ABBREVIATION.test(m[0].trimEnd())) {
      sentences.push(pending);
      pending = undefined;
    }
  }
  if (pending) sentences.push(pending);
  return sentences;
}

/** Whether the body's first paragraphs answer something the prospect wrote. */
function answersProspect(draft: Draft): boolean {
  let read = 0;
  for (const segment of draft.segments) {
    if (segment.kind === 'subject') continue;
    if (ANSWERING.test(segment.text)) return true;
    if (++read === 3) break;
  }
  return false;
}

/** Whether this draft is a message to a prospect (not a page or an internal doc). */
function isMessage(draft: Draft): boolean {
  if (draft.format !== 'markdown') return true;
  return draft.greeting !== undefined || draft.subject !== undefined || frontMatterSignal(draft);
}

function frontMatterSignal(draft: Draft): boolean {
  const fm = draft.frontMatter;
  if (!fm) return false;
  return ['type', 'kind', 'category', 'channel', 'stage', 'sequence'].some((key) => {
    const value = fm[key];
    return typeof value === 'string' && FRONT_MATTER_SIGNAL.test(value);
  });
}

/**
 * A line that starts another message in a collection of templates: an ATX
 * heading or a `Subject:` line. Read in the source, not the segments, so the
 * markdown fast path (which skips blocks no rule can report in) agrees.
 */
const NEXT_MESSAGE = /^(?: {0,3}#{1,6}[ \t]| {0,3}[*_]{0,2}subject[*_]{0,2}[ \t]*:)/gim;

/**
 * The segments of the message whose opening is judged. A markdown page with a
 * greeting below headings or metadata (a template file, a playbook) holds the
 * message from that greeting to the next heading or `Subject:` line: a later
 * template's follow-up does not make the first one a re-engagement.
 */
function messageSegments(draft: Draft): readonly Segment[] {
  const { greeting } = draft;
  if (draft.format !== 'markdown' || !greeting) return draft.segments;
  const from = draft.segments.indexOf(greeting);
  if (from < 0) return draft.segments;
  NEXT_MESSAGE.lastIndex = greeting.end;
  const next = NEXT_MESSAGE.exec(draft.source);
  const boundary = next ? next.index : draft.source.length;
  return [greeting, ...draft.segments.slice(from + 1).filter((segment) => segment.start < boundary)];
}

/**
 * A metadata line above a template's greeting that declares a follow-up to
 * silence, as front matter can: "**Purpose:** second follow-up if no reply".
 */
const METADATA_SIGNAL =
  /^[\s\u0001*_]*(?:purpose|type|stage|timing|goal|use|when|trigger|sequence|context|scenario|send)[\u0001*_]*[ \t]*:[^\n]*?\b(?:follow[- ]?up|re-?engage\w*|no (?:reply|response)|hasn['’]?t (?:responded|replied|answered)|not (?:responded|replied)|gone (?:quiet|silent|dark)|break-?up)\b/im;

function metadataSignal(draft: Draft): Related | undefined {
  const { greeting } = draft;
  if (draft.format !== 'markdown' || !greeting) return undefined;
  for (const segment of draft.segments) {
    if (segment.start >= greeting.start) break;
    if (segment.kind === 'heading' || !isMetadataBlock(segment.text)) continue;
    const m = METADATA_SIGNAL.exec(segment.text);
    if (m) {
      const start = segment.start + m.index;
      return { start, end: start + m[0].length, message: 'Re-engagement signal: the template’s metadata declares a follow-up' };
    }
  }
  return undefined;
}

/**
 * The first chasing or last-touch move said in a text (not negated, quoted or
 * a noun), relative to the text; remembered per text, so a keystroke re-reads
 * only the paragraph it changed.
 */
const cueInText = memoByText((text: string): { start: number; end: number; said: string } | null => {
  for (const match of cueMatcher.scan(text)) {
    if (isNegated(text, match.start) || isMetaMention(text, match.start, match.end)) continue;
    const firstWord = /^[\p{L}]+/u.exec(text.slice(match.start, match.end))?.[0].toLowerCase();
    if (firstWord && cueVerbs.get(match.entry)?.has(firstWord) && isNounUse(text, match.start, match.end)) continue;
    return { start: match.start, end: match.end, said: text.slice(match.start, match.end).replace(/\s+/g, ' ') };
  }
  return null;
}, 8_192, true);

/** The first chasing or last-touch move said in a segment, in source offsets. */
function cueIn(segment: Segment): Related | undefined {
  const cue = cueInText(segment.text);
  if (!cue) return undefined;
  return { start: segment.start + cue.start, end: segment.start + cue.end, message: `Re-engagement signal: \`${cue.said}\`` };
}

/** The first re-engagement signal said in the prose (not negated or quoted). */
function findSignal(draft: Draft): Related | undefined {
  const subjectSignal =
    draft.subject &&
    (SUBJECT_SIGNAL.test(draft.subject.text) ||
      (REPLY_SUBJECT.test(draft.subject.text) && !RECORD_SUBJECT.test(draft.subject.text) && !hasQuotedThread(draft.source) && !answersProspect(draft)));
  if (draft.subject && subjectSignal) {
    const trimmed = draft.subject.text.trim();
    const start = draft.subject.start + draft.subject.text.indexOf(trimmed);
    return { start, end: start + trimmed.length, message: `Re-engagement signal: subject \`${trimmed}\`` };
  }
  let first: Related | undefined;
  let active: boolean | undefined;
  const activeThread = (): boolean => (active ??= answersProspect(draft) || hasQuotedThread(draft.source));
  for (const segment of messageSegments(draft)) {
    // Segments are in document order: a later one cannot hold an earlier signal.
    if (first) break;
    if (segment.kind === 'subject' || segment.kind === 'heading') continue;
    let cue = cueIn(segment);
    // A chasing word in a reply that answers the prospect, or sits above
    // their quoted message, belongs to an active thread: a weaker cue than
    // the body signals, it counts only where the thread has gone quiet.
    if (cue && activeThread()) cue = undefined;
    first = cue;
    // MAY_SIGNAL holds every body signal, widened (no \b, no negative
    // look-ahead, wider classes): where it finds nothing, none of them
    // matches. Compiling the 26 of them was about 8 ms of a cold `candor`
    // on a small draft with a chasing cue but no body signal.
    if (!MAY_SIGNAL.test(segment.text)) continue;
    for (const signal of BODY_SIGNALS) {
      signal.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = signal.exec(segment.text)) !== null) {
        const end = m.index + m[0].length;
        if (isNegated(segment.text, m.index) || isMetaMention(segment.text, m.index, end)) continue;
        const start = segment.start + m.index;
        // At the same place a body signal wins: it is the more specific name.
        if (!first || start <= first.start) {
          first = { start, end: segment.start + end, message: `Re-engagement signal: \`${m[0]}\`` };
        }
        break;
      }
    }
  }
  if (first) return first;
  if (frontMatterSignal(draft)) return { start: 0, end: 0, message: 'Re-engagement signal: front matter declares a re-engagement message' };
  const declared = metadataSignal(draft);
  if (declared) return declared;
  return undefined;
}

/** A caller naming themselves: "This is Sam from Acme", "It's Dana at Northwind", "My name is Lee". */
const SELF_INTRO = /^\W*(?:(?:hi|hey|hello)\b[^.!?]{0,40}?[,.!—–-]\s*)?(?:this is|it['’]?s|my name is|I['’]?m|I am)\s+(?:[A-Z\u0001][\p{L}\u0001'’-]*)(?:\s+(?:[A-Z\u0001][\p{L}\u0001'’-]*))?(?:\s+(?:from|at|with|calling|here)\b|[,.!—–-]|\s*$)/u;

interface Opening {
  /** Where the finding is anchored: the greeting, or the first sentence. */
  anchor: Sentence;
  /** The greeting and the first two sentences after it. */
  sentences: Sentence[];
}

function findOpening(draft: Draft): Opening | undefined {
  const body = draft.segments.filter((segment) => segment.kind !== 'subject' && segment.kind !== 'heading');
  const greeting = draft.greeting;
  let afterGreeting = body.filter((segment) => segment !== greeting && (!greeting || segment.start >= greeting.end));
  if (!greeting) {
    // A title line and metadata lines ("CALL SCRIPT — renewal", "Caller: Sam")
    // are not the opening: the message opens at its first spoken sentence.
    afterGreeting = afterGreeting.slice(frontLineCount(afterGreeting));
  }
  const sentences: Sentence[] = [];
  for (const segment of afterGreeting) {
    if (sentences.length >= 4) break;
    // (A "sentence" with no word in it, such as what is left of markup, "<>", opens nothing.)
    sentences.push(...sentencesOf(segment).filter((s) => /[\p{L}\p{N}]/u.test(segment.text.slice(s.start - segment.start, s.end - segment.start))));
  }
  // In a voicemail the caller's self-introduction ("This is Sam from Acme.")
  // comes before the opening proper, so it does not use up the window.
  const intro = sentences.slice(0, 3).findIndex((sentence) => SELF_INTRO.test(draft.source.slice(sentence.start, sentence.end)));
  const extra = intro >= 0 ? 1 : 0;
  if (greeting) {
    const anchor = trimmedRange(draft.source, greeting.start, greeting.end);
    if (!sentences[0]) return undefined;
    return { anchor, sentences: [anchor, ...sentences.slice(0, 2 + extra)] };
  }
  const first = sentences[0];
  if (!first) return undefined;
  // "Hi Jim, it's Kristen." — the greeting is the first sentence.
  const greets = GREETING_START.test(draft.source.slice(first.start, first.end));
  return { anchor: first, sentences: sentences.slice(0, (greets ? 3 : 2) + extra) };
}

/**
 * Chasing moves, and counting the chases ("I've reached out several times"), as opposed to
 * observing the silence ("I haven't heard back" can follow an apology).
 */
const CHASING_MOVE =
  /\b(?:(?:just |I['’]?m |I am |we['’]re )?(?:following up|checking in|circling back|touching base)|follow(?:ing)? up on my|bumping this|any updates?\b[^.!?\n]{0,40}\?|did you (?:get|have) a chance|circl(?:e|ing) back|check(?:ing)? back|(?:I['’]?ve|I have) (?:reached out|emailed|called|written)\b[^.!?\n]{0,30}\b(?:times|twice))\b/i;

/** The opening chases in the same breath ("Hi Tom, just following up…"): an apology before it would contradict it. */
function chasesInOpening(draft: Draft, opening: Opening): boolean {
  return opening.sentences.some((sentence) => CHASING_MOVE.test(draft.source.slice(sentence.start, sentence.end)));
}

/**
 * The opener's rewrites. An apology the draft makes later moves up (a second
 * one would repeat it); otherwise the opener goes in. When the opening chases,
 * the rewrite takes the chase with it, as a suggestion: "sorry" followed by
 * "just following up" contradicts itself.
 */
function openerRewrites(draft: Draft, opening: Opening): LazyRewrites {
  // Moving a sentence is for the writer to review: it is a suggestion, never the fix.
  const moved = (): Rewrite | undefined => {
    const edits = movedApology(draft);
    return edits && { title: 'Move your apology to the opening', edits };
  };
  const inserted = (): Rewrite | undefined => {
    const edit = openerInsertion(draft);
    return edit && { title: 'Open with an apology', edits: [edit] };
  };
  const lazy: LazyRewrites = { opener: true };
  // The opening chases when its words do, or when another finding there is a chase or a
  // last-touch line ("I was wondering where things are at", "I'm trying one more time");
  // the siblings are known once the draft is linted.
  const chases = (): boolean =>
    chasesInOpening(draft, opening) ||
    (lazy.siblings ?? []).some(
      (f) => (f.category === 'chasing' || f.category === 'guilt') && opening.sentences.some((s) => s.start <= f.start && f.end <= s.end),
    );
  lazy.fix = () => (chases() || movedApology(draft) ? undefined : inserted());
  lazy.suggestions = () => {
    const own = moved();
    if (own) return [own];
    // An apology above a chase it leaves standing contradicts itself: no option then.
    return chases() ? [openingRewrite(draft, lazy.siblings ?? [])].filter((rewrite): rewrite is Rewrite => rewrite !== undefined) : [];
  };
  return lazy;
}

function trimmedRange(source: string, start: number, end: number): Sentence {
  const text = source.slice(start, end);
  const leading = text.length - text.trimStart().length;
  return { start: start + leading, end: start + text.trimEnd().length };
}

export const missingApologyOpener: Rule = {
  meta: {
    id: 'missing-apology-opener',
    description: 'Flags a re-engagement message whose opening takes no responsibility for the silence.',
    docsUrl: ruleDocsUrl('missing-apology-opener'),
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    messages: {
      missing:
        'Re-engagement message opens with `{{text}}` and takes no responsibility; open with an apology and say this is not about the sale',
    },
  },
  mayReport: memoByText((source) => MAY_SIGNAL.test(source) || cueMatcher.mayMatch(source), 8_192),
  check(ctx) {
    const { draft } = ctx;
    if (!isMessage(draft)) return;
    const signal = findSignal(draft);
    if (!signal) return;
    const opening = findOpening(draft);
    if (!opening) return;
    const openingText = opening.sentences.map((s) => draft.source.slice(s.start, s.end)).join(' ');
    if (takesResponsibility(openingText)) return;
    const anchorText = draft.source.slice(opening.anchor.start, opening.anchor.end).replace(/\s+/g, ' ');
    ctx.report({
      messageId: 'missing',
      data: { text: anchorText.length > 60 ? `${anchorText.slice(0, 57)}…` : anchorText },
      start: opening.anchor.start,
      end: opening.anchor.end,
      category: 're-engagement',
      rationale: RATIONALE,
      // The opener is placed and worded by the rewrite layer (core/rewrite/opener.ts), when asked.
      // It is a fix only when the opening does not chase in the same breath: an
      // apology followed by "just following up…" contradicts itself, so that
      // draft needs the whole-draft rewrite, and gets a suggestion.
      rewrites: openerRewrites(draft, opening),
      related: [signal],
    });
  },
};
