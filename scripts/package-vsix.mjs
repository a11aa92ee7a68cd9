// `npm run package`: builds candor-<version>.vsix from production bundles.
//
// Why not just `npm run build -- --production && vsce package`: dist/ is shared
// with everyone's dev builds and tests. A `npm run build` running between our
// production build and vsce's read put unminified bundles with stale maps into
// the .vsix (seen: 586 KB instead of ~320 KB), and the production build also
// swapped other developers' dist/ for minified, map-less files. So:
//   1. run the repository's own build.mjs --production in a scratch folder whose
//      entries link back to the clone (same esbuild options, private dist/);
//   2. copy the bundles plus the extension's metadata into a clean folder;
//   3. run vsce there (offline: --no-dependencies) and write the .vsix at the root.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsixPath = join(root, `candor-${version}.vsix`);
// What the extension ships besides its bundles (mirrors the .vscodeignore allow-list).
const METADATA = ['package.json', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'images/icon.png', 'schema/candorrc.schema.json'];
// The server's lazy chunks (build.mjs, LAZY_CHUNKS) sit beside it.
const BUNDLES = [
  'dist/extension.cjs',
  'dist/server.cjs',
  'dist/nlp.cjs',
  'dist/config-schema.cjs',
  'dist/diff.cjs',
  'dist/en-inflectors.cjs',
  'dist/html-parser.cjs',
  'dist/postal-mime.cjs',
  'dist/yaml.cjs',
];
const NOT_LINKED = new Set(['dist', '.git', '.vscode-test', 'test-results', 'coverage']);

const scratch = mkdtempSync(join(tmpdir(), 'candor-package-'));
try {
  const buildDir = join(scratch, 'build');
  mkdirSync(buildDir);
  for (const entry of readdirSync(root)) {
    if (NOT_LINKED.has(entry) || entry.endsWith('.vsix')) continue;
    symlinkSync(join(root, entry), join(buildDir, entry));
  }
  execFileSync(process.execPath, [join(root, 'build.mjs'), '--production'], { cwd: buildDir, stdio: 'inherit' });

  const stageDir = join(scratch, 'extension');
  for (const file of [...METADATA, ...BUNDLES]) {
    const from = file.startsWith('dist/') ? join(buildDir, file) : join(root, file);
    if (!existsSync(from)) {
      if (file === 'README.md') continue; // vsce packages without one; the vsix test will say so
      throw new Error(`package-vsix: ${file} is missing`);
    }
    mkdirSync(dirname(join(stageDir, file)), { recursive: true });
    if (file === 'package.json') {
      // `files` is the npm package's list (CLI and server); the extension's is
      // .vscodeignore, and vsce refuses a folder that has both.
      const manifest = JSON.parse(readFileSync(from, 'utf8'));
      delete manifest.files;
      writeFileSync(join(stageDir, file), `${JSON.stringify(manifest, null, 2)}\n`);
    } else {
      cpSync(from, join(stageDir, file));
    }
  }

  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsixPath], { cwd: stageDir, stdio: 'inherit' });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
