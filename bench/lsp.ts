/**
 * LSP latency: from a keystroke (`didChange`) to the diagnostics for that
 * version, in push mode with no debounce, against the built server over stdio.
 * Edits are spread evenly through the document and sent one at a time (each
 * waits for its diagnostics), so every figure is one full round trip.
 *
 *   npm run bench:lsp                 20 KB × 200 edits, then every 1 MB shape × 200 edits, RSS after 1000 edits of each
 *   tsx bench/lsp.ts --edits-1mb=0    the 20 KB draft only
 *   tsx bench/lsp.ts --only=script    the shapes whose label contains "script" (`--only="1 MB"`: that label alone)
 *
 * The 1 MB shapes: the sales draft (paragraphs, a heading now and then), a
 * playbook with repeated bold topic lead-ins, a long call script, a long
 * e-mail thread and an HTML e-mail template (bench/corpus.ts).
 * Targets: p95 ≤ 10 ms at 20 KB and ≤ 30 ms at 1 MB; RSS ≤ 150 MB after 1000 edits of a 1 MB document.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Position } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../core/engine.js';
import { startClient, uriFor, type LspClient } from '../test/server/lsp-client.js';
import { emailThread, htmlTemplate, playbookDocument, scriptDocument, type DocumentShape } from './corpus.js';
import { salesDraft } from './lsp/corpus.js';

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
}

const EDITS_20KB = option('edits-20kb', 200);
const EDITS_1MB = option('edits-1mb', 200);
const RSS_EDITS = option('rss-edits', 1000);
/** `--json=<file>`: also write the figures there (bench/run.ts reads them). */
const JSON_OUT = process.argv.find((a) => a.startsWith('--json='))?.slice('--json='.length);
/** `--only=<text>`: only the document with that label, else those whose label contains it. */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

const KB20 = 20 * 1024;
const MB = 1024 * 1024;

/** The benchmark's documents: the 20 KB draft, then each 1 MB shape. */
function documents(): Array<DocumentShape & { edits: number; timeoutMs: number }> {
  const small = { label: '20 KB', file: 'bench-20kb.md', languageId: 'markdown', text: salesDraft(KB20), edits: EDITS_20KB, timeoutMs: 10000 };
  const large: DocumentShape[] = [
    { label: '1 MB', file: 'bench-1mb.md', languageId: 'markdown', text: salesDraft(MB) },
    { label: '1 MB playbook', file: 'playbook.md', languageId: 'markdown', text: playbookDocument(MB) },
    { label: '1 MB call script', file: 'discovery-call.script', languageId: 'plaintext', text: scriptDocument(MB) },
    { label: '1 MB e-mail thread', file: 'thread.email', languageId: 'email', text: emailThread(MB) },
    { label: '1 MB HTML template', file: 'template.html', languageId: 'html', text: htmlTemplate(MB) },
  ];
  const all = [small, ...large.map((shape) => ({ ...shape, edits: EDITS_1MB, timeoutMs: 60000 }))];
  const exact = all.some((doc) => doc.label === ONLY);
  return all.filter((doc) => doc.edits > 0 && (ONLY === undefined || (exact ? doc.label === ONLY : doc.label.includes(ONLY))));
}

/** One document's figures. */
export interface LspFigures {
  label: string;
  bytes: number;
  findings: number;
  firstLintMs: number;
  p50: number;
  p95: number;
  max: number;
  edits: number;
  rssMb: number;
  rssAfterEdits: number;
}

const figures: LspFigures[] = [];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const f = (n: number) => `${n.toFixed(1)} ms`;
  return `p50 ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  max ${f(sorted.at(-1) ?? NaN)}  (n=${sorted.length})`;
}

function rssKb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : NaN;
}

/** The start of the line nearest to the i-th of n evenly spread offsets. */
function spreadPosition(document: TextDocument, i: number, n: number): Position {
  const offset = Math.floor(((i + 0.5) / n) * document.getText().length);
  return { line: document.positionAt(offset).line, character: 0 };
}

/** Types one word (as one change) at each of `count` spread positions; returns the latencies. */
async function typeThrough(client: LspClient, uri: string, count: number, timeoutMs: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const document = client.texts.get(uri)!;
    const at = spreadPosition(document, i % 200, Math.min(count, 200));
    const version = document.version + 1;
    const change = { range: { start: at, end: at }, text: 'Also ' };
    // The client's own copy first, untimed: an editor keeps its buffer in a
    // structure of its own, and copying a 1 MB string here is not the server's time.
    client.texts.set(uri, TextDocument.update(document, [change], version));
    const started = performance.now();
    const published = client.waitForPublish(uri, version, timeoutMs);
    await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await published;
    latencies.push(performance.now() - started);
    // An editor keeps the latest diagnostics only; the test client's history of every publish would grow its heap.
    client.published.length = 0;
  }
  return latencies;
}

type Doc = ReturnType<typeof documents>[number];

async function measure(doc: Doc): Promise<{ client: LspClient; figures: LspFigures }> {
  const { label, text, edits, timeoutMs } = doc;
  const client = await startClient({ configuration: () => ({ debounceMs: 0 }) });
  const uri = uriFor(doc.file);
  const opened = performance.now();
  const first = client.waitForPublish(uri, 1, timeoutMs * 3);
  await client.open(uri, doc.languageId, text);
  const { diagnostics } = await first;
  const openMs = performance.now() - opened;
  // Let the JIT settle on a few edits before timing (an editor's first keystrokes are not the point).
  await typeThrough(client, uri, 3, timeoutMs);
  const latencies = await typeThrough(client, uri, edits, timeoutMs);
  console.log(
    `${label.padEnd(18)} ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, ${diagnostics.length} findings, ` +
      `first lint ${openMs.toFixed(0)} ms; didChange → diagnostics: ${summary(latencies)}`,
  );
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    client,
    figures: {
      label,
      bytes: Buffer.byteLength(text),
      findings: diagnostics.length,
      firstLintMs: openMs,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted.at(-1) ?? NaN,
      edits: sorted.length,
      rssMb: NaN,
      rssAfterEdits: 0,
    },
  };
}

/** The engine alone, in this process, on the same draft: the floor under the server's latency. */
function engineBaseline(bytes: number, runs: number): void {
  const text = salesDraft(bytes);
  for (let i = 0; i < 3; i++) lint(text, { languageId: 'markdown' });
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    lint(`${text}${i}`, { languageId: 'markdown' });
    latencies.push(performance.now() - started);
  }
  console.log(`engine ${(bytes / 1024).toFixed(0)} KB lint() alone, in process: ${summary(latencies)}`);
}

/** Latency over `edits` keystrokes, then RSS once `rssEdits` edits in all have been made. */
async function run(doc: Doc): Promise<void> {
  const { client, figures: measured } = await measure(doc);
  const uri = uriFor(doc.file);
  const done = doc.edits + 3;
  if (RSS_EDITS > done) await typeThrough(client, uri, RSS_EDITS - done, doc.timeoutMs);
  measured.rssMb = rssKb(client.process.pid!) / 1024;
  measured.rssAfterEdits = Math.max(RSS_EDITS, done);
  console.log(`${doc.label.padEnd(18)} server RSS after ${measured.rssAfterEdits} edits: ${measured.rssMb.toFixed(1)} MB`);
  figures.push(measured);
  await client.stop();
}

async function main(): Promise<void> {
  console.log(`candor-language-server latency (push, debounceMs 0), node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
  engineBaseline(20 * 1024, 30);
  for (const doc of documents()) await run(doc);
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
