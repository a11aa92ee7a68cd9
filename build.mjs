// Bundles the three front ends into dist/ as CommonJS (one file each), so the
// CLI starts fast, the server runs anywhere Node 20 does, and VS Code can load
// the extension. ESM-only dependencies (unified, remark) are converted here.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');
const entries = [
  { in: 'cli/main.ts', out: 'cli' },
  { in: 'server/main.ts', out: 'server' },
  { in: 'client/extension.ts', out: 'extension' },
  // The English model for rewrites (3.6 MB): its own bundle, loaded by the CLI
  // and the server on the first rewrite (core/rewrite/nlp.ts), never on a lint.
  { in: 'core/rewrite/nlp-model.ts', out: 'nlp' },
].filter((entry) => existsSync(entry.in));

/**
 * commander requires node:child_process when it loads, for executable
 * subcommands, which candor has none of; loading it (with net, dgram and
 * their kin) took 10-20 ms of every CLI start. commander gets a stand-in that
 * requires the module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process-for-commander',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * wink-eng-lite-web-model reads its core model as a deep copy of the JSON
 * (`JSON.parse(JSON.stringify(originalModel))`), so the module's own copy, with
 * its base64 lexicon, stays alive beside the one in use. The English model is
 * built once per process (core/rewrite/nlp-model.ts), so the bundle reads the
 * JSON object itself; a second read would find it already decoded, and throws.
 * Live heap of the loaded model 15.8 → 7.6 MB, its load 340 → 145 ms, peak
 * RSS of a `--format json` run on the 10 MB benchmark corpus about 15 MB less.
 */
const modelWithoutCopy = {
  name: 'wink-model-without-copy',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const copy = 'const model=JSON.parse(JSON.stringify(originalModel));';
      if (!source.includes(copy)) throw new Error(`${args.path} no longer deep-copies its model as expected; check modelWithoutCopy in build.mjs`);
      const once = "if(modelRead)throw Error('the English model is read once per process');modelRead=true;const model=originalModel;";
      return { contents: `var modelRead=false;${source.replace(copy, once)}`, loader: 'js' };
    });
  },
};

/**
 * Code that a plain lint never runs, each its own bundle beside the front
 * ends, required on first use: the CLI reads, checks and deserialises about
 * half as much on every start (3.1 MB before). Each `require` of one of these
 * in the sources is already lazy (a `require(...)` call where it is used);
 * in the bundles it becomes `require('./<out>.cjs')`. A chunk is a whole
 * library (or the configuration schema with zod) and shares no state with the
 * bundle that loads it. package.json `files`, .vscodeignore and
 * scripts/package-vsix.mjs ship them.
 */
const LAZY_CHUNKS = [
  // HTML drafts only: rehype-parse with hast-util-from-html and parse5.
  { specifier: 'rehype-parse', out: 'html-parser' },
  // Encoded e-mail (.eml) only.
  { specifier: 'postal-mime', out: 'postal-mime' },
  // A configuration's own phrase rules only (the built-in verbs are core/verb-forms.ts).
  { specifier: 'en-inflectors', out: 'en-inflectors' },
  // --fix-dry-run and the whole-draft rewrite only.
  { specifier: 'diff', out: 'diff' },
  // A configuration file, or front matter beyond `key: value` lines (core/yaml.ts).
  { specifier: 'yaml', out: 'yaml' },
  // A configuration file or preset only: the schema and zod.
  { specifier: './schema.js', source: './core/config/schema.ts', out: 'config-schema' },
];

const lazyChunks = {
  name: 'lazy-chunks',
  setup(pluginBuild) {
    const bySpecifier = new Map(LAZY_CHUNKS.map((chunk) => [chunk.specifier, chunk]));
    pluginBuild.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'require-call') return undefined;
      const chunk = bySpecifier.get(args.path);
      if (!chunk) return undefined;
      if (chunk.source && resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) !== resolve(chunk.source)) return undefined;
      return { path: `./${chunk.out}.cjs`, external: true };
    });
  },
};

