import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { configJsonSchemaText, initConfigText, PRESETS, resolveConfigSync } from '../../core/config/index.js';
import { configSchema } from '../../core/config/schema.js';
import { cleanup, tree } from './helpers.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('config: schema, presets and the starter file', () => {
  afterEach(cleanup);

  it('the committed schema/candorrc.schema.json equals a fresh generation (run npm run build:schema)', () => {
    const committed = readFileSync(join(repo, 'schema', 'candorrc.schema.json'), 'utf8');
    assert.equal(committed, configJsonSchemaText());
  });

  it('the JSON Schema is draft-07, closed at the top level, and offers the built-in rule ids', () => {
    const schema = JSON.parse(configJsonSchemaText()) as {
      $schema: string;
      additionalProperties: boolean;
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.properties.rules?.properties ?? {}).sort(), [
      'assume-the-sale',
      'missing-apology-opener',
      'sales-pressure',
    ]);
    for (const key of ['root', 'extends', 'rules', 'overrides', 'formats', 'speakers', 'mergeTags', 'allow', 'ignorePatterns', 'phrases']) {
      assert.ok(key in schema.properties, key);
    }
  });

  it('every preset validates against the schema and resolves', () => {
    assert.deepEqual(Object.keys(PRESETS).sort(), [
      'candor:call-script',
      'candor:cold-email',
      'candor:landing-page',
      'candor:re-engagement',
      'candor:recommended',
      'candor:strict',
    ]);
    for (const [name, preset] of Object.entries(PRESETS)) {
      assert.equal(configSchema.safeParse(preset.config).success, true, name);
    }
  });

  it('the starter .candorrc.yaml validates, extends candor:recommended and lists the three rules', () => {
    const text = initConfigText();
    const data = parse(text) as Record<string, unknown>;
    assert.equal(configSchema.safeParse(data).success, true);
    assert.equal(data.extends, 'candor:recommended');
    assert.deepEqual(Object.keys(data.rules as object).sort(), ['assume-the-sale', 'missing-apology-opener', 'sales-pressure']);
    for (const field of ['overrides', 'formats', 'speakers', 'mergeTags', 'allow', 'ignorePatterns', 'phrases']) {
      assert.match(text, new RegExp(`^# ${field}:`, 'm'), field);
    }
    assert.match(text, /^# yaml-language-server: \$schema=/);
  });

  it('the starter file’s commented-out examples are valid when uncommented (including the phrase rule examples)', () => {
    const uncommented = initConfigText()
      .split('\n')
      .map((line) => line.replace(/^# ((?:overrides|formats|speakers|mergeTags|allow|ignorePatterns|phrases):.*| {2}.*)$/, '$1'))
      .filter((line) => !line.startsWith('#'))
      .join('\n');
    const data = parse(uncommented) as Record<string, unknown>;
    assert.ok(Array.isArray(data.phrases), 'phrases were uncommented');
    const root = tree({ '.candorrc.yaml': uncommented });
    const resolved = resolveConfigSync(join(root, 'landing/home.md'), { stopDir: root });
    assert.equal(resolved.lint.rules?.['missing-apology-opener'], 'off');
    assert.ok(resolved.rules.some((rule) => rule.meta.id === 'no-circle-back'));
  });
});
