#!/usr/bin/env node
'use strict';
// Loads the CLI bundle, dist/cli.cjs, with V8's code cache for it.
//
// Why: Node 20 has no compile cache (module.enableCompileCache is Node 22), and
// compiling the 2 MB bundle was about a third of a `candor` run's start-up. So
// build.mjs saves the cache in dist/cli.cjs.cache (scripts/code-cache.mjs): one
// line `candor-code-cache-2 <CRC-32 of the bundle, hex>`, then V8's data (a
// CRC, not a SHA: loading node:crypto took 12 ms of the start). The bundle
// is compiled and run here the way Node's own loader does it.
//
// Without a cache for exactly this bundle (none, another build's, unreadable),
// or with source maps on, it is required as usual. When V8 rejects the data
// (another Node or V8 flags), it has compiled the source itself, and that
// script runs: requiring the file as well would compile it twice. Nothing here
// writes anything.
const fs = require('node:fs');
const path = require('node:path');

// V8's heap-growing factor, as core/heap.ts sets it for the language server
// (see there why). It is set before the bundle compiles: V8 checks its flags
// against the cache's, so scripts/code-cache.mjs sets the same before making it.
const HEAP_GROWING_PERCENT = 25;
const chosen = [...process.execArgv, ...(process.env.NODE_OPTIONS || '').split(/\s+/)];
if (!chosen.some((flag) => /heap|semi-space|optimize-for-size/.test(flag))) {
  require('node:v8').setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

const filename = path.join(__dirname, '..', 'dist', 'cli.cjs');

function loadWithCache() {
  if (process.sourceMapsEnabled) return false;
  let cache;
  let bundle;
  try {
    cache = fs.readFileSync(`${filename}.cache`);
    bundle = fs.readFileSync(filename);
  } catch {
    return false;
  }
  const headerEnd = cache.indexOf(10);
  const hash = require('node:zlib').crc32(bundle).toString(16);
  if (headerEnd < 0 || cache.toString('latin1', 0, headerEnd) !== `candor-code-cache-2 ${hash}`) return false;

  // node:module's Module, without loading node:module (its ESM parts) for it.
  const Module = module.constructor;
  const vm = require('node:vm');
  const script = new vm.Script(Module.wrap((require('node:buffer').isAscii(bundle) ? bundle.toString('latin1') : bundle.toString('utf8'))), {
    filename,
    cachedData: cache.subarray(headerEnd + 1),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const dirname = path.dirname(filename);
  const mod = new Module(filename, module);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(dirname);
  script.runInThisContext()(mod.exports, Module.createRequire(filename), mod, filename, dirname);
  return true;
}

if (!loadWithCache()) require(filename);
