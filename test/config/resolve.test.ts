import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createConfigCache,
  printConfig,
  resolveConfig,
  resolveConfigSync,
  type ResolveOptions,
} from '../../core/config/index.js';
import { lint } from '../../core/engine.js';
import { cleanup, configError, tree } from './helpers.js';

/** Resolves inside the temp tree only, so nothing above it can leak in. */
function at(root: string): ResolveOptions {
  return { stopDir: root };
}

describe('config: discovery and cascading', () => {
  afterEach(cleanup);

  it('uses the nearest configuration and cascades parents under it (nearest wins)', async () => {
    const root = tree({
      '.candorrc.yaml': 'rules:\n  sales-pressure: error\n  assume-the-sale: error\nallow: [act now]\n',
      'emails/.candorrc.json': '{ "rules": { "sales-pressure": "off" }, "allow": ["limited time"] }',
      'emails/a.txt': '',
    });
    const inChild = await resolveConfig(join(root, 'emails/a.txt'), at(root));
    assert.deepEqual(inChild.lint.rules, { 'sales-pressure': 'off', 'assume-the-sale': 'error' });
    assert.deepEqual(inChild.lint.allow, ['act now', 'limited time']);
    assert.deepEqual(inChild.sources, [join(root, '.candorrc.yaml'), join(root, 'emails/.candorrc.json')]);
    const inParent = await resolveConfig(join(root, 'b.txt'), at(root));
    assert.deepEqual(inParent.lint.rules, { 'sales-pressure': 'error', 'assume-the-sale': 'error' });
    assert.deepEqual(inParent.sources, [join(root, '.candorrc.yaml')]);
  });

  it('takes the first file name of a folder in the documented order', () => {
    const root = tree({
      '.candorrc': 'rules: { sales-pressure: info }\n',
      '.candorrc.yaml': 'rules: { sales-pressure: error }\n',
    });
    const resolved = resolveConfigSync(join(root, 'x.md'), at(root));
    assert.equal(resolved.lint.rules?.['sales-pressure'], 'info');
    assert.deepEqual(resolved.sources, [join(root, '.candorrc')]);
  });

  it('stops at root: true', () => {
    const root = tree({
      '.candorrc.yaml': 'rules: { assume-the-sale: off }\nallow: [from above]\n',
      'team/.candorrc.yaml': 'root: true\nrules: { sales-pressure: error }\n',
      'team/drafts/.candorrc.yml': 'rules: { missing-apology-opener: info }\n',
    });
    const resolved = resolveConfigSync(join(root, 'team/drafts/a.md'), at(root));
    assert.deepEqual(resolved.lint.rules, { 'sales-pressure': 'error', 'missing-apology-opener': 'info' });
    assert.equal(resolved.lint.allow, undefined);
    assert.deepEqual(resolved.sources, [join(root, 'team/.candorrc.yaml'), join(root, 'team/drafts/.candorrc.yml')]);
  });

  it('reads package.json#candor and skips a package.json without it', () => {
    const root = tree({
      'package.json': JSON.stringify({ name: 'outer', candor: { rules: { 'assume-the-sale': 'error' } } }),
      'site/package.json': JSON.stringify({ name: 'inner' }),
      'site/page.md': '',
    });
    const resolved = resolveConfigSync(join(root, 'site/page.md'), at(root));
    assert.deepEqual(resolved.lint.rules, { 'assume-the-sale': 'error' });
    assert.deepEqual(resolved.sources, [join(root, 'package.json')]);
  });

  it('returns the defaults when there is no configuration', () => {
    const root = tree({ 'a.txt': '' });
    const resolved = resolveConfigSync(join(root, 'a.txt'), at(root));
    assert.deepEqual(resolved.lint, { rules: {} });
    assert.deepEqual(resolved.sources, []);
    assert.equal(resolved.ignored, false);
    assert.deepEqual(
      resolved.rules.map((rule) => rule.meta.id),
      ['assume-the-sale', 'missing-apology-opener', 'sales-pressure'],
    );
  });

  it('resolves a relative path against cwd, and the sync and async variants agree', async () => {
    const root = tree({ 'd/.candorrc.yaml': 'rules: { sales-pressure: info }\nformats: { ".txt": email }\n' });
    const options = { cwd: join(root, 'd'), stopDir: root };
    const sync = resolveConfigSync('x.txt', options);
    const async = await resolveConfig('x.txt', options);
    assert.deepEqual(async, sync);
    assert.equal(sync.format, 'email');
  });

  it('caches per directory and picks up changes once the cache is cleared', () => {
    const root = tree({ '.candorrc.yaml': 'rules: { sales-pressure: info }\n' });
    const cache = createConfigCache();
    const first = resolveConfigSync(join(root, 'a.txt'), { cache, stopDir: root });
    writeFileSync(join(root, '.candorrc.yaml'), 'rules: { sales-pressure: error }\n');
    const cached = resolveConfigSync(join(root, 'b.txt'), { cache, stopDir: root });
    assert.equal(cached.lint.rules?.['sales-pressure'], 'info');
    assert.equal(cached.rules[0], first.rules[0]);
    cache.clear();
    const fresh = resolveConfigSync(join(root, 'b.txt'), { cache, stopDir: root });
    assert.equal(fresh.lint.rules?.['sales-pressure'], 'error');
  });

  it('never loads a .candorrc.js (or .cjs/.mjs): configuration is data, not code', () => {
    const marker = 'executed.txt';
    const root = tree({
      '.candorrc.js': `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { rules: { 'sales-pressure': 'off' } };`,
      '.candorrc.cjs': `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = {};`,
      '.candorrc.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'ran'); export default {};`,
    });
    const resolved = resolveConfigSync(join(root, 'a.txt'), { stopDir: root, cwd: root });
    assert.deepEqual(resolved.sources, []);
    assert.deepEqual(resolved.lint.rules, {});
    assert.equal(existsSync(join(root, marker)), false);
    assert.equal(existsSync(join(process.cwd(), marker)), false);
  });

  it('refuses to extend a .js file', async () => {
    const root = tree({
      '.candorrc.yaml': 'extends: ./base.js\n',
      'base.js': 'module.exports = {};',
    });
    const error = await configError(() => resolveConfigSync(join(root, 'a.txt'), at(root)));
    assert.match(error.message, /never code/);
    assert.deepEqual([error.line, error.column], [1, 10]);
  });

  it('extends a relative YAML file, whose globs are relative to the extending file', () => {
    const root = tree({
      'shared/base.yaml': 'rules: { assume-the-sale: error }\noverrides:\n  - files: ["*.voicemail.txt"]\n    format: script\n',
      'team/.candorrc.yaml': 'extends: ../shared/base.yaml\nrules: { sales-pressure: off }\n',
    });
    const resolved = resolveConfigSync(join(root, 'team/calls/a.voicemail.txt'), at(root));
    assert.deepEqual(resolved.lint.rules, { 'assume-the-sale': 'error', 'sales-pressure': 'off' });
    assert.equal(resolved.format, 'script');
    assert.deepEqual(resolved.sources, [join(root, 'shared/base.yaml'), join(root, 'team/.candorrc.yaml')]);
  });
});

