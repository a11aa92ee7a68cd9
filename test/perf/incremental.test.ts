/**
 * The editor's path: a draft edited again and again is split into blocks from
 * the previous version's split (core/segment/markdown-blocks.ts), its block
 * answers and parses reused. Random edits — text, blank lines, fences, HTML
 * comments, front matter fences, list and quote markers, speaker labels, CR
 * and CRLF — must give exactly the split and the findings of a draft read from
 * scratch.
 */
import type { Finding } from '../../core/types.js';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { emailThread, htmlTemplate, markdownDocument, scriptDocument } from '../../bench/corpus.js';
import { lint } from '../../core/engine.js';
import { splitModeFor } from '../../core/segment/line-blocks.js';
import { clearBlockCache, currentBlocks, currentSplit, freshSplit, splitBlocks, type SplitMode } from '../../core/segment/markdown-blocks.js';
import type { Format } from '../../core/types.js';
import { speakerLists } from '../../core/segment/speakers.js';

/**
 * What a finding says, without its rewrites: the rewrites are computed from the
 * same segments when read (core/rewrite/lazy.ts), and reading them for every
 * finding of a megabyte would time the model, not the fast path.
 */
function detected(findings: readonly Finding[]): unknown {
  return JSON.parse(
    JSON.stringify(findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, start: f.start, end: f.end, category: f.category, related: f.related }))),
  );
}

const SNIPPETS = [
  'Just checking in.',
  ' act now',
  'Once you sign, welcome aboard!',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\n\n```\n',
  '\n```\n\n',
  '\n~~~\n',
  '<!-- ',
  ' -->\n',
  '\n\n<pre>\n',
  '</pre>\n',
  '\n---\n',
  '    ',
  '\n\n- ',
  '\n> ',
  '\n\n**Rep:** ',
  '\n\nProspect: ',
  '\n\n- **Rep:** ',
  '\n\n**Sam:** ',
  '\n\n**Priya:** ',
  '\n\n# Heading\n\n',
  'Hi Sam,\n\n',
  '[docs]: https://example.com\n',
  '\n\n[just checking in]: https://example.com\n\n',
  ' see [the deck][just checking in] ',
  ' [just checking in] ',
  'the offer[^act-now] ',
  '\n\n[^act-now]: Act now.\n\n',
  "I haven't heard back from you. ",
  '\n\n\ufeff',
  // Call scripts, e-mail threads and markup saved as text.
  '\nREP: ',
  '\nPROSPECT: ',
  '\nSam: ',
  '\n[pause] ',
  '\n## Objections\n',
  '\n> ',
  '\n>> ',
  '\nOn Tue, Mar 4, 2025 at 9:12 AM Sam <sam@example.com> wrote:\n',
  '\nBest,\nPriya\n',
  '\n<tr>\n',
  '</td>\n',
];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 12 })),
}).map(({ at, remove, insert }) => ({ at, remove, insert }));

function apply(text: string, edit: Edit): string {
  const at = Math.floor(edit.at * text.length);
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}

const BASE = markdownDocument(6 * 1024, 7);

/** Drafts of the line-based formats the fast path reads block by block, with the file name that picks the format. */
const LINE_DRAFTS: Array<{ format: Format; file: string; text: string }> = [
  { format: 'script', file: 'call.script', text: scriptDocument(6 * 1024) },
  { format: 'email', file: 'thread.email', text: emailThread(6 * 1024) },
  { format: 'text', file: 'template.txt', text: htmlTemplate(6 * 1024) },
  { format: 'text', file: 'notes.txt', text: markdownDocument(6 * 1024, 3) },
];

describe('incremental reading of an edited draft', () => {
  beforeEach(() => clearBlockCache());

  it('splits every version exactly as a split from scratch', () => {
    const lists = speakerLists();
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 25 }), (edits) => {
        clearBlockCache();
        let text = BASE;
        currentBlocks(text, lists);
        for (const edit of edits) {
          text = apply(text, edit);
          const base = text.startsWith('\uFEFF') ? 1 : 0;
          assert.deepEqual(currentBlocks(text, lists), splitBlocks(text, base));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lints every version exactly as a draft read from scratch', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => {
        clearBlockCache();
        let text = BASE;
        lint(text, { filePath: 'draft.md' });
        for (const edit of edits) {
          text = apply(text, edit);
          const incremental = lint(text, { filePath: 'draft.md' });
          const scratch = lint(text, { filePath: 'draft.md', fastPath: false });
          assert.deepEqual(detected(incremental), detected(scratch));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('an edit with two ends reads again only the blocks at its ends, not the blocks between', () => {
    const lists = speakerLists();
    const read: string[] = [];
    const mode: SplitMode = { name: 'counting', reading: (text) => read.push(text) };
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: a line of the draft.`);
    const before = paragraphs.join('\n\n');
    currentSplit(before, lists, mode);
    read.length = 0;
    // The first paragraph and the 30th change (as when an HTML parser moves typed text up before its table).
    const after = ['Moved text. ' + paragraphs[0], ...paragraphs.slice(1, 30), paragraphs[30] + ' Typed.', ...paragraphs.slice(31)].join('\n\n');
    const split = currentSplit(after, lists, mode)!;
    assert.deepEqual(read, ['Moved text. Paragraph 0: a line of the draft.\n\n', 'Paragraph 30: a line of the draft. Typed.\n\n']);
    assert.deepEqual(split.texts, freshSplit(after, lists, mode)!.texts);
  });

  for (const { format, file, text: base } of LINE_DRAFTS) {
    it(`${file}: splits and lints every version of a ${format} draft exactly as from scratch`, () => {
      const lists = speakerLists();
      const mode = splitModeFor(format, lists)!;
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => {
          clearBlockCache();
          let text = base;
          lint(text, { filePath: file });
          for (const edit of edits) {
            text = apply(text, edit);
            const incremental = lint(text, { filePath: file });
            const live = currentSplit(text, lists, mode);
            const split = live?.blocks.map(({ start, end }) => ({ start, end }));
            assert.deepEqual(split, splitBlocks(text, text.startsWith('\uFEFF') ? 1 : 0, mode));
            // What was kept of each block is what reading it again gives.
            const fresh = freshSplit(text, lists, mode);
            assert.deepEqual(live && { texts: live.texts, facts: live.facts, readings: live.readings }, fresh && { texts: fresh.texts, facts: fresh.facts, readings: fresh.readings });
            const scratch = lint(text, { filePath: file, fastPath: false });
            assert.deepEqual(detected(incremental), detected(scratch));
          }
        }),
        { numRuns: 40 },
      );
    });
  }
});
