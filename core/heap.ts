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

/** Whether the user chose V8 heap flags (node's own flags, NODE_OPTIONS): then none is set here. */
function heapFlagsChosen(): boolean {
  const chosen = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return chosen.some((flag) => /heap|semi-space|optimize-for-size/.test(flag));
}

/** Sets the server's heap-growing factor, unless the user chose V8 heap flags. */
export function boundHeapGrowth(): void {
  if (heapFlagsChosen()) return;
  v8.setFlagsFromString(`--heap-growing-percent=${SERVER_HEAP_GROWING_PERCENT}`);
}

/**
 * The young generation (both semi-spaces) the CLI lets V8 grow to: 8 MB.
 *
 * V8 doubles the young generation while much of it survives, up to 32 MB
 * here, and all of it is resident: a `--format json` run of the 10 MB
 * benchmark corpus peaked at 211–215 MB RSS, at 182–187 MB with 8 MB, in about
 * the same time (at 2 MB it took 40–60 % longer: more is promoted). Node reads
 * `--max-semi-space-size` only when it starts, and `candor` is run as
 * `node bin/candor.cjs`; V8 reads `--semi-space-growth-factor` each time it
 * grows the space, so at 8 MB the factor becomes 1 and the space stays.
 */
export const CLI_YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;

let youngGenerationCapped = false;

/** Stops the young generation's growth once it reaches CLI_YOUNG_GENERATION_BYTES; the CLI calls it after each file. */
export function capYoungGeneration(): void {
  if (youngGenerationCapped) return;
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (young === undefined || young.space_size < CLI_YOUNG_GENERATION_BYTES) return;
  youngGenerationCapped = true;
  if (!heapFlagsChosen()) v8.setFlagsFromString('--semi-space-growth-factor=1');
}