describe('config: presets', () => {
  afterEach(cleanup);

  const resolveWith = (extend: string, file = 'draft.txt') => {
    const root = tree({ '.candorrc.yaml': `extends: ${extend}\n` });
    return resolveConfigSync(join(root, file), at(root));
  };

  it('candor:recommended turns every rule on at warn', () => {
    assert.deepEqual(resolveWith('candor:recommended').lint.rules, {
      'sales-pressure': 'warn',
      'missing-apology-opener': 'warn',
      'assume-the-sale': 'warn',
    });
  });

  it('candor:strict makes every rule an error', () => {
    assert.deepEqual(resolveWith('candor:strict').lint.rules, {
      'sales-pressure': 'error',
      'missing-apology-opener': 'error',
      'assume-the-sale': 'error',
    });
  });

  it('candor:cold-email reads .txt as email and makes assume-the-sale an error', () => {
    const resolved = resolveWith('candor:cold-email');
    assert.equal(resolved.format, 'email');
    assert.equal(resolved.lint.rules?.['assume-the-sale'], 'error');
    assert.equal(resolved.lint.rules?.['sales-pressure'], 'warn');
  });

  it('candor:re-engagement makes missing-apology-opener an error', () => {
    const resolved = resolveWith('candor:re-engagement');
    assert.equal(resolved.lint.rules?.['missing-apology-opener'], 'error');
    assert.equal(resolved.format, 'email');
  });

  it('candor:call-script reads .txt as a script', () => {
    const resolved = resolveWith('candor:call-script');
    assert.equal(resolved.format, 'script');
    assert.equal(resolveWith('candor:call-script', 'page.md').format, undefined);
  });

  it('candor:landing-page turns missing-apology-opener off, so the engine skips it', () => {
    const resolved = resolveWith('candor:landing-page', 'page.md');
    assert.equal(resolved.lint.rules?.['missing-apology-opener'], 'off');
    const reengagement = "Hi Sam,\n\nI haven't heard from you in a few weeks. Are you still interested in a demo?\n";
    const withPreset = lint(reengagement, { format: 'text', config: resolved.lint, rules: resolved.rules });
    const without = lint(reengagement, { format: 'text' });
    assert.ok(without.some((finding) => finding.ruleId === 'missing-apology-opener'));
    assert.ok(!withPreset.some((finding) => finding.ruleId === 'missing-apology-opener'));
  });

  it('a later extends entry and the file itself win over earlier ones', () => {
    const root = tree({ '.candorrc.yaml': 'extends: [candor:strict, candor:landing-page]\nrules: { assume-the-sale: info }\n' });
    assert.deepEqual(resolveConfigSync(join(root, 'a.md'), at(root)).lint.rules, {
      'sales-pressure': 'warn',
      'missing-apology-opener': 'off',
      'assume-the-sale': 'info',
    });
  });

  it('an unknown preset is an error with a suggestion', async () => {
    const root = tree({ '.candorrc.yaml': 'extends:\n  - candor:recommended\n  - candor:stict\n' });
    const error = await configError(() => resolveConfigSync(join(root, 'a.md'), at(root)));
    assert.equal(error.message, 'Unknown preset "candor:stict"; did you mean "candor:strict"?');
    assert.deepEqual([error.file, error.line, error.column], [join(root, '.candorrc.yaml'), 3, 5]);
  });
});

