/**
 * HTML e-mail templates: what is prose, where findings land in the source, and
 * that a fix never breaks the markup. Trees are compared with the same parser
 * the reader uses (rehype-parse).
 */
import assert from 'node:assert/strict';
import { rewriteDraft } from '../../core/rewrite/draft.js';
import { readFileSync } from 'node:fs';
import type { Nodes } from 'hast';
import { lint } from '../../core/engine.js';
import { detectFormat } from '../../core/segment/index.js';
import { applySuppressions } from '../../core/suppress.js';
import { decodeEntity, htmlView, parseHtml } from '../../core/segment/html.js';
import type { Finding } from '../../core/types.js';
import { findingToSource } from '../../core/segment/view.js';

const html = (body: string): string => `<!DOCTYPE html>\n<html>\n<head><title>t</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
const lintHtml = (source: string): Finding[] => lint(source, { filePath: 'draft.html' });
const phrases = (source: string, findings = lintHtml(source)): string[] =>
  findings.filter((f) => f.ruleId !== 'missing-apology-opener').map((f) => source.slice(f.start, f.end));

/** A tree's shape: every element, attribute and comment, with text nodes as `#text`. */
function shape(node: Nodes): unknown {
  if (node.type === 'text') return '#text';
  if (node.type === 'comment') return `<!--${node.value}-->`;
  if (node.type === 'doctype') return '<!doctype>';
  const children = (node.children as Nodes[]).map(shape);
  if (node.type === 'root') return children;
  return { tag: node.tagName, properties: node.properties, children };
}

function texts(node: Nodes, out: string[] = []): string[] {
  if (node.type === 'text') out.push(node.value);
  if ('children' in node) for (const child of node.children as Nodes[]) texts(child, out);
  return out;
}

