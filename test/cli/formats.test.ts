/**
 * The machine-readable formats (sarif, github, junit, compact), byte for byte,
 * on one small draft: an email whose chasing phrase follows an emoji, so every
 * column after it differs between UTF-16 units (what we print) and code points.
 * SARIF is validated against the official 2.1.0 JSON Schema kept in
 * test/fixtures/sarif-2.1.0.json.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatGithub } from '../../core/format/github.js';
import { escapeXml, formatJunit } from '../../core/format/junit.js';
import type { Finding } from '../../core/types.js';
import { CLEAN_EMAIL, candor, makeProject } from './helpers.js';

/** "🚀" is two UTF-16 code units: every column on line 3 is one more than its code-point count. */
const EMOJI_EMAIL =
  'Hi {{first_name}},\n\n🚀 Thanks for the demo on Tuesday. Once you sign the contract, we can start. Act now.\n\nBest,\nDana\n';

const PRESUMING = 'Presuming the sale with `Once you sign the contract`; turn it into a choice, such as "if you decide to go ahead"';
const URGENCY = 'Urgency `Act now` pressures the prospect; let them decide on their own timeline';
/** The same finding where the draft writes the phrase in lower case ("You can act now."). */
const URGENCY_LOWER = URGENCY.replace('`Act now`', '`act now`');

function withDrafts(check: (dir: string) => void): void {
  const { dir, cleanup } = makeProject({ 'drafts/follow-up.email': EMOJI_EMAIL, 'drafts/thanks.email': CLEAN_EMAIL });
  try {
    check(dir);
  } finally {
    cleanup();
  }
}

interface SchemaValidator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}

/**
 * The SARIF 2.1.0 schema is JSON Schema draft-04; ajv 6 reads draft-04 with
 * its bundled meta-schema and `schemaId: 'id'`. Formats (uri, uri-reference)
 * are checked too.
 */
function sarifValidator(): SchemaValidator {
  const require = createRequire(import.meta.url);
  type AjvInstance = {
    addMetaSchema(schema: unknown): void;
    compile(schema: unknown): SchemaValidator;
  };
  const Ajv = require('ajv') as new (options: Record<string, unknown>) => AjvInstance;
  const ajv = new Ajv({ schemaId: 'id', meta: false, allErrors: true, format: 'full' });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  const schema: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sarif-2.1.0.json'), 'utf8'));
  return ajv.compile(schema);
}

interface ParsedXml {
  errors: string[];
  elements: { name: string; attributes: Record<string, string> }[];
  text: string;
}

/** Parses XML with sax in strict mode (well-formedness errors collected, entities decoded). */
function parseXml(xml: string): ParsedXml {
  const require = createRequire(import.meta.url);
  type SaxParser = {
    onerror: (error: Error) => void;
    onopentag: (node: { name: string; attributes: Record<string, string> }) => void;
    ontext: (text: string) => void;
    error: Error | null;
    resume(): SaxParser;
    write(text: string): SaxParser;
    close(): SaxParser;
  };
  const sax = require('sax') as { parser(strict: boolean): SaxParser };
  const parser = sax.parser(true);
  const parsed: ParsedXml = { errors: [], elements: [], text: '' };
  parser.onerror = (error) => {
    parsed.errors.push(error.message.split('\n')[0]);
    parser.error = null;
    parser.resume();
  };
  parser.onopentag = (node) => parsed.elements.push({ name: node.name, attributes: node.attributes });
  parser.ontext = (text) => {
    parsed.text += text;
  };
  parser.write(xml).close();
  return parsed;
}

