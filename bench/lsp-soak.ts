/**
 * Soak: the built server under a long stream of edits and requests, with
 * faults mixed in (malformed messages, unknown methods and URIs, out-of-range
 * edits, open/close churn), printing the server's RSS at the start, the middle
 * and the end. Memory should stay flat: no per-edit or per-document leak.
 *
 *   npm run bench:soak                 5,000 edits (and as many requests), about 2 minutes
 *   tsx bench/lsp-soak.ts --edits=100000
 */
import { readFileSync } from 'node:fs';
import { startClient, uriFor } from '../test/server/lsp-client.js';
import { salesDraft } from './lsp/corpus.js';

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isFinite(value) || value < 1) throw new Error(`--${name} must be a positive number`);
  return value;
}

const EDITS = option('edits', 5000);

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

async function main(): Promise<void> {
  const client = await startClient({ configuration: () => ({ debounceMs: 0 }) });
  const pid = client.process.pid!;
  const uri = uriFor('soak.md');
  await client.open(uri, 'markdown', salesDraft(20 * 1024));
  await client.waitForPublish(uri, 1, 30000);
  const samples: Array<[string, number]> = [['start', rssMb(pid)]];
  const started = performance.now();
  for (let i = 1; i <= EDITS; i++) {
    const document = client.texts.get(uri)!;
    const at = document.positionAt(Math.floor(((i * 7919) % 1000) / 1000 * document.getText().length));
    // Insert a word, then every other edit delete it again, so the document stays about 20 KB.
    if (i % 2 === 1) await client.change(uri, { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } }, 'Also ');
    else {
      const line = client.texts.get(uri)!.getText().split('\n').findIndex((l) => l.startsWith('Also '));
      await client.change(uri, { start: { line: Math.max(0, line), character: 0 }, end: { line: Math.max(0, line), character: line >= 0 ? 5 : 0 } }, '');
    }
    // A request per edit, and a fault every 100.
    if (i % 4 === 0) await client.request('textDocument/hover', { textDocument: { uri }, position: at });
    else if (i % 4 === 1) await client.codeActions(uri, { start: at, end: at }, []);
    if (i % 100 === 0) {
      client.writeRaw('{"jsonrpc":"2.0","id":');
      await client.request('candor/unknown', {}).catch(() => undefined);
      await client.hover(uriFor(`missing-${i}.md`), 0, 0);
      const other = uriFor(`churn-${i}.md`);
      await client.open(other, 'markdown', 'Hi Sam,\n\nOnce you sign the contract, we can start.\n');
      await client.change(other, { start: { line: 900, character: 0 }, end: { line: 901, character: 0 } }, 'Act now!\n');
      await client.close(other);
    }
    if (i % 1000 === 0) await client.waitForPublish(uri, client.version(uri), 30000);
    if (i === Math.floor(EDITS / 2)) samples.push(['middle', rssMb(pid)]);
  }
  await client.waitForPublish(uri, client.version(uri), 30000);
  samples.push(['end', rssMb(pid)]);
  const seconds = (performance.now() - started) / 1000;
  console.log(`candor-language-server soak: ${EDITS} edits of a 20 KB draft, ${EDITS} requests, ${EDITS / 100} rounds of faults, node ${process.version}, ${seconds.toFixed(0)} s`);
  console.log(samples.map(([label, mb]) => `RSS ${label} ${mb.toFixed(1)} MB`).join('  |  '));
  console.log(`server alive at the end: ${client.exited === undefined}`);
  await client.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
