// Writes V8's code cache for the CLI bundle; build.mjs runs it right after esbuild:
//
//   node scripts/code-cache.mjs dist/cli.cjs dist/cli.cjs.cache [cli arguments…]
//
// Node 20 has no compile cache (module.enableCompileCache is Node 22), so
// without this every `candor` run compiles the 2 MB bundle from scratch.
// bin/candor.cjs hands the cache back to V8 (see there for the file's layout).
//
// The bundle is compiled exactly as bin/candor.cjs compiles it and run once with
// the given arguments (build.mjs: the examples/ folder), its output discarded,
// so the cache also holds the functions a lint compiles lazily. The cache is
// written when that run's process exits, and this process then exits 0.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import v8 from 'node:v8';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';

/** The first line of a cache file: this tag, a space, the bundle's CRC-32. Shared with bin/candor.cjs. */
const TAG = 'candor-code-cache-2';

const [bundleArg, cacheArg, ...args] = process.argv.slice(2);
if (!bundleArg || !cacheArg) {
  process.stderr.write('usage: node scripts/code-cache.mjs <bundle> <cache file> [cli arguments…]\n');
  process.exit(2);
}
// The V8 flags bin/candor.cjs sets before it compiles the bundle: V8 rejects a
// cache made under other flags.
const binSource = readFileSync(new URL('../bin/candor.cjs', import.meta.url), 'utf8');
const growing = /const HEAP_GROWING_PERCENT = (\d+);/.exec(binSource);
if (growing) v8.setFlagsFromString(`--heap-growing-percent=${growing[1]}`);

const filename = resolve(bundleArg);
const target = resolve(cacheArg);
const bytes = readFileSync(filename);
const script = new vm.Script(Module.wrap(bytes.toString('utf8')), {
  filename,
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});

const writeErr = process.stderr.write.bind(process.stderr);
process.on('exit', () => {
  try {
    // The CLI stops its young generation's growth once it is large enough
    // (core/heap.ts boundYoungGeneration) by a flag V8 also checks the cache
    // against; bin/candor.cjs loads the cache before that, with V8's default.
    v8.setFlagsFromString('--semi-space-growth-factor=2');
    const header = Buffer.from(`${TAG} ${crc32(bytes).toString(16)}\n`);
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([header, script.createCachedData()]));
    renameSync(temporary, target);
    process.exitCode = 0;
  } catch (error) {
    writeErr(`code-cache: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
});

// The representative run: the CLI's own main, as if `candor …args` had been typed.
process.stdout.write = () => true;
process.stderr.write = () => true;
process.argv = [process.argv[0], filename, ...args];
const mod = new Module(filename);
mod.filename = filename;
mod.paths = Module._nodeModulePaths(dirname(filename));
script.runInThisContext()(mod.exports, createRequire(filename), mod, filename, dirname(filename));