describe('config: shared packages (candor-config-*)', () => {
  afterEach(cleanup);

  it('extends a package whose package.json has a candor field', () => {
    const root = tree({
      'node_modules/candor-config-acme/package.json': JSON.stringify({
        name: 'candor-config-acme',
        version: '1.0.0',
        candor: { extends: 'candor:strict', rules: { 'assume-the-sale': 'warn' }, allow: ['acme now'] },
      }),
      'work/.candorrc.yaml': 'extends: candor-config-acme\n',
    });
    const resolved = resolveConfigSync(join(root, 'work/a.md'), at(root));
    assert.deepEqual(resolved.lint.rules, {
      'sales-pressure': 'error',
      'missing-apology-opener': 'error',
      'assume-the-sale': 'warn',
    });
    assert.deepEqual(resolved.lint.allow, ['acme now']);
    assert.ok(resolved.sources.includes(join(root, 'node_modules/candor-config-acme/package.json')));
  });

  it('extends a package whose main is a YAML file', () => {
    const root = tree({
      'node_modules/@acme/candor-config-sales/package.json': JSON.stringify({ name: '@acme/candor-config-sales', main: 'config.yaml' }),
      'node_modules/@acme/candor-config-sales/config.yaml': 'rules:\n  sales-pressure: info\n',
      '.candorrc.json': '{ "extends": ["@acme/candor-config-sales"] }',
    });
    assert.deepEqual(resolveConfigSync(join(root, 'a.md'), at(root)).lint.rules, { 'sales-pressure': 'info' });
  });

  it('refuses a package whose main is code, without running it', async () => {
    const root = tree({
      'node_modules/candor-config-evil/package.json': JSON.stringify({ name: 'candor-config-evil', main: 'index.js' }),
      'node_modules/candor-config-evil/index.js': "require('node:fs').writeFileSync(__dirname + '/ran', ''); module.exports = {};",
      '.candorrc.yaml': 'extends: candor-config-evil\n',
    });
    const error = await configError(() => resolveConfigSync(join(root, 'a.md'), at(root)));
    assert.match(error.message, /must export data/);
    assert.deepEqual([error.line, error.column], [1, 10]);
    assert.equal(existsSync(join(root, 'node_modules/candor-config-evil/ran')), false);
  });

  it('names a missing package and how to install it', async () => {
    const root = tree({ '.candorrc.yaml': 'extends: candor-config-missing\n' });
    const error = await configError(() => resolveConfigSync(join(root, 'a.md'), at(root)));
    assert.match(error.message, /Cannot find package "candor-config-missing".*npm install --save-dev candor-config-missing/);
  });
});

