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
import { diffWordsWithSpace } from 'diff';
import { lint, readDraftFor, type LintOptions } from '../engine.js';
import { detectFormat, draftView } from '../segment/index.js';
import { mapRewrite, type DraftView } from '../segment/view.js';
import type { Draft, Edit, Finding, Segment } from '../types.js';
import { NO_PRESSURE_QUESTIONS, SAFE_QUESTION } from './chasing.js';
import { rewriteSource } from './lazy.js';
import { movedApology, openerInsertion, opensWithResponsibility } from './opener.js';
import { leansOnPrevious, minimalEdit, removal, wholeTags } from './phrase.js';
import { groupBySentence, planSentence } from './sentence-plan.js';

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

/**
 * An HTML template or an encoded message: the draft a reader sees (its view)
 * is rewritten, and each change is carried back to the source where it edits
 * source text exactly (never across a tag, an entity or encoded text; such a
 * change is left for the writer).
 */
function rewriteThroughView(text: string, view: DraftView, findings: Finding[], options: RewriteOptions): DraftRewrite {
  const viewOptions: LintOptions = { ...options, format: view.format, filePath: undefined };
  const viewed = rewritePlain(view.text, lint(view.text, viewOptions), viewOptions, (_, found) => found);
  const edits: Edit[] = [];
  let at = 0;
  let pending: Edit | undefined;
  for (const part of diffWordsWithSpace(view.text, viewed.output)) {
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
  const mapped = edits.flatMap((edit) => mapRewrite(view, { title: '', edits: [edit] })?.edits ?? []);
  const output = applyEdits(text, mapped);
  return { output, findings, remaining: output === text ? findings : lint(output, options) };
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
  let asked = SAFE_QUESTION.test(text);
  const wantQuestion = reengagement && !asked;

  // 1. Sentences.
  const groups = groupBySentence(findings);
  const edits: Edit[] = [];
  const used = new Set<string>();
  for (const group of groups) {
    const rewritten = planSentence(group, asked, wantQuestion, used, true);
    if (rewritten === undefined) continue;
    // The next sentence points back at one that goes ("If you want it, …"): it goes with it.
    const leaning = rewritten === '' ? leansOnPrevious(text, group.segment, group.sentence) : undefined;
    if (leaning) {
      edits.push(removal(text, group.segment, { start: group.sentence.start, end: leaning.end }));
      continue;
    }
    if (rewritten === '' && answeredBelow(text, group.segment, group.sentence)) {
      // The other speaker answers this question: a question without the pressure keeps the turn.
      const question = NO_PRESSURE_QUESTIONS[asked ? 1 : 0];
      if (!asked) asked = true;
      edits.push(wholeTags(text, minimalEdit(group.sentence.start, text.slice(group.sentence.start, group.sentence.end), question)));
      continue;
    }
    if (SAFE_QUESTION.test(rewritten)) asked = true;
    const original = text.slice(group.sentence.start, group.sentence.end);
    if (rewritten === original) continue;
    edits.push(rewritten === '' ? removal(text, group.segment, group.sentence) : wholeTags(text, minimalEdit(group.sentence.start, original, rewritten)));
  }
  let output = applyEdits(text, edits);
  if (!whole) return output;

  // 2. The opener.
  if (findings.some((f) => f.ruleId === 'missing-apology-opener')) {
    const after = readDraftFor(output, options);
    if (!opensWithResponsibility(after)) {
      // An apology the draft makes later moves up; otherwise the opener goes in.
      const edits = movedApology(after) ?? [openerInsertion(after)].filter((edit): edit is Edit => edit !== undefined);
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
  const body = draft.segments.filter((s) => s.kind === 'paragraph' || s.kind === 'speaker-line' || s.kind === 'list-item');
  const last = [...body].reverse().find((s) => /[.!?…]["”’')\]]*\s*$/u.test(draft.source.slice(s.start, s.end)) && s !== draft.greeting);
  if (!last) return undefined;
  // A draft that already asks for the prospect's take gets the question that makes stepping back safe,
  // not a second "where things stand".
  const asksTake = ASKS_TAKE.test(draft.source);
  return { start: last.end, end: last.end, text: ` ${NO_PRESSURE_QUESTIONS[asksTake ? 2 : 0]}` };
}

/** The rebuilt chases' asks (chasing.ts): the draft already asks where the prospect stands. */
const ASKS_TAKE = /\b(?:your honest take|where you['’]ve landed|what you think of|where things landed|wanted to ask (?:if|whether|where|how))\b/i;
