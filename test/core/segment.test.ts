import assert from 'node:assert/strict';
import { detectFormat, MERGE_TAG_PATTERNS } from '../../core/segment/index.js';
import { isGreetingLine } from '../../core/segment/lines.js';
import { MASK, type Format } from '../../core/types.js';
import { assertAbsent, assertMasked, readChecked, readsAcross, segmentWith } from './segment-helpers.js';

describe('segment: merge tags, URLs and e-mail addresses', () => {
  const tags = [
    '{{first_name}}',
    '{{ contact.firstname | default: "there" }}',
    '{first_name}',
    '[Prospect Name]',
    '[First Name]',
    '[COMPANY]',
    '*|FNAME|*',
    '%FIRSTNAME%',
    '{!Contact.FirstName}',
    '{% if company %}',
    '<<First Name>>',
    '${name}',
  ];
  for (const format of ['text', 'email', 'markdown', 'script'] as Format[]) {
    for (const tag of tags) {
      it(`masks ${tag} in ${format}, offsets intact`, () => {
        const prefix = format === 'script' ? 'REP: ' : '';
        const source = `${prefix}I'm sorry ${tag}, that one is on me.\n${prefix === '' ? '' : 'PROSPECT: ok\n'}`;
        const draft = readChecked(source, format);
        assertMasked(draft, tag);
        const seg = segmentWith(draft, 'that one is on me.');
        // The text on both sides of the tag is still the writer's.
        assert.equal(seg.text.slice(0, "I'm sorry ".length), "I'm sorry ");
      });
    }
  }

  it('exports the built-in patterns, each matching its own syntax only', () => {
    assert.ok(MERGE_TAG_PATTERNS.length >= 9);
    for (const tag of tags) assert.ok(MERGE_TAG_PATTERNS.some((re) => new RegExp(re.source).test(tag)), tag);
    for (const prose of ['20% off and 30% more', '[a link](x)', 'I (really) mean it', 'Hi there']) {
      assert.ok(!MERGE_TAG_PATTERNS.some((re) => new RegExp(re.source).test(prose) && !/\(x\)/.test(prose)), prose);
    }
  });

  it('does not take prose in brackets or percentages for tags', () => {
    const draft = readChecked('We grew 20% this year and 30% next. [see below] I (really) mean it.', 'text');
    segmentWith(draft, 'We grew 20% this year and 30% next. [see below] I (really) mean it.');
  });

  it('masks extra merge-tag patterns the caller configures', () => {
    const draft = readChecked('Hi ##first## and ~~company~~, sorry.', 'text', { mergeTags: [/##\w+##/, /~~\w+~~/g] });
    assertMasked(draft, '##first##');
    assertMasked(draft, '~~company~~');
    segmentWith(draft, ', sorry.');
  });

  it('masks URLs without their sentence punctuation, and e-mail addresses', () => {
    const source = 'See https://acme.com/a?b=c. Or (http://x.io/p_(q)) and www.acme.com/docs, acme.com/path! Mail jo.lee+x@acme.co.uk.';
    const draft = readChecked(source, 'text');
    for (const url of ['https://acme.com/a?b=c', 'http://x.io/p_(q)', 'www.acme.com/docs', 'acme.com/path', 'jo.lee+x@acme.co.uk']) assertMasked(draft, url);
    const text = draft.segments[0].text;
    // The punctuation after each one is the sentence's and stays readable.
    assert.equal(text[source.indexOf('https://acme.com/a?b=c') + 'https://acme.com/a?b=c'.length], '.');
    assert.ok(text.endsWith('.'));
    assert.ok(text.includes(', ') && text.includes('! Mail '));
    assert.ok(text.includes(') and '));
  });

  it('keeps words that merely contain dots or at-signs', () => {
    const draft = readChecked('We use Node.js, e.g. for @mentions at 5 p.m. today.', 'text');
    segmentWith(draft, 'We use Node.js, e.g. for @mentions at 5 p.m. today.');
  });
});

describe('segment: plain text, CRLF, BOM and emoji', () => {
  it('reads blank-line separated paragraphs; a paragraph spans lines', () => {
    const source = 'First line\nsecond line.\n\n\n  Next paragraph.  \n';
    const draft = readChecked(source, 'text');
    assert.deepEqual(
      draft.segments.map((s) => [s.kind, s.start, s.end]),
      [
        ['paragraph', 0, 23],
        ['paragraph', 28, 43],
      ],
    );
    assert.equal(draft.bodyStart, 0);
  });

  it('keeps CRLF inside segments, so a phrase broken across lines reads across', () => {
    const source = 'Hi Jim,\r\nI wanted to move the\r\ndeal forward.\r\n\r\nBye\r\n';
    const draft = readChecked(source, 'text');
    assert.equal(draft.eol, '\r\n');
    readsAcross(draft, 'the', 'deal');
    const seg = segmentWith(draft, 'move the\r\ndeal');
    assert.equal(seg.end, source.indexOf('forward.') + 'forward.'.length, 'the trailing CR is not prose');
  });

  it('treats a lone CR as a line break, like LSP clients do', () => {
    const text = readChecked('Act\rnow.\r\rSorry.\r', 'text');
    assert.deepEqual(text.segments.map((s) => s.text), ['Act\rnow.', 'Sorry.']);
    const script = readChecked('REP: Sorry.\rPROSPECT: Act now.\r', 'script');
    assert.deepEqual(script.segments.map((s) => s.text), ['Sorry.']);
    const email = readChecked('Hi Jim,\r\rSorry.\r\rBest,\rKristen\r', 'email');
    assert.deepEqual(email.segments.map((s) => s.text), ['Hi Jim,', 'Sorry.']);
  });

  it('never puts a leading BOM in a segment, and offsets count it', () => {
    for (const format of ['text', 'email', 'markdown', 'script'] as Format[]) {
      const source = '\uFEFFREP: Hi {{name}}, act now 🙂 please.\nPROSPECT: no\n';
      const draft = readChecked(source, format);
      assert.ok(draft.bodyStart >= 1, format);
      const seg = segmentWith(draft, 'act now 🙂 please.');
      assert.equal(seg.start >= 1, true, format);
    }
  });

  it('counts emoji as two UTF-16 units and NBSP as is', () => {
    const source = '🙂🙂 Just\u00a0checking in, {{first_name}} 👋🏽 act now.';
    const draft = readChecked(source, 'text');
    const seg = segmentWith(draft, 'act now.');
    assert.equal(seg.text.indexOf('act now.'), source.indexOf('act now.'));
    segmentWith(draft, 'Just\u00a0checking in');
    assertMasked(draft, '{{first_name}}');
  });

  it('splits an opening greeting line off the first paragraph', () => {
    const source = 'Hi {{first_name}},\nI wanted to apologize.\n';
    const draft = readChecked(source, 'text');
    assert.equal(draft.greeting?.start, 0);
    assert.equal(draft.greeting?.end, 'Hi {{first_name}},'.length);
    assert.equal(draft.greeting?.text, `Hi ${MASK.repeat(14)},`);
    assert.equal(draft.segments[1]?.text, 'I wanted to apologize.');
  });

  it('recognises greeting lines, and not sentences', () => {
    for (const g of ['Hi {{first_name}},', 'Hello Sarah,', 'Dear Ms. Lee:', 'Hey there!', 'Sarah,', '{{first_name}},', 'Good morning Jim,', 'Hi Jim']) assert.ok(isGreetingLine(g), g);
    for (const s of ['Hi Jim, just checking in on the proposal we sent over.', 'I wanted to apologize.', 'However, the plan changed.', '']) assert.ok(!isGreetingLine(s), s);
  });

  it('returns an empty draft for empty and blank input', () => {
    for (const source of ['', '\uFEFF', '\n\n  \r\n']) {
      for (const format of ['text', 'email', 'markdown', 'script'] as Format[]) {
        const draft = readChecked(source, format);
        assert.deepEqual(draft.segments, []);
      }
    }
  });
});

describe('segment: detectFormat', () => {
  const cases: Array<[string, string, { filePath?: string; languageId?: string }, Format]> = [
    ['.md', 'plain words', { filePath: 'docs/page.md' }, 'markdown'],
    ['.markdown', 'plain words', { filePath: 'PAGE.MARKDOWN' }, 'markdown'],
    ['.email', 'plain words', { filePath: 'a/b.email' }, 'email'],
    ['.eml', 'plain words', { filePath: 'b.eml' }, 'email'],
    ['.script', 'plain words', { filePath: 'call.script' }, 'script'],
    ['.script.txt', 'plain words', { filePath: 'call.script.txt' }, 'script'],
    ['.txt sniffs a Subject line', 'Subject: Hello\n\nBody', { filePath: 'draft.txt' }, 'email'],
    ['.txt sniffs plain text', 'Just some words.', { filePath: 'draft.txt' }, 'text'],
    ['.txt ignores languageId', 'Just some words.', { filePath: 'draft.txt', languageId: 'markdown' }, 'text'],
    ['languageId markdown', 'plain words', { languageId: 'markdown' }, 'markdown'],
    ['languageId email', 'plain words', { languageId: 'email' }, 'email'],
    ['languageId plaintext sniffs', 'REP: hi\nPROSPECT: hello', { languageId: 'plaintext' }, 'script'],
    ['a greeting as first line', '\n\nHi {{first_name}},\n\nI wanted to apologize.', {}, 'email'],
    ['a mail header block', 'From: a@b.com\nTo: c@d.com\n\nHello there friend.', {}, 'email'],
    ['two rep/prospect labels', 'Call\n\nREP: Hi.\nPROSPECT: Hello.', {}, 'script'],
    ['bold markdown labels', '**Rep:** Hi.\n\n**Prospect:** Hello.', {}, 'script'],
    ['named speakers', 'Kristen: Hi Jim.\nJim: Hello.\nKristen: Bye.', {}, 'script'],
    ['one label is not a script', 'REP: Hi there, nice to meet you.\nAnd more text.', {}, 'text'],
    ['colon words are not speakers', 'Pricing: $50 a month.\nSupport: all week.\nStep 1: read.', {}, 'text'],
    ['an ATX heading', '# Title\n\nText', {}, 'markdown'],
    ['a code fence', 'Text\n```\ncode\n```', {}, 'markdown'],
    ['a link', 'See [this](https://x.com).', {}, 'markdown'],
    ['front matter', '---\ntitle: x\n---\nText', {}, 'markdown'],
    ['a list over several lines', 'Text\n- one\n- two', {}, 'markdown'],
    ['a single dash line is not a list', 'Text\n- one', {}, 'text'],
    ['plain text', 'Just a voicemail. Call me back.', {}, 'text'],
  ];
  for (const [name, text, opts, expected] of cases) {
    it(`${name} → ${expected}`, () => assert.equal(detectFormat(text, opts), expected));
  }

  it('an unlabelled voicemail read as a script is all prose', () => {
    const draft = readChecked("Hi Jim, it's Kristen.\nI'm sorry I dropped the ball.\n\nCall me back when you can.", 'script');
    assert.deepEqual(draft.segments.map((s) => s.kind), ['paragraph', 'paragraph']);
    assertAbsent(draft, 'REP');
  });
});
