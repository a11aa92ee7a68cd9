import assert from 'node:assert/strict';
import { chmodSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHASER_EMAIL, CLEAN_EMAIL, candor, makeProject, parseJson, ruleIds } from './helpers.js';

/**
 * A re-engagement with a presumption: the apology opener is a fix here, since
 * the opening does not chase in the same breath (with "Just checking in" it is
 * a suggestion: the apology would contradict the line after it).
 */
const SILENT_EMAIL =
  'Hi {{first_name}},\n\nIt has been a few weeks since my last email. Once you sign the contract, we can start. Act now.\n\nBest,\nDana\n';

describe('candor --fix', () => {
  it('rewrites the fixable phrase, reports what remains, and a second run changes nothing', () => {
    const { dir, cleanup } = makeProject({ 'proposal.email': CHASER_EMAIL, 'clean.email': CLEAN_EMAIL });
    try {
      const file = join(dir, 'proposal.email');
      const cleanFile = join(dir, 'clean.email');
      const past = new Date('2024-01-02T03:04:05Z');
      utimesSync(cleanFile, past, past);
      const first = candor(['--fix', '-f', 'json', '.'], { cwd: dir });
      assert.equal(first.status, 0, first.stderr);
      const fixed = readFileSync(file, 'utf8');
      assert.notEqual(fixed, CHASER_EMAIL);
      assert.ok(!/once you sign/i.test(fixed), fixed);
      assert.ok(fixed.startsWith('Hi {{first_name}},\n\n'), 'text outside the fix is untouched');
      assert.ok(fixed.includes('Just checking in'), 'findings without a fix stay');
      const result = parseJson(first.stdout).find((r) => r.filePath === file)!;
      assert.ok(!ruleIds(result).includes('assume-the-sale'));
      assert.ok(ruleIds(result).includes('sales-pressure'), 'remaining findings are reported');
      assert.equal(result.output, fixed);
      assert.equal(statSync(cleanFile).mtimeMs, past.getTime(), 'a clean file is never written');

      utimesSync(file, past, past);
      const second = candor(['--fix', '.'], { cwd: dir });
      assert.equal(second.status, 0, second.stderr);
      assert.equal(readFileSync(file, 'utf8'), fixed, 'byte-identical');
      assert.equal(statSync(file).mtimeMs, past.getTime(), 'not rewritten');
      assert.deepEqual(readdirSync(dir).sort(), ['clean.email', 'proposal.email'], 'no temporary files left');
    } finally {
      cleanup();
    }
  });

  it('keeps CRLF line endings and a BOM byte for byte', () => {
    const crlf = SILENT_EMAIL.replace(/\n/g, '\r\n');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]);
    const { dir, cleanup } = makeProject({ 'crlf.email': crlf, 'bom.email': bom });
    try {
      const run = candor(['--fix', '.'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      for (const name of ['crlf.email', 'bom.email']) {
        const bytes = readFileSync(join(dir, name));
        const text = bytes.toString('utf8');
        assert.ok(!/once you sign/i.test(text), `${name} was fixed`);
        assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, `${name}: no bare LF`);
        // the only new lines are the apology opener's paragraph, itself CRLF-separated
        assert.equal(text.split('\r\n').length, crlf.split('\r\n').length + 2, `${name}: one paragraph added`);
        assert.match(text, /\r\n\r\nI wanted to apologize [^\r\n]*\r\n\r\nIt has been a few weeks/, `${name}: opener kept CRLF`);
      }
      const withBom = readFileSync(join(dir, 'bom.email'));
      assert.deepEqual([...withBom.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.notEqual(withBom[3], 0xef, 'one BOM, not two');
      assert.deepEqual(withBom.subarray(3), readFileSync(join(dir, 'crlf.email')), 'same fix with and without BOM');
      assert.ok(![...readFileSync(join(dir, 'crlf.email')).subarray(0, 3)].includes(0xef), 'no BOM added');
    } finally {
      cleanup();
    }
  });

  it('reports BOM files at the right columns', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Act now, seats are going.\n')]);
    const { dir, cleanup } = makeProject({ 'bom.txt': bom });
    try {
      const act = parseJson(candor(['-f', 'json', 'bom.txt'], { cwd: dir }).stdout)[0].messages[0];
      assert.deepEqual([act.line, act.column, act.endColumn], [1, 1, 8]);
    } finally {
      cleanup();
    }
  });

  it('keeps the file mode', function () {
    if (process.platform === 'win32') this.skip();
    const { dir, cleanup } = makeProject({ 'script.email': CHASER_EMAIL });
    try {
      const file = join(dir, 'script.email');
      chmodSync(file, 0o640);
      candor(['--fix', 'script.email'], { cwd: dir });
      assert.notEqual(readFileSync(file, 'utf8'), CHASER_EMAIL);
      assert.equal(statSync(file).mode & 0o777, 0o640);
    } finally {
      cleanup();
    }
  });

  it('does not rewrite a file that is not valid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from('\n\nOnce you sign the contract, we start.\n')]);
    const { dir, cleanup } = makeProject({ 'latin1.txt': bytes });
    try {
      const run = candor(['--fix', 'latin1.txt'], { cwd: dir });
      assert.match(run.stderr, /not fixing .*latin1\.txt/);
      assert.deepEqual(readFileSync(join(dir, 'latin1.txt')), bytes);
      assert.match(run.stdout, /assume-the-sale/);
    } finally {
      cleanup();
    }
  });
});

