/**
 * The segmenters read whatever an editor hands them: they must never throw,
 * and what they hand the markdown parser is bounded: never more than the draft
 * (plus its definitions), never a shape that makes the parser superlinear
 * (such blocks are read by lines). Work is counted, not timed (markdownWork,
 * regexRuns); the times of these shapes are in `npm run bench` (bench/hostile.ts).
 */
import assert from 'node:assert/strict';
import { detectFormat, readDraft } from '../../core/segment/index.js';
import { isHostileBlock, markdownWork } from '../../core/segment/markdown.js';
import type { Format } from '../../core/types.js';
import { regexRuns } from '../hardening/runs.js';
import { assertSegmentInvariants } from './segment-helpers.js';

const FORMATS: Format[] = ['text', 'email', 'script', 'markdown'];

/** What reading `source` as markdown handed the parser, and read by lines. */
function parserWork(source: string): { parsedChars: number; linesRead: number } {
  const before = { ...markdownWork };
  assertSegmentInvariants(readDraft(source, { format: 'markdown' }));
  return { parsedChars: markdownWork.parsedChars - before.parsedChars, linesRead: markdownWork.linesRead - before.linesRead };
}

/** Deterministic junk: every UTF-16 unit, lone surrogates and control characters included. */
function junk(length: number, seed: number): string {
  let x = seed;
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    units[i] = x % 7 === 0 ? [10, 13, 32, 62, 91, 123, 42, 58][x % 8] : (x >>> 8) % 65536;
  }
  return new TextDecoder('utf-16le').decode(units);
}

const N = 10_000;
const PATHOLOGICAL: Record<string, string> = {
  'dotted token': 'a.'.repeat(N),
  'open braces': '{{'.repeat(N),
  'liquid openers': '{%'.repeat(N),
  percent: '%a'.repeat(N),
  'open brackets': '['.repeat(N),
  'capitalised bracket words': '[Ab '.repeat(N),
  'open parens': '('.repeat(N),
  asterisks: '*a'.repeat(N),
  underscores: '_a'.repeat(N),
  'at signs': 'a@'.repeat(N),
  'double angles': '<<a '.repeat(N),
  'speaker labels': 'Rep: '.repeat(N),
  backticks: '`'.repeat(N) + 'a',
  'deep block quote': '>'.repeat(N) + ' act now',
  'deep block quotes by line': Array.from({ length: 500 }, (_, i) => '>'.repeat(i + 1) + ' x').join('\n'),
  'deep list': Array.from({ length: 200 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n'),
  'deep emphasis': '*'.repeat(N) + 'a' + '*'.repeat(N),
  'many links': '[a](b '.repeat(N),
  '"On" lines': 'On x\n'.repeat(N),
  'From lines': 'From: x\n'.repeat(N),
  'a header block': 'Subject: x\n' + 'X-A: b\n'.repeat(N),
  'folded header': 'Subject: x\n' + ' b\n'.repeat(N),
  valedictions: 'Best,\n'.repeat(N),
  'MIME boundaries': 'Content-Type: multipart/mixed; boundary="b"\n\n' + '--b\n\n'.repeat(N),
  'nested multipart': 'Content-Type: multipart/mixed; boundary="b"\n\n' + '--b\nContent-Type: multipart/mixed; boundary="b"\n\n'.repeat(200),
  'unclosed front matter': '---\n' + 'a: b\n'.repeat(N),
  'only CRs': '\r'.repeat(N) + 'x',
  'lone surrogates': '\ud800\udc00\ud800 x \udc00'.repeat(N / 4),
  junk: junk(200_000, 7),
};

describe('segment: robustness', function () {
  this.timeout(180_000);

  for (const [name, source] of Object.entries(PATHOLOGICAL)) {
    it(`never throws, and gives the parser at most the draft, on ${name}`, () => {
      assert.doesNotThrow(() => detectFormat(source, {}));
      for (const format of FORMATS) assertSegmentInvariants(readDraft(source, { format }));
      const work = parserWork(source);
      assert.ok(work.parsedChars <= source.length, `${work.parsedChars} characters parsed for ${source.length}`);
    });
  }

  // Shapes that make remark-parse superlinear: read by lines, never parsed.
  const stairs = (levels: number): string => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- act now`).join('\n');
  const nestedList = (items: number): string => Array.from({ length: items }, (_, i) => `${i % 2 ? '  ' : ''}- act now ${i}`).join('\n');
  const HOSTILE: Record<string, string> = {
    'a list one level deeper on every line': stairs(1000),
    'a list indented past 128 columns': `- a\n${' '.repeat(130)}- act now\n`,
    'a long list nested two levels': nestedList(5000),
    'block quotes one level deeper on every line': Array.from({ length: 500 }, (_, i) => `${'>'.repeat(i + 1)} act now`).join('\n'),
  };
  for (const [name, block] of Object.entries(HOSTILE)) {
    it(`reads ${name} by lines, and parses the rest of the draft`, () => {
      assert.ok(isHostileBlock(block));
      const intro = 'Hi Sam,\n\nA note on the **rollout** before our call.\n\n';
      const source = `${intro}${block}\n\nBest,\nPriya\n`;
      const work = parserWork(source);
      const lines = block.split('\n').filter((line) => line.trim() !== '');
      assert.equal(work.linesRead, lines.length, 'every line of the block, once');
      assert.ok(work.parsedChars <= source.length - block.length, `${work.parsedChars} characters parsed; the block is ${block.length}`);
      // Every line's phrase is still read, as a segment of its own.
      const draft = readDraft(source, { format: 'markdown' });
      assert.equal(draft.segments.filter((s) => s.text.startsWith('act now')).length, lines.filter((line) => line.includes('act now')).length);
    });
  }

  it('a short or flat list is parsed as before', () => {
    assert.ok(!isHostileBlock(nestedList(200)));
    assert.ok(!isHostileBlock(Array.from({ length: 5000 }, (_, i) => `- act now ${i}`).join('\n')));
    assert.equal(parserWork(`Hi Sam,\n\n${nestedList(200)}\n`).linesRead, 0);
  });

  it('reads 200,000 lines in every line-based format, in work linear in the lines', () => {
    const make = (lines: number): string =>
      Array.from({ length: lines }, (_, i) => ['REP: Hi {{x}} (pause) act now.', 'PROSPECT: no', ''][i % 3]).join('\n');
    const source = make(200_000);
    for (const format of ['text', 'email', 'script'] as Format[]) {
      assert.ok(readDraft(source, { format }).segments.length > 60_000, format);
      const small = regexRuns(() => readDraft(make(20_000), { format })).runs;
      const large = regexRuns(() => readDraft(make(200_000), { format })).runs;
      assert.ok(large <= 10 * small + 100, `${format}: ${small} regular expression runs for 20,000 lines, ${large} for 200,000`);
    }
  });

  it('parses a markdown draft once: the parser is given each character at most once', () => {
    const unit =
      'Hi {{first_name}}, I am **just checking in** about [our offer](https://acme.com/x) and `code` <b>x</b> www.acme.com.\n' +
      'Second line with sales@acme.com and [First Name].\n\n> quote line\n> more\n\n- item\n- item two\n\n| a | b |\n|---|---|\n| c | d |\n\n';
    const source = unit.repeat(Math.ceil(50_000 / unit.length));
    const work = parserWork(source);
    assert.ok(work.parsedChars <= source.length, `${work.parsedChars} characters parsed for ${source.length}`);
    assert.equal(work.linesRead, 0);
  });
});
