/**
 * The npm package: `npm pack` of a fresh clone, installed into an empty
 * project, then used the way the README and docs/ci.md use it: `npx candor
 * examples/`, `--format json`, `--fix`, `--version`, and
 * `candor-language-server --stdio` over a real LSP connection.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { LspClient } from '../server/lsp-client.js';
import { cleanEnv, copyExamples, emptyProject, npmWarnings, packedTarball, REPO, run, runOk, type Packed } from './helpers.js';

/** Everything the tarball may hold, and all of it must: the build, its bins, the schema and the docs. */
const PACKAGE_FILES = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'bin/candor-language-server.cjs',
  'bin/candor.cjs',
  'dist/cli.cjs',
  'dist/cli.cjs.cache',
  'dist/config-schema.cjs',
  'dist/diff.cjs',
  'dist/en-inflectors.cjs',
  'dist/html-parser.cjs',
  'dist/nlp.cjs',
  'dist/postal-mime.cjs',
  'dist/server.cjs',
  'dist/yaml.cjs',
  'package.json',
  'schema/candorrc.schema.json',
];

const EXAMPLES = readdirSync(join(REPO, 'examples')).sort();

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; severity: number; line: number; column: number; fix?: unknown }>;
  errorCount: number;
  warningCount: number;
}

