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

/** Whether the user chose V8 flags like `flag` (node's own flags, NODE_OPTIONS): then none of that kind is set here. */
function flagsChosen(flag: RegExp): boolean {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((chosen) => flag.test(chosen));
}
/** Flags that size the old generation, and the young one. */
const OLD_GENERATION_FLAGS = /heap|optimize-for-size/;
const YOUNG_GENERATION_FLAGS = /semi-space|optimize-for-size/;

/** Sets the server's heap-growing factor, unless the user chose V8 heap flags. */
export function boundHeapGrowth(): void {
  if (flagsChosen(OLD_GENERATION_FLAGS)) return;
  v8.setFlagsFromString(`--heap-growing-percent=${SERVER_HEAP_GROWING_PERCENT}`);
}

/**
 * The young generation (both semi-spaces) the CLI and the language server let
 * V8 grow to: 8 MB.
 *
 * V8 doubles the young generation while much of it survives, up to 32 MB
 * here, and all of it is resident. For the CLI, a `--format json` run of the
 * 10 MB benchmark corpus peaked at 211–215 MB RSS, at 182–187 MB with 8 MB, in
 * about the same time (at 2 MB it took 40–60 % longer: more is promoted). For
 * the language server editing the 1 MB HTML template, RSS over 300 keystrokes
 * averaged 146 MB against 179 MB, at 1–2 ms more per keystroke
 * (docs/performance.md). Node reads `--max-semi-space-size` only when it
 * starts, and neither is started with flags of ours; V8 reads
 * `--semi-space-growth-factor` each time it grows the space, and at 1 the
 * space stays as it is.
 */
export const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;

/** The growth factor last set (undefined before the first call), and whether the space is as large as it may be. */
let growthFactor: number | undefined;
let youngGenerationBounded = false;

/**
 * Lets the young generation grow between lints, up to YOUNG_GENERATION_BYTES,
 * and not within the first: the CLI calls it when it starts and after each
 * file, the language server when it starts and after each publish. Stopping
 * the growth only once the space had reached 8 MB was too late: the CLI's
 * first file loads the English model for its suggestions (22 MB, all of it
 * surviving) and the server's first lint reads a whole draft, and within that
 * one lint V8 doubled the space to 16 MB, and often to 32 MB.
 */
export function boundYoungGeneration(): void {
  if (youngGenerationBounded || flagsChosen(YOUNG_GENERATION_FLAGS)) return;
  youngGenerationBounded = youngGenerationFull();
  const factor = growthFactor === undefined || youngGenerationBounded ? 1 : 2;
  if (factor !== growthFactor) v8.setFlagsFromString(`--semi-space-growth-factor=${factor}`);
  growthFactor = factor;
}

function youngGenerationFull(): boolean {
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  return young === undefined || young.space_size >= YOUNG_GENERATION_BYTES;
}
