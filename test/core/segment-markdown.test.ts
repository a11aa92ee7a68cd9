import assert from 'node:assert/strict';
import { lint } from '../../core/engine.js';
import { MASK } from '../../core/types.js';
import { assertAbsent, assertMasked, fixture, prose, readChecked, readsAcross, segmentWith } from './segment-helpers.js';

describe('segment: markdown landing page', () => {
  const source = fixture('landing-page.md');
  const draft = readChecked(source, 'markdown');

  it('parses the front matter and keeps it out of the prose', () => {
    assert.deepEqual(draft.frontMatter, {
      title: 'Pipeline Review for Small Teams',
      type: 'landing-page',
      cta: 'Act now – only 3 spots left',
    });
    assertAbsent(draft, 'Pipeline Review');
    assertAbsent(draft, 'only 3 spots left');
    assert.equal(draft.bodyStart, source.indexOf('# Stop chasing'));
  });

  it('reads the heading text without its marker', () => {
    const heading = segmentWith(draft, 'Stop chasing, start listening');
    assert.equal(heading.kind, 'heading');
    assert.equal(heading.start, source.indexOf('Stop chasing'));
  });

  it('masks inline code inside a paragraph and reads a paragraph across its line break', () => {
    assertMasked(draft, '`{{template.just_checking_in}}`');
    const seg = segmentWith(draft, 'email every week. We think there is a\nbetter way: ');
    assert.equal(seg.kind, 'paragraph');
  });

  it('leaves HTML comments, code fences and images out', () => {
    assertAbsent(draft, 'TODO');
    assertAbsent(draft, 'banner');
    assertAbsent(draft, 'sendEmail');
    assertAbsent(draft, 'Just following up');
    assertAbsent(draft, 'hero');
    assertAbsent(draft, 'Act now hero');
  });

  it('reads link text but masks destinations, titles, autolinks and bare URLs', () => {
    segmentWith(draft, 'the playbook');
    assertAbsent(draft, 'acme.example.com');
    assertAbsent(draft, 'download');
    assertMasked(draft, '<https://acme.com/limited-time-offer>');
    assertMasked(draft, 'www.acme.com/docs');
    segmentWith(draft, ' today.');
  });

  it('reads table cells', () => {
    const cell = segmentWith(draft, 'Honest feedback on your copy');
    assert.equal(cell.kind, 'table-cell');
    assert.equal(cell.start, source.indexOf('Honest feedback'));
    assert.equal(segmentWith(draft, 'Starter').kind, 'table-cell');
  });

  it('reads a block quote across its continuation line, masking the marker', () => {
    const quote = segmentWith(draft, 'Our old emails tried to move the');
    assert.equal(quote.kind, 'blockquote');
    readsAcross(draft, 'the', 'deal');
    const marker = source.indexOf('> deal');
    assert.equal(quote.text[marker - quote.start], MASK);
  });

  it('reads list items, including their continuation lines', () => {
    const item = segmentWith(draft, 'Ask where things stand,\n  whatever they decide.');
    assert.equal(item.kind, 'list-item');
    assert.equal(segmentWith(draft, 'Offer an easy "no".').kind, 'list-item');
  });

  it('masks e-mail addresses and footnote markers, and reads the footnote text', () => {
    assertMasked(draft, 'sales@acme.com');
    assertMasked(draft, '[^1]');
    segmentWith(draft, 'We answer within a day.');
  });
});

describe('segment: markdown constructs', () => {
  it('splits a greeting line off the first paragraph, keeping its merge tag masked', () => {
    const source = '# Re: our call\n\nHi {{first_name}},\nI wanted to apologize.\n';
    const draft = readChecked(source, 'markdown');
    assert.equal(draft.greeting?.start, source.indexOf('Hi '));
    assert.equal(draft.greeting?.text, `Hi ${MASK.repeat('{{first_name}}'.length)},`);
    assert.equal(segmentWith(draft, 'I wanted to apologize.').kind, 'paragraph');
    assert.equal(draft.bodyStart, 0);
  });

  it('leaves out a trailing sign-off block, in markdown as in plain text', () => {
    for (const format of ['markdown', 'text'] as const) {
      const draft = readChecked('Hi Jim,\n\nSorry about that.\n\nWarmly,\nHannah\nAcme\n', format);
      assert.equal(prose(draft), 'Hi Jim,\nSorry about that.', format);
    }
    const kept = readChecked('Thanks for the call.\n\nHere is what I heard from you today, in order.\n', 'markdown');
    assert.equal(kept.segments.length, 2);
  });

  it('masks emphasis markers and inline HTML, keeping the words', () => {
    const source = 'I am **just** checking <span class="x">in</span> _today_.\n';
    const draft = readChecked(source, 'markdown');
    const text = draft.segments[0].text;
    assert.equal(text.replaceAll(MASK, ''), 'I am just checking in today.');
    assertAbsent(draft, 'span');
  });

  it('masks entity-encoded text by source offsets, not decoded values', () => {
    const source = 'Act now &mdash; only &amp; always.\n';
    const draft = readChecked(source, 'markdown');
    segmentWith(draft, 'Act now &mdash; only &amp; always.');
  });

  it('reads a task list item without its checkbox', () => {
    const draft = readChecked('- [ ] Ask for feedback\n- [x] Apologise\n', 'markdown');
    assert.deepEqual(draft.segments.map((s) => s.text), ['Ask for feedback', 'Apologise']);
  });

  it('reads setext headings and nested quotes', () => {
    const source = 'Last chance\n===========\n\n> > Act now,\n> > please.\n';
    const draft = readChecked(source, 'markdown');
    assert.equal(segmentWith(draft, 'Last chance').kind, 'heading');
    readsAcross(draft, 'now,', 'please');
  });

  it('ignores invalid YAML front matter but still leaves it out', () => {
    const source = '---\n: : [unclosed\n---\nHello world.\n';
    const draft = readChecked(source, 'markdown');
    assert.equal(draft.frontMatter, undefined);
    assert.deepEqual(draft.segments.map((s) => s.text), ['Hello world.']);
  });

  it('leaves out HTML blocks, definitions and thematic breaks', () => {
    const source = '<div>\nAct now\n</div>\n\n[ref]: https://x.com "Act now"\n\n***\n\nText.\n';
    const draft = readChecked(source, 'markdown');
    assert.equal(prose(draft), 'Text.');
  });

  it('keeps a BOM out and shifts remark offsets past it', () => {
    const source = '\uFEFF---\na: 1\n---\n# Title\n\nBody text.\n';
    const draft = readChecked(source, 'markdown');
    assert.equal(segmentWith(draft, 'Title').start, source.indexOf('Title'));
    assert.equal(draft.bodyStart, source.indexOf('# Title'));
    assert.deepEqual(draft.frontMatter, { a: 1 });
  });

  it('keeps CRLF inside markdown segments', () => {
    const source = 'Move the\r\ndeal forward.\r\n\r\n> quoted\r\n> deal\r\n';
    const draft = readChecked(source, 'markdown');
    assert.equal(draft.eol, '\r\n');
    segmentWith(draft, 'Move the\r\ndeal forward.');
    readsAcross(draft, 'quoted', 'deal');
  });
});

