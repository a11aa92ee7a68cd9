/**
 * The segmenters read whatever an editor hands them: they must never throw,
 * and their time must grow linearly. Bounds are generous (CI machines are
 * shared); a catastrophic regex or a quadratic loop overshoots them by orders
 * of magnitude on these inputs.
 */
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { detectFormat, readDraft } from '../../core/segment/index.js';
import { defuseForParser } from '../../core/segment/markdown.js';
import type { Format } from '../../core/types.js';
import { assertSegmentInvariants } from './segment-helpers.js';

const FORMATS: Format[] = ['text', 'email', 'script', 'markdown'];

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
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
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
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
    it(`never throws and stays fast on ${name}`, () => {
      assert.doesNotThrow(() => detectFormat(source, {}));
      for (const format of FORMATS) {
        const { value, ms } = timed(() => readDraft(source, { format }));
        assertSegmentInvariants(value);
        if (format !== 'markdown') {
          // Linear work on these sizes is milliseconds; quadratic work is minutes.
          assert.ok(ms < 5_000, `${format} took ${Math.round(ms)} ms`);
          continue;
        }
        // Markdown may cost what remark costs on what it is given, and little more.
        const parse = timed(() => {
          try {
            processor.parse(defuseForParser(source));
          } catch {
            // remark's own failure is what the fallback is for
          }
        }).ms;
        assert.ok(ms < parse * 2 + 2_000, `markdown took ${Math.round(ms)} ms, remark alone ${Math.round(parse)} ms`);
      }
    });
  }

  it('reads 200,000 lines in every line-based format', () => {
    const source = Array.from({ length: 200_000 }, (_, i) => ['REP: Hi {{x}} (pause) act now.', 'PROSPECT: no', ''][i % 3]).join('\n');
    for (const format of ['text', 'email', 'script'] as Format[]) {
      const { value, ms } = timed(() => readDraft(source, { format }));
      assert.ok(value.segments.length > 60_000, format);
      assert.ok(ms < 30_000, `${format} took ${Math.round(ms)} ms`);
    }
  });

  it('takes little more than remark to read markdown', () => {
    const unit =
      'Hi {{first_name}}, I am **just checking in** about [our offer](https://acme.com/x) and `code` <b>x</b> www.acme.com.\n' +
      'Second line with sales@acme.com and [First Name].\n\n> quote line\n> more\n\n- item\n- item two\n\n| a | b |\n|---|---|\n| c | d |\n\n';
    const source = unit.repeat(Math.ceil(50_000 / unit.length));
    processor.parse(unit);
    readDraft(unit, { format: 'markdown' });
    const parse = timed(() => processor.parse(source)).ms;
    const read = timed(() => readDraft(source, { format: 'markdown' })).ms;
    assert.ok(read < parse * 2 + 1000, `readDraft ${Math.round(read)} ms against remark ${Math.round(parse)} ms`);
  });
});
