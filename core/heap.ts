/**
 * Process memory settings; the engine itself never calls this.
 *
 * V8 sizes the old generation by how cheap collecting it is. Linting is cheap
 * to collect, so between collections the heap grew to three to five times what
 * was alive: a 1 MB draft edited in the server (about 25 MB alive; every
 * keystroke makes a new 1 MB document string) reached 120 MB of heap, and the
 * CLI on a 10 MB corpus 155 MB. A bounded heap-growing factor collects earlier.
 *
 * The CLI (bin/candor.cjs, before it compiles the bundle: V8 checks its flags
 * against the code cache's) keeps the heap at 1.25 × what is alive; its time
 * did not change measurably. The language server allows 2 ×: at 1.25 × a full
 * collection every few keystrokes of a 1 MB draft put the 95th percentile at
 * 37–39 ms, against 30–32 ms at 2 ×, for the same RSS after 1,000 edits
 * (119–132 MB; npm run bench:lsp, a quiet machine).
 */
import v8 from 'node:v8';

/** How far V8 lets the CLI's heap grow past the live size after a collection, in percent (bin/candor.cjs). */
export const HEAP_GROWING_PERCENT = 25;
/** The same for the language server. */
export const SERVER_HEAP_GROWING_PERCENT = 100;

/** Sets the server's heap-growing factor, unless the user chose V8 heap flags (node's own flags, NODE_OPTIONS). */
export function boundHeapGrowth(): void {
  const chosen = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (chosen.some((flag) => /heap|semi-space|optimize-for-size/.test(flag))) return;
  v8.setFlagsFromString(`--heap-growing-percent=${SERVER_HEAP_GROWING_PERCENT}`);
}