/** All files under `dir`, relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

describe('the npm package, installed into an empty project', function () {
  this.timeout(600_000);
  let pack: Packed;
  let project: string;
  let install: { stdout: string; stderr: string };
  let npx: (args: string[], cwd?: string) => ReturnType<typeof run>;

  before(() => {
    pack = packedTarball();
    project = emptyProject('npm-package');
    install = runOk('npm', ['install', pack.tarball], project);
    copyExamples(project);
    npx = (args, cwd = project) => run('npx', ['--no-install', 'candor', ...args], cwd);
  });

  it('the tarball holds the built CLI and server, the schema and the docs: no sources, fixtures or tests', () => {
    assert.equal(pack.name, 'candor');
    assert.deepEqual(pack.files.map((file) => file.path).sort(), PACKAGE_FILES);
    // prepack's production build, not a development build with source maps beside it.
    const cli = pack.files.find((file) => file.path === 'dist/cli.cjs');
    assert.ok(cli && cli.size < 2_000_000, `dist/cli.cjs is ${cli?.size} bytes: minified?`);
    const installed = readFileSync(join(project, 'node_modules', 'candor', 'dist', 'cli.cjs'), 'latin1');
    assert.doesNotMatch(installed, /sourceMappingURL/);
  });

  it('installs without a warning and runs no install script', () => {
    assert.deepEqual(npmWarnings(install.stderr), [], install.stderr);
    assert.doesNotMatch(install.stderr, /install-scripts|allowScripts/);
    const installed = join(project, 'node_modules', 'candor');
    const files = filesUnder(installed).sort();
    assert.deepEqual(files, PACKAGE_FILES);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) {
      assert.equal(manifest.scripts?.[script], undefined, `the package must not carry a ${script} script`);
    }
  });

  it('needs nothing but its own files at run time: no dependency, no TypeScript', () => {
    const installed = join(project, 'node_modules', 'candor');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    assert.deepEqual(manifest.dependencies ?? {}, {}, 'everything the CLI and server use is bundled into dist/');
    assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.')), ['candor']);
    for (const bundle of PACKAGE_FILES.filter((file) => file.endsWith('.cjs') && file.startsWith('dist/'))) {
      const text = readFileSync(join(installed, bundle), 'latin1');
      const required = new Set([...text.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1]));
      // A bundle's lazy chunks (build.mjs) are required beside it: they must be in the package.
      const outside = [...required].filter(
        (name) => !name.startsWith('node:') && !builtinModules.includes(name) && !(name.startsWith('./') && PACKAGE_FILES.includes(`dist/${name.slice(2)}`)),
      );
      assert.deepEqual(outside, [], `${bundle} requires what the package does not contain`);
    }
  });

  it('`npx candor rewrite` rewrites a draft with the English model the package ships', () => {
    const result = npx(['rewrite', 'examples/reengage-bad.email']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Hi \{\{first_name\}\},$/m);
    assert.match(result.stdout, /I wanted to apologize/);
    assert.doesNotMatch(result.stdout, /Just checking in/);
  });

  it('`npx candor examples/` lints every example draft and exits 0 (warnings only)', () => {
    const result = npx(['examples/']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    for (const name of ['reengage-bad.email', 'breakup-email.txt', 'voicemail.txt']) {
      assert.match(result.stdout, new RegExp(`^examples/${name.replace('.', '\\.')}$`, 'm'));
    }
    assert.match(result.stdout, /✖ \d+ problems \(0 errors, \d+ warnings\)/);
    assert.match(result.stdout, /\bsales-pressure$/m);
    assert.match(result.stdout, /\bmissing-apology-opener$/m);
    assert.match(result.stdout, /\bassume-the-sale$/m);
  });

  it('`--format json` prints one ESLint-style result per example, agreeing with the stylish report', () => {
    const result = npx(['--format', 'json', 'examples/']);
    assert.equal(result.status, 0, result.stderr);
    const results = JSON.parse(result.stdout) as JsonResult[];
    assert.deepEqual(results.map((r) => r.filePath.replace(/\\/g, '/').replace(/^.*\/examples\//, '')).sort(), EXAMPLES);
    const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
    const stylish = npx(['examples/']).stdout;
    assert.match(stylish, new RegExp(`✖ ${warnings} problems \\(0 errors, ${warnings} warnings\\)`));
    for (const r of results) assert.equal(r.messages.length, r.warningCount + r.errorCount);
  });

  it('`--fix` rewrites the fixable drafts of a copy, and a second run has nothing left to fix', () => {
    // A folder of the project, so npx finds the installed candor from there as from its root.
    const copy = join(project, 'copy');
    copyExamples(copy);
    const before = new Map(EXAMPLES.map((name) => [name, readFileSync(join(copy, 'examples', name), 'utf8')]));
    const fixable = (JSON.parse(npx(['--format', 'json', 'examples/'], copy).stdout) as JsonResult[]).filter((r) =>
      r.messages.some((message) => message.fix !== undefined),
    );
    assert.ok(fixable.length > 0, 'the examples have fixable findings');

    const first = npx(['--fix', 'examples/'], copy);
    assert.ok(first.status === 0 || first.status === 1, first.stderr);
    const changed = EXAMPLES.filter((name) => readFileSync(join(copy, 'examples', name), 'utf8') !== before.get(name));
    assert.deepEqual(changed, fixable.map((r) => r.filePath.replace(/^.*\/examples\//, '')).sort());
    assert.doesNotMatch(first.stdout, /fixable with --fix/);

    const after = new Map(EXAMPLES.map((name) => [name, readFileSync(join(copy, 'examples', name), 'utf8')]));
    npx(['--fix', 'examples/'], copy);
    for (const name of EXAMPLES) assert.equal(readFileSync(join(copy, 'examples', name), 'utf8'), after.get(name), name);
  });

  it('`candor --version` is the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    assert.equal(pack.version, version);
    const result = npx(['--version']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout.trim(), version);
  });

  it('`candor-language-server --stdio` answers initialize and lints an opened draft over a real connection', async () => {
    const bin = join(project, 'node_modules', '.bin', 'candor-language-server');
    assert.ok(existsSync(bin));
    const client = new LspClient({ command: [bin, '--stdio'], env: cleanEnv(), configuration: () => ({ debounceMs: 0 }) });
    try {
      const result = await client.initialize();
      const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
      assert.deepEqual(result.serverInfo, { name: 'candor-language-server', version });
      assert.equal(result.capabilities.positionEncoding, 'utf-16');
      const uri = 'file:///tmp/candor-install/chaser.email';
      await client.open(uri, 'plaintext', 'Hi Sam,\n\nJust checking in on the proposal. Act now!\n');
      const diagnostics = await client.pushed(uri);
      assert.ok(
        diagnostics.some((diagnostic) => diagnostic.code === 'sales-pressure' && diagnostic.range.start.line === 2),
        JSON.stringify(diagnostics),
      );
    } finally {
      await client.stop();
    }
  });
});

