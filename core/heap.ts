/**
 * Process memory settings for the language server's entry; the engine itself
 * never calls this. bin/candor.cjs sets the same factor for the CLI before it
 * compiles the bundle (V8 checks its flags against the code cache's).
 *
 * V8 sizes the old generation by how cheap collecting it is. Linting is cheap
 * to collect, so between collections the heap grew to three to five times what
 * was alive: a 1 MB draft edited in the server (about 25 MB alive; every
 * keystroke makes a new 1 MB document string) reached 120 MB of heap, and the
 * CLI on a 10 MB corpus 155 MB. A heap-growing factor of 1.25 collects earlier;
 * neither the CLI's time nor the server's keystroke latency changed measurably
 * (npm run bench).
 */
import v8 from 'node:v8';

/** How far V8 lets the heap grow past the live size after a collection, in percent. */
export const HEAP_GROWING_PERCENT = 25;

/** Sets the heap-growing factor, unless the user chose V8 heap flags (node's own flags, NODE_OPTIONS). */
export function boundHeapGrowth(): void {
  const chosen = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (chosen.some((flag) => /heap|semi-space|optimize-for-size/.test(flag))) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
