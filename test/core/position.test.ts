import assert from 'node:assert/strict';
import { LineIndex } from '../../core/position.js';

describe('LineIndex', () => {
  it('counts LF, CRLF and lone CR as line breaks', () => {
    const index = new LineIndex('a\nb\r\nc\rd');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(2), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(5), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(7), { line: 3, character: 0 });
  });

  it('measures columns in UTF-16 code units (an emoji is two)', () => {
    const text = 'Hi 👋 just checking in';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(text.indexOf('just')), { line: 0, character: 6 });
  });

  it('round-trips every offset of a mixed text', () => {
    const text = 'Hi {{name}},\r\n\r\n🙂 Once you sign\nwe start.\rDone';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = index.positionAt(offset);
      // offsets inside a CRLF pair map to the line end, as LSP clients do
      const expected = text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset;
      assert.equal(index.offsetAt(position), expected, `offset ${offset}`);
    }
  });

  it('clamps positions outside the text', () => {
    const index = new LineIndex('ab\ncd');
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 5);
  });
});
