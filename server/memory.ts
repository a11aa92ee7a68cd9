/**
 * Memory while a large draft is edited. Every keystroke gives the document a
 * new text, and for a 1 MB draft that is a new 1 MB string; the lint itself
 * leaves little behind (its memos are bounded, core/memo.ts). V8 sizes the old
 * generation by how cheap collecting it is, and here it is very cheap, so
 * between collections the heap grew to about five times what was alive (about
 * 25 MB of a 1 MB draft grew to 120 MB). A heap-growing factor of 1.5 collects
 * earlier: the 1 MB benchmark's keystroke latency did not change, and the
 * server stays under 150 MB (bench/lsp.ts).
 */
import v8 from 'node:v8';

/** How far V8 lets the heap grow past the live size after a collection, in percent. */
export const HEAP_GROWING_PERCENT = 25;

/** Sets the heap-growing factor unless the user chose V8 heap flags (NODE_OPTIONS, node's own flags). */
export function boundHeapGrowth(): void {
  const chosen = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (chosen.some((flag) => /heap|semi-space|optimize-for-size/.test(flag))) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
