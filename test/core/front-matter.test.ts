/**
 * Simple front matter is read without the YAML library
 * (core/segment/front-matter.ts): whatever it reads, it must read exactly as
 * `yaml` does, and what it does not read goes to `yaml`.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { readFrontMatter, simpleFrontMatter } from '../../core/segment/front-matter.js';

/** What markdown.ts did before the fast path: `yaml`'s mapping, or undefined. */
function viaYaml(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const piece = fc.constantFrom(
  'a', 'Title', 'landing-page', 'x', 'it', "'", '"', ' ', '  ', '\t', ',', ':', ': ', '#', ' #', '-', ' - ', '[', ']', '{', '}',
  '(', ')', '/', '.', '+', '0', '12', '1.5', 'true', 'True', 'FALSE', 'null', 'NULL', '~', 'yes', 'No', '.inf', '.nan', 'Ünï',
  '&a', '*a', '!t', '|', '>', '%', '@', '`', '?', '\r', '__proto__', '<<', 'é',
);
const word = fc.array(piece, { minLength: 0, maxLength: 6 }).map((parts) => parts.join(''));
const key = fc.oneof(fc.constantFrom('title', 'type', 'tags', 'cta', 'A_b-c', 'true', 'null', '__proto__', 'x y', '1', '"q"'), word);
const value = fc.oneof(
  word,
  fc.array(word, { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
  fc.array(word, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
);
const line = fc.oneof(
  fc.tuple(key, fc.constantFrom(': ', ':  ', ':', ':\t', ' : '), value).map(([k, sep, v]) => `${k}${sep}${v}`),
  fc.constantFrom('', '  indented: x', '- item', '# comment', '---', '...'),
);
// Mostly what the fast path reads, with an odd piece now and then.
const gentlePiece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('a', 'Title', 'x', 'landing-page', "it's", ' ', 'Onboarding 0', 'a,b', '(x)', 'x/y', 'a+b', 'x.', 'e') },
  { weight: 1, arbitrary: piece },
);
const gentleWord = fc.array(gentlePiece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const gentleLine = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom('title', 'type', 'tags', 'cta', 'A_b-c') }, { weight: 1, arbitrary: key }),
    fc.constantFrom(': ', ': ', ':  ', ':'),
    fc.oneof(
      { weight: 3, arbitrary: gentleWord },
      { weight: 2, arbitrary: fc.array(gentleWord, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`) },
      { weight: 1, arbitrary: fc.array(gentleWord, { maxLength: 3 }).map((items) => `[ ${items.join(' ,')} ]`) },
    ),
    fc.constantFrom('', '', ' ', '\t', '\r'),
  )
  .map(([k, sep, v, end]) => `${k}${sep}${v}${end}`);
const frontMatter = fc.array(fc.oneof({ weight: 1, arbitrary: line }, { weight: 3, arbitrary: gentleLine }), { minLength: 0, maxLength: 6 }).chain((lines) =>
  fc.constantFrom('', '\n', '\n\n').map((end) => lines.join('\n') + end),
);

describe('front matter without the YAML library', () => {
  it('reads the usual front matter itself', () => {
    assert.deepEqual(simpleFrontMatter('title: Onboarding 0\ntype: landing-page\ntags: [sales, team]'), {
      title: 'Onboarding 0',
      type: 'landing-page',
      tags: ['sales', 'team'],
    });
    assert.deepEqual(simpleFrontMatter("cta: Act now, it's fine  \nlist: []\n"), { cta: "Act now, it's fine", list: [] });
  });

  it('leaves anything else to yaml', () => {
    for (const text of ['count: 3', 'flag: true', 'a: "quoted"', 'a: b\na: c', 'a: x # note', 'a:\n  b: c', '__proto__: x', 'a: [x,]', '']) {
      assert.equal(simpleFrontMatter(text), undefined, text);
    }
  });

  it('reads every front matter exactly as yaml does', () => {
    // yaml warns (process.emitWarning) about odd documents; not this test's business.
    const warnings = Object.getOwnPropertyDescriptor(process, 'emitWarning')!;
    let simpleOnes = 0;
    Object.defineProperty(process, 'emitWarning', { ...warnings, value: () => {} });
    try {
      fc.assert(
        fc.property(frontMatter, (text) => {
          const simple = simpleFrontMatter(text);
          if (simple !== undefined) {
            simpleOnes++;
            assert.deepEqual(simple, viaYaml(text), JSON.stringify(text));
          }
          assert.deepEqual(readFrontMatter(text), viaYaml(text), JSON.stringify(text));
        }),
        { numRuns: 1000 },
      );
    } finally {
      Object.defineProperty(process, 'emitWarning', warnings);
    }
    assert.ok(simpleOnes > 20, `only ${simpleOnes} generated front matters were simple`);
  });
});
