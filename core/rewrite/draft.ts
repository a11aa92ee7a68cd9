/**
 * "Rewrite this draft for trust": every move on the draft planned together,
 * then applied once — not swap-and-re-lint. The plan:
 *   1. each sentence with findings is rewritten once, its findings' moves
 *      composed (a sentence that is nothing but pressure goes whole);
 *   2. a re-engagement message gets one apology opener where it belongs;
 *   3. it ends up with exactly one question that makes "no" safe.
 * Facts, names, numbers, merge tags, URLs, the signature, the quoted reply and
 * line endings stay; a draft with no findings comes back byte-identical, and
 * rewriting a rewrite changes nothing.
 */
import type * as Diff from 'diff';
import { lint, readDraftFor, type LintOptions } from '../engine.js';
import { detectFormat, draftView } from '../segment/index.js';
import { mapRewrite, type DraftView } from '../segment/view.js';
import type { Draft, Edit, Finding, Segment } from '../types.js';
import { NO_PRESSURE_QUESTIONS, SAFE_QUESTION } from './chasing.js';
import { rewriteSource } from './lazy.js';
import { movedApology, OPENER_START, openerInsertion, opensWithResponsibility } from './opener.js';
import { announcedBy, leansOnPrevious, orphanedByTime, removal, sentenceEdit } from './phrase.js';
import { groupBySentence, planSentence, TAKE_ASKED } from './sentence-plan.js';
import { sentenceSpans, sentencesOf } from './sentences.js';

export interface RewriteOptions extends LintOptions {
  /**
   * The findings the rewrite may act on, from a lint of `text`: the front ends
   * drop what suppression comments silence (and, for a selection, what lies
   * outside it).
   */
  select?: (text: string, findings: Finding[]) => Finding[];
}

export interface DraftRewrite {
  /** The rewritten draft (the input itself when nothing needed a change). */
  output: string;
  /** The findings of the input. */
  findings: Finding[];
  /** Findings the rewrite could not resolve (the writer's call). */
  remaining: Finding[];
}


/** Rewriting converges in one plan; a second and third only mop up what the first made visible. */
const MAX_PLANS = 3;

export function rewriteDraft(text: string, options: RewriteOptions = {}): DraftRewrite {
  const select = options.select ?? ((_: string, findings: Finding[]) => findings);
  const findings = select(text, lint(text, options));
  const format = options.format ?? detectFormat(text, { filePath: options.filePath, languageId: options.languageId });
  const view = findings.length > 0 ? draftView(text, format) : undefined;
  if (view) return rewriteThroughView(text, view, findings, options);
  return rewritePlain(text, findings, options, select);
}

/** The plan, repeated until the draft is clean or stops changing. */
function rewritePlain(
  text: string,
  findings: Finding[],
  options: LintOptions,
  select: (text: string, findings: Finding[]) => Finding[],
): DraftRewrite {
  let output = text;
  let current = findings;
  for (let plan = 0; plan < MAX_PLANS && current.length > 0; plan++) {
    const next = planOnce(output, current, options);
    if (next === output) break;
    output = next;
    current = select(output, lint(output, options));
  }
  return { output, findings, remaining: current };
}

let diffModule: typeof Diff | undefined;

/**
 * The diff library, loaded on first use (only a draft read through a view,
 * HTML or encoded e-mail, needs it): the bundles load it from dist/diff.cjs
 * (build.mjs, LAZY_CHUNKS) with esbuild's `require`; under tsx there is none.
 */
function diffLibrary(): typeof Diff {
  return (diffModule ??= (
    typeof require === 'function'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('diff')
      : process.getBuiltinModule('node:module').createRequire(import.meta.url)('diff')
  ) as typeof Diff);
}

/**
 * An HTML template or an encoded message: the draft a reader sees (its view)
 * is rewritten, and each change is carried back to the source where it edits
 * source text exactly (never across a tag, an entity or encoded text; such a
 * change is left for the writer).
 */
