import assert from 'node:assert/strict';
import { assertAbsent, assertMasked, fixture, prose, readChecked, segmentWith } from './segment-helpers.js';

describe('segment: .eml with a quoted reply and a signature', () => {
  const source = fixture('reply-with-signature.eml');
  const draft = readChecked(source, 'email');

  it('reads the Subject value as a subject segment', () => {
    assert.equal(draft.subject?.kind, 'subject');
    assert.equal(draft.subject?.text, 'Re: Our conversation in March');
    assert.equal(draft.subject?.start, source.indexOf('Re: Our conversation'));
    assert.equal(draft.segments[0], draft.subject);
  });

  it('leaves every other header out, folded lines included', () => {
    for (const fragment of ['Kristen Lee <', 'mx.example.net', 'ESMTPS', 'just-checking-in', 'Act Now Mailer', 'text/plain', '7bit', '2024']) assertAbsent(draft, fragment);
  });

  it('starts the body at the greeting', () => {
    assert.equal(draft.greeting?.text, 'Hi Jim,');
    assert.equal(draft.greeting?.start, source.indexOf('Hi Jim,'));
    assert.equal(draft.bodyStart, draft.greeting?.start);
  });

  it('reads the body paragraphs, across their line breaks', () => {
    segmentWith(draft, 'I may have dropped the ball after our call,\nand that\'s on me.');
    segmentWith(draft, 'Would you be open to sharing where things stand, whatever you decide?');
  });

  it('leaves out "Sent from my iPhone", the signature and the quoted history', () => {
    assertAbsent(draft, 'Sent from my iPhone');
    assertAbsent(draft, 'Best,');
    assertAbsent(draft, 'Account Executive');
    assertAbsent(draft, '555');
    assertAbsent(draft, 'wrote:');
    assertAbsent(draft, 'just following up');
    assertAbsent(draft, 'Act now please');
    assert.equal(draft.segments.length, 4);
  });
});

describe('segment: pasted e-mail drafts', () => {
  it('reads Subject, greeting and body; a body directly under the Subject line', () => {
    const source = 'Subject: Quick question\nHi {{first_name}},\nJust checking in.\n';
    const draft = readChecked(source, 'email');
    assert.equal(draft.subject?.text, 'Quick question');
    assert.equal(draft.greeting?.start, source.indexOf('Hi '));
    segmentWith(draft, 'Just checking in.');
  });

  it('masks merge tags in the Subject line', () => {
    const draft = readChecked('Subject: {{first_name}}, last chance\n\nHello.\n', 'email');
    assertMasked(draft, '{{first_name}}');
    assert.ok(draft.subject?.text.endsWith(', last chance'));
  });

  it('does not read a greeting with a colon as a header', () => {
    const draft = readChecked('Dear Ms. Lee:\n\nI wanted to apologize.\n', 'email');
    assert.equal(draft.subject, undefined);
    assert.equal(draft.greeting?.text, 'Dear Ms. Lee:');
  });

  it('leaves out a -- signature', () => {
    for (const sep of ['-- ', '--']) {
      const draft = readChecked(`Hi Jim,\n\nSorry about that.\n\n${sep}\nKristen | Act now at acme.com\n`, 'email');
      assert.equal(prose(draft), 'Hi Jim,\nSorry about that.');
    }
  });

  it('leaves out a valediction block of up to six short lines', () => {
    const valedictions = ['Best,', 'Thanks,', 'Thank you,', 'Cheers,', 'Regards,', 'Best regards,', 'Kind regards,', 'Warm regards,', 'Warmly,', 'Sincerely,', 'Talk soon,', 'All the best,', 'Many thanks,', 'Take care,'];
    for (const v of valedictions) {
      const draft = readChecked(`Hi Jim,\n\nSorry about that.\n\n${v}\nKristen\nAE, Acme\nAct now: 555-0100\n`, 'email');
      assert.equal(prose(draft), 'Hi Jim,\nSorry about that.', v);
    }
  });

  it('takes a short sign-off line opening with a sign-off word for a valediction', () => {
    const draft = readChecked('Hi Jim,\n\nSorry about that.\n\nThanks either way,\nJordan\n', 'email');
    assert.equal(prose(draft), 'Hi Jim,\nSorry about that.');
  });

  it('keeps text after a valediction-like line when more than six lines follow', () => {
    const lines = Array.from({ length: 7 }, (_, i) => `Point ${i + 1}.`);
    const draft = readChecked(`Thanks,\n${lines.join('\n')}\n`, 'email');
    segmentWith(draft, 'Point 7.');
  });

  it('keeps a valediction that is followed by long lines', () => {
    const draft = readChecked(`Thanks!\n${'This is a long sentence that goes on for much longer than any signature line would. '.repeat(2)}\n`, 'email');
    segmentWith(draft, 'This is a long sentence');
  });

  it('leaves out quoted lines anywhere, splitting the paragraph around them', () => {
    const source = 'I hear you.\n> Just checking in?\nThat is fair.\n';
    const draft = readChecked(source, 'email');
    assert.equal(prose(draft), 'I hear you.\nThat is fair.');
  });

  it('leaves out a bracketed note to the writer on a line of its own, as plain text does (property seed 722110363)', () => {
    const source = 'Hi Sam,\n\n[pause for their answer]\nThanks for the call last week.\n[Insert the case study link]\n';
    const draft = readChecked(source, 'email');
    assertAbsent(draft, 'pause');
    assertAbsent(draft, 'case study');
    assert.ok(prose(draft).includes('Thanks for the call last week.'));
    // A button's text in capitals is what the reader sees: it stays.
    assert.ok(prose(readChecked('Hi Sam,\n\nThe sale is on.\n\n[CLAIM YOURS BEFORE IT IS GONE]\n', 'email')).includes('CLAIM YOURS'));
  });

  it('leaves out an "On … wrote:" line on one or two lines and everything after', () => {
    for (const on of ['On Mon, May 13, 2024 at 4:01 PM Jim <jim@x.com> wrote:', 'On Mon, May 13, 2024 at 4:01 PM Jim Park <jim@x.com>\nwrote:']) {
      const draft = readChecked(`Sorry about that.\n\n${on}\n\nAct now, unquoted history.\n`, 'email');
      assert.equal(prose(draft), 'Sorry about that.', on);
    }
  });

  it('leaves out Outlook From/Sent blocks, Original Message and forwarded blocks', () => {
    const histories = [
      '________________________________\nFrom: Jim Park <jim@x.com>\nSent: Monday, May 13, 2024 4:01 PM\nTo: Kristen\nSubject: act now\n\nJust checking in.',
      'From: Jim Park\nSent: Monday, May 13, 2024 4:01 PM\nTo: Kristen\n\nJust checking in.',
      '-----Original Message-----\nFrom: Jim\nJust checking in.',
      '---------- Forwarded message ---------\nFrom: Jim <jim@x.com>\nDate: Mon, May 13, 2024\nSubject: act now\n\nJust checking in.',
    ];
    for (const history of histories) {
      const draft = readChecked(`Hi Kristen,\n\nSee below, sorry for the delay.\n\n${history}\n`, 'email');
      assert.equal(prose(draft), 'Hi Kristen,\nSee below, sorry for the delay.', history);
    }
  });

  it('keeps CRLF line ends inside paragraphs', () => {
    const source = 'Subject: Hi\r\n\r\nHello Jim,\r\n\r\nI may have dropped\r\nthe ball.\r\n\r\nBest,\r\nKristen\r\n';
    const draft = readChecked(source, 'email');
    assert.equal(draft.eol, '\r\n');
    segmentWith(draft, 'I may have dropped\r\nthe ball.');
    assertAbsent(draft, 'Kristen');
  });
});

