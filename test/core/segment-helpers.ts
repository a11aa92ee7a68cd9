/** Shared checks for the segmenter tests: every draft read in a test goes through `readChecked`. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readDraft, type ReadOptions } from '../../core/segment/index.js';
import { MASK, type Draft, type Format, type Segment } from '../../core/types.js';

/** Asserts the segment contract (core/types.ts) on a draft. */
export function assertSegmentInvariants(draft: Draft): void {
  const { source, segments } = draft;
  let previousEnd = 0;
  for (const seg of segments) {
    const where = `${seg.kind} [${seg.start}, ${seg.end}) ${JSON.stringify(seg.text.slice(0, 60))}`;
    assert.ok(seg.start >= 0 && seg.end <= source.length && seg.start < seg.end, `in bounds: ${where}`);
    assert.equal(seg.text.length, seg.end - seg.start, `same length as its source: ${where}`);
    for (let i = 0; i < seg.text.length; i++) {
      const c = seg.text[i];
      assert.ok(c === MASK || c === source[seg.start + i], `char ${i} is the source char or MASK: ${where}`);
    }
    assert.ok(seg.start >= previousEnd, `in order, not overlapping: ${where}`);
    previousEnd = seg.end;
    assert.doesNotMatch(source.slice(seg.start, seg.end), /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r|\n)/, `never spans a blank line: ${where}`);
    if (source.startsWith('\uFEFF')) assert.ok(seg.start > 0, `a leading BOM is not prose: ${where}`);
  }
  for (const special of [draft.greeting, draft.subject]) {
    if (special) assert.ok(segments.some((s) => s.start === special.start && s.end === special.end && s.text === special.text && s.kind === special.kind));
  }
  assert.ok(draft.bodyStart >= 0 && draft.bodyStart <= source.length, 'bodyStart in bounds');
  if (draft.greeting) assert.ok(draft.bodyStart <= draft.greeting.start, 'the greeting is part of the body');
  const firstBreak = source.indexOf('\n');
  assert.equal(draft.eol, firstBreak > 0 && source[firstBreak - 1] === '\r' ? '\r\n' : '\n');
}

export function readChecked(text: string, format: Format, options: Omit<ReadOptions, 'format'> = {}): Draft {
  const draft = readDraft(text, { ...options, format });
  assert.equal(draft.source, text);
  assert.equal(draft.format, format);
  assertSegmentInvariants(draft);
  return draft;
}

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** All prose of a draft, one segment a line, masks shown as `#` for readable failures. */
export function prose(draft: Draft): string {
  return draft.segments.map((s) => s.text.replaceAll(MASK, '#')).join('\n');
}

/** The segment whose text contains `phrase`, checking that it sits at the right source offset. */
export function segmentWith(draft: Draft, phrase: string): Segment {
  const seg = draft.segments.find((s) => s.text.includes(phrase));
  assert.ok(seg, `some segment reads ${JSON.stringify(phrase)}; prose was:\n${prose(draft)}`);
  const at = seg.start + seg.text.indexOf(phrase);
  assert.equal(draft.source.slice(at, at + phrase.length), phrase);
  return seg;
}

/** Asserts that no segment lets any of `fragment`'s characters through. */
export function assertAbsent(draft: Draft, fragment: string): void {
  for (const seg of draft.segments) {
    assert.ok(!seg.text.includes(fragment), `${JSON.stringify(fragment)} must not be prose, but ${seg.kind} reads ${JSON.stringify(seg.text)}`);
  }
}

/** Asserts that the source range of `fragment` is fully masked wherever a segment covers it. */
export function assertMasked(draft: Draft, fragment: string): void {
  const at = draft.source.indexOf(fragment);
  assert.ok(at >= 0, `fixture contains ${fragment}`);
  const seg = draft.segments.find((s) => s.start <= at && at + fragment.length <= s.end);
  assert.ok(seg, `a segment covers ${JSON.stringify(fragment)}; prose was:\n${prose(draft)}`);
  const masked = seg.text.slice(at - seg.start, at - seg.start + fragment.length);
  assert.match(masked, /^[\u0001\r\n]+$/, `${JSON.stringify(fragment)} is masked in ${JSON.stringify(seg.text)}`);
}

/** Words separated only by white space and MASK (markup), with at least one white space char. */
export function readsAcross(draft: Draft, first: string, second: string): void {
  const ok = draft.segments.some((s) => new RegExp(`${first}[\\s\\u0001]*\\s[\\s\\u0001]*${second}`).test(s.text));
  assert.ok(ok, `"${first} … ${second}" reads as words separated by white space; prose was:\n${prose(draft)}`);
}