function rewriteThroughView(text: string, view: DraftView, findings: Finding[], options: RewriteOptions): DraftRewrite {
  const viewOptions: LintOptions = { ...options, format: view.format, filePath: undefined };
  const viewed = rewritePlain(view.text, lint(view.text, viewOptions), viewOptions, (_, found) => found);
  const edits = viewEdits(view.text, viewed.output);
  // A paragraph is rewritten whole or not at all: one change that cannot be carried to the
  // source (it crosses a tag or an entity) would leave its neighbours' changes reading as nonsense.
  const mapped = edits.map(({ edit, whole }) => {
    const source = mapRewrite(view, { title: '', edits: [edit] })?.edits[0];
    return source && whole ? withElement(text, source) : source;
  });
  const failed = new Set(edits.filter((_, i) => mapped[i] === undefined).map(({ paragraph }) => paragraph));
  const kept = mapped.filter((edit, i): edit is Edit => edit !== undefined && !failed.has(edits[i].paragraph));
  const output = applyEdits(text, kept);
  return { output, findings, remaining: output === text ? findings : lint(output, options) };
}

/**
 * A removed paragraph that is all of an HTML block's text takes the block
 * with it (and the line it stood on), so no empty `<p></p>` is left behind.
 */
function withElement(source: string, edit: Edit): Edit {
  // (Inline elements that held only that text go too: "<p><strong>Ends in 6 hours</strong></p>".)
  const open = /(?:\r?\n[ \t]*)?<(p|div|li|h[1-6]|blockquote)(?:\s[^<>]*)?>(?:\s*<(?:strong|b|em|i|u|span|font|a)(?:\s[^<>]*)?>)*$/i.exec(
    source.slice(Math.max(0, edit.start - 1000), edit.start),
  );
  if (!open) return edit;
  const close = new RegExp(`^(?:</(?:strong|b|em|i|u|span|font|a)\\s*>\\s*)*</${open[1]}\\s*>`, 'i').exec(source.slice(edit.end, edit.end + 200));
  return close ? { start: edit.start - open[0].length, end: edit.end + close[0].length, text: '' } : edit;
}

/** Paragraphs of a view's text (blank lines apart), with their offsets. */
function paragraphsOf(text: string): Array<{ start: number; text: string }> {
  const paragraphs: Array<{ start: number; text: string }> = [];
  const blank = /\r?\n[ \t]*\r?\n\s*/g;
  let start = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    paragraphs.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  paragraphs.push({ start, text: text.slice(start) });
  return paragraphs;
}

/**
 * The view's changes as edits of the original view text, each with the
 * original paragraph it belongs to. Paragraphs are matched first, so a
 * paragraph the plan added (the opener) is an insertion before the next one,
 * never words aligned with another paragraph's; a rewritten paragraph is then
 * compared word by word.
 */
function viewEdits(before: string, after: string): Array<{ edit: Edit; paragraph: number; whole?: boolean }> {
  const old = paragraphsOf(before);
  const next = paragraphsOf(after);
  const edits: Array<{ edit: Edit; paragraph: number; whole?: boolean }> = [];
  let i = 0;
  let j = 0;
  const parts = diffLibrary().diffArrays(old.map((p) => p.text), next.map((p) => p.text));
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const count = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      i += count;
      j += count;
      continue;
    }
    // A removal followed by an addition: each rewritten paragraph is paired with the original it
    // shares most words with (in order); the others were removed or added whole.
    const removed = part.removed ? count : 0;
    const following = part.removed ? parts[k + 1] : undefined;
    const added = part.added ? count : following?.added ? (following.count ?? following.value.length) : 0;
    if (following?.added) k++;
    // (The opener the plan inserted as its own paragraph is an insertion: never paired with the
    // paragraph it happens to stand before.)
    const candidates = next.slice(j, j + added).map((p, y) => ({ y, text: p.text })).filter((p) => !p.text.startsWith(OPENER_START));
    const pairs = pairParagraphs(
      old.slice(i, i + removed).map((p) => p.text),
      candidates.map((p) => p.text),
    ).map(([x, y]): [number, number] => [x, candidates[y].y]);
    const pairedOld = new Map(pairs.map(([x, y]) => [x, y]));
    const pairedNew = new Set(pairs.map(([, y]) => y));
    for (let x = 0; x < removed; x++) {
      const from = old[i + x];
      const y = pairedOld.get(x);
      if (y === undefined) {
        edits.push({ edit: { start: from.start, end: from.start + from.text.length, text: '' }, paragraph: i + x, whole: true });
        continue;
      }
      for (const edit of wordEdits(from.text, next[j + y].text)) {
        edits.push({ edit: { start: from.start + edit.start, end: from.start + edit.end, text: edit.text }, paragraph: i + x });
      }
    }
    // Added paragraphs go before the original paired with the next rewritten one (or the next unchanged one).
    for (let y = 0; y < added; y++) {
      if (pairedNew.has(y)) continue;
      const texts = [next[j + y].text];
      while (y + 1 < added && !pairedNew.has(y + 1)) texts.push(next[j + ++y].text);
      const later = pairs.find(([, py]) => py > y);
      const at = later ? i + later[0] : i + removed < old.length ? i + removed : -1;
      const edit: Edit =
        at >= 0
          ? { start: old[at].start, end: old[at].start, text: `${texts.join('\n\n')}\n\n` }
          : { start: before.length, end: before.length, text: `\n\n${texts.join('\n\n')}` };
      edits.push({ edit, paragraph: at >= 0 ? at : old.length - 1 });
    }
    i += removed;
    j += added;
  }
  return edits;
}

