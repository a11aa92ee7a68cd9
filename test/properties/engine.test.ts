/**
 * Engine properties over generated drafts (test/properties/arbitraries.ts):
 * findings stay inside the writer's prose and never touch a merge tag, lint is
 * deterministic and sorted, fixes touch only their edits and converge,
 * segments honour their contract, positions round-trip.
 *
 * Seeds are not fixed: every run explores new drafts. fast-check prints the
 * seed and the shrunk counterexample of a failure; keep it as a regression in
 * regressions.test.ts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, readDraftFor, type LintOptions } from '../../core/engine.js';
import { applyFixes, applyRewrites, fixText, MAX_FIX_PASSES } from '../../core/fix.js';
import { LineIndex } from '../../core/position.js';
import { findMergeTags } from '../../core/segment/mask.js';
import { MASK, type Draft, type Edit, type Finding, type Format, type Rewrite } from '../../core/types.js';
import { assumeTheSalePhrases } from '../../rules/assume-the-sale-phrases.js';
import { salesPressurePhrases } from '../../rules/sales-pressure-phrases.js';
import { documentArb, exampleSentences, junkArb, unmark, type GeneratedDoc, type Range } from './arbitraries.js';

/** Runs per property; the file's total is the sum (at least 10,000). */
export const RUNS = {
  findings: 1200,
  nonProse: 700,
  determinism: 250,
  fixes: 500,
  fixText: 300,
  positions: 4500,
  junk: 2500,
  fixJunk: 300,
  typography: 1000,
  spelling: 1200,
};

const APOSTROPHE_REQUIRED = /^(?:we're|we'll|i'll|we'd|she'll|he'll|she'd|he'd|i'd)$/i;

/** Every invalid example of the tables: its rule, its text and the marked range. */
const INVALID_EXAMPLES = [
  ...salesPressurePhrases.map((entry) => ['sales-pressure', entry] as const),
  ...assumeTheSalePhrases.map((entry) => ['assume-the-sale', entry] as const),
].flatMap(([ruleId, entry]) =>
  entry.examples.invalid.flatMap((example) => {
    const marked = typeof example === 'string' ? example : example.text;
    const { text } = unmark(marked);
    const open = marked.indexOf('[|');
    const close = marked.indexOf('|]');
    if (open < 0 || close < 0 || marked.indexOf('[|', open + 2) >= 0) return [];
    return [{ ruleId, id: entry.id, text, start: open, end: close - 2 }];
  }),
);

/** The phrase rules' findings as comparable tuples. */
function phraseFindings(findings: readonly Finding[], shift = 0): string[] {
  return findings.filter((f) => !DOCUMENT_LEVEL.has(f.ruleId)).map((f) => `${f.ruleId} ${f.start + shift} ${f.end + shift}`);
}

/** Same-length respellings that must not change what is flagged, or where. */
const RESPELLINGS: Record<string, (text: string) => string> = {
  'curly apostrophes': (t) => t.replace(/(\p{L})'(\p{L})/gu, '$1\u2019$2'),
  'straight apostrophes': (t) => t.replace(/(\p{L})\u2019(\p{L})/gu, "$1'$2"),
  'NBSP between words': (t) => t.replace(/(\p{L}) (?=\p{L})/gu, '$1\u00a0'),
  'narrow NBSP between words': (t) => t.replace(/(\p{L}) (?=\p{L})/gu, '$1\u202f'),
  'tabs between words': (t) => t.replace(/(\p{L}) (?=\p{L})/gu, '$1\t'),
  'soft line break after the first word': (t) => t.replace(/(\p{L}{2,}) (?=\p{L})/u, '$1\n'),
};

const FORMATS: readonly Format[] = ['markdown', 'email', 'html', 'script', 'text'];

/** How a property lints a generated draft: its own format, sniffed, by file name, or another format. */
const lintModeArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant<'own'>('own') },
  { weight: 2, arbitrary: fc.constant<'sniff'>('sniff') },
  { weight: 1, arbitrary: fc.constant<'path'>('path') },
  { weight: 2, arbitrary: fc.constantFrom(...FORMATS) },
);
type LintMode = 'own' | 'sniff' | 'path' | Format;

