/**
 * The block path reads a plain paragraph without the parser
 * (core/segment/markdown-blocks.ts, `plainParagraph`). Wherever it answers,
 * its answer must be the parser's: on every block of the benchmark drafts,
 * the fixtures and the examples, and on random text built from the characters
 * that make markdown syntax.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { generateCorpus, markdownDocument } from '../../bench/corpus.js';
import { salesDraft } from '../../bench/lsp/corpus.js';
import { plainParagraph, splitBlocks } from '../../core/segment/markdown-blocks.js';
import { parseMarkdownRange } from '../../core/segment/markdown.js';

/** The parser's reading of a block on its own, offsets relative to it. */
function parsed(text: string) {
  return parseMarkdownRange(text, 0, text.length);
}

/** Checks every block of `source` the shortcut answers for; returns how many it answered. */
function checkBlocks(source: string, name: string): number {
  let answered = 0;
  for (const block of splitBlocks(source, 0) ?? []) {
    const text = source.slice(block.start, block.end);
    const plain = plainParagraph(text);
    if (!plain) continue;
    answered++;
    assert.deepEqual(plain, parsed(text), `${name} at ${block.start}: ${JSON.stringify(text.slice(0, 80))}`);
  }
  return answered;
}

function filesUnder(dir: string): Array<{ name: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => /\.(?:md|txt|email|eml)$/.test(name) && statSync(join(dir, name)).isFile())
    .map((name) => ({ name: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

describe('plain paragraphs read without the parser', () => {
  it('reads like the parser on every block of the benchmark drafts', () => {
    let answered = checkBlocks(salesDraft(256 * 1024), 'salesDraft') + checkBlocks(markdownDocument(256 * 1024), 'markdownDocument');
    for (const file of generateCorpus(256 * 1024)) answered += checkBlocks(file.text, file.name);
    // The drafts are mostly plain prose: the shortcut must actually be taken.
    assert.ok(answered > 500, `only ${answered} blocks read as plain paragraphs`);
  });

  it('reads like the parser on every block of the fixtures and examples', () => {
    const files = ['fixtures/corpus', 'fixtures/holdout', 'test/fixtures', 'examples'].flatMap(filesUnder);
    assert.ok(files.length > 100, `only ${files.length} files`);
    for (const file of files) checkBlocks(file.text, file.name);
  });

  it('leaves to the parser whatever markdown could read as syntax', () => {
    for (const text of [
      'Act *now* before it ends.\n',
      'Just checking in\n===\n',
      'Just checking in  \nagain.\n',
      'Just checking in\n- on the offer\n',
      'See www.example.com today.\n',
      'Mail sam@example.com today.\n',
      'See https://example.com today.\n',
      'Tom &amp; Jerry\n',
      'a | b\n',
      'Act now\\.\n',
      'Welcome <b>aboard</b>\n',
      'Read [the docs](x)\n',
      '1. Act now\n',
      '# Act now\n',
      'Act now\n\n    code\n',
      'Act\tnow\n',
      'Act now\r\n',
    ]) {
      assert.equal(plainParagraph(text), null, JSON.stringify(text));
    }
  });

  it('reads a plain paragraph as one segment, trimmed, continuation lines included', () => {
    const text = 'Just checking in on the offer.\n  It ends Friday.\u00a0\n\n\n';
    assert.deepEqual(plainParagraph(text), parsed(text));
    assert.deepEqual(plainParagraph(text)?.segments, [
      { kind: 'paragraph', start: 0, end: 48, text: 'Just checking in on the offer.\n  It ends Friday.' },
    ]);
  });

  it('agrees with the parser on random text made of syntax characters', () => {
    const alphabet = ['a', 'B', 'é', ' ', '  ', '\n', '\n\n', '*', '_', '`', '~', '[', ']', '(', ')', '<', '>', '!', '#', '-', '+', '=', '|', '&', ';', ':', '/', '.', '1', '@', '\\', '"', '“', '\u00a0', '\t', 'www', 'http', '\r'];
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (parts) => {
        const text = `A${parts.join('')}\n`;
        const plain = plainParagraph(text);
        if (plain) answered++;
        if (plain) assert.deepEqual(plain, parsed(text), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
    assert.ok(answered > 100, `only ${answered} random texts read as plain paragraphs`);
  });
});