describe('HTML templates', () => {
  it('is the format of .html and .htm files and of documents that open with a doctype', () => {
    assert.equal(detectFormat('<p>Hi</p>', { filePath: 'a/template.html' }), 'html');
    assert.equal(detectFormat('<p>Hi</p>', { filePath: 'template.HTM' }), 'html');
    assert.equal(detectFormat('<!doctype html><p>Hi</p>'), 'html');
    assert.equal(detectFormat('<div>Hi</div>\n\n# Heading\n'), 'markdown');
  });

  it('reads text and link text; not the head, style, script, comments or attribute values', () => {
    const source = html(
      [
        '<style>p::after { content: "act now"; }</style>',
        '<script>var s = "limited time offer";</script>',
        '<!-- just checking in -->',
        '<p>Hello there,</p>',
        '<p><a href="https://x.example/?u={{email}}" title="last chance">Just checking in</a> on the notes.</p>',
        '<img src="b.png" alt="Don\'t miss out">',
      ].join('\n'),
    );
    const view = htmlView(source).text;
    assert.match(view, /Hello there,\n\nJust checking in on the notes\./);
    for (const hidden of ['act now', 'limited time', '<!--', 'last chance', 'miss out', '<title>']) assert.ok(!view.includes(hidden), hidden);
    assert.deepEqual(phrases(source), ['Just checking in']);
  });

  it('decodes entities for matching and reports the entity-spelled phrase at its source offsets', () => {
    const source = html('<p>Hello Sam,</p>\n<p>Sorry to nag &mdash; I haven&rsquo;t heard back, and I&#8217;m wondering where things are at.</p>');
    const findings = lintHtml(source);
    const chasing = findings.find((f) => f.message.includes('heard back'))!;
    assert.equal(source.slice(chasing.start, chasing.end), 'haven&rsquo;t heard back');
    assert.match(chasing.message, /`haven’t heard back`/);
    assert.ok(!findings.some((f) => /&\w+;/.test(f.message)), 'messages quote decoded text');
  });

  it('matches a phrase across inline tags and &nbsp;, but never fixes across markup', () => {
    // (Two sentences: a sentence holding both phrases is offered only its whole rewrite, which here crosses the <b>.)
    const source = html('<p>Hello Sam,</p>\n<p>This is a <b>limited-time offer</b>. Tell me what you think, and the sooner&nbsp;the better.</p>');
    const findings = lintHtml(source);
    const offer = findings.find((f) => f.message.includes('limited-time'))!;
    assert.equal(source.slice(offer.start, offer.end), 'a <b>limited-time offer');
    assert.equal(offer.fix, undefined);
    assert.deepEqual(offer.suggestions, []);
    const sooner = findings.find((f) => f.message.includes('sooner'))!;
    assert.equal(source.slice(sooner.start, sooner.end), 'the sooner&nbsp;the better');
    assert.ok(sooner.suggestions.length > 0, 'an edit over text and whole entities is kept');
  });

  it('keeps merge tags opaque, in attributes and when tags split them', () => {
    const source = html('<p>Hi {{first_<b>name</b>}},</p>\n<p><a href="{{act_now_link}}">Book a time</a> that suits you.</p>');
    assert.deepEqual(lintHtml(source), []);
    assert.match(htmlView(source).text, /Hi \{\{first_name\}\},/);
  });

  it('finds the greeting, the signature and the quoted reply in the HTML structure', () => {
    const source = html(
      [
        '<div>Hi {{first_name}},<br><br>It has been a few weeks since we last spoke about the rollout.</div>',
        '<div>Best,<br>Dana<br>Act now: call 555-0100</div>',
        '<div class="gmail_quote"><div>On Mon, 30 Nov 2026, Sam wrote:</div>',
        '<blockquote>Just checking in on your side. Last chance for the discount?</blockquote></div>',
      ].join('\n'),
    );
    const view = htmlView(source).text;
    assert.match(view, /^Hi \{\{first_name\}\},\n\nIt has been/);
    assert.match(view, /> Just checking in/);
    const findings = lintHtml(source);
    assert.deepEqual(phrases(source, findings), [], 'signature and quoted reply are not the writer\'s words');
    const opener = findings.find((f) => f.ruleId === 'missing-apology-opener')!;
    assert.equal(source.slice(opener.start, opener.end), 'Hi {{first_name}},', 'the greeting anchors the opener');
    assert.equal(opener.fix?.edits[0].start, source.indexOf('It has been'), 'the apology goes after the <br><br>');
  });

  it('reads hidden preview text like a Subject line: linted, but not the opening', () => {
    const source = html(
      [
        '<div style="display:none;max-height:0">Only 3 spots left this week</div>',
        '<img src="pixel.gif" style="display:none">',
        '<p>Hi Sam,</p>',
        '<p>It has been a few weeks since we last spoke.</p>',
      ].join('\n'),
    );
    assert.match(htmlView(source).text, /^Subject: Only 3 spots left this week\n\n+Hi Sam,\n\nIt has been/);
    const findings = lintHtml(source);
    assert.deepEqual(phrases(source, findings), ['Only 3 spots left']);
    const opener = findings.find((f) => f.ruleId === 'missing-apology-opener')!;
    assert.equal(source.slice(opener.start, opener.end), 'Hi Sam,');
  });

  it('decodes named, decimal, hex and windows-1252 references', () => {
    assert.equal(decodeEntity('&rsquo;'), '’');
    assert.equal(decodeEntity('&#8217;'), '’');
    assert.equal(decodeEntity('&#x2019;'), '’');
    assert.equal(decodeEntity('&#146;'), '’');
    assert.equal(decodeEntity('&#0;'), '\uFFFD');
    assert.equal(decodeEntity('&notanentity;'), undefined);
  });

  it('honours candor-disable comments, but not comment-like text inside a script', () => {
    const source = html(
      [
        '<p>Hello Sam,</p>',
        '<!-- candor-disable-next-line sales-pressure -- quoting their CFO -->',
        '<p>Their CFO said: act now.</p>',
        '<p>The clock is ticking.</p>',
        '<script>var s = "<!-- candor-disable-file -->";</script>',
      ].join('\n'),
    );
    const result = applySuppressions(source, 'html', lintHtml(source));
    assert.deepEqual(phrases(source, result.findings), ['The clock is ticking']);
    assert.equal(result.suppressed.length, 1);
  });

  it('reads broken markup without throwing', () => {
    for (const source of [
      '<p>Just checking in <b>on <i>the proposal',
      '</p></div><p <<p>>Just checking in</p',
      '<table><tr>Just checking in<td>act now</table>',
      '<!-- never closed <p>act now</p>',
      '<'.repeat(5000) + 'just checking in',
      // Deeper than hast's converter recurses: read as plain text instead, never a stack trace.
      '<div>'.repeat(3_000) + 'Just checking in' + '</div>'.repeat(3_000),
    ]) {
      const findings = lintHtml(source);
      for (const f of findings) assert.ok(f.start >= 0 && f.end <= source.length && f.start <= f.end);
    }
    assert.deepEqual(phrases('<p>Just checking in <b>on <i>the proposal'), ['Just checking in']);
  });

  it('the example template: fixed HTML parses to the same tree apart from changed text', () => {
    const source = readFileSync('examples/reengage-template.html', 'utf8');
    const fixed = rewriteDraft(source, { filePath: 'examples/reengage-template.html' });
    assert.ok(fixed.findings.length >= 2, `${fixed.findings.length} findings`);
    assert.notEqual(fixed.output, source);
    const before = parseHtml(source);
    const after = parseHtml(fixed.output);
    assert.deepEqual(shape(after), shape(before));
    const oldTexts = texts(before);
    const newTexts = texts(after);
    assert.equal(newTexts.length, oldTexts.length);
    const changed = newTexts.filter((text, i) => text !== oldTexts[i]);
    assert.ok(changed.some((text) => text.includes('I wanted to apologize')), 'the apology opener went into the text');
    assert.ok(!newTexts.some((text) => text.includes('the sooner the better')), 'the urgency went out of the text');
    assert.equal(rewriteDraft(fixed.output, { filePath: 'examples/reengage-template.html' }).output, fixed.output, 'rewriting twice changes nothing');
  });

  it('escapes markup characters in a rewrite, and drops one that would cut an entity', () => {
    const source = html('<p>Hello Sam,</p>\n<p>Q&amp;A call &mdash; soon.</p>');
    const view = htmlView(source);
    const at = view.text.indexOf('soon');
    const finding: Finding = {
      ruleId: 'r', severity: 'warning', message: 'm', start: at, end: at + 4, suggestions: [],
      fix: { title: 't', edits: [{ start: at, end: at + 4, text: 'Q&A <later>' }] },
    };
    const mapped = findingToSource(view, finding);
    assert.equal(source.slice(mapped.start, mapped.end), 'soon');
    assert.deepEqual(mapped.fix?.edits, [{ start: source.indexOf('soon'), end: source.indexOf('soon') + 4, text: 'Q&amp;A &lt;later&gt;' }]);
    const amp = view.text.indexOf('&A');
    const cut = findingToSource(view, { ...finding, start: amp + 1, end: amp + 2, fix: { title: 't', edits: [{ start: amp, end: amp + 2, text: 'and' }] } });
    assert.deepEqual(cut.fix?.edits, [{ start: source.indexOf('&amp;A'), end: source.indexOf('&amp;A') + 6, text: 'and' }], 'a whole entity is replaced');
    const markup = findingToSource(view, { ...finding, fix: { title: 't', edits: [{ start: view.text.indexOf('Sam'), end: view.text.indexOf('Q&A'), text: 'x' }] } });
    assert.equal(markup.fix, undefined, 'an edit across </p><p> is dropped');
  });
});