function optionsFor(doc: GeneratedDoc, mode: LintMode): LintOptions {
  if (mode === 'own') return { format: doc.format };
  if (mode === 'sniff') return {};
  if (mode === 'path') return { filePath: doc.filePath };
  return { format: mode };
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Whether `offset` falls between the halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** For every offset, whether it is prose the rules may flag: inside a segment and not masked. */
export function proseMap(draft: Draft): { inSegment: Uint8Array; unmasked: Uint8Array } {
  const n = draft.source.length;
  const inSegment = new Uint8Array(n);
  const unmasked = new Uint8Array(n);
  for (const seg of draft.segments) {
    for (let i = seg.start; i < seg.end; i++) {
      inSegment[i] = 1;
      if (seg.text[i - seg.start] !== MASK) unmasked[i] = 1;
    }
  }
  return { inSegment, unmasked };
}

function show(text: string, findings: readonly Finding[]): string {
  return findings.map((f) => `${f.ruleId} [${f.start},${f.end}) ${JSON.stringify(text.slice(f.start, f.end))}`).join('\n');
}

/** Document-level findings are anchored at a whole greeting or sentence, merge tags and all. */
const DOCUMENT_LEVEL = new Set(['missing-apology-opener']);

const overlaps = (a: number, b: number, range: Range): boolean => a < range[1] && range[0] < b;
const splits = (a: number, b: number, range: Range): boolean =>
  (a > range[0] && a < range[1]) || (b > range[0] && b < range[1]);

/** Checks the range invariants of one finding against the draft and the grammar's tags. */
function checkFinding(doc: { text: string; tags: Range[] }, map: ReturnType<typeof proseMap>, f: Finding): void {
  const { text } = doc;
  const where = `${f.ruleId} [${f.start},${f.end}) ${JSON.stringify(text.slice(f.start, f.end))}`;
  assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= text.length, `out of bounds: ${where}`);
  assert.ok(!splitsSurrogatePair(text, f.start) && !splitsSurrogatePair(text, f.end), `splits a surrogate pair: ${where}`);
  for (let i = f.start; i < f.end; i++) assert.ok(map.inSegment[i], `offset ${i} outside every segment: ${where}`);
  if (DOCUMENT_LEVEL.has(f.ruleId)) {
    for (const tag of doc.tags) assert.ok(!splits(f.start, f.end, tag), `splits merge tag ${JSON.stringify(text.slice(...tag))}: ${where}`);
  } else {
    assert.ok(f.end > f.start, `empty finding: ${where}`);
    // A whole merge tag may stand in a phrase for a count or a name ("only {{seats_left}} seats left");
    // nothing else masked may, and no tag is cut.
    // (The tags the masker finds: an example sentence may bring its own.)
    const tags: Range[] = [...doc.tags, ...findMergeTags(text, 0, text.length).map(([a, b]): Range => [a, b])];
    const inTag = (i: number): boolean => tags.some((tag) => tag[0] <= i && i < tag[1]);
    for (let i = f.start; i < f.end; i++) assert.ok(map.unmasked[i] || inTag(i), `offset ${i} is masked: ${where}`);
    for (const tag of tags) assert.ok(!splits(f.start, f.end, tag), `cuts merge tag ${JSON.stringify(text.slice(...tag))}: ${where}`);
  }
  for (const rewrite of [f.fix, ...f.suggestions]) {
    if (!rewrite) continue;
    for (const edit of rewrite.edits) {
      assert.ok(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length, `edit out of bounds: ${where}`);
      assert.ok(!splitsSurrogatePair(text, edit.start) && !splitsSurrogatePair(text, edit.end), `edit splits a surrogate pair: ${where}`);
      for (const tag of doc.tags) {
        assert.ok(!splits(edit.start, edit.end, tag) && !(edit.start === edit.end && edit.start > tag[0] && edit.start < tag[1]), `edit cuts merge tag: ${where}`);
      }
    }
  }
}

