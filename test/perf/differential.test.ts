/**
 * The fast paths change nothing: every draft of the benchmark corpus (10 MB,
 * generated here, deterministic), the labelled corpus, the holdout set and the
 * examples lint to the same findings with `fastPath` on and off (their rewrites
 * are computed from the same segments when read).
 */
import type { Finding } from '../../core/types.js';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { emailThread, generateCorpus, hostileDocuments, htmlTemplate, markdownDocument, playbookDocument, random, scriptDocument } from '../../bench/corpus.js';
import { lint } from '../../core/engine.js';
import { segmentEmail } from '../../core/segment/email.js';
import { segmentEmailBlocks } from '../../core/segment/line-blocks.js';
import { blocksMayReport, clearBlockCache } from '../../core/segment/markdown-blocks.js';
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

function filesUnder(dir: string): Array<{ name: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => !name.endsWith('.json') && statSync(join(dir, name)).isFile())
    .map((name) => ({ name: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

function compare(files: Array<{ name: string; text: string }>): void {
  for (const file of files) {
    const full = lint(file.text, { filePath: file.name, fastPath: false });
    const fast = lint(file.text, { filePath: file.name });
    assert.deepEqual(detected(fast), detected(full), file.name);
    // As markdown too, whatever the extension: every draft exercises the block path.
    const fullMd = lint(file.text, { format: 'markdown', fastPath: false });
    const fastMd = lint(file.text, { format: 'markdown' });
    assert.deepEqual(detected(fastMd), detected(fullMd), `${file.name} as markdown`);
  }
}

describe('fast path differential', () => {
  beforeEach(() => clearBlockCache());

  it('the benchmark corpus (10 MB, whose first 134 files are the 1 MB one) lints the same with and without the fast path', function () {
    // About 40 s on a quiet machine; a machine shared with other runs took over 300 s.
    this.timeout(900_000);
    compare(generateCorpus(10 * 1024 * 1024));
  });

  it('fixtures and examples lint the same with and without the fast path', () => {
    const files = [...filesUnder('fixtures/corpus'), ...filesUnder('fixtures/holdout'), ...filesUnder('examples')];
    assert.ok(files.length > 0);
    compare(files);
  });

  it('drafts whose structure the block splitter must track read the same', () => {
    const body = markdownDocument(4 * 1024);
    compare([
      // A comment, fence or raw HTML opened on the first line runs on (an unclosed one to the end).
      { name: 'comment-first.md', text: `<!-- ${body}` },
      { name: 'fence-first.md', text: `\`\`\`\n${body}` },
      { name: 'pre-first.md', text: `<pre>\n${body}` },
      // The parser drops a U+FEFF that starts its input, not one inside it (property seed 1688682863).
      { name: 'bom-block.md', text: `- I.\n\n\ufeff 🙏\n\n---\n\n${body}` },
    ]);
  });

  it('references resolve against definitions in other blocks, as in the whole draft', () => {
    const body = markdownDocument(4 * 1024);
    // A resolved reference's label is not prose; an unresolved one is text, and says "just checking in".
    const drafts = [
      { name: 'full-reference.md', text: `Hi Sam,\n\nSee [the offer][just checking in].\n\n${body}\n\n[Just  Checking In]: https://example.com\n` },
      { name: 'collapsed-reference.md', text: `Hi Sam,\n\nSee [just checking in][] today.\n\n${body}\n\n[just checking in]: https://example.com\n` },
      { name: 'definition-first.md', text: `[just checking in]: https://example.com\n\n${body}\n\nRead [the deck][just checking in] today.\n` },
      { name: 'shortcut-in-first-block.md', text: `---\ntags: [a, b]\n---\nHi Sam, [just checking in] on the deck.\n\n${body}\n\n[just checking in]: /deck\n` },
      { name: 'footnote.md', text: `Hi Sam,\n\nThe offer[^just-checking-in] stands.\n\n${body}\n\n[^just-checking-in]: Act now, it expires.\n` },
      { name: 'definition-in-list.md', text: `Hi Sam,\n\nSee [the offer][just checking in].\n\n${body}\n\n- [just checking in]: /x\n` },
      { name: 'definition-in-quote.md', text: `Hi Sam,\n\nSee [the offer][just checking in].\n\n${body}\n\n> [just checking in]: /x\n` },
      { name: 'definition-on-lines.md', text: `Hi Sam,\n\nSee [the offer][just checking in].\n\n${body}\n\n[just checking in]:\n  https://example.com\n  "Title"\n` },
      { name: 'escaped-label.md', text: `Hi Sam,\n\nSee [the offer][just checking in\\]].\n\n${body}\n\n[just checking in\\]]: /x\n` },
      // Not definitions: in a fence, or never made.
      { name: 'definition-in-code.md', text: `Hi Sam,\n\nSee [the offer][just checking in].\n\n${body}\n\n\`\`\`\n[just checking in]: /x\n\`\`\`\n` },
      { name: 'undefined-label.md', text: `Hi Sam,\n\nSee [the offer][just checking in].\n\n${body}\n\n[something else]: /x\n` },
      // A reference before a fence left open at the end: earlier definitions still count.
      { name: 'open-fence-last.md', text: `Hi Sam,\n\n[just checking in]: /x\n\n${body}\n\nSee [the offer][just checking in].\n\`\`\`\ncode` },
    ];
    compare(drafts);
    // The fast path read them (none fell back to the whole draft).
    for (const draft of drafts) {
      assert.notEqual(blocksMayReport(draft.text, speakerLists(), { key: [], test: () => true }), undefined, draft.name);
    }
  });

  it("every document shape of the language server's benchmark lints the same", () => {
    const size = 256 * 1024;
    compare([
      { name: 'playbook.md', text: playbookDocument(size) },
      { name: 'discovery-call.script', text: scriptDocument(size) },
      { name: 'thread.email', text: emailThread(size) },
      { name: 'template.html', text: htmlTemplate(size) },
      { name: 'template.txt', text: htmlTemplate(size, 5) },
      ...Object.entries(hostileDocuments(32 * 1024)).map(([name, text]) => ({ name: `${name}.md`, text })),
    ]);
  });

  it('an edited document lints the same from a warm block cache', () => {
    let text = markdownDocument(20 * 1024);
    for (let i = 0; i < 10; i++) {
      const at = text.indexOf('\n\n', Math.floor((i / 10) * text.length));
      text = `${text.slice(0, at)} Just checking in, act now.${text.slice(at)}`;
      const fast = lint(text, { filePath: 'draft.md' });
      const full = lint(text, { filePath: 'draft.md', fastPath: false });
      assert.deepEqual(detected(fast), detected(full));
    }
  });

  it('e-mails read block by block find the same history, signature and paragraphs as read whole', () => {
    const next = random(5);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const paragraphs = [
      'Just checking in on the proposal I sent last week.',
      'The pilot covers two teams.\nWe can start whenever it suits you.',
      'Act now, the offer ends Friday.',
      'On Tuesday we walked through the rollout plan.',
      'On the pricing: the quote holds until March.',
      'Thanks\nfor the notes on the draft.',
      'From: the team, with thanks.',
      '> Could you send the deck?',
      'Sent from my phone',
      '--',
    ];
    const endings = [
      '',
      'Best,\nDana',
      'Thanks,\nDana Reyes\nAcme | Sales\n555-0100',
      'Cheers',
      'Best,\n\nDana\n\nReyes\n\nAcme\n\nSales\n\n555-0100\n\nacme.example',
      'Best,\n\nDana Reyes\n\nAcme\nSales\n\n555-0100\nacme.example',
      'Best,\n\nDana Reyes\nAcme\n\nSales\n555-0100\nacme.example\nLinkedIn\nBook a call',
      '-- \nDana',
      'Best,\nDana\n\nOn Mon, Mar 3, 2025 at 9:00 AM Sam Lee <sam@example.com>\nwrote:\n> Once you sign, we start.',
      'On Mon, Sam wrote:\n> Act now.\n> Just checking in.',
      '________________________________\nFrom: Sam Lee\nSent: Monday\nTo: Dana\nSubject: Re: pilot\n\nJust checking in.',
      'From: Sam Lee\nDate: Monday\n\nAct now.',
      '-----Original Message-----\nJust checking in.',
      'Begin forwarded message:\n\nAct now.',
    ];
    for (let n = 0; n < 300; n++) {
      const body = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pick(paragraphs)).join(pick(['\n\n', '\n', '\n\n\n']));
      const head = pick(['', 'Subject: Just checking in\n\n', 'Subject: Notes\nTo: sam@example.com\n\n']);
      let text = `${head}${pick(['Hi Sam,', 'Hello,', ''])}\n\n${body}\n\n${pick(endings)}${pick(['', '\n'])}`;
      if (next() < 0.2) text = text.replace(/\n/g, '\r\n');
      const all = { key: [], test: () => true };
      const blocks = segmentEmailBlocks(text, speakerLists(), all);
      if (blocks) assert.deepEqual(blocks, segmentEmail(text), JSON.stringify(text));
      compare([{ name: `draft-${n}.email`, text }]);
    }
  });
});