const WORD = /[\p{L}\p{N}']+/gu;
/** Words of four letters and more, and numbers: what a paragraph is about, not its function words. */
const CONTENT_WORD = /\p{L}{4,}|\p{N}+/gu;

/** The share of `b`'s words that `a` has too. */
function overlap(a: string, b: string, word = WORD): number {
  const words = (text: string): string[] => text.toLowerCase().match(word) ?? [];
  const have = new Set(words(a));
  const wanted = words(b);
  return wanted.length === 0 ? 0 : wanted.filter((w) => have.has(w)).length / wanted.length;
}

/**
 * Pairs rewritten paragraphs with originals, in order, most shared words
 * first (a dynamic programme over the two short lists); a pair shares at least
 * a third of the rewrite's words. Between two such pairs (or the ends), as
 * many originals as rewrites are rewritten in place; otherwise each rewrite
 * goes with the original it shares content words with.
 */
function pairParagraphs(old: readonly string[], next: readonly string[]): Array<[number, number]> {
  const all = (n: number): number[] => Array.from({ length: n }, (_, k) => k);
  const matched = bestPairs(all(old.length), all(next.length), (x, y) => {
    const s = overlap(old[x], next[y]);
    return s >= 1 / 3 ? s : 0;
  });
  const pairs: Array<[number, number]> = [];
  let [x0, y0] = [0, 0];
  for (const [x1, y1] of [...matched, [old.length, next.length] as [number, number]]) {
    if (x1 - x0 === y1 - y0) for (let d = 0; d < x1 - x0; d++) pairs.push([x0 + d, y0 + d]);
    else {
      const xs = all(x1 - x0).map((d) => x0 + d);
      const ys = all(y1 - y0).map((d) => y0 + d);
      pairs.push(...bestPairs(xs, ys, (x, y) => overlap(old[x], next[y], CONTENT_WORD)));
    }
    if (x1 < old.length) pairs.push([x1, y1]);
    [x0, y0] = [x1 + 1, y1 + 1];
  }
  return pairs;
}

/** The in-order pairs of `xs` with `ys` with the highest total score (a score of 0 never pairs). */
function bestPairs(xs: readonly number[], ys: readonly number[], score: (x: number, y: number) => number): Array<[number, number]> {
  const best: number[][] = Array.from({ length: xs.length + 1 }, () => new Array<number>(ys.length + 1).fill(0));
  for (let i = xs.length - 1; i >= 0; i--) {
    for (let j = ys.length - 1; j >= 0; j--) {
      const s = score(xs[i], ys[j]);
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], s > 0 ? s + best[i + 1][j + 1] : 0);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < xs.length && j < ys.length; ) {
    const s = score(xs[i], ys[j]);
    if (s > 0 && best[i][j] === s + best[i + 1][j + 1]) pairs.push([xs[i++], ys[j++]]);
    else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  return pairs;
}

/** Word-level edits turning `before` into `after`. */
function wordEdits(before: string, after: string): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  let pending: Edit | undefined;
  for (const part of diffLibrary().diffWordsWithSpace(before, after)) {
    if (!part.added && !part.removed) {
      if (pending) edits.push(pending);
      pending = undefined;
      at += part.value.length;
      continue;
    }
    pending ??= { start: at, end: at, text: '' };
    if (part.removed) {
      at += part.value.length;
      pending.end = at;
    } else {
      pending.text += part.value;
    }
  }
  if (pending) edits.push(pending);
  return edits;
}