describe('candor --format compact', () => {
  it('prints path:line:col: severity message (rule-id), one line per finding, UTF-16 columns', () => {
    withDrafts((dir) => {
      const run = candor(['--format', 'compact', 'drafts'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
      assert.equal(
        run.stdout,
        `drafts/follow-up.email:3:36: warning ${PRESUMING} (assume-the-sale)\n` +
          `drafts/follow-up.email:3:78: warning ${URGENCY} (sales-pressure)\n`,
      );
    });
  });

  it('prints nothing for clean drafts', () => {
    const { dir, cleanup } = makeProject({ 'a.email': CLEAN_EMAIL });
    try {
      const run = candor(['--format', 'compact', '.'], { cwd: dir });
      assert.equal(run.status, 0);
      assert.equal(run.stdout, '');
    } finally {
      cleanup();
    }
  });
});

describe('candor --format github', () => {
  it('prints one workflow command per finding, with end positions and the rule id as title', () => {
    withDrafts((dir) => {
      const run = candor(['--format', 'github', 'drafts', '--rule', 'assume-the-sale:error', '--rule', 'sales-pressure:info'], { cwd: dir });
      assert.equal(run.status, 1, run.stderr);
      assert.equal(
        run.stdout,
        `::error file=drafts/follow-up.email,line=3,col=36,endLine=3,endColumn=62,title=assume-the-sale::${PRESUMING}\n` +
          `::notice file=drafts/follow-up.email,line=3,col=78,endLine=3,endColumn=85,title=sales-pressure::${URGENCY}\n`,
      );
    });
  });

  it('escapes % , : in the file property and %, CR, LF in the message', () => {
    const { dir, cleanup } = makeProject({
      '50% off, today: only.md': 'Act\nnow, please.\n',
      'rules/.candorrc.yaml':
        'phrases:\n' +
        '  - id: no-discount-deadline\n' +
        '    message: "100% of {{text}}, really: no\\r\\nno"\n' +
        '    phrases: ["discount ends"]\n' +
        '    examples:\n' +
        '      invalid: ["The discount ends today."]\n' +
        '      valid: ["No rush."]\n',
      'rules/offer.md': 'The discount ends today.\n',
    });
    try {
      const run = candor(['--format', 'github', '--rule', 'sales-pressure:warn', '.'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const lines = run.stdout.trimEnd().split('\n');
      assert.equal(
        lines[0],
        '::warning file=50%25 off%2C today%3A only.md,line=1,col=1,endLine=2,endColumn=4,title=sales-pressure::' +
          'Urgency `Act now` pressures the prospect; let them decide on their own timeline',
      );
      const custom = lines.find((line) => line.includes('title=no-discount-deadline'));
      assert.equal(
        custom,
        '::warning file=rules/offer.md,line=1,col=5,endLine=1,endColumn=18,title=no-discount-deadline::100%25 of discount ends, really: no%0D%0Ano',
      );
    } finally {
      cleanup();
    }
  });

  it('escapes a message with every special character (formatter unit)', () => {
    const finding: Finding = {
      ruleId: 'sales-pressure',
      severity: 'warning',
      message: 'a%b\rc\nd:e,f',
      start: 0,
      end: 3,
      suggestions: [],
    };
    const out = formatGithub([{ filePath: '/w/x:y,z%.md', source: 'abc\n', findings: [finding] }], { cwd: '/w', color: false });
    assert.equal(out, '::warning file=x%3Ay%2Cz%25.md,line=1,col=1,endLine=1,endColumn=4,title=sales-pressure::a%25b%0Dc%0Ad:e,f\n');
  });
});

describe('candor --format junit', () => {
  it('writes one testsuite per file: a failing testcase per finding, a passing one for a clean file', () => {
    withDrafts((dir) => {
      const run = candor(['--format', 'junit', 'drafts'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const q = (text: string): string => text.replace(/"/g, '&quot;');
      const failure = (where: string, rule: string, message: string): string =>
        `    <testcase classname="drafts/follow-up.email" name="${where} ${rule}" time="0">\n` +
        `      <failure message="${q(message)}" type="${rule}">drafts/follow-up.email:${where}: warning ${q(message)} (${rule})</failure>\n` +
        '    </testcase>\n';
      assert.equal(
        run.stdout,
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
          '<testsuites name="candor" tests="3" failures="2" errors="0" time="0">\n' +
          '  <testsuite name="drafts/follow-up.email" tests="2" failures="2" errors="0" skipped="0" time="0">\n' +
          failure('3:36', 'assume-the-sale', PRESUMING) +
          failure('3:78', 'sales-pressure', URGENCY) +
          '  </testsuite>\n' +
          '  <testsuite name="drafts/thanks.email" tests="1" failures="0" errors="0" skipped="0" time="0">\n' +
          '    <testcase classname="drafts/thanks.email" name="no findings" time="0" />\n' +
          '  </testsuite>\n' +
          '</testsuites>\n',
      );
      assert.deepEqual(parseXml(run.stdout).errors, []);
    });
  });

  it('escapes < & " \' in paths and messages: a strict XML parser reads the original text back', () => {
    const name = "R&D <\"Q3\"> it's.email";
    const { dir, cleanup } = makeProject({ [name]: 'Hi,\n\nYou can act now.\n' });
    try {
      const run = candor(['--format', 'junit', '.'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const escaped = 'R&amp;D &lt;&quot;Q3&quot;&gt; it&apos;s.email';
      assert.ok(run.stdout.includes(`<testsuite name="${escaped}" tests="1" failures="1"`), run.stdout);
      const parsed = parseXml(run.stdout);
      assert.deepEqual(parsed.errors, []);
      assert.deepEqual(
        parsed.elements.map((element) => [element.name, element.attributes.name ?? element.attributes.message]),
        [
          ['testsuites', 'candor'],
          ['testsuite', name],
          ['testcase', '3:9 sales-pressure'],
          ['failure', URGENCY_LOWER],
        ],
      );
      assert.equal(parsed.text.trim(), `${name}:3:9: warning ${URGENCY_LOWER} (sales-pressure)`);
    } finally {
      cleanup();
    }
  });

  it('escapeXml: the five entities, whitespace references, and U+FFFD for characters XML cannot hold', () => {
    assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    assert.equal(escapeXml('a\tb\nc\rd'), 'a&#9;b&#10;c&#13;d');
    assert.equal(escapeXml('\u0001\u0008x\uD800y\uFFFE🚀'), '\uFFFD\uFFFDx\uFFFDy\uFFFD🚀');
    const finding: Finding = { ruleId: 'r', severity: 'error', message: 'x & y < z', start: 0, end: 1, suggestions: [] };
    const xml = formatJunit([{ filePath: '/w/a.md', source: 'a', findings: [finding] }], { cwd: '/w', color: false });
    assert.ok(xml.includes('<failure message="x &amp; y &lt; z" type="r">a.md:1:1: error x &amp; y &lt; z (r)</failure>'), xml);
  });
});

describe('candor --format sarif', () => {
  it('is valid SARIF 2.1.0 (official schema) and carries rules, results, regions and fixes', () => {
    withDrafts((dir) => {
      const run = candor(['--format', 'sarif', 'drafts'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
      const log = JSON.parse(run.stdout) as Record<string, unknown>;
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

      const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
      const srcroot = { uriBaseId: '%SRCROOT%', uri: 'drafts/follow-up.email' };
      const region = (startColumn: number, endColumn: number): Record<string, number> => ({
        startLine: 3,
        startColumn,
        endLine: 3,
        endColumn,
      });
      const fix = (title: string, start: number, end: number, text: string): unknown => ({
        description: { text: title },
        artifactChanges: [
          { artifactLocation: srcroot, replacements: [{ deletedRegion: region(start, end), insertedContent: { text } }] },
        ],
      });
      const docs = (id: string): string => `https://github.com/candor-lint/candor/blob/main/docs/rules/${id}.md`;
      assert.deepEqual(log, {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'Candor',
                version,
                semanticVersion: version,
                informationUri: 'https://github.com/candor-lint/candor',
                rules: [
                  {
                    id: 'assume-the-sale',
                    shortDescription: { text: 'Flags language that presumes the purchase before the prospect has decided.' },
                    helpUri: docs('assume-the-sale'),
                    defaultConfiguration: { level: 'warning' },
                    properties: { fixable: true, hasSuggestions: true },
                  },
                  {
                    id: 'missing-apology-opener',
                    shortDescription: { text: 'Flags a re-engagement message whose opening takes no responsibility for the silence.' },
                    helpUri: docs('missing-apology-opener'),
                    defaultConfiguration: { level: 'warning' },
                    properties: { fixable: true, hasSuggestions: true },
                  },
                  {
                    id: 'sales-pressure',
                    shortDescription: { text: 'Flags chasing, urgency and forward-push phrasing that pressures the prospect.' },
                    helpUri: docs('sales-pressure'),
                    defaultConfiguration: { level: 'warning' },
                    properties: { fixable: true, hasSuggestions: true },
                  },
                ],
              },
            },
            originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(dir).href}/` } },
            columnKind: 'utf16CodeUnits',
            results: [
              {
                ruleId: 'assume-the-sale',
                ruleIndex: 0,
                level: 'warning',
                message: { text: PRESUMING },
                locations: [{ physicalLocation: { artifactLocation: srcroot, region: region(36, 62) } }],
                fixes: [fix('Rewrite as “If you decide to go ahead, we can start.”', 36, 62, 'If you decide to go ahead')],
              },
              {
                ruleId: 'sales-pressure',
                ruleIndex: 2,
                level: 'warning',
                message: { text: URGENCY },
                // "Act now." is a sentence of nothing but pressure: its suggestion removes it, with the space before it.
                locations: [{ physicalLocation: { artifactLocation: srcroot, region: region(78, 85) } }],
                fixes: [fix('Remove this sentence', 77, 86, '')],
              },
            ],
          },
        ],
      });
    });
  });

  it('the schema check can fail: a wrong level or a bad uri is rejected', () => {
    withDrafts((dir) => {
      const log = JSON.parse(candor(['--format', 'sarif', 'drafts'], { cwd: dir }).stdout) as {
        runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
      };
      const validate = sarifValidator();
      const badLevel = structuredClone(log);
      badLevel.runs[0].results[0].level = 'warn';
      assert.equal(validate(badLevel), false);
      const badUri = structuredClone(log);
      badUri.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b<c>';
      assert.equal(validate(badUri), false);
    });
  });

  it('maps severities to levels, encodes paths as URI references, lists configured rules, and stays valid', () => {
    const { dir, cleanup } = makeProject({
      'my drafts/50% off #1.md': 'Thanks for the demo. Once you sign the contract, we can start. Act now.\n',
      '.candorrc.yaml':
        'phrases:\n' +
        '  - id: no-discount-deadline\n' +
        '    message: "Deadline `{{text}}`; drop it"\n' +
        '    phrases: ["discount ends"]\n' +
        '    examples:\n' +
        '      invalid: ["The discount ends today."]\n' +
        '      valid: ["No rush."]\n',
      'offer.md': 'The discount ends today.\n',
    });
    try {
      const run = candor(
        ['--format', 'sarif', '--rule', 'assume-the-sale:error', '--rule', 'sales-pressure:info', '.'],
        { cwd: dir },
      );
      assert.equal(run.status, 1, run.stderr);
      const log = JSON.parse(run.stdout) as {
        runs: {
          tool: { driver: { rules: { id: string }[] } };
          results: {
            ruleId: string;
            ruleIndex: number;
            level: string;
            locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          }[];
        }[];
      };
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      const [sarifRun] = log.runs;
      const ids = sarifRun.tool.driver.rules.map((rule) => rule.id);
      assert.deepEqual(ids.slice(0, 3), ['assume-the-sale', 'missing-apology-opener', 'sales-pressure']);
      assert.ok(ids.includes('no-discount-deadline'), ids.join());
      for (const result of sarifRun.results) assert.equal(ids[result.ruleIndex], result.ruleId);
      const summary = sarifRun.results.map(
        (result) => `${result.locations[0].physicalLocation.artifactLocation.uri} ${result.ruleId} ${result.level}`,
      );
      assert.deepEqual(summary, [
        'my%20drafts/50%25%20off%20%231.md assume-the-sale error',
        'my%20drafts/50%25%20off%20%231.md sales-pressure note',
        'offer.md no-discount-deadline warning',
        'offer.md sales-pressure note',
      ]);
    } finally {
      cleanup();
    }
  });

  it('names standard input without a file name as an encoded relative reference', () => {
    const { dir, cleanup } = makeProject();
    try {
      const run = candor(['--format', 'sarif', '--stdin'], { cwd: dir, input: 'You can act now.\n' });
      const log = JSON.parse(run.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: unknown } }[] }[] }[] };
      assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: '%3Ctext%3E' });
      assert.ok(sarifValidator()(log));
    } finally {
      cleanup();
    }
  });
});

describe('unused suppression comments (no rule id)', () => {
  it('sarif omits ruleId and stays valid; github titles the annotation "candor"', () => {
    const { dir, cleanup } = makeProject({ 'x.md': '<!-- candor-disable-next-line sales-pressure -->\nThanks for reading.\n' });
    try {
      const sarif = candor(['--report-unused-disable-directives', '--format', 'sarif', 'x.md'], { cwd: dir });
      const log = JSON.parse(sarif.stdout) as { runs: { results: Record<string, unknown>[] }[] };
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors));
      assert.equal(log.runs[0].results.length, 1);
      assert.ok(!('ruleId' in log.runs[0].results[0]) && !('ruleIndex' in log.runs[0].results[0]));
      const github = candor(['--report-unused-disable-directives', '--format', 'github', 'x.md'], { cwd: dir });
      assert.match(github.stdout, /^::warning file=x\.md,line=1,col=1,endLine=1,endColumn=49,title=candor::Unused candor-disable directive/);
    } finally {
      cleanup();
    }
  });
});

describe('--output-file with every format', () => {
  for (const format of ['sarif', 'github', 'junit', 'compact']) {
    it(`${format}: writes exactly what standard output would get, and prints nothing`, () => {
      withDrafts((dir) => {
        const printed = candor(['--format', format, 'drafts'], { cwd: dir });
        const written = candor(['--format', format, '--output-file', `reports/candor.${format}`, 'drafts'], { cwd: dir });
        assert.equal(written.status, printed.status);
        assert.equal(written.stdout, '');
        assert.equal(written.stderr, '');
        const file = readFileSync(join(dir, `reports/candor.${format}`), 'utf8');
        assert.ok(file.length > 0);
        assert.equal(file.endsWith('\n') ? file : `${file}\n`, printed.stdout);
      });
    });
  }
});

describe('--fix-dry-run with machine formats', () => {
  for (const format of ['sarif', 'junit', 'github']) {
    it(`${format}: no diff before the report`, () => {
      withDrafts((dir) => {
        const run = candor(['--format', format, '--fix-dry-run', 'drafts'], { cwd: dir });
        assert.equal(run.status, 0, run.stderr);
        assert.ok(!run.stdout.includes('--- a/'), run.stdout);
        if (format === 'sarif') assert.doesNotThrow(() => JSON.parse(run.stdout) as unknown);
        if (format === 'junit') assert.ok(run.stdout.startsWith('<?xml'));
        if (format === 'github') assert.ok(run.stdout.startsWith('::'));
      });
    });
  }
});
