import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ConfigError, resolveConfig, resolveConfigSync } from '../../core/config/index.js';
import { cleanup, configError, tree } from './helpers.js';

/** The error for a configuration file at the root of a fresh tree. */
async function errorFor(name: string, text: string): Promise<{ error: ConfigError; file: string }> {
  const root = tree({ [name]: text });
  const error = await configError(() => resolveConfig(join(root, 'draft.md'), { stopDir: root }));
  return { error, file: join(root, name) };
}

describe('config: errors point at the place to fix', () => {
  afterEach(cleanup);

  it('formats as file:line:column message', () => {
    const error = new ConfigError('Something is wrong', '/x/.candorrc', 3, 7);
    assert.equal(error.toString(), '/x/.candorrc:3:7 Something is wrong');
    assert.ok(error instanceof Error);
  });

  it('invalid YAML → the parser’s line and column', async () => {
    const { error, file } = await errorFor('.candorrc.yaml', 'rules:\n  sales-pressure: warn\n  assume-the-sale: "error\n');
    assert.equal(error.file, file);
    assert.deepEqual([error.line, error.column], [4, 1]);
    assert.match(error.message, /^Invalid YAML: .*quote/);
  });

  it('a duplicate key in YAML is an error at the second key', async () => {
    const { error } = await errorFor('.candorrc', 'rules:\n  sales-pressure: warn\n  sales-pressure: error\n');
    assert.deepEqual([error.line, error.column], [3, 3]);
    assert.match(error.message, /unique/);
  });

  it('a bad severity → the position of the value, with the allowed values', async () => {
    const { error, file } = await errorFor('.candorrc.yaml', '# team settings\nrules:\n  assume-the-sale: warn\n  sales-pressure: loud\n');
    assert.equal(
      error.toString(),
      `${file}:4:19 rules.sales-pressure: Invalid severity "loud"; expected one of off, info, warn, error`,
    );
    assert.doesNotMatch(error.message, /Invalid input/);
  });

  it('a bad severity inside [severity, options] → the position of the severity', async () => {
    const { error } = await errorFor('.candorrc.yaml', 'rules:\n  sales-pressure: [loud, { x: 1 }]\n');
    assert.deepEqual([error.line, error.column], [2, 20]);
    assert.match(error.message, /^rules\.sales-pressure\[0\]: Invalid severity "loud"; expected one of off, info, warn, error$/);
  });

  it('a rule setting of the wrong type says what is expected', async () => {
    const { error } = await errorFor('.candorrc.yaml', 'rules:\n  sales-pressure: { level: 2 }\n');
    assert.deepEqual([error.line, error.column], [2, 19]);
    assert.match(error.message, /expected one of off, info, warn, error, or \[severity, options\]/);
  });

  it('an unknown rule id → did you mean, at the key', async () => {
    const { error } = await errorFor('.candorrc.yaml', 'rules:\n  assume-the-sale: warn\n  sales-presure: error\n');
    assert.equal(error.message, 'Unknown rule "sales-presure"; did you mean "sales-pressure"?');
    assert.deepEqual([error.line, error.column], [3, 3]);
  });

  it('an unknown rule id in an override → did you mean, at the key', async () => {
    const { error } = await errorFor(
      '.candorrc.yaml',
      'overrides:\n  - files: ["*.md"]\n    rules:\n      missing-apology-openr: off\n',
    );
    assert.equal(error.message, 'Unknown rule "missing-apology-openr"; did you mean "missing-apology-opener"?');
    assert.deepEqual([error.line, error.column], [4, 7]);
  });

  it('an unknown rule id is checked against custom phrase rule ids too', async () => {
    const { error } = await errorFor(
      '.candorrc.yaml',
      [
        'phrases:',
        '  - id: no-circle-back',
        '    message: "`{{text}}` chases"',
        '    phrases: ["~circle back"]',
        '    examples: { invalid: ["Circling back."], valid: [] }',
        'rules:',
        '  no-circle-bak: error',
        '',
      ].join('\n'),
    );
    assert.equal(error.message, 'Unknown rule "no-circle-bak"; did you mean "no-circle-back"?');
    assert.deepEqual([error.line, error.column], [7, 3]);
  });

  it('an unknown top-level key → did you mean, at the key', async () => {
    const { error } = await errorFor('.candorrc.yaml', 'extends: candor:recommended\nrule:\n  sales-pressure: warn\n');
    assert.equal(error.message, 'Unknown key "rule"; did you mean "rules"?');
    assert.deepEqual([error.line, error.column], [2, 1]);
  });

  it('an unknown key inside an override names the allowed keys', async () => {
    const { error } = await errorFor('.candorrc.yaml', 'overrides:\n  - files: ["*.md"]\n    exclude: ["a.md"]\n');
    assert.match(error.message, /^Unknown key "exclude"/);
    assert.deepEqual([error.line, error.column], [3, 5]);
  });

  it('a missing required field points at the object it is missing from', async () => {
    const { error } = await errorFor('.candorrc.yaml', 'rules: {}\noverrides:\n  - rules: { sales-pressure: off }\n');
    assert.match(error.message, /^overrides\[0\]\.files: /);
    assert.deepEqual([error.line, error.column], [3, 5]);
  });

  it('a bad format names the formats', async () => {
    const { error } = await errorFor('.candorrc.yaml', 'formats:\n  ".txt": mail\n');
    assert.equal(error.message, 'formats..txt: Invalid format "mail"; expected one of markdown, email, html, script, text');
    assert.deepEqual([error.line, error.column], [2, 11]);
  });

  it('a regular expression as a phrase is refused', async () => {
    const { error } = await errorFor(
      '.candorrc.yaml',
      'phrases:\n  - id: x\n    message: m\n    phrases: ["act.*now"]\n    examples: { invalid: ["act now"], valid: [] }\n',
    );
    assert.match(error.message, /not a regular expression/);
    assert.deepEqual([error.line, error.column], [4, 15]);
  });

  it('JSON syntax error → the exact character', async () => {
    const { error, file } = await errorFor('.candorrc.json', '{\n  "rules": {\n    "sales-pressure": "warn"\n    "assume-the-sale": "off"\n  }\n}\n');
    assert.equal(error.file, file);
    assert.deepEqual([error.line, error.column], [4, 5]);
    assert.match(error.message, /Expected "," or "}"/);
  });

  it('JSON: a bare word is a syntax error at that word', async () => {
    const { error } = await errorFor('.candorrc.json', '{ "root": tru }');
    assert.deepEqual([error.line, error.column], [1, 11]);
  });

  it('JSON schema violation → the position of the value (tab-indented JSON too)', async () => {
    const { error } = await errorFor('.candorrc.json', '{\n\t"rules": {\n\t\t"sales-pressure": "loud"\n\t}\n}\n');
    assert.deepEqual([error.line, error.column], [3, 21]);
    assert.match(error.message, /expected one of off, info, warn, error/);
  });

  it('package.json#candor errors map into package.json', async () => {
    const text = JSON.stringify({ name: 'site', version: '1.0.0', candor: { rules: { 'sales-pressure': 'loud' } } }, null, 2);
    const { error, file } = await errorFor('package.json', text);
    assert.equal(error.file, file);
    assert.deepEqual([error.line, error.column], [6, 25]);
  });

  it('a non-mapping configuration is an error, not a crash', async () => {
    const { error } = await errorFor('.candorrc', '- sales-pressure\n');
    assert.deepEqual([error.line, error.column], [1, 1]);
    assert.match(error.message, /expected object/i);
  });

  it('the sync variant reports the same error', async () => {
    const root = tree({ '.candorrc.yaml': 'rules:\n  sales-pressure: loud\n' });
    const error = await configError(() => resolveConfigSync(join(root, 'a.md'), { stopDir: root }));
    assert.deepEqual([error.line, error.column], [2, 19]);
  });
});