describe('segment: MIME multipart .eml', () => {
  const source = [
    'From: Kristen <k@acme.example>',
    'To: jim@prospect.example',
    'Subject: =?UTF-8?Q?Sorry_=E2=80=94_my_fault?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    'This is a multi-part message in MIME format. Act now.',
    '--outer',
    'Content-Type: multipart/alternative;',
    ' boundary="inner"',
    '',
    '--inner',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Hi Jim,',
    '',
    'I think I dropped the ball =E2=80=94 that=',
    "'s on me.",
    '',
    '--inner',
    'Content-Type: text/html; charset=UTF-8',
    '',
    '<p>Hi Jim, <b>act now</b>, limited time.</p>',
    '--inner--',
    '',
    '--outer',
    'Content-Type: application/pdf; name="act-now.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    'QWN0IG5vdyEgTGltaXRlZCB0aW1lIG9mZmVyLg==',
    '--outer--',
    '',
  ].join('\r\n');
  const draft = readChecked(source, 'email');

  it('reads only the text/plain part as the body', () => {
    assert.equal(draft.greeting?.text, 'Hi Jim,');
    segmentWith(draft, 'I think I dropped the ball');
    for (const fragment of ['multi-part', '--inner', '--outer', 'Content-Type', '<p>', 'limited time', 'QWN0', 'act-now', 'act now']) assertAbsent(draft, fragment);
    assert.equal(draft.bodyStart, source.indexOf('Hi Jim,'));
  });

  it('masks quoted-printable escapes and soft line breaks', () => {
    assertMasked(draft, '=E2=80=94');
    const seg = segmentWith(draft, 'I think I dropped the ball');
    const soft = source.indexOf('that=') + 4;
    assert.equal(seg.text[soft - seg.start], '\u0001');
  });

  it('masks RFC 2047 encoded words in the subject', () => {
    assert.ok(draft.subject);
    assert.match(draft.subject.text, /^\u0001+$/);
  });
});