describe('candor --fix-dry-run', () => {
  it('prints a unified diff and writes nothing', () => {
    const { dir, cleanup } = makeProject({ 'proposal.email': CHASER_EMAIL });
    try {
      const file = join(dir, 'proposal.email');
      const run = candor(['--fix-dry-run', 'proposal.email'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(readFileSync(file, 'utf8'), CHASER_EMAIL);
      assert.match(run.stdout, /^--- a\/proposal\.email$/m);
      assert.match(run.stdout, /^\+\+\+ b\/proposal\.email$/m);
      assert.match(run.stdout, /^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
      assert.match(run.stdout, /^-Just checking in on the proposal\. Once you sign the contract, we can start\. Act now\.$/m);
      assert.match(run.stdout, /^\+Just checking in on the proposal\. (?!Once you sign)/m);
      assert.match(run.stdout, /sales-pressure/, 'the remaining findings follow');
      assert.deepEqual(readdirSync(dir), ['proposal.email']);
    } finally {
      cleanup();
    }
  });

  it('with --format json includes output, as ESLint does', () => {
    const { dir, cleanup } = makeProject({ 'proposal.email': CHASER_EMAIL, 'clean.email': CLEAN_EMAIL });
    try {
      const run = candor(['--fix-dry-run', '-f', 'json', '.'], { cwd: dir });
      const [clean, proposal] = parseJson(run.stdout);
      assert.equal(clean.output, undefined);
      assert.equal(typeof proposal.output, 'string');
      assert.ok(!/once you sign/i.test(proposal.output!));
      assert.equal(readFileSync(join(dir, 'proposal.email'), 'utf8'), CHASER_EMAIL);
    } finally {
      cleanup();
    }
  });
});

describe('candor --stdin', () => {
  it('lints standard input, named by --stdin-filename', () => {
    const { dir, cleanup } = makeProject();
    try {
      const run = candor(['--stdin', '--stdin-filename', 'drafts/follow-up.email', '-f', 'json'], { cwd: dir, input: CHASER_EMAIL });
      assert.equal(run.status, 0, run.stderr);
      const [result] = parseJson(run.stdout);
      assert.equal(result.filePath, join(dir, 'drafts/follow-up.email'));
      assert.ok(ruleIds(result).includes('sales-pressure'));
      assert.ok(ruleIds(result).includes('assume-the-sale'));
      const unnamed = candor(['--stdin', '-f', 'json'], { cwd: dir, input: CHASER_EMAIL });
      assert.equal(parseJson(unnamed.stdout)[0].filePath, '<text>');
      assert.equal(readdirSync(dir).length, 0);
    } finally {
      cleanup();
    }
  });

  it('with --fix prints the fixed text on stdout, the report on stderr, and writes nothing', () => {
    const { dir, cleanup } = makeProject({ 'proposal.email': CHASER_EMAIL });
    try {
      const run = candor(['--stdin', '--stdin-filename', 'proposal.email', '--fix'], { cwd: dir, input: SILENT_EMAIL });
      assert.equal(run.status, 0, run.stderr);
      assert.ok(!/once you sign/i.test(run.stdout));
      assert.ok(run.stdout.startsWith('Hi {{first_name}},\n\nI wanted to apologize'), run.stdout);
      assert.ok(run.stdout.includes('\n\nIt has been a few weeks since my last email.'), run.stdout);
      assert.match(run.stderr, /sales-pressure/);
      assert.equal(readFileSync(join(dir, 'proposal.email'), 'utf8'), CHASER_EMAIL);
      const clean = candor(['--stdin', '--fix'], { cwd: dir, input: CLEAN_EMAIL });
      assert.equal(clean.stdout, CLEAN_EMAIL, 'unchanged text is echoed as is');
    } finally {
      cleanup();
    }
  });

  it('exit code follows the findings', () => {
    const { dir, cleanup } = makeProject();
    try {
      assert.equal(candor(['--stdin', '--rule', 'sales-pressure:error'], { cwd: dir, input: CHASER_EMAIL }).status, 1);
      assert.equal(candor(['--stdin', '--rule', 'sales-pressure:error'], { cwd: dir, input: CLEAN_EMAIL }).status, 0);
      assert.equal(candor(['--stdin', 'file.md'], { cwd: dir, input: CLEAN_EMAIL }).status, 2);
    } finally {
      cleanup();
    }
  });
});

describe('candor --fix writes only what it linted', () => {
  it('leaves ignored files alone', () => {
    const { dir, cleanup } = makeProject({ '.gitignore': 'old/\n', 'old/draft.email': CHASER_EMAIL, 'new.email': CHASER_EMAIL });
    try {
      candor(['--fix', '.'], { cwd: dir });
      assert.equal(readFileSync(join(dir, 'old/draft.email'), 'utf8'), CHASER_EMAIL);
      assert.notEqual(readFileSync(join(dir, 'new.email'), 'utf8'), CHASER_EMAIL);
      writeFileSync(join(dir, 'new.email'), CHASER_EMAIL);
    } finally {
      cleanup();
    }
  });
});
