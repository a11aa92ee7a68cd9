/**
 * The server under faults: malformed JSON-RPC, unknown methods and URIs,
 * out-of-range edits, bursts of edits, a client that vanishes, a rule that
 * loops. In every case the server answers (an error or an empty result),
 * keeps serving other documents, and never dies. Counts are small here;
 * `npm run bench:soak` runs the big ones.
 */
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lint } from '../../core/engine.js';
import { clientPool, uriFor, waitFor, type LspClient } from './lsp-client.js';

const DRAFT = 'Hi Sam,\n\nOnce you sign the contract, we can start the rollout next week.\n';

const client = clientPool();

/** The server still works: a fresh document gets its diagnostics. */
async function stillServes(c: LspClient, name: string): Promise<void> {
  const uri = uriFor(name);
  await c.open(uri, 'markdown', DRAFT);
  const diagnostics = await c.pushed(uri);
  assert.ok(diagnostics.some((d) => d.code === 'assume-the-sale'), `no diagnostics for ${name} after the fault`);
  assert.equal(c.exited, undefined, 'the server exited');
}

/** Diagnostic messages are plain strings from this server (LSP 3.18 also allows markup). */
function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function shape(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}

describe('language server under faults', function () {
  this.timeout(60000);

  it('survives malformed JSON-RPC: bad JSON, a message without a method, wrong parameter types', async () => {
    const c = await client();
    c.writeRaw('{"jsonrpc": "2.0", "id": 1, "method": ');
    c.writeRaw('not json at all');
    c.writeRaw('{"jsonrpc":"2.0","id":4242}');
    c.writeRaw('{"jsonrpc":"2.0","id":4243,"params":{}}');
    c.writeRaw('[1, 2, 3]');
    await c.notify('textDocument/didOpen', { textDocument: { uri: 42, languageId: 'markdown', version: 'one', text: null } });
    await c.notify('textDocument/didChange', { textDocument: { uri: uriFor('nope.md'), version: 2 }, contentChanges: 'x' });
    await c.notify('textDocument/didClose', null);
    await c.notify('workspace/didChangeWatchedFiles', { changes: 'all of them' });
    await c.notify('workspace/didChangeConfiguration', 17);
    const wrongTypes: Array<[string, unknown]> = [
      ['textDocument/hover', { textDocument: { uri: 5 }, position: 'top' }],
      ['textDocument/codeAction', { textDocument: { uri: uriFor('x.md') }, range: 'all', context: null }],
      ['textDocument/diagnostic', { textDocument: null }],
      ['workspace/executeCommand', { command: 12, arguments: 'x' }],
      ['workspace/executeCommand', { command: 'candor.addToBaseline', arguments: [uriFor('x.md'), { ruleId: 3 }] }],
      ['codeAction/resolve', null],
    ];
    for (const [method, params] of wrongTypes) {
      const outcome = await c.request(method, params).then(
        (result) => ({ result }),
        (error: { code?: number }) => ({ code: error.code }),
      );
      // An error code, or an empty answer: never a hang, never a crash.
      if ('code' in outcome) assert.equal(typeof outcome.code, 'number', `${method}: ${JSON.stringify(outcome)}`);
      else assert.ok(outcome.result === null || (Array.isArray(outcome.result) && outcome.result.length === 0) || typeof outcome.result === 'object', method);
    }
    await stillServes(c, 'after-malformed.md');
  });

  it('answers unknown methods with MethodNotFound and ignores unknown notifications', async () => {
    const c = await client();
    await assert.rejects(c.request('candor/doesNotExist', {}), (error: { code?: number }) => error.code === -32601);
    await c.notify('candor/unknownNotification', { x: 1 });
    await c.notify('$/unknownNotification', {});
    await stillServes(c, 'after-unknown.md');
  });

  it('answers requests for unknown URIs with empty results', async () => {
    const c = await client({ pull: true });
    const uri = uriFor('never-opened.md');
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
    assert.deepEqual(await c.codeActions(uri, range, []), []);
    assert.equal(await c.hover(uri, 0, 0), null);
    assert.deepEqual(await c.pull(uri), { kind: 'full', items: [] });
    assert.equal(await c.executeCommand('candor.applyAllFixes', [uri]), null);
    assert.equal(await c.executeCommand('candor.addToBaseline', [uri, { version: 1, ruleId: 'x', start: 0, end: 1 }]), null);
    await c.close(uri).catch(() => undefined);
    const live = uriFor('live.md');
    await c.open(live, 'markdown', DRAFT);
    assert.ok((await c.pullItems(live)).some((d) => d.code === 'assume-the-sale'));
  });

  it('clamps out-of-range didChange edits; the document stays consistent with the client', async () => {
    const c = await client();
    const uri = uriFor('clamped.md');
    await c.open(uri, 'markdown', DRAFT);
    await c.pushed(uri);
    // Past the end, past a line's end, reversed, negative: the client model (TextDocument) clamps the same way.
    await c.change(uri, { start: { line: 999, character: 0 }, end: { line: 1000, character: 5 } }, '\nOnce you sign the contract, we can begin.\n');
    await c.change(uri, { start: { line: 0, character: 500 }, end: { line: 0, character: 900 } }, ' there');
    await c.change(uri, { start: { line: 2, character: 10 }, end: { line: 2, character: 4 } }, 'X');
    await c.change(uri, { start: { line: -3, character: -7 }, end: { line: 0, character: 0 } }, '');
    const diagnostics = await c.pushed(uri);
    const text = c.text(uri);
    const expected = lint(text, { languageId: 'markdown', filePath: '/tmp/candor-test/clamped.md' });
    assert.equal(diagnostics.length, expected.length, `server: ${JSON.stringify(shape(diagnostics))}`);
    const document = c.texts.get(uri)!;
    assert.deepEqual(
      shape(diagnostics),
      expected.map((f) => `${f.ruleId}@${document.positionAt(f.start).line}:${document.positionAt(f.start).character}-${document.positionAt(f.end).line}:${document.positionAt(f.end).character}`).sort(),
    );
    assert.equal(c.exited, undefined);
  });

  it('coalesces a burst of 2,000 edits; the final diagnostics match the final text', async () => {
    const c = await client({ configuration: () => ({ debounceMs: 20 }) });
    const uri = uriFor('burst.md');
    await c.open(uri, 'markdown', 'Hi Sam,\n\n');
    await c.pushed(uri);
    const before = c.published.length;
    const words = ['Once ', 'you ', 'sign ', 'the ', 'contract, ', 'we ', 'can ', 'start. ', 'Act ', 'now! '];
    const edits = 2000;
    for (let i = 0; i < edits; i++) {
      const document = c.texts.get(uri)!;
      const end = document.positionAt(document.getText().length);
      void c.change(uri, { start: end, end }, i % 50 === 49 ? '\n\n' : words[i % words.length]);
    }
    const final = c.version(uri);
    const published = await c.waitForPublish(uri, final, 30000);
    const document = c.texts.get(uri)!;
    const expected = lint(document.getText(), { languageId: 'markdown', filePath: '/tmp/candor-test/burst.md' });
    assert.ok(expected.length > 10, 'the burst text has findings');
    assert.deepEqual(
      shape(published.diagnostics),
      expected.map((f) => `${f.ruleId}@${document.positionAt(f.start).line}:${document.positionAt(f.start).character}-${document.positionAt(f.end).line}:${document.positionAt(f.end).character}`).sort(),
    );
    const publishes = c.published.length - before;
    assert.ok(publishes < edits / 10, `${publishes} publishes for ${edits} edits: not coalesced`);
  });

  it('exits cleanly when the client disappears mid-request (no zombie)', async () => {
    const c = await client();
    const uri = uriFor('vanishing.md');
    await c.open(uri, 'markdown', DRAFT.repeat(2000));
    void c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }).catch(() => undefined);
    c.process.stdin.end();
    c.process.stdout.destroy();
    const exited = await waitFor('the server to exit after its client vanished', () => c.exited, 10000);
    assert.equal(exited.signal, null, 'it exits by itself, not by a signal');
    // Reaped: the pid is gone.
    assert.throws(() => process.kill(c.process.pid!, 0), /ESRCH/);
  });

  it('stops a looping rule at candor.timeBudgetMs, says so, and keeps serving', async () => {
    const c = await client({
      env: { CANDOR_TEST_LOOPING_RULE: '1' },
      configuration: () => ({ debounceMs: 0, timeBudgetMs: 300 }),
    });
    const looping = uriFor('looping.md');
    const text = `${DRAFT}\ncandor-test-loop\n`;
    await c.open(looping, 'markdown', text);
    const diagnostics = await c.pushed(looping, 20000);
    const stopped = diagnostics.find((d) => /^Candor stopped after \d+ ms \(candor\.timeBudgetMs\); some rules did not run$/.test(messageOf(d)));
    assert.ok(stopped, JSON.stringify(diagnostics.map((d) => d.message)));
    assert.equal(stopped.severity, 3, 'information');
    assert.ok(diagnostics.some((d) => d.code === 'assume-the-sale'), 'the rules that finished still report');
    await waitFor('the stalled rule to be logged', () => c.logs.find((l) => l.message.includes('test-looping-rule') && l.message.includes('stopped')));
    // Other documents, and later versions of this one, are served without waiting on the loop again.
    await stillServes(c, 'neighbour.md');
    await c.change(looping, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Hello. ');
    const again = await c.pushed(looping);
    assert.ok(again.some((d) => messageOf(d).startsWith('Candor stopped after')));
    assert.notEqual(await c.hover(looping, 2, 3), undefined);
  });

  it('a slow document under a tiny budget: rules after the budget are skipped, with one information diagnostic', async () => {
    const c = await client({ configuration: () => ({ debounceMs: 0, timeBudgetMs: 1 }) });
    const uri = uriFor('slow.md');
    await c.open(uri, 'markdown', DRAFT.repeat(3000));
    const diagnostics = await c.pushed(uri, 30000);
    const stopped = diagnostics.filter((d) => messageOf(d).startsWith('Candor stopped after'));
    assert.equal(stopped.length, 1, JSON.stringify(diagnostics.slice(-3)));
    assert.deepEqual(stopped[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
});
