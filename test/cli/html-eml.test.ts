/**
 * The CLI on the README's HTML template and quoted-printable .eml (a real
 * child process, `npm run build` first): --fix edits the HTML's text and
 * nothing else, and leaves an encoded message byte for byte, saying why.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'hast';
import { parseHtml } from '../../core/segment/html.js';
import { candor, makeProject, parseJson } from './helpers.js';

const HTML = readFileSync('examples/reengage-template.html', 'utf8');
const EML = readFileSync('examples/renewal-followup.eml', 'utf8');

/** Elements, attributes and comments; text nodes stand as `#text`. */
function shape(node: Nodes): unknown {
  if (node.type === 'text') return '#text';
  if (node.type === 'comment') return `<!--${node.value}-->`;
  if (node.type === 'doctype') return '<!doctype>';
  const children = (node.children as Nodes[]).map(shape);
  return node.type === 'root' ? children : { tag: node.tagName, properties: node.properties, children };
}

describe('candor on HTML templates and .eml files', () => {
  it('walks .html files and reports findings at the source, quoting decoded text', () => {
    const { dir, cleanup } = makeProject({ 'template.html': HTML, 'renewal.eml': EML });
    try {
      const run = candor(['-f', 'json', '.'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const results = parseJson(run.stdout);
      const html = results.find((r) => r.filePath.endsWith('template.html'))!;
      const heard = html.messages.find((m) => m.message.includes('heard back'))!;
      assert.match(heard.message, /`haven’t heard back`/);
      const line = HTML.split('\n')[heard.line - 1];
      assert.equal(line.slice(heard.column - 1, heard.endColumn - 1), 'haven&rsquo;t heard back');
      const eml = results.find((r) => r.filePath.endsWith('renewal.eml'))!;
      assert.ok(eml.messages.some((m) => m.message.includes('`haven’t heard back`') && m.line === 13 && !m.fix));
    } finally {
      cleanup();
    }
  });

  it('candor rewrite --write rewrites the HTML text only: the rewritten file parses to the same elements', () => {
    const { dir, cleanup } = makeProject({ 'template.html': HTML });
    try {
      const run = candor(['rewrite', '--write', 'template.html'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const fixed = readFileSync(join(dir, 'template.html'), 'utf8');
      assert.notEqual(fixed, HTML);
      assert.deepEqual(shape(parseHtml(fixed)), shape(parseHtml(HTML)));
      assert.match(fixed, /<p>I wanted to apologize — .* about the sale\./);
      assert.doesNotMatch(fixed, /<p>Just checking in|the sooner the better/);
    } finally {
      cleanup();
    }
  });

  it('--fix and rewrite edit only the plain Subject of an .eml, leave its encoded body byte for byte, and say so', () => {
    const { dir, cleanup } = makeProject({ 'renewal.eml': EML });
    try {
      const run = candor(['--fix', 'renewal.eml'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /^candor: renewal\.eml: 6 problems left unfixed in the quoted-printable text\/plain part: --fix does not edit encoded text$/m);
      const rewrite = candor(['rewrite', '--write', 'renewal.eml'], { cwd: dir });
      assert.equal(rewrite.status, 0, rewrite.stderr);
      const fixed = readFileSync(join(dir, 'renewal.eml'), 'utf8');
      assert.equal(fixed.replace(/^Subject: .*$/m, ''), EML.replace(/^Subject: .*$/m, ''), 'only the Subject line changed');
      assert.match(fixed, /^Subject: Is this still worth exploring\?\r$/m);
      assert.match(rewrite.stderr, /^candor: renewal\.eml: 6 problems left in the quoted-printable text\/plain part: rewrite does not edit encoded text$/m);
      const again = candor(['rewrite', '--write', 'renewal.eml'], { cwd: dir });
      assert.equal(readFileSync(join(dir, 'renewal.eml'), 'utf8'), fixed, 'a second rewrite changes nothing');
      assert.match(again.stderr, /6 problems left/);
    } finally {
      cleanup();
    }
  });

  it('a malformed .eml or broken HTML gets findings or none, never a stack trace', () => {
    const { dir, cleanup } = makeProject({
      'broken.eml': 'Subject: =?UTF-8?B?!!!?=\r\nContent-Type: multipart/mixed; boundary="x"\r\nContent-Transfer-Encoding: base64\r\n\r\n--x\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nact now =F0=9F=\r\n',
      'broken.html': '<html><body><p>Just checking in <b>on <table><td>act now</p></i></html',
    });
    try {
      const run = candor(['--fix', '.'], { cwd: dir });
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      assert.match(run.stdout, /broken\.html/);
    } finally {
      cleanup();
    }
  });
});
