/**
 * A view's character map (core/segment/view.ts) keeps runs, not a range per
 * character: every character must still read the source range and kind it was
 * written with, whatever order the writers came in.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ViewBuilder, type DraftView } from '../../core/segment/view.js';

type Step =
  | { kind: 'source'; start: number; length: number }
  | { kind: 'decoded'; text: string; start: number; width: number }
  | { kind: 'synthesized'; text: string; at: number }
  | { kind: 'locked'; text: string; start: number; width: number };

const SOURCE = 0;
const SYNTHESIZED = 1;
const LOCKED = 2;
const source = 'x'.repeat(400);

/** Writes the steps into a builder and, character by character, what each must map to. */
function write(steps: readonly Step[], builder: ViewBuilder): Array<[number, number, number]> {
  const expected: Array<[number, number, number]> = [];
  for (const step of steps) {
    switch (step.kind) {
      case 'source':
        builder.source(source, step.start, step.start + step.length);
        for (let i = 0; i < step.length; i++) expected.push([step.start + i, step.start + i + 1, SOURCE]);
        break;
      case 'decoded':
        builder.decoded(step.text, step.start, step.start + step.width);
        for (let i = 0; i < step.text.length; i++) expected.push([step.start, step.start + step.width, SOURCE]);
        break;
      case 'synthesized':
        builder.synthesized(step.text, step.at);
        for (let i = 0; i < step.text.length; i++) expected.push([step.at, step.at, SYNTHESIZED]);
        break;
      case 'locked':
        builder.locked(step.text, step.start, step.start + step.width, 'encoded');
        for (let i = 0; i < step.text.length; i++) expected.push([step.start, step.start + step.width, LOCKED]);
        break;
    }
  }
  return expected;
}

function read(view: DraftView, order: readonly number[]): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = [];
  for (const i of order) found[i] = [view.fromAt(i), view.toAt(i), view.kindAt(i)];
  return found;
}

const offset = fc.integer({ min: 0, max: 300 });
const text = fc.constantFrom('a', '\n\n', '\ud83d\ude00', 'é', '  ');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('source' as const), start: offset, length: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ kind: fc.constant('decoded' as const), text, start: offset, width: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('synthesized' as const), text, at: offset }),
  fc.record({ kind: fc.constant('locked' as const), text, start: offset, width: fc.integer({ min: 0, max: 8 }) }),
);

describe('view character map', () => {
  it('reads back every character as written, in any order of lookups', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.integer(), (steps, seed) => {
        const builder = new ViewBuilder();
        const expected = write(steps, builder);
        const view = builder.build('email');
        assert.equal(view.text.length, expected.length);
        const order = expected.map((_, i) => i);
        // Forward, backward and shuffled lookups: the map remembers where the last one landed.
        const shuffled = [...order].sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        for (const sequence of [order, [...order].reverse(), shuffled]) assert.deepEqual(read(view, sequence), expected);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('appends another view shifted, character for character', () => {
    const inner = new ViewBuilder();
    const expected = write(
      [
        { kind: 'source', start: 10, length: 5 },
        { kind: 'decoded', text: '\u2014', start: 15, width: 7 },
        { kind: 'synthesized', text: '\n\n', at: 22 },
        { kind: 'source', start: 22, length: 3 },
      ],
      inner,
    );
    const outer = new ViewBuilder();
    outer.source(source, 0, 2);
    outer.view(inner.build('email'), 100);
    const view = outer.build('email');
    assert.deepEqual(read(view, [...view.text].map((_, i) => i)), [
      [0, 1, SOURCE],
      [1, 2, SOURCE],
      ...expected.map(([from, to, kind]): [number, number, number] => [from + 100, to + 100, kind]),
    ]);
  });

  it('keeps text copied from the source as one run, not a range per character', () => {
    const builder = new ViewBuilder();
    builder.source(source, 0, 300);
    builder.source(source, 300, 400);
    const { map } = builder.arrays();
    assert.equal(map.fromAt(399), 399);
    assert.equal(map.toAt(0), 1);
    assert.equal((map as unknown as { starts: Int32Array }).starts.length, 1);
  });
});