/**
 * A selection rewritten: the plan acts only on findings inside [start, end)
 * of the original text, and a single plan runs (text outside moves).
 */
export function rewriteRange(text: string, start: number, end: number, options: RewriteOptions = {}): DraftRewrite {
  const select = options.select ?? ((_: string, findings: Finding[]) => findings);
  const findings = select(text, lint(text, options)).filter((f) => f.start >= start && f.end <= end);
  if (findings.length === 0) return { output: text, findings, remaining: [] };
  const output = planOnce(text, findings, options, false);
  return { output, findings, remaining: select(output, lint(output, options)) };
}

/**
 * One plan over the draft's current findings; returns the rewritten text.
 * Without `whole`, only the findings' sentences change (a selection).
 */
function planOnce(text: string, findings: readonly Finding[], options: LintOptions, whole = true): string {
  const reengagement = findings.some((f) => f.ruleId === 'missing-apology-opener' || (rewriteSource(f)?.opener ?? false));
  // (A draft that already makes "no" easy needs no question for it.)
  let asked = SAFE_QUESTION.test(text) || EASY_NO.test(text);
  const wantQuestion = reengagement && !asked;

  // 1. Sentences.
  const groups = groupBySentence(findings);
  const edits: Edit[] = [];
  const used = new Set<string>();
  // A draft that already asks for the prospect's take gets the question that makes stepping back safe,
  // not a second "where things stand".
  let takeAsked = ASKS_TAKE.test(text);
  if (takeAsked) used.add(TAKE_ASKED);
  // The safe question ends the message: a chase with more said after it goes, and the question
  // is added at the end (step 3), not asked before the context.
  // (A call script keeps its question in the turn: the other speaker answers it.)
  const read = whole && wantQuestion ? readDraftFor(text, options) : undefined;
  const draft = read?.format === 'script' ? undefined : read;
  // The segment (a speaker's turn, a paragraph) where a safe question was last put.
  let askedIn: number | undefined;
  for (const group of groups) {
    const last = !draft || fragmentSegment(group.segment) || nothingSaidAfter(draft, group.sentence.end);
    let rewritten = planSentence(group, asked, wantQuestion && last, used, true);
    if (rewritten === undefined) continue;
    if (!last) rewritten = withoutSafeQuestion(rewritten);
    if (rewritten === NO_PRESSURE_QUESTIONS[0] && takeAsked) rewritten = NO_PRESSURE_QUESTIONS[2];
    takeAsked ||= ASKS_TAKE.test(rewritten);
    // The next sentence points back at one that goes ("If you want it, …"): it goes with it.
    const leaning = rewritten === '' ? leansOnPrevious(text, group.segment, group.sentence) : undefined;
    // A sentence that only announced this one ("Here's the thing, though.") goes with it.
    const announcer = rewritten === '' ? announcedBy(text, group.segment, group.sentence) : undefined;
    if (leaning || announcer) {
      edits.push(removal(text, group.segment, { start: announcer?.start ?? group.sentence.start, end: leaning?.end ?? group.sentence.end }));
      continue;
    }
    if (rewritten === '' && answeredBelow(text, group.segment, group.sentence) && askedIn !== group.segment.start) {
      // The other speaker answers this question: a question without the pressure keeps the turn
      // (unless the turn asks one already).
      const question = NO_PRESSURE_QUESTIONS[asked ? 1 : 0];
      if (!asked) asked = true;
      askedIn = group.segment.start;
      edits.push(sentenceEdit(text, group.sentence.start, text.slice(group.sentence.start, group.sentence.end), question));
      continue;
    }
    // (A subject line that asks it is no question in the message.)
    if (SAFE_QUESTION.test(rewritten) && !fragmentSegment(group.segment)) {
      asked = true;
      askedIn = group.segment.start;
    }
    const original = text.slice(group.sentence.start, group.sentence.end);
    if (rewritten === original) continue;
    edits.push(rewritten === '' ? removal(text, group.segment, group.sentence) : sentenceEdit(text, group.sentence.start, original, rewritten));
    // "After that, the match is gone." once the date it followed went: it goes too.
    const orphan = rewritten === '' ? undefined : orphanedByTime(text, group.segment, group.sentence, rewritten);
    if (orphan) edits.push(removal(text, group.segment, orphan));
  }
  let output = closeBlankRuns(text, applyEdits(text, edits));
  if (!whole) return output;

  // 2. The opener.
  if (findings.some((f) => f.ruleId === 'missing-apology-opener')) {
    const after = readDraftFor(output, options);
    if (!opensWithResponsibility(after)) {
      // An apology the draft makes later moves up; otherwise the opener goes in.
      // (In the apostrophes of the draft as written: the sentences that showed them may be gone.)
      const style = `${text.slice(0, 4_000)}\n${output.slice(0, 4_000)}`;
      const edits = movedApology(after, style) ?? [openerInsertion(after, style)].filter((edit): edit is Edit => edit !== undefined);
      output = applyEdits(output, edits);
    }
  }

  // 3. One question that makes "no" safe.
  if (reengagement && !asked && !SAFE_QUESTION.test(output)) {
    const after = readDraftFor(output, options);
    const insertion = questionInsertion(after);
    if (insertion) output = applyEdits(output, [insertion]);
  }
  return output;
}