function checkSortedUnique(findings: readonly Finding[]): void {
  for (let i = 1; i < findings.length; i++) {
    const a = findings[i - 1];
    const b = findings[i];
    const order = a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
    assert.ok(order <= 0, `findings out of order at ${i}`);
    assert.ok(!(a.start === b.start && a.end === b.end && a.ruleId === b.ruleId && a.message === b.message), `duplicate finding at ${i}`);
  }
}

/** The same-named `applyRewrites` contract, written independently: greedy by first edit, whole or nothing, applied back to front. */
function referenceRewrites(text: string, rewrites: readonly Rewrite[]): { output: string; taken: Edit[]; applied: number } {
  const candidates = rewrites
    .filter((r) => r.edits.length > 0)
    .map((r) => {
      const edits = [...r.edits].sort((x, y) => x.start - y.start);
      return { edits, first: edits[0] };
    })
    .sort((x, y) => x.first.start - y.first.start || x.first.end - y.first.end);
  const taken: Edit[] = [];
  const conflict = (a: Edit, b: Edit): boolean =>
    a.start === a.end && b.start === b.end ? a.start === b.start : a.start < b.end && b.start < a.end;
  let applied = 0;
  for (const c of candidates) {
    if (c.edits.some((e) => taken.some((t) => conflict(e, t)))) continue;
    taken.push(...c.edits);
    applied++;
  }
  let output = text;
  for (const edit of [...taken].sort((a, b) => b.start - a.start || b.end - a.end)) {
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  }
  return { output, taken, applied };
}

/** Every tag string of the input is still in the output, as often. */
function tagCounts(text: string, tags: readonly Range[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [a, b] of tags) counts.set(text.slice(a, b), (counts.get(text.slice(a, b)) ?? 0) + 1);
  return counts;
}
function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * A line that is blank to every reader: only spaces and tabs between two line
 * breaks. Segmenters break lines at LF and CRLF; a lone CR (which LSP and
 * LineIndex count as a break) is not one to them: see regressions.test.ts.
 */
function spansBlankLine(source: string, start: number, end: number): boolean {
  return /\r?\n[ \t]*\r?\n/.test(source.slice(start, end));
}

/** Checks the segment contract of a draft read from `text`. */
export function checkSegments(text: string, draft: Draft): void {
  assert.equal(draft.source, text);
  assert.ok(draft.bodyStart >= 0 && draft.bodyStart <= text.length, `bodyStart ${draft.bodyStart}`);
  let previousEnd = 0;
  draft.segments.forEach((seg, i) => {
    const where = `segment ${i} ${seg.kind} [${seg.start},${seg.end}) ${JSON.stringify(text.slice(seg.start, seg.end).slice(0, 80))}`;
    assert.ok(Number.isInteger(seg.start) && Number.isInteger(seg.end) && 0 <= seg.start && seg.start < seg.end && seg.end <= text.length, `bounds: ${where}`);
    assert.equal(seg.text.length, seg.end - seg.start, `text length: ${where}`);
    assert.ok(seg.start >= previousEnd, `overlaps or precedes the previous segment: ${where}`);
    previousEnd = seg.end;
    for (let k = 0; k < seg.text.length; k++) {
      const src = text[seg.start + k];
      const got = seg.text[k];
      if (got === src) continue;
      assert.ok(got === MASK && src !== '\n' && src !== '\r', `char ${seg.start + k} is ${JSON.stringify(got)}, source ${JSON.stringify(src)}: ${where}`);
    }
    assert.ok(!splitsSurrogatePair(text, seg.start) && !splitsSurrogatePair(text, seg.end), `segment splits a surrogate pair: ${where}`);
    for (let k = 1; k < seg.text.length; k++) {
      // A mask boundary inside a pair leaves half an emoji readable.
      const masked = (j: number): boolean => seg.text[j] === MASK;
      if (isHigh(text.charCodeAt(seg.start + k - 1)) && isLow(text.charCodeAt(seg.start + k))) {
        assert.equal(masked(k - 1), masked(k), `mask splits a surrogate pair at ${seg.start + k}: ${where}`);
      }
    }
    assert.ok(!spansBlankLine(text, seg.start, seg.end), `spans a blank line: ${where}`);
  });
  for (const special of [draft.subject, draft.greeting]) {
    if (special) assert.ok(draft.segments.includes(special), `subject/greeting is not one of the segments`);
  }
}

