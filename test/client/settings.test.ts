import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DEFAULT_SETTINGS,
  MAX_DEBOUNCE_MS,
  RULE_IDS,
  RULE_LEVELS,
  toRuleLevel,
  toServerSettings,
} from '../../client/settings.js';
import { builtinRules } from '../../rules/index.js';

interface Property {
  type?: string;
  default?: unknown;
  enum?: string[];
  scope?: string;
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, Property>;
  additionalProperties?: Property;
}
interface Manifest {
  contributes: { configuration: { properties: Record<string, Property> } };
}
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;

/** A `candor` section as VS Code would return it from `WorkspaceConfiguration.get`. */
function section(values: Record<string, unknown>): (key: string) => unknown {
  return (key) => values[key];
}

describe('client/settings: VS Code settings → server configuration', () => {
  it('gives the defaults for an empty section', () => {
    assert.deepEqual(toServerSettings(section({})), DEFAULT_SETTINGS);
  });

  it('passes well-typed values through', () => {
    const settings = toServerSettings(
      section({
        enable: false,
        run: 'onSave',
        rules: { 'sales-pressure': 'error', 'assume-the-sale': 'off' },
        debounceMs: 400,
        maxFileSize: 1000,
        files: ['**/*.pitch'],
        timeBudgetMs: 5000,
        trace: { server: 'verbose' },
      }),
    );
    assert.deepEqual(settings, {
      enable: false,
      run: 'onSave',
      rules: { 'sales-pressure': 'error', 'assume-the-sale': 'off' },
      debounceMs: 400,
      maxFileSize: 1000,
      files: ['**/*.pitch'],
      timeBudgetMs: 5000,
    });
    assert.equal('trace' in settings, false, 'trace is a client-side setting');
  });

  it('drops what a hand-edited settings.json can hold but the schema forbids', () => {
    const settings = toServerSettings(
      section({
        enable: 'yes',
        run: 'sometimes',
        rules: { 'sales-pressure': 'loud', 'missing-apology-opener': 'warning', 'my-rule': 'info', '': 'error' },
        debounceMs: -5,
        maxFileSize: Number.NaN,
        files: 'not a list',
      }),
    );
    assert.equal(settings.enable, true);
    assert.equal(settings.run, 'onType');
    assert.deepEqual(settings.rules, { 'missing-apology-opener': 'warn', 'my-rule': 'info' });
    assert.equal(settings.debounceMs, 0, 'clamped at 0');
    assert.equal(settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(settings.files, DEFAULT_SETTINGS.files);
    assert.equal(toServerSettings(section({ debounceMs: 1e9 })).debounceMs, MAX_DEBOUNCE_MS);
  });

  it('reads "warning" as "warn" and nothing else outside the enum', () => {
    assert.equal(toRuleLevel('warning'), 'warn');
    for (const level of RULE_LEVELS) assert.equal(toRuleLevel(level), level);
    assert.equal(toRuleLevel('ERROR'), undefined);
    assert.equal(toRuleLevel(2), undefined);
  });
});

describe('package.json: the candor settings schema', () => {
  it('declares every setting the server reads, with a description', () => {
    for (const key of ['enable', 'run', 'rules', 'debounceMs', 'maxFileSize', 'files', 'timeBudgetMs', 'trace.server']) {
      const property = properties[`candor.${key}`];
      assert.ok(property, `candor.${key} is declared`);
      assert.ok(property.description ?? property.markdownDescription, `candor.${key} has a description`);
    }
  });

  it('has the same defaults as the client mapping', () => {
    assert.equal(properties['candor.enable']?.default, DEFAULT_SETTINGS.enable);
    assert.equal(properties['candor.run']?.default, DEFAULT_SETTINGS.run);
    assert.deepEqual(properties['candor.run']?.enum, ['onType', 'onSave']);
    assert.equal(properties['candor.debounceMs']?.default, DEFAULT_SETTINGS.debounceMs);
    assert.equal(properties['candor.maxFileSize']?.default, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(properties['candor.timeBudgetMs']?.default, DEFAULT_SETTINGS.timeBudgetMs);
    assert.deepEqual(properties['candor.files']?.default, DEFAULT_SETTINGS.files);
    assert.deepEqual(properties['candor.trace.server']?.enum, ['off', 'messages', 'verbose']);
  });

  it('enumerates every built-in rule under candor.rules, each level-validated', () => {
    const rules = properties['candor.rules'];
    assert.ok(rules?.properties);
    const builtinIds = builtinRules.map((rule) => rule.meta.id).sort();
    assert.deepEqual(Object.keys(rules.properties).sort(), builtinIds);
    assert.deepEqual([...RULE_IDS].sort(), builtinIds);
    for (const id of builtinIds) assert.deepEqual(rules.properties[id]?.enum, [...RULE_LEVELS]);
    assert.deepEqual(rules.additionalProperties?.enum, [...RULE_LEVELS]);
  });
});
