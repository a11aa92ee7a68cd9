/**
 * The editor's path for HTML: a template edited again and again has its view
 * patched from the previous version's (core/segment/html-incremental.ts).
 * Random edits — prose, white space between table tags (text there is moved
 * before the table by the parser), tags, entities, merge tags, CR, NUL, text
 * inside `<style>` and comments — must give exactly the view (text and every
 * character's source range and kind) and the findings of a fresh parse.
 */
import type { Finding } from '../../core/types.js';
import type { DraftView } from '../../core/segment/view.js';
import assert from 'node:assert/strict';
import { htmlTemplate, random } from '../../bench/corpus.js';
import { lint } from '../../core/engine.js';
import { htmlView } from '../../core/segment/html.js';
import { clearHtmlViewCache, htmlViewCounts, htmlViewIncremental } from '../../core/segment/html-incremental.js';

function detected(findings: readonly Finding[]): unknown {
  return JSON.parse(
    JSON.stringify(findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, start: f.start, end: f.end, category: f.category, related: f.related }))),
  );
}

/** A view as plain data: text, and per character its source range and kind. */
function flat(view: DraftView): { text: string; map: string } {
  const map: number[] = [];
  for (let i = 0; i < view.text.length; i++) map.push(view.fromAt(i), view.toAt(i), view.kindAt(i));
  return { text: view.text, map: map.join(',') };
}

const SNIPPETS = [
  'Also ',
  'Just checking in. ',
  'act now',
  'Only 3 spots left! ',
  'Hi Sam,',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  '\r\n',
  '\0',
  'x',
  '{{first_name}}',
  '{{ company }}',
  '*|FNAME|*',
  '&amp;',
  '&nbsp;',
  '&mdash;',
  '&#8217;',
  '&',
  '&amp',
  ';',
  '<',
  '>',
  '-',
  '--',
  '!',
  '<b>',
  '</b>',
  '<br>',
  '<p>',
  '</p>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<table>',
  '</table>',
  '<!-- note -->',
  '<blockquote>',
  '<div style="display:none">',
  '</div>',
  '<pre>',
  '</body>',
];

/** A template with the markup an e-mail has: preview text, a style sheet, comments, entities, quotes, nested tables. */
const HANDMADE = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Ledgerly &amp; you</title>
<style>
  td { padding: 12px; }
</style>
</head>
<body>
<div class="preheader" style="display:none">Only a few seats left</div>
<!-- main table -->
<table role="presentation">
  <tr>
    <td>
      <p>Hi {{first_name}},</p>
      <p>Just checking in &mdash; did you get a chance to read my last note?</p>
      <table>
        <tr><td>Act now &amp; save 20%.</td></tr>
      </table>
    </td>
  </tr>
  <tr>
    <td><b>Limited time</b> offer<br>ends Friday.</td>
  </tr>
</table>
<div class="gmail_quote">
  <blockquote>On Monday, Sam wrote:<br>Send me the deck.</blockquote>
</div>
<pre>
  Best,
  Alex</pre>
</body>
</html>
`;

/** Offsets where an edit is most telling: white space between tags, inside `<style>` or a comment, right after a tag. */
function interesting(text: string): number[] {
  const at: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if ((c === '\n' || c === ' ') && (text[i - 1] === '>' || text[i - 1] === '\n')) at.push(i);
    if (text[i - 1] === '>' && c !== '\n') at.push(i);
  }
  for (const marker of ['<style>', '<!--', '<title>']) {
    let from = text.indexOf(marker);
    while (from >= 0) {
      at.push(from + marker.length + 1);
      from = text.indexOf(marker, from + 1);
    }
  }
  return at;
}

function edit(text: string, rnd: () => number): string {
  const spots = interesting(text);
  const r = rnd();
  const at = r < 0.6 && spots.length > 0 ? spots[Math.floor(rnd() * spots.length)] : Math.floor(rnd() * (text.length + 1));
  if (rnd() < 0.25) {
    const length = 1 + Math.floor(rnd() * 6);
    return text.slice(0, at) + text.slice(at + length);
  }
  // Half the insertions are text without markup, which the patch must take; the rest may fall back to a parse.
  const pool = rnd() < 0.5 ? SNIPPETS.filter((snippet) => !/[<&\r\0]/.test(snippet)) : SNIPPETS;
  const snippet = pool[Math.floor(rnd() * pool.length)];
  return text.slice(0, at) + snippet + text.slice(at);
}

const SEEDS = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597];

describe('HTML view patched from the previous version', () => {
  beforeEach(() => clearHtmlViewCache());

  it('matches a fresh parse, view and mapping, over random edits', function () {
    this.timeout(600_000);
    const before = { ...htmlViewCounts };
    for (const seed of SEEDS) {
      const rnd = random(seed);
      let text = seed % 2 ? HANDMADE : htmlTemplate(6 * 1024, seed);
      clearHtmlViewCache();
      for (let step = 0; step < 60; step++) {
        text = edit(text, rnd);
        assert.deepEqual(flat(htmlViewIncremental(text)), flat(htmlView(text)), `seed ${seed}, step ${step}`);
      }
    }
    // The patch is exercised, not only the fallback.
    assert.ok(htmlViewCounts.patched - before.patched > SEEDS.length * 10, `patched ${htmlViewCounts.patched - before.patched}`);
  });

  it('lints to the findings of a fresh parse over random edits', function () {
    this.timeout(600_000);
    for (const seed of SEEDS.slice(0, 8)) {
      const rnd = random(seed * 7919);
      let text = seed % 2 ? HANDMADE : htmlTemplate(4 * 1024, seed);
      for (let step = 0; step < 25; step++) {
        text = edit(text, rnd);
        const fresh = lint(text, { filePath: 'template.html', fastPath: false });
        const patched = lint(text, { filePath: 'template.html' });
        assert.deepEqual(detected(patched), detected(fresh), `seed ${seed}, step ${step}`);
      }
    }
  });

  it("the benchmark's edit (\"Also \" at the start of lines, most between table tags) is patched, findings unchanged", function () {
    this.timeout(600_000);
    const lines = htmlTemplate(64 * 1024).split('\n');
    let text = lines.join('\n');
    htmlViewIncremental(text);
    const before = { ...htmlViewCounts };
    for (let i = 0; i < 60; i++) {
      const at = 20 + Math.floor(((lines.length - 40) * (((i * 37) % 60) + 0.5)) / 60);
      lines[at] = `Also ${lines[at]}`;
      text = lines.join('\n');
      assert.deepEqual(flat(htmlViewIncremental(text)), flat(htmlView(text)), `edit ${i}`);
    }
    assert.equal(htmlViewCounts.parsed, before.parsed);
    assert.equal(htmlViewCounts.patched - before.patched, 60);
    const findings = lint(text, { filePath: 'template.html' });
    assert.ok(findings.length > 0);
    assert.deepEqual(detected(findings), detected(lint(text, { filePath: 'template.html', fastPath: false })));
  });

  it('a view handed out keeps mapping its own version after later patches', () => {
    const lines = htmlTemplate(16 * 1024).split('\n');
    const first = lines.join('\n');
    const view = htmlViewIncremental(first);
    const snapshot = flat(view);
    lines[30] = `Also ${lines[30]}`;
    htmlViewIncremental(lines.join('\n'));
    assert.deepEqual(flat(view), snapshot);
    assert.deepEqual(flat(view), flat(htmlView(first)));
  });
});
