/**
 * .eml messages with encoded prose: RFC 2047 subjects, quoted-printable and
 * base64 bodies, HTML-only bodies. The decoded text is checked against
 * postal-mime's own parser; findings in encoded text point at the part's
 * first line, quote the decoded phrase and carry no rewrite.
 */
import assert from 'node:assert/strict';
import { rewriteDraft } from '../../core/rewrite/draft.js';
import { readFileSync } from 'node:fs';
import PostalMime from 'postal-mime';
import { lint } from '../../core/engine.js';
import { fixText } from '../../core/fix.js';
import { mimeView } from '../../core/segment/mime.js';
import type { Finding } from '../../core/types.js';

const crlf = (...lines: string[]): string => lines.join('\r\n');
const lintEml = (source: string): Finding[] => lint(source, { filePath: 'message.eml' });
const EXAMPLE = 'examples/renewal-followup.eml';

/** Text with line ends and runs of blank space made comparable. */
const normalized = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim();

function multipart(plain: { encoding: string; body: string } | null, html: { encoding: string; body: string } | null, subject = 'Checking in'): string {
  const parts: string[] = [];
  for (const [type, part] of [['text/plain', plain], ['text/html', html]] as const) {
    if (!part) continue;
    parts.push('--b1', `Content-Type: ${type}; charset=utf-8`, `Content-Transfer-Encoding: ${part.encoding}`, '', part.body, '');
  }
  return crlf(
    'From: Dana <dana@acme.example>',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    ...parts,
    '--b1--',
    '',
  );
}