/** A speaker's label opening a line: "PROSPECT:", "Dana:", "**Them:**". */
const TURN_LABEL = /^[ \t]*[*_]{0,2}[\p{L}][\p{L}\p{N} .'’-]{0,30}[*_]{0,2}:/u;

/**
 * A question that ends a call script's turn, with the next line another
 * speaker's answer: removing it would leave the answer replying to nothing.
 */
function answeredBelow(text: string, segment: Segment, sentence: { start: number; end: number }): boolean {
  if (segment.kind !== 'speaker-line' || !/\?["”’')\]]*\s*$/u.test(text.slice(sentence.start, sentence.end))) return false;
  if (text.slice(sentence.end, segment.end).trim() !== '') return false;
  const next = /^[^\S\r\n]*\r?\n(?:[^\S\r\n]*\r?\n)*([^\r\n]*)/.exec(text.slice(segment.end));
  return next !== null && TURN_LABEL.test(next[1]);
}

/**
 * A paragraph whose every sentence went leaves its line breaks behind: the
 * blank lines close up to one, unless the draft itself has such runs.
 */
function closeBlankRuns(before: string, after: string): string {
  if (/(?:\r?\n[ \t]*){3}/.test(before)) return after;
  return after.replace(/(?:\r?\n[ \t]*){3,}/g, (run) => (run.includes('\r') ? '\r\n\r\n' : '\n\n'));
}

/** Applies non-overlapping edits in one go. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    output += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return output + text.slice(cursor);
}

/**
 * The safe question, added as the last sentence of the message's last body
 * paragraph (before a sign-off, the signature and any quoted reply).
 */
function questionInsertion(draft: Draft): Edit | undefined {
  const paragraphs = bodyParagraphs(draft);
  // The last paragraph that says something (not only "Call me at 555-0188.").
  const last = [...paragraphs].reverse().find((p) => !sentencesOf(p).every((s) => CLOSING_LINE.test(draft.source.slice(s.start, s.end)))) ?? paragraphs.at(-1);
  if (!last) return undefined;
  // A draft that already asks for the prospect's take gets the question that makes stepping back safe,
  // not a second "where things stand".
  const question = NO_PRESSURE_QUESTIONS[ASKS_TAKE.test(draft.source) ? 2 : 0];
  // The question comes before the paragraph's closing lines ("Please call me back at 555-0103. Thanks!").
  const sentences = sentencesOf(last);
  let at = sentences.length;
  while (at > 1 && CLOSING_LINE.test(draft.source.slice(sentences[at - 1].start, sentences[at - 1].end))) at--;
  // "Any thoughts?" is the ask the question makes: the question takes its place rather than stacking on it.
  const ask = sentences[at - 1];
  if (ask && BARE_ASK.test(draft.source.slice(ask.start, ask.end))) return { start: ask.start, end: ask.end, text: question };
  if (at === sentences.length) return { start: last.end, end: last.end, text: ` ${question}` };
  return { start: sentences[at].start, end: sentences[at].start, text: `${question} ` };
}

/**
 * The writer already makes "no" an easy answer: "If the timing isn't right,
 * just let me know", "Let me know either way", "a no is completely fine".
 */
const EASY_NO =
  /\b(?:(?:let me know|tell me) either way|either (?:way|answer) is (?:fine|okay|ok|completely fine)|if (?:the )?timing isn['’]?t right|if (?:it|this)(?:['’]s| is) not (?:a (?:fit|priority)|right for you)|(?:a )?no is (?:a )?(?:fine|completely fine|okay|ok|a perfectly good)(?: answer)?|(?:happy|glad) to step back)\b/i;

/** A rewritten sentence without the safe question a move made of its chase (step 3 asks it at the end). */
function withoutSafeQuestion(rewritten: string): string {
  const kept = sentenceSpans(rewritten).map((span) => {
    const sentence = rewritten.slice(span.start, span.end);
    // The greeting it opened with stays ("Hi {{first_name}}, would you be open …?" → "Hi {{first_name}},").
    return SAFE_QUESTION.test(sentence) ? (GREETING_LEAD.exec(sentence)?.[0].trimEnd() ?? '') : sentence;
  });
  return kept.filter((sentence) => sentence !== '').join(' ');
}

/** A greeting that opens a sentence: "Hi {{first_name}}, ", "Hey Sam! ". */
const GREETING_LEAD = /^\s*(?:hi|hey|hello|dear)\b[^,!.?]{0,40}[,!]\s*/i;

function fragmentSegment(segment: Segment): boolean {
  return segment.kind === 'subject' || segment.kind === 'heading';
}

/** The body paragraphs of a message: where its sentences, and the safe question, go. */
/**
 * A mailing's footer: the boilerplate under every campaign ("You're getting
 * this because…", "Unsubscribe", "© 2025"). A closed set of stock lines, so a
 * pattern rather than a parse.
 */
const FOOTER =
  /\b(?:unsubscribe|opt[- ]out|you(?:['’]re| are) (?:receiving|getting) this|(?:manage|update) (?:your )?(?:email |mailing )?preferences|all rights reserved|view (?:this|it|this email) (?:email )?in (?:your|a) browser|no longer wish to receive)\b|©/i;

function bodyParagraphs(draft: Draft): Segment[] {
  // Nothing from the footer on is the message's body.
  const footer = draft.segments.find((s) => FOOTER.test(draft.source.slice(s.start, s.end)))?.start ?? Infinity;
  return draft.segments.filter(
    (s) =>
      (s.kind === 'paragraph' || s.kind === 'speaker-line' || s.kind === 'list-item') &&
      s.start < footer &&
      s !== draft.greeting &&
      /[.!?…]["”’')\]]*\s*$/u.test(draft.source.slice(s.start, s.end)),
  );
}

/** Nothing but closing lines follows `at` in the message's body. */
function nothingSaidAfter(draft: Draft, at: number): boolean {
  return bodyParagraphs(draft).every((segment) =>
    sentencesOf(segment).every((s) => s.end <= at || CLOSING_LINE.test(draft.source.slice(Math.max(s.start, at), s.end)) || !/[\p{L}\p{N}]/u.test(draft.source.slice(Math.max(s.start, at), s.end))),
  );
}

/**
 * A sentence that closes a message rather than saying something: how to call
 * back, a bare number, or thanks ("Call me back at 555-0103.", "555-0176.", "Thanks, Tom!",
 * "Let me know!").
 */
const CLOSING_LINE =
  /^\W*(?:(?:please\s+)?(?:give (?:me|us) a (?:call|ring)|call (?:me|us)(?: back)?|reach (?:me|us)|you can reach (?:me|us)|my (?:cell|number|direct line) is)\b.*|(?:thanks|thank you|cheers|talk soon|let me know|have a (?:great|good) (?:day|week|weekend))\b[^.!?]{0,30}[.!?]*|\+?[\d(][\d\s().-]{5,}\d[.!]*)\s*$/i;

/**
 * A sentence that only asks for a reaction, with nothing of its own: "Any
 * thoughts?", "What do you think?". A closed list of stock asks, so a pattern
 * rather than a parse.
 */
const BARE_ASK = /^\W*(?:any (?:thoughts|feedback|questions|reactions)(?: (?:on|about) (?:this|that|it))?|thoughts|what do you think|what are your thoughts|how does (?:this|that) sound|does (?:this|that) sound (?:good|ok|okay|right))\s*[?.!]+["”’')\]]*\s*$/i;

/** The rebuilt chases' asks (chasing.ts): the draft already asks where the prospect stands. */
const ASKS_TAKE = /\b(?:your honest take|where you['’]ve landed|what you think of|where things landed|wanted to ask (?:if|whether|where|how))\b/i;