// V8's code cache for the CLI bundle (bin/candor.cjs uses it; Node 20 has no
// compile cache). The old one goes first, so it never sits next to a new bundle.
const CLI_CACHE = 'dist/cli.cjs.cache';
rmSync(CLI_CACHE, { force: true });

const chunkEntries = LAZY_CHUNKS.map((chunk) => ({
  stdin: {
    contents: `module.exports = require(${JSON.stringify(chunk.source ?? chunk.specifier)});`,
    resolveDir: process.cwd(),
    sourcefile: `${chunk.out}-chunk.js`,
    loader: 'js',
  },
  out: chunk.out,
  chunk: true,
}));

await Promise.all(
  [...entries, ...chunkEntries].map((entry) =>
    build({
      ...(entry.stdin ? { stdin: entry.stdin } : { entryPoints: [entry.in] }),
      outfile: `dist/${entry.out}.cjs`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
      // ESM-only dependencies (fdir via tinyglobby, email parsers) call
      // createRequire(import.meta.url); give the CJS bundle a real URL for it,
      // made on first use (pathToFileURL took a few ms of every CLI start).
      define: { 'import.meta.url': '__candorImportMeta.url', __CANDOR_BUNDLED__: 'true' },
      banner: {
        js: "const __candorImportMeta = { get url() { return Object.defineProperty(this, 'url', { value: require('node:url').pathToFileURL(__filename).href }).url; } };",
      },
      sourcemap: production ? false : 'linked',
      minify: production,
      logLevel: 'warning',
      plugins: entry.chunk ? [] : [lazyChildProcess, lazyChunks, modelWithoutCopy],
    }),
  ),
);

/**
 * Writes the CLI's code cache from a run on examples/. The cache only makes
 * start-up faster, so a failure here is a warning and the build goes on.
 */
function writeCliCodeCache() {
  const script = fileURLToPath(new URL('scripts/code-cache.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [script, 'dist/cli.cjs', CLI_CACHE, 'examples'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0 || !existsSync(CLI_CACHE)) {
    const why = result.error?.message ?? (result.stderr.trim() || `exit ${result.status ?? result.signal}`);
    console.warn(`build: warning: no code cache for dist/cli.cjs (the CLI starts slower): ${why}`);
  }
}

/**
 * Escapes a bundle's few non-ASCII characters (\uXXXX is the same character
 * in strings, templates, regular expressions and identifiers), so it is read as
 * one-byte text: for the CLI, decoding 2 MB of UTF-8 cost about 10 ms of every
 * start; V8 keeps a script's source as long as any of its functions lives, and
 * the English model's bundle (dist/nlp.cjs, 4 MB, a dozen dashes and quotes)
 * stayed on the heap as 7.6 MB of two-byte text, the language server's
 * (1.6 MB, 685 quotes and dashes) as 3.2 MB in every editor. A character after an escaping
 * backslash (`/[\-\–]/` in wink-nlp) is an identity escape in a string or a
 * regular expression without the u flag, the only places it occurs: the
 * backslash goes, the \uXXXX escape stands for the character. A bundle that
 * reads a template's raw text (String.raw) is left as it is.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  if (/\\[^\x00-\x7f]/.test(text) && /\.raw\b/.test(text)) {
    console.warn(`build: warning: ${file} keeps its non-ASCII characters (one follows a backslash, and it reads raw template text)`);
    return;
  }
  const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  // An odd run of backslashes before the character escapes it: drop that one.
  writeFileSync(file, text.replace(/(\\*)([^\x00-\x7f])/g, (_, run, c) => (run.length % 2 === 1 ? run.slice(1) : run) + escape(c)));
}

for (const entry of [...entries, ...chunkEntries]) asciiOnly(`dist/${entry.out}.cjs`);
if (entries.some((entry) => entry.out === 'cli') && existsSync('examples')) writeCliCodeCache();