const docWithMode = fc.tuple(documentArb(), lintModeArb);

describe('engine properties (generated drafts)', function () {
  this.timeout(120_000);

  it('segments keep their contract; findings lie inside the text and the writer’s unmasked prose, split no surrogate pair, cut no merge tag (a whole one may stand in a phrase); sorted, no duplicates', () => {
    fc.assert(
      fc.property(docWithMode, ([doc, mode]) => {
        const options = optionsFor(doc, mode);
        const draft = readDraftFor(doc.text, options);
        checkSegments(doc.text, draft);
        const findings = lint(doc.text, options);
        const map = proseMap(draft);
        for (const f of findings) checkFinding(doc, map, f);
        checkSortedUnique(findings);
      }),
      { numRuns: RUNS.findings },
    );
  });

  it('findings never fall in what the grammar wrote as non-prose (code, comments, quotes, signatures, the prospect’s lines)', () => {
    fc.assert(
      fc.property(documentArb({ eols: ['lf', 'crlf'] }), (doc) => {
        const findings = lint(doc.text, { format: doc.format });
        for (const f of findings) {
          for (const range of doc.nonProse) {
            const hit = DOCUMENT_LEVEL.has(f.ruleId) ? splits(f.start, f.end, range) : overlaps(f.start, f.end, range);
            assert.ok(!hit, `${f.ruleId} [${f.start},${f.end}) ${JSON.stringify(doc.text.slice(f.start, f.end))} in non-prose ${JSON.stringify(doc.text.slice(...range))}\n${show(doc.text, findings)}`);
          }
        }
      }),
      { numRuns: RUNS.nonProse },
    );
  });

  it('lint is deterministic: same text and options, same findings (also after linting other drafts)', () => {
    fc.assert(
      fc.property(docWithMode, documentArb(), ([doc, mode], other) => {
        const options = optionsFor(doc, mode);
        const first = lint(doc.text, options);
        lint(other.text, { format: other.format });
        const second = lint(doc.text, options);
        assert.deepEqual(second, first);
        assert.deepEqual(lint(doc.text, { ...optionsFor(doc, mode) }), first);
      }),
      { numRuns: RUNS.determinism },
    );
  });

  it('applyFixes: one pass equals applyRewrites equals an independent model; bytes outside edits kept; converges; idempotent; no fixable finding left; merge tags kept', () => {
    fc.assert(
      fc.property(docWithMode, ([doc, mode]) => {
        const options = optionsFor(doc, mode);
        const findings = lint(doc.text, options);
        const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));

        const single = applyRewrites(doc.text, fixes);
        const model = referenceRewrites(doc.text, fixes);
        assert.equal(single.output, model.output, 'applyRewrites differs from the model');
        assert.equal(single.applied, model.applied);
        // Bytes outside the taken edits are the input's, in order.
        let cursor = 0;
        let out = 0;
        for (const edit of [...model.taken].sort((a, b) => a.start - b.start)) {
          const keep = doc.text.slice(cursor, edit.start);
          assert.equal(single.output.slice(out, out + keep.length), keep, `bytes before edit at ${edit.start} changed`);
          out += keep.length + edit.text.length;
          cursor = edit.end;
        }
        assert.equal(single.output.slice(out), doc.text.slice(cursor), 'bytes after the last edit changed');

        const result = applyFixes(doc.text, findings, options);
        assert.ok(result.passes <= MAX_FIX_PASSES, `passes ${result.passes}`);
        if (fixes.length > 0 && single.output !== doc.text) {
          assert.ok(result.passes >= 1);
        }
        if (result.passes === 1) assert.equal(result.output, single.output, 'one pass must equal applyRewrites');
        const after = lint(result.output, options);
        assert.deepEqual(result.remaining, after, 'remaining must be the findings of the output');
        const fixable = after.filter((f) => f.fix && f.fix.edits.length > 0);
        assert.deepEqual(show(result.output, fixable), '', `fixable findings left after ${result.passes} passes`);
        const again = fixText(result.output, options);
        assert.equal(again.output, result.output, 'fixing fixed text changed it');
        assert.equal(again.applied, 0);
        for (const [tag, count] of tagCounts(doc.text, doc.tags)) {
          assert.ok(occurrences(result.output, tag) >= count, `merge tag ${tag} lost by the fix`);
        }
      }),
      { numRuns: RUNS.fixes },
    );
  });

  it('positions round-trip: offset → line/column → offset, for every offset not inside a CRLF pair', () => {
    fc.assert(
      fc.property(fc.oneof(documentArb().map((d) => d.text), junkArb), (text) => {
        const index = new LineIndex(text);
        const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
        assert.equal(index.lineCount, breaks + 1);
        // An independent model: the text split at LF, CRLF and CR.
        const lines = text.split(/\r\n|\r|\n/);
        let previous = { line: 0, character: 0 };
        for (let offset = 0; offset <= text.length; offset++) {
          if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
          const pos = index.positionAt(offset);
          assert.equal(index.offsetAt(pos), offset, `offset ${offset} → ${JSON.stringify(pos)}`);
          assert.ok(pos.line > previous.line || (pos.line === previous.line && pos.character >= previous.character), 'positions not monotonic');
          previous = pos;
          assert.ok(pos.character <= lines[pos.line].length + 1, `column past line end at ${offset}`);
        }
        let start = 0;
        lines.forEach((line, i) => {
          assert.equal(index.lineStart(i), start, `line ${i} start`);
          assert.equal(index.lineEnd(i), start + line.length, `line ${i} end`);
          assert.deepEqual(index.positionAt(start + line.length), { line: i, character: line.length });
          const brk = /^(?:\r\n|\r|\n)/.exec(text.slice(start + line.length))?.[0] ?? '';
          start += line.length + brk.length;
        });
      }),
      { numRuns: RUNS.positions },
    );
  });

  it('hostile text: lint never throws, findings keep every invariant, segments keep their contract', () => {
    fc.assert(
      fc.property(junkArb, fc.option(fc.constantFrom(...FORMATS), { nil: undefined }), (text, format) => {
        const options: LintOptions = format ? { format } : {};
        const draft = readDraftFor(text, options);
        checkSegments(text, draft);
        const findings = lint(text, options);
        const map = proseMap(draft);
        for (const f of findings) checkFinding({ text, tags: [] }, map, f);
        checkSortedUnique(findings);
      }),
      { numRuns: RUNS.junk },
    );
  });

  it('hostile text: fixes converge and are idempotent', () => {
    fc.assert(
      fc.property(junkArb, fc.option(fc.constantFrom(...FORMATS), { nil: undefined }), (text, format) => {
        const options: LintOptions = format ? { format } : {};
        const result = fixText(text, options);
        assert.ok(result.passes <= MAX_FIX_PASSES);
        assert.equal(fixText(result.output, options).output, result.output, 'fixing fixed text changed it');
        assert.deepEqual(result.remaining.filter((f) => f.fix).map((f) => f.ruleId), [], 'fixable findings left');
      }),
      { numRuns: RUNS.fixJunk },
    );
  });

  it('typography: same-length respellings (curly/straight apostrophes, NBSP, tabs, a soft line break) flag the same ranges; an emoji paragraph before shifts them exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...exampleSentences), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...Object.keys(RESPELLINGS)),
        fc.constantFrom('\n\n', '\r\n\r\n'),
        (sentences, respelling, gap) => {
          const text = sentences.join(gap);
          const base = lint(text, { format: 'text' });
          const respelled = RESPELLINGS[respelling](text);
          assert.equal(respelled.length, text.length);
          assert.deepEqual(phraseFindings(lint(respelled, { format: 'text' })), phraseFindings(base), respelling);
          const prefix = `Thanks again 👋🏽🙏 for your time.${gap}`;
          assert.deepEqual(phraseFindings(lint(prefix + text, { format: 'text' })), phraseFindings(base, prefix.length), 'after a prefix paragraph');
        },
      ),
      { numRuns: RUNS.typography },
    );
  });

  it('spelling variants of the tables’ invalid examples are flagged at the marked span: curly or dropped apostrophes, NBSP, capitals, CRLF around, emoji before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INVALID_EXAMPLES),
        fc.constantFrom('curly', 'drop', 'nbsp', 'upper', 'capital', 'crlf-emoji'),
        (example, variant) => {
          let { text, start, end } = example;
          const span = text.slice(start, end);
          let respelled = span;
          if (variant === 'curly') respelled = span.replace(/'/g, '\u2019');
          // "I'll", "we're", "he'd" keep their apostrophe: "Ill", "were", "hed" are other words (core/phrases.ts).
          if (variant === 'drop') respelled = span.replace(/\b(\p{L}+)['\u2019](\p{L}+)/gu, (w, a: string, b: string) => (APOSTROPHE_REQUIRED.test(`${a}'${b}`) ? w : a + b));
          if (variant === 'nbsp') respelled = span.replace(/ /g, '\u00a0');
          if (variant === 'upper') respelled = span.toUpperCase();
          if (variant === 'capital') respelled = span.charAt(0).toUpperCase() + span.slice(1);
          // Only spellings the pattern language promises (apostrophes inside the span's own words).
          fc.pre(respelled.length === span.length || variant === 'drop');
          // A line before "Subject:" would turn an email example into plain text.
          fc.pre(!(variant === 'crlf-emoji' && /^Subject:/i.test(example.text)));
          text = text.slice(0, start) + respelled + text.slice(end);
          end = start + respelled.length;
          if (variant === 'crlf-emoji') {
            const prefix = '👋 Thanks again for your time.\r\n\r\n';
            text = prefix + text.replace(/\n/g, '\r\n') + '\r\n';
            const crlfBefore = (example.text.slice(0, example.start).match(/\n/g) ?? []).length;
            const crlfInside = (span.match(/\n/g) ?? []).length;
            start += prefix.length + crlfBefore;
            end = start + span.length + crlfInside;
          }
          // examples that open with a Subject line are emails, as the rule tables read them
          const format = /^Subject:/i.test(text) ? 'email' : 'text';
          const findings = lint(text, { format }).filter((f) => f.ruleId === example.ruleId);
          assert.ok(
            findings.some((f) => f.start === start && f.end === end),
            `${example.id} (${variant}): expected [${start},${end}) ${JSON.stringify(text.slice(start, end))} in ${JSON.stringify(text)}; got ${show(text, findings) || 'none'}`,
          );
        },
      ),
      { numRuns: RUNS.spelling },
    );
  });

  it('fixes: the rewritten text raises nothing where it was inserted, and keeps the draft’s line endings', () => {
    fc.assert(
      fc.property(documentArb({ eols: ['lf', 'crlf'] }), (doc) => {
        const options = { format: doc.format };
        const findings = lint(doc.text, options);
        const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
        fc.pre(fixes.length > 0);
        const model = referenceRewrites(doc.text, fixes);
        // Where each taken edit's text lands in the output.
        const landed: Range[] = [];
        let delta = 0;
        for (const edit of [...model.taken].sort((a, b) => a.start - b.start)) {
          landed.push([edit.start + delta, edit.start + delta + edit.text.length]);
          delta += edit.text.length - (edit.end - edit.start);
        }
        const after = lint(model.output, options);
        for (const f of after) {
          if (DOCUMENT_LEVEL.has(f.ruleId)) continue;
          for (const range of landed) {
            assert.ok(!(f.start >= range[0] && f.end <= range[1]), `the fix text itself is flagged: ${show(model.output, [f])}`);
          }
        }
        const result = applyFixes(doc.text, findings, options);
        if (!/\r/.test(doc.text)) assert.ok(!/\r/.test(result.output), 'a CR appeared in an LF draft');
        if (doc.eol === 'crlf') assert.ok(!/(?<!\r)\n/.test(result.output), 'a bare LF appeared in a CRLF draft');
      }),
      { numRuns: RUNS.fixText },
    );
  });
});
