import assert from 'node:assert/strict';
import { detectFormat } from '../../core/segment/index.js';
import { assertAbsent, assertMasked, fixture, prose, readChecked, segmentWith } from './segment-helpers.js';

describe('segment: call script with REP/PROSPECT labels', () => {
  const source = fixture('rep-prospect.script');
  const draft = readChecked(source, 'script');

  it('is detected as a script by extension and by content', () => {
    assert.equal(detectFormat(source, { filePath: 'calls/rep-prospect.script' }), 'script');
    assert.equal(detectFormat(source, {}), 'script');
  });

  it("reads the rep's lines, without the label, as speaker lines", () => {
    const first = segmentWith(draft, "I'm calling to apologize.\nI think I may have dropped the ball after our demo.");
    assert.equal(first.kind, 'speaker-line');
    assert.equal(first.start, source.indexOf('Hi Jim, this is Kristen'));
    assert.equal(draft.bodyStart, first.start);
    segmentWith(draft, "That's on me, not you.");
    segmentWith(draft, 'Where do you think we should go from here?');
    segmentWith(draft, 'Whatever you decide is fine.');
    segmentWith(draft, 'No pressure at all.');
    assert.ok(draft.segments.every((s) => s.kind === 'speaker-line'));
    assert.equal(draft.segments.length, 5);
  });

  it("leaves out the title, notes, goals and the prospect's lines", () => {
    assertAbsent(draft, 'went silent');
    assertAbsent(draft, 'Move the deal forward');
    assertAbsent(draft, 'just check in');
    assertAbsent(draft, 'close the deal');
    assertAbsent(draft, 'act now');
    assertAbsent(draft, 'REP');
  });

  it('masks stage directions', () => {
    assertMasked(draft, '[pause]');
    assertMasked(draft, '(wait for answer)');
    assertMasked(draft, '*laughs*');
  });
});

describe('segment: call script with named speakers', () => {
  const source = fixture('named-speakers.script.txt');

  it('takes the first speaker for the rep', () => {
    const draft = readChecked(source, detectFormat(source, { filePath: 'named-speakers.script.txt' }));
    assert.equal(draft.format, 'script');
    assert.equal(
      prose(draft),
      [
        "Hi Jim, it's Kristen. I'm sorry, I think I dropped the ball.",
        "I'm not calling to move anything forward,\njust to bring closure either way.",
        'Thanks, Jim.',
      ].join('\n'),
    );
  });

  it('reads the second speaker as the prospect and anyone after them as the rep’s side', () => {
    const draft = readChecked('Marco: Welcome back.\nDana: It was lovely.\nDenise: Only two weeks are left this season.\nDana: We will sleep on it.\n', 'script');
    assert.equal(prose(draft), 'Welcome back.\nOnly two weeks are left this season.');
  });

  it('lets configured speaker lists override the first-speaker rule', () => {
    const draft = readChecked(source, 'script', { speakers: { rep: ['Jim'] } });
    assert.equal(prose(draft), "Just checking in on my side too, act now.\nOkay, let's lock this in.");
  });

  it('accepts configured other-speaker labels', () => {
    const draft = readChecked('CLOSER: act now.\nREP: Sorry.\nPROSPECT: ok', 'script', { speakers: { other: ['closer'] } });
    assert.equal(prose(draft), 'Sorry.');
  });
});

describe('segment: script label syntaxes', () => {
  const reps = ['REP:', 'Rep:', 'ME:', 'AGENT:', 'SDR:', 'AE:', 'You:', 'SALES:', 'Salesperson:', 'Caller (Rep):', '**Rep:**', '**Rep**:', 'Rep -', 'Rep –', '[REP]', '[REP]:', '  rep :'];
  for (const label of reps) {
    it(`reads "${label}" as the rep`, () => {
      const draft = readChecked(`${label} Sorry about that.\nPROSPECT: Act now.\n`, 'script');
      assert.equal(prose(draft), 'Sorry about that.');
    });
  }

  const others = ['PROSPECT:', 'CUSTOMER:', 'CLIENT:', 'THEM:', 'CALLER:', 'COACH:', 'LEAD:', 'BUYER:', 'GATEKEEPER:', 'NOTE:', 'NOTES:', 'TIP:', 'GOAL:', 'OBJECTIVE:', 'CONTEXT:', 'TITLE:', '**Prospect:**'];
  for (const label of others) {
    it(`leaves out "${label}" lines`, () => {
      const draft = readChecked(`REP: Sorry.\n${label} Act now.\nThis continues.\nREP: Bye.\n`, 'script');
      assert.equal(prose(draft), 'Sorry.\nBye.');
    });
  }

  it('ends a turn at a heading; text before the first label is not speech', () => {
    const draft = readChecked('Voicemail v2\n\nREP: Sorry.\n## If they answer\nAct now.\n\nPROSPECT: Hi.\n', 'script');
    assert.equal(prose(draft), 'Sorry.');
  });

  it('splits a rep turn at blank lines; unlabelled paragraphs stay with the speaker', () => {
    const source = 'REP: Sorry.\n\nThat was on me.\n\nPROSPECT: Ok.\n\nAct now.\n';
    const draft = readChecked(source, 'script');
    assert.deepEqual(draft.segments.map((s) => s.text), ['Sorry.', 'That was on me.']);
  });

  it('masks (pause), [if voicemail] and _smiles_, keeps ordinary parentheses', () => {
    const draft = readChecked('REP: (pause) Hi [if voicemail] there _smiles_ (or email me) ok.\nPROSPECT: hi\n', 'script');
    assertMasked(draft, '(pause)');
    assertMasked(draft, '[if voicemail]');
    assertMasked(draft, '_smiles_');
    segmentWith(draft, '(or email me) ok.');
  });

  it('keeps CRLF and masks merge tags in rep lines', () => {
    const draft = readChecked('REP: Hi {first_name}, sorry\r\nabout that.\r\nPROSPECT: Ok\r\n', 'script');
    assertMasked(draft, '{first_name}');
    segmentWith(draft, 'sorry\r\nabout that.');
  });
});