describe('.eml with encoded parts', () => {
  it('decodes the example the way postal-mime does (subject and quoted-printable body)', async () => {
    const source = readFileSync(EXAMPLE, 'utf8');
    const parsed = await PostalMime.parse(source);
    const view = mimeView(source)!;
    assert.ok(view);
    assert.ok(view.text.startsWith(`Subject: ${parsed.subject}\n\n`));
    assert.equal(normalized(view.text.slice(view.text.indexOf('\n\n') + 2)), normalized(parsed.text!));
    assert.match(view.text, /haven’t heard back/);
    assert.match(view.text, /this offer expires Friday —/, 'the soft line break joins the phrase');
  });

  it('reports phrases in a quoted-printable body at the part’s first line, decoded, without rewrites', () => {
    const source = readFileSync(EXAMPLE, 'utf8');
    const findings = lintEml(source);
    const firstLine = source.indexOf('Hi {{first_name}},\r\n\r\nI haven=E2=80=99t');
    const body = findings.filter((f) => f.unfixable);
    assert.ok(body.length >= 4);
    for (const f of body) {
      assert.equal(f.start, firstLine);
      assert.equal(source.slice(f.start, f.end), 'Hi {{first_name}},');
      assert.equal(f.fix, undefined);
      assert.deepEqual(f.suggestions, []);
      assert.match(f.message, /quoted-printable text\/plain part, read decoded; --fix does not edit encoded text\)$/);
    }
    assert.ok(body.some((f) => f.message.includes('`haven’t heard back`')));
    assert.ok(body.some((f) => f.message.includes('`offer expires Friday`')));
  });

  it('keeps exact offsets for a plain Subject, rewrites it, and never edits the encoded body', () => {
    const source = readFileSync(EXAMPLE, 'utf8');
    const subject = lintEml(source).find((f) => f.message.includes('radar'))!;
    assert.equal(source.slice(subject.start, subject.end), 'Is this still on your radar');
    assert.equal(subject.unfixable, undefined);
    const fixed = rewriteDraft(source, { filePath: EXAMPLE }).output;
    const bodyFrom = source.indexOf('--=_harbourline_01');
    assert.equal(fixed.slice(fixed.indexOf('--=_harbourline_01')), source.slice(bodyFrom), 'the MIME body is byte for byte the same');
    assert.match(fixed, /^Subject: Is this still worth exploring\?\r$/im);
  });

  it('decodes an RFC 2047 subject and locks it', () => {
    const source = multipart({ encoding: '7bit', body: 'Hello Sam,\r\n\r\nThe notes from Tuesday are attached.' }, null, '=?UTF-8?Q?Just_checking_in?=');
    const findings = lintEml(source).filter((finding) => finding.ruleId === 'sales-pressure');
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.match(f.message, /`Just checking in`.*RFC 2047 encoded Subject/);
    assert.equal(source.slice(f.start, f.end), 'Subject: =?UTF-8?Q?Just_checking_in?=');
    assert.equal(f.fix, undefined);
  });

  it('reads a 7bit text/plain part at exact offsets when only the subject is encoded', () => {
    const source = multipart({ encoding: '7bit', body: 'Hello Sam,\r\n\r\nThe clock is ticking on this one.' }, null, '=?UTF-8?B?SGVsbG8=?=');
    const f = lintEml(source).find((finding) => finding.message.includes('ticking'))!;
    assert.equal(source.slice(f.start, f.end), 'The clock is ticking');
    assert.ok(f.suggestions.length > 0, 'a rewrite over plain 7bit text is kept');
    assert.equal(f.unfixable, undefined);
  });

  it('falls back to the text/html part: 7bit at exact offsets, base64 decoded and locked', async () => {
    const html = '<p>Hello Sam,</p><p>I haven&rsquo;t heard back, and the clock is ticking.</p>';
    const plainHtml = multipart(null, { encoding: '7bit', body: html });
    const found = lintEml(plainHtml);
    const chasing = found.find((f) => f.message.includes('heard back'))!;
    assert.equal(plainHtml.slice(chasing.start, chasing.end), 'haven&rsquo;t heard back');
    // (An opening that chases gets the opener only as a suggestion; this one observes the silence.)
    const quiet = multipart(null, { encoding: '7bit', body: '<p>Hello Sam,</p><p>It&rsquo;s been a few weeks since we spoke about the pilot.</p>' });
    const fixed = fixText(quiet, { filePath: 'm.eml' }).output;
    // A 7bit part stays 7-bit: the rewrite's typography goes in as character references.
    assert.match(fixed, /<p>Hello Sam,<\/p><p>I wanted to apologize &#8212; .* about the sale\.\s+It&rsquo;s been a few weeks since we spoke about the pilot\.<\/p>/);
    assert.ok(/^[\x00-\x7f]*$/.test(fixed), 'the message is still 7-bit');

    const encoded = multipart(null, { encoding: 'base64', body: Buffer.from(html).toString('base64') });
    const parsed = await PostalMime.parse(encoded);
    assert.equal(parsed.html, html);
    const locked = lintEml(encoded).find((f) => f.message.includes('heard back'))!;
    assert.match(locked.message, /base64 text\/html part/);
    assert.equal(locked.fix, undefined);
    assert.equal(fixText(encoded, { filePath: 'm.eml' }).output, encoded);
  });

  it('reads malformed messages without throwing', () => {
    for (const source of [
      crlf('Subject: =?UTF-8?Q?broken', 'Content-Type: text/plain', 'Content-Transfer-Encoding: quoted-printable', '', 'Just checking in =ZZ =E2=80', ''),
      crlf('Subject: hi', 'Content-Type: multipart/mixed; boundary="x"', '', '--x', 'Content-Transfer-Encoding: base64', '', '@@@not base64!!', ''),
      crlf('Subject: hi', 'Content-Type: text/plain; charset=x-unknown-charset', 'Content-Transfer-Encoding: quoted-printable', '', 'act now=', ''),
      crlf('Subject: hi', 'Content-Type: multipart/alternative', '', 'no boundary at all, just checking in'),
      crlf('Subject: =?x?Q?=FF?=', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="a"', '', '--a', 'Content-Type: multipart/mixed; boundary="a"', '', '--a'),
    ]) {
      const findings = lintEml(source);
      for (const f of findings) assert.ok(f.start >= 0 && f.end <= source.length && f.start <= f.end, source);
      assert.equal(fixText(source, { filePath: 'm.eml' }).output.length >= 0, true);
    }
    assert.ok(lintEml(crlf('Subject: hi', 'Content-Type: text/plain; charset=x-unknown-charset', 'Content-Transfer-Encoding: quoted-printable', '', 'act now=', '')).some((f) => f.message.includes('act now')));
  });

  it('leaves a plain 7bit message to the e-mail reader, as before', () => {
    assert.equal(mimeView(crlf('Subject: Notes', 'From: a@b.example', '', 'Hello Sam,', '', 'Just checking in.')), undefined);
    assert.equal(mimeView(multipart({ encoding: '7bit', body: 'Just checking in.' }, { encoding: '7bit', body: '<p>x</p>' })), undefined);
  });
});