describe('segment: markdown call scripts', () => {
  const source = [
    '# Voicemail script',
    '',
    'Use this when a prospect goes quiet.',
    '',
    "**Rep:** Hi {{first_name}}, it's Kristen. [pause] I'm sorry, that's on me.",
    '',
    'I was pushing to close the deal. (wait for answer)',
    '',
    '**Prospect:** Just checking in, act now.',
    '',
    'I mean it, lock this in.',
    '',
    '**Rep:** Whatever you decide is fine.',
    '**Prospect:** Ok.',
    '',
  ].join('\n');
  const draft = readChecked(source, 'markdown');

  it("reads only the rep's turns as speaker lines, continuations included", () => {
    assert.equal(segmentWith(draft, "it's Kristen.").kind, 'speaker-line');
    assert.equal(segmentWith(draft, 'I was pushing to close the deal.').kind, 'speaker-line');
    assert.equal(segmentWith(draft, 'Whatever you decide is fine.').kind, 'speaker-line');
    assertAbsent(draft, 'Just checking in');
    assertAbsent(draft, 'lock this in');
    assertAbsent(draft, 'Ok.');
    assertAbsent(draft, 'Rep:');
  });

  it('masks stage directions in the rep turns', () => {
    assertMasked(draft, '[pause]');
    assertMasked(draft, '(wait for answer)');
  });

  it('keeps the intro prose and heading as they are', () => {
    assert.equal(segmentWith(draft, 'Use this when a prospect goes quiet.').kind, 'paragraph');
    assert.equal(segmentWith(draft, 'Voicemail script').kind, 'heading');
  });
});

describe('segment: markdown named speakers', () => {
  it('reads a page of bold lead-ins as prose, not as speakers who each speak once', () => {
    const source = [
      '# Features',
      '',
      '**Security:** Act now, the offer ends Friday.',
      '',
      '**Onboarding:** Just checking in on the rollout.',
      '',
      '**Integrations:** Lock in your rate today.',
      '',
    ].join('\n');
    const draft = readChecked(source, 'markdown');
    for (const text of ['Act now', 'Just checking in', 'Lock in your rate']) assert.equal(segmentWith(draft, text).kind, 'paragraph');
  });

  it('reads a playbook whose bold lead-ins repeat as prose: topics are not people taking turns', () => {
    const source = [
      '# Rollout playbook',
      '',
      "**Security:** Your data stays in your region. Once you sign, we start. Don't miss out.",
      '',
      "**Onboarding:** Three weeks, one call a week. Once you sign, we start. Don't miss out.",
      '',
      "**Security:** We publish our reports. Once you sign, we start. Don't miss out.",
      '',
      "**Onboarding:** Once you sign, we start. Don't miss out.",
      '',
    ].join('\n');
    const findings = lint(source, { filePath: 'playbook.md' });
    /** The sections (0–3) in which `phrase` is reported. */
    const sections = (phrase: string): number[] =>
      findings.filter((f) => source.slice(f.start, f.end) === phrase).map((f) => source.slice(0, f.start).split('\n**').length - 2);
    assert.deepEqual(sections('Once you sign'), [0, 1, 2, 3]);
    assert.deepEqual(sections("Don't miss out"), [0, 1, 2, 3]);
    // The block fast path and the whole-draft reading agree.
    assert.deepEqual(findings, lint(source, { filePath: 'playbook.md', fastPath: false }));
  });

  it('reads named speakers who take turns as a script: the first to speak is the rep', () => {
    const source = [
      '**Sam:** Hi Priya, I owe you an apology for the last call.',
      '',
      '**Priya:** Just checking in, act now.',
      '',
      '**Sam:** Whatever you decide is fine.',
      '',
    ].join('\n');
    const draft = readChecked(source, 'markdown');
    assert.equal(segmentWith(draft, 'I owe you an apology').kind, 'speaker-line');
    assert.equal(segmentWith(draft, 'Whatever you decide is fine.').kind, 'speaker-line');
    assertAbsent(draft, 'Just checking in');
  });
});
