/**
 * Shrunk counterexamples the engine properties found, kept as named
 * regressions. Each fails until the engine is fixed; none is skipped.
 */
import assert from 'node:assert/strict';
import { lint, readDraftFor } from '../../core/engine.js';
import { LineIndex } from '../../core/position.js';
import type { Format } from '../../core/types.js';

function flagged(text: string, format?: Format): string[] {
  return lint(text, format ? { format } : {}).map((f) => `${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end))}`);
}

describe('engine regressions (property counterexamples)', () => {
  // Found by "segments keep their contract" (seed 919499643): a lone CR is a
  // line break to LSP and to LineIndex, but the line readers in
  // core/segment/lines.ts (`linesOf`, `lineAt`) split at "\n" only.
  describe('a lone CR (classic Mac line ending) is a line break to the segmenters', () => {
    it('a segment never spans a CR blank line: "[\\r\\r\\u0000" as text', () => {
      const text = '[\r\r\u0000';
      const lines = new LineIndex(text);
      assert.equal(lines.lineCount, 3);
      const draft = readDraftFor(text, { format: 'text' });
      for (const seg of draft.segments) {
        assert.ok(!/\r[ \t]*\r/.test(text.slice(seg.start, seg.end)), `segment [${seg.start},${seg.end}) spans a blank line`);
      }
    });

    it('a phrase is not matched across a CR blank line: "act\\r\\rnow"', () => {
      assert.deepEqual(flagged('act\r\rnow', 'text'), []);
    });

    it('an e-mail signature after "Best," on CR lines is not prose', () => {
      const text = '> 👋.\r\n> reaching out.\r\n\r\nBest,\rDana Lee\r\nAccount Executive | Acme\r\njust checking in';
      const draft = readDraftFor(text, { format: 'email' });
      assert.deepEqual(draft.segments.map((s) => text.slice(s.start, s.end)), []);
    });

    it('a quoted reply in a CR-only e-mail is not the writer’s words', () => {
      const text =
        'Hi Jim,\r\rThanks for your time last week.\r\rOn Tue, Mar 3, 2026 at 10:02 AM Jim Park <jim@acme.com> wrote:\r> Just checking in on the proposal.\r';
      assert.deepEqual(flagged(text, 'email'), []);
      assert.equal(readDraftFor(text, {}).format, 'email', 'a CR-only draft opening with a greeting reads as e-mail');
    });

    it('the prospect’s line in a CR-only call script is not the rep’s copy', () => {
      const text = 'REP: Hi Jim.\rPROSPECT: Just checking in on the proposal.\r';
      assert.deepEqual(flagged(text, 'script'), []);
    });
  });

  describe('a sign-off word that starts a hard-wrapped sentence (typography property, seed -177821263)', () => {
    it('"Thanks" followed by a lower-case line is prose, not a signature', () => {
      const text = 'Thanks\nfor pushing this forward internally.';
      assert.deepEqual(flagged(text, 'text'), ['sales-pressure "pushing this forward"']);
    });

    it('"Thanks" followed by a name is still a signature', () => {
      const text = 'Hi Sam,\n\nSee you Tuesday.\n\nThanks\nSam Lee\nAcme\nAct now: spring pricing';
      assert.deepEqual(flagged(text, 'email'), []);
    });
  });

  describe('a lower-case word and a dash go on a sentence, they do not name a speaker (non-prose property, seed -407715078)', () => {
    it('"you — just following up" continues the prospect’s line', () => {
      const text = 'Voicemail script\n\nKristen: Hi, it’s Kristen.\nJim: Hi.\nyou — just following up I.\nKristen: 👋.\nJim: just following up.';
      assert.deepEqual(flagged(text, 'script'), []);
    });

    it('"You — …" still names the rep', () => {
      assert.deepEqual(flagged('Prospect: Hello.\nYou — just following up on my note.', 'script'), [
        'sales-pressure "just following up"',
        'missing-apology-opener "just following up on my note."',
      ]);
    });
  });

  describe('a U+FEFF that starts a markdown block is a character, not a byte-order mark (segments property, seed 1688682863)', () => {
    it('the segment after it keeps the emoji whole', () => {
      const text = '- I.\n\n\ufeff 🙏\n\n---';
      for (const fastPath of [true, false]) {
        const segments = readDraftFor(text, { format: 'markdown', fastPath }).segments.map((s) => [s.start, s.end]);
        assert.deepEqual(segments, [[2, 4], [8, 10]], `fastPath ${fastPath}`);
      }
    });
  });

  describe('what markup leaves of a line opens no message (hostile-text property, seed -2008566930)', () => {
    it('an HTML draft whose first line reads "<>" is anchored at its first words', () => {
      assert.deepEqual(flagged('<<First Name>>\r\n\r\njust following up', 'html'), [
        'missing-apology-opener "just following up"',
        'sales-pressure "just following up"',
      ]);
    });
  });
});