describe('config: overrides, formats, ignorePatterns', () => {
  afterEach(cleanup);

  const overrides = `rules:
  sales-pressure: warn
overrides:
  - files: ["landing/**"]
    excludedFiles: ["landing/drafts/**"]
    rules:
      missing-apology-opener: off
  - files: ["*.voicemail.txt", "calls/*.txt"]
    format: script
  - files: ["landing/pricing.md"]
    rules:
      missing-apology-opener: error
`;

  it('applies an override to matching files only, honouring excludedFiles; a later one wins', () => {
    const root = tree({ '.candorrc.yaml': overrides });
    const rules = (file: string) => resolveConfigSync(join(root, file), at(root)).lint.rules;
    assert.equal(rules('landing/home.md')?.['missing-apology-opener'], 'off');
    assert.equal(rules('landing/deep/er/home.md')?.['missing-apology-opener'], 'off');
    assert.equal(rules('landing/drafts/home.md')?.['missing-apology-opener'], undefined);
    assert.equal(rules('emails/home.md')?.['missing-apology-opener'], undefined);
    assert.equal(rules('landing/pricing.md')?.['missing-apology-opener'], 'error');
    assert.equal(rules('landing/home.md')?.['sales-pressure'], 'warn');
  });

  it('matches override globs relative to the configuration file’s folder', () => {
    const root = tree({ 'team/.candorrc.yaml': overrides });
    assert.equal(resolveConfigSync(join(root, 'team/landing/a.md'), at(root)).lint.rules?.['missing-apology-opener'], 'off');
    assert.equal(resolveConfigSync(join(root, 'team/calls/a.txt'), at(root)).format, 'script');
    assert.equal(resolveConfigSync(join(root, 'team/a.voicemail.txt'), at(root)).format, 'script');
    assert.equal(resolveConfigSync(join(root, 'team/other/calls/a.txt'), at(root)).format, undefined);
  });

  it('keeps a rule’s options when a later setting gives only a severity', () => {
    const root = tree({
      '.candorrc.yaml': 'rules:\n  sales-pressure: [error, { level: 2 }]\noverrides:\n  - files: ["*.md"]\n    rules: { sales-pressure: warn }\n',
    });
    assert.deepEqual(resolveConfigSync(join(root, 'a.md'), at(root)).lint.rules?.['sales-pressure'], ['warn', { level: 2 }]);
    assert.deepEqual(resolveConfigSync(join(root, 'a.txt'), at(root)).lint.rules?.['sales-pressure'], ['error', { level: 2 }]);
  });

  it('maps extensions to formats, the longest extension first; an override format wins', () => {
    const root = tree({
      '.candorrc.yaml':
        'formats:\n  ".txt": email\n  ".script.txt": script\n  ".page": markdown\noverrides:\n  - files: ["notes/**"]\n    format: text\n',
    });
    const format = (file: string) => resolveConfigSync(join(root, file), at(root)).format;
    assert.equal(format('a.txt'), 'email');
    assert.equal(format('A.TXT'), 'email');
    assert.equal(format('call.script.txt'), 'script');
    assert.equal(format('home.page'), 'markdown');
    assert.equal(format('a.md'), undefined);
    assert.equal(format('notes/a.txt'), 'text');
  });

  it('marks files matching ignorePatterns (gitignore syntax, relative to the config) as ignored', () => {
    const root = tree({
      '.candorrc.yaml': 'ignorePatterns:\n  - "archive/"\n  - "*.bak.md"\n  - "/top-only.md"\n',
      'team/.candorrc.yaml': 'ignorePatterns: ["!archive/keep.md"]\n',
    });
    const ignored = (file: string) => resolveConfigSync(join(root, file), at(root)).ignored;
    assert.equal(ignored('archive/old.md'), true);
    assert.equal(ignored('x/archive/old.md'), true);
    assert.equal(ignored('notes.bak.md'), true);
    assert.equal(ignored('top-only.md'), true);
    assert.equal(ignored('sub/top-only.md'), false);
    assert.equal(ignored('notes.md'), false);
    assert.equal(ignored('team/archive/keep.md'), false);
    assert.equal(ignored('team/archive/other.md'), true);
  });

  it('compiles speakers and literal merge-tag delimiters for the engine', () => {
    const root = tree({
      '.candorrc.yaml': 'speakers:\n  rep: [Closer]\n  other: [Lead]\nmergeTags:\n  - ["[[", "]]"]\n  - ["<%", "%>"]\n',
      'sub/.candorrc.yaml': 'speakers:\n  rep: [SDR]\nmergeTags:\n  - ["[[", "]]"]\n',
    });
    const resolved = resolveConfigSync(join(root, 'sub/a.txt'), at(root));
    assert.deepEqual(resolved.lint.speakers, { rep: ['Closer', 'SDR'], other: ['Lead'] });
    assert.equal(resolved.lint.mergeTags?.length, 2);
    const [brackets, percent] = resolved.lint.mergeTags;
    assert.equal('Hi [[first.name]], see <%= x %>'.match(brackets)?.[0], '[[first.name]]');
    assert.equal('see <%= x %> now'.match(percent)?.[0], '<%= x %>');
    assert.equal('a.b*c'.match(brackets), null);
    const text = 'Only [[act now]] is a tag. Act now!';
    const withTags = lint(text, { format: 'text', config: resolved.lint, rules: resolved.rules });
    assert.deepEqual(
      withTags.filter((finding) => finding.ruleId === 'sales-pressure').map((finding) => text.slice(finding.start, finding.end)),
      ['Act now'],
    );
  });

  it('prints the resolved configuration as plain JSON', () => {
    const root = tree({
      '.candorrc.yaml': 'extends: candor:landing-page\nmergeTags: [["[[", "]]"]]\nallow: [act now]\nformats: { ".txt": email }\n',
    });
    const printed = printConfig(join(root, 'a.txt'), at(root));
    assert.deepEqual(JSON.parse(JSON.stringify(printed)), printed);
    assert.equal(printed.format, 'email');
    assert.deepEqual(printed.presets, ['candor:landing-page', 'candor:recommended']);
    assert.deepEqual(printed.rules, {
      'assume-the-sale': 'warn',
      'missing-apology-opener': 'off',
      'sales-pressure': 'warn',
    });
    assert.deepEqual(printed.mergeTags, [['[[', ']]']]);
    assert.deepEqual(printed.sources, [join(root, '.candorrc.yaml')]);
  });
});
