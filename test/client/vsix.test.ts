/**
 * The packaged extension: `npm run package` builds the production bundles and
 * `candor-<version>.vsix`; this test opens that zip and checks what a user
 * installs — the manifest, the two bundles, the docs and icon, and nothing
 * else (no node_modules, no TypeScript sources, no tests).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
const vsixPath = `${root}candor-${version}.vsix`;
const MAX_VSIX_BYTES = 2 * 1024 * 1024;

interface PackagedManifest {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  icon: string;
  contributes: {
    configuration: { properties: Record<string, unknown> };
    commands: { command: string }[];
    menus: Record<string, unknown[]>;
    jsonValidation: { fileMatch: string[]; url: string }[];
    yamlValidation: { fileMatch: string[]; url: string }[];
  };
}

/** Every entry's name, and the text of the entries `wanted` asks for. */
function readVsix(file: string, wanted: (name: string) => boolean): Promise<{ names: string[]; texts: Map<string, string> }> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (openError: Error | null, zip: ZipFile) => {
      if (openError) return reject(openError);
      const names: string[] = [];
      const texts = new Map<string, string>();
      zip.on('error', reject);
      zip.on('end', () => resolve({ names, texts }));
      zip.on('entry', (entry: Entry) => {
        names.push(entry.fileName);
        if (!wanted(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (streamError: Error | null, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            texts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

describe('the packaged VS Code extension (.vsix)', function () {
  this.timeout(180_000);
  let names: string[] = [];
  let manifest: PackagedManifest;

  before(async function () {
    // Build it unless the caller already did (CANDOR_VSIX_PREBUILT=1 after `npm run package`).
    if (!(process.env.CANDOR_VSIX_PREBUILT === '1' && existsSync(vsixPath))) {
      execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    const read = await readVsix(vsixPath, (name) => name === 'extension/package.json');
    names = read.names;
    manifest = JSON.parse(read.texts.get('extension/package.json') ?? 'null') as PackagedManifest;
    assert.ok(manifest, 'extension/package.json is in the .vsix');
  });

  it(`is named candor-${version}.vsix and smaller than 2 MB`, () => {
    const size = statSync(vsixPath).size;
    assert.ok(size < MAX_VSIX_BYTES, `${size} bytes`);
  });

  it('ships the extension bundle as main, and the server bundle it starts', () => {
    assert.equal(manifest.main, './dist/extension.cjs');
    assert.ok(names.includes('extension/dist/extension.cjs'));
    assert.ok(names.includes('extension/dist/server.cjs'));
  });

  it('declares activation, settings, commands and menus', () => {
    assert.equal(manifest.engines.vscode, '^1.91.0');
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
    assert.ok('candor.rules' in manifest.contributes.configuration.properties);
    assert.ok(manifest.contributes.commands.some((entry) => entry.command === 'candor.rewriteDocument'));
    assert.ok((manifest.contributes.menus['editor/context'] ?? []).length > 0);
  });

  it('validates Candor configuration files against the bundled JSON Schema', () => {
    const validations = [...manifest.contributes.jsonValidation, ...manifest.contributes.yamlValidation];
    const matched = validations.flatMap((entry) => entry.fileMatch).sort();
    assert.deepEqual(matched, ['.candorrc', '.candorrc.json', '.candorrc.yaml', '.candorrc.yml']);
    for (const entry of validations) {
      assert.equal(entry.url, './schema/candorrc.schema.json');
      assert.ok(names.includes('extension/schema/candorrc.schema.json'), 'the schema is inside the .vsix');
    }
  });

  it('ships README, CHANGELOG, LICENSE and the icon', () => {
    for (const file of ['readme.md', 'changelog.md', 'license']) {
      assert.ok(
        names.some((name) => name.toLowerCase() === `extension/${file}` || name.toLowerCase() === `extension/${file}.txt`),
        `${file} in ${names.join(', ')}`,
      );
    }
    assert.ok(names.includes(`extension/${manifest.icon}`), `icon ${manifest.icon}`);
  });

  it('ships no node_modules, sources, source maps or tests', () => {
    const unwanted = names.filter(
      (name) =>
        name.includes('node_modules/') ||
        /\.(ts|mts|cts|map)$/.test(name) ||
        /^extension\/(test|client|server|core|rules|cli|scripts|fixtures)\//.test(name),
    );
    assert.deepEqual(unwanted, []);
  });
});
