/**
 * The language server over a real stdio connection: the built bundle
 * (dist/server.cjs) spawned as an editor would, spoken to in JSON-RPC.
 */
import assert from 'node:assert/strict';
import { fork, spawn } from 'node:child_process';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import {
  CancellationTokenSource,
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
} from 'vscode-jsonrpc/node';
import type { CodeAction, Command, Diagnostic, InitializeResult, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { lint } from '../../core/engine.js';
import type { Finding } from '../../core/types.js';
import { applyTextEdits, clientPool, SERVER_PATH, uriFor, waitFor } from './lsp-client.js';

/** `Diagnostic.data`: the finding it stands for, by version, rule and offsets. */
interface Data {
  version: number;
  ruleId: string;
  start: number;
  end: number;
}

const EMOJI_DRAFT = 'Hi Sam,\n\n🙂 Once you sign the contract, we can start.\n';
const EMAIL_DRAFT = [
  'Subject: Following up',
  '',
  'Hi Sam,',
  '',
  'Just checking in on my last email. Once you sign the contract, we can start the rollout.',
  '',
  'Best,',
  'Jo',
  '',
].join('\n');
const MARKDOWN_DRAFT = '# Onboarding\n\nHi Sam,\n\nOnce you sign the contract, we can start the rollout next week.\n';
const HTML_DRAFT = '<!DOCTYPE html>\n<html><body>\n<p>Hi Sam,</p>\n<p>Once you sign the contract, we can start the rollout&nbsp;next week.</p>\n</body></html>\n';
const SCRIPT_DRAFT = 'REP: Hi Sam, this is Jo from Acme. Once you sign the contract, we can start the rollout.\nPROSPECT: Sure.\n';

const client = clientPool();

/** Diagnostic messages are plain strings from this server (LSP 3.18 also allows markup). */
function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function dataOf(diagnostic: Diagnostic): Data {
  return diagnostic.data as Data;
}

/** The engine's own finding for a diagnostic of `text` (what its quick fixes and hover must offer). */
function engineFinding(text: string, languageId: string, diagnostic: Diagnostic): Finding {
  const { ruleId, start, end } = dataOf(diagnostic);
  const found = lint(text, { languageId }).find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
  assert.ok(found, `the engine reports no ${ruleId} at ${start}–${end}`);
  return found;
}

function byRule(diagnostics: Diagnostic[], ruleId: string): Diagnostic {
  const found = diagnostics.find((d) => d.code === ruleId);
  assert.ok(found, `no ${ruleId} diagnostic in ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  return found;
}

function editsOf(action: CodeAction | Command, uri: string): TextEdit[] {
  assert.ok('edit' in action && action.edit, `"${action.title}" has no edit`);
  const change = action.edit.documentChanges?.[0];
  if (change && 'textDocument' in change) {
    assert.equal(change.textDocument.uri, uri);
    return change.edits as TextEdit[];
  }
  const edits = action.edit.changes?.[uri];
  assert.ok(edits, `"${action.title}" edits another document`);
  return edits;
}

/** The text after a rewrite given in offsets (what the data promises). */
function applyOffsets(text: string, edits: Array<{ start: number; end: number; text: string }>): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((acc, e) => acc.slice(0, e.start) + e.text + acc.slice(e.end), text);
}

describe('language server', function () {
  // Each test starts its own server; CI machines may be busy.
  this.timeout(40000);

  it('announces its capabilities: UTF-16, incremental sync, quick fixes, fix-all, commands, hover', async () => {
    const push = await client();
    const caps = push.initializeResult!.capabilities;
    assert.equal(caps.positionEncoding, 'utf-16');
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.candor'], resolveProvider: true });
    assert.deepEqual(caps.executeCommandProvider?.commands, [
      'candor.applyAllFixes',
      'candor.rewriteDocument',
      'candor.rewriteSelection',
      'candor.showDocumentation',
      'candor.addToBaseline',
    ]);
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.diagnosticProvider, undefined, 'a push client gets no diagnosticProvider');
    const pull = await client({ pull: true });
    assert.deepEqual(pull.initializeResult!.capabilities.diagnosticProvider, {
      identifier: 'candor',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
  });

  for (const mode of ['push', 'pull'] as const) {
    describe(`${mode} diagnostics`, () => {
      const documentsToLint = [
        { name: 'offer.md', languageId: 'markdown', text: MARKDOWN_DRAFT },
        { name: 'follow-up.email', languageId: 'email', text: EMAIL_DRAFT },
        { name: 'call.script', languageId: 'plaintext', text: SCRIPT_DRAFT },
        { name: 'voicemail.script', languageId: 'candor-script', text: SCRIPT_DRAFT },
        { name: 'offer.html', languageId: 'html', text: HTML_DRAFT },
      ];
      for (const { name, languageId, text } of documentsToLint) {
        it(`reports a ${languageId} document (${name})`, async () => {
          const c = await client({ pull: mode === 'pull' });
          const uri = uriFor(name);
          await c.open(uri, languageId, text);
          const diagnostics = mode === 'pull' ? await c.pullItems(uri) : await c.pushed(uri);
          const sale = byRule(diagnostics, 'assume-the-sale');
          const start = text.indexOf('Once you sign the contract');
          assert.equal(dataOf(sale).version, 1);
          assert.equal(sale.source, 'candor');
          assert.equal(sale.severity !== undefined, true);
          assert.match(messageOf(sale), /Once you sign/);
          assert.match(sale.codeDescription!.href, /docs\/rules\/assume-the-sale\.md$/);
          const lines = text.slice(0, start).split('\n');
          assert.deepEqual(sale.range.start, { line: lines.length - 1, character: lines.at(-1)!.length });
          assert.deepEqual(
            { ruleId: dataOf(sale).ruleId, start: dataOf(sale).start },
            { ruleId: 'assume-the-sale', start },
            'the data names the finding by rule and offsets',
          );
        });
      }

      it('reports nothing for a document Candor does not read', async () => {
        const c = await client({ pull: mode === 'pull' });
        const uri = uriFor('index.js');
        await c.open(uri, 'javascript', '// Once you sign the contract, we can start.\n');
        if (mode === 'pull') assert.deepEqual(await c.pullItems(uri), []);
        else {
          await new Promise((resolve) => setTimeout(resolve, 200));
          assert.deepEqual(c.published.filter((p) => p.uri === uri && p.diagnostics.length > 0), []);
        }
      });
    });
  }

  it('links missing-apology-opener to the re-engagement signal', async () => {
    const c = await client();
    const uri = uriFor('nudge.email');
    await c.open(uri, 'email', EMAIL_DRAFT);
    const opener = byRule(await c.pushed(uri), 'missing-apology-opener');
    assert.ok(opener.relatedInformation?.length, 'relatedInformation points at the signal');
    const related = opener.relatedInformation[0];
    assert.equal(related.location.uri, uri);
    assert.match(related.message, /signal/i);
  });

  it('pull: answers "unchanged" for a result id it already sent', async () => {
    const c = await client({ pull: true });
    const uri = uriFor('offer.md');
    await c.open(uri, 'markdown', MARKDOWN_DRAFT);
    const first = await c.pull(uri);
    assert.equal(first.kind, 'full');
    const again = await c.pull(uri, first.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    await c.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'x');
    const changed = await c.pull(uri, first.resultId);
    assert.equal(changed.kind, 'full');
    assert.notEqual(changed.resultId, first.resultId);
  });

  it('measures ranges in UTF-16 units: an emoji before the phrase counts two', async () => {
    for (const pull of [false, true]) {
      const c = await client({ pull });
      const uri = uriFor('emoji.md');
      await c.open(uri, 'markdown', EMOJI_DRAFT);
      const sale = byRule(pull ? await c.pullItems(uri) : await c.pushed(uri), 'assume-the-sale');
      assert.deepEqual(sale.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 29 } });
    }
  });

  it('offers the fix, each suggestion, fix-all of the rule, fix-all, the disable comments, then documentation, in that order', async () => {
    const c = await client();
    const uri = uriFor('emoji.md');
    await c.open(uri, 'markdown', EMOJI_DRAFT);
    const sale = byRule(await c.pushed(uri), 'assume-the-sale');
    const data = engineFinding(EMOJI_DRAFT, 'markdown', sale);
    const actions = await c.codeActions(uri, sale.range, [sale]);
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        `${data.fix!.title} (assume-the-sale)`,
        ...data.suggestions.map((s) => `${s.title} (assume-the-sale)`),
        'Fix all assume-the-sale problems in this file',
        'Fix all auto-fixable Candor problems',
        'Disable assume-the-sale for this line',
        'Disable assume-the-sale for this file',
        'Show documentation for assume-the-sale',
      ],
    );
    const [fix, ...rest] = actions as CodeAction[];
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.kind, 'quickfix');
    assert.ok(rest.every((a) => !a.isPreferred), 'only the fix is preferred');
    // Each rewrite's edit gives the text its offsets promise, pinned to version 1.
    const rewrites = [data.fix!, ...data.suggestions];
    rewrites.forEach((rewrite, i) => {
      const action = actions[i] as CodeAction;
      const change = action.edit!.documentChanges![0];
      assert.ok('textDocument' in change);
      assert.equal(change.textDocument.version, 1);
      assert.equal(applyTextEdits(EMOJI_DRAFT, editsOf(action, uri)), applyOffsets(EMOJI_DRAFT, rewrite.edits));
    });
    const fixed = applyTextEdits(EMOJI_DRAFT, editsOf(fix, uri));
    assert.ok(!/once you sign/i.test(fixed), fixed);
    assert.ok(fixed.startsWith('Hi Sam,\n\n🙂 '), fixed);
    const docs = actions.at(-1) as CodeAction;
    assert.equal(docs.command?.command, 'candor.showDocumentation');
    await c.executeCommand(docs.command.command, docs.command.arguments!);
    assert.deepEqual(c.shownDocuments, [{ uri: sale.codeDescription!.href, external: true }]);
  });

  it('lists a whole-sentence rewrite once when two findings in the sentence offer it', async () => {
    const c = await client();
    const uri = uriFor('two.email');
    const text = 'Hi Dana,\n\nAct now: the pilot discount ends Friday, so we should get you signed up this week.\n\nBest,\nSam\n';
    await c.open(uri, 'plaintext', text);
    const urgent = (await c.pushed(uri)).filter((d) => d.range.start.line === 2);
    assert.equal(urgent.length, 2, JSON.stringify(urgent.map((d) => d.message)));
    const titles = (await c.codeActions(uri, urgent[0].range, urgent)).map((a) => a.title);
    const rewrites = titles.filter((title) => title.startsWith('Rewrite the sentence as'));
    assert.equal(rewrites.length, 1, titles.join(' | '));
  });

  it('fix-all is one edit, and idempotent', async () => {
    const c = await client();
    const uri = uriFor('follow-up.email');
    await c.open(uri, 'email', EMAIL_DRAFT);
    const diagnostics = await c.pushed(uri);
    const sale = byRule(diagnostics, 'assume-the-sale');
    const fixAll = (await c.codeActions(uri, sale.range, [sale])).find((a) => a.title === 'Fix all auto-fixable Candor problems');
    assert.ok(fixAll);
    const edits = editsOf(fixAll, uri);
    assert.equal(edits.length, 1);
    const source = await c.codeActions(uri, sale.range, [], ['source.fixAll.candor']);
    assert.deepEqual(source.map((a) => [a.title, (a as CodeAction).kind]), [['Fix all auto-fixable Candor problems', 'source.fixAll.candor']]);
    assert.deepEqual(editsOf(source[0], uri), edits);
    c.applyWorkspaceEdit((fixAll as CodeAction).edit!);
    const once = c.text(uri);
    assert.notEqual(once, EMAIL_DRAFT);
    const after = await c.pushed(uri);
    assert.ok(after.every((d) => !engineFinding(once, 'email', d).fix), `no fixable finding is left: ${JSON.stringify(after.map((d) => d.code))}`);
    const again = await c.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.candor']);
    assert.deepEqual(again, [], 'a second fix-all has nothing to do');
  });

  it('computes fix-all edits on codeAction/resolve when the client supports it', async () => {
    const c = await client({ resolveEdits: true });
    const uri = uriFor('emoji.md');
    await c.open(uri, 'markdown', EMOJI_DRAFT);
    const sale = byRule(await c.pushed(uri), 'assume-the-sale');
    const fixAll = (await c.codeActions(uri, sale.range, [sale])).find((a) => a.title === 'Fix all auto-fixable Candor problems') as CodeAction;
    assert.equal(fixAll.edit, undefined);
    const resolved = await c.request<CodeAction>('codeAction/resolve', fixAll);
    assert.ok(!/once you sign/i.test(applyTextEdits(EMOJI_DRAFT, editsOf(resolved, uri))));
  });

  it('sends `changes` to clients without documentChanges', async () => {
    const c = await client({ documentChanges: false });
    const uri = uriFor('emoji.md');
    await c.open(uri, 'markdown', EMOJI_DRAFT);
    const sale = byRule(await c.pushed(uri), 'assume-the-sale');
    const [fix] = (await c.codeActions(uri, sale.range, [sale])) as CodeAction[];
    assert.equal(fix.edit!.documentChanges, undefined);
    assert.equal(fix.edit!.changes![uri].length, 1);
  });

  it('candor.rewriteDocument rewrites the whole draft through workspace/applyEdit', async () => {
    const c = await client();
    const uri = uriFor('follow-up.email');
    await c.open(uri, 'email', EMAIL_DRAFT);
    await c.pushed(uri);
    const result = await c.executeCommand<{ applied: boolean; rewrites: number }>('candor.rewriteDocument', [uri]);
    assert.equal(result.applied, true);
    assert.ok(result.rewrites >= 2);
    assert.equal(c.appliedEdits.length, 1);
    const change = c.appliedEdits[0].edit.documentChanges![0];
    assert.ok('textDocument' in change);
    assert.equal(change.textDocument.version, 1);
    assert.equal(change.edits.length, 1, 'one minimal edit');
    const text = c.text(uri);
    assert.ok(!/once you sign|just checking in/i.test(text), text);
    assert.match(text, /^Subject: .+\n\nHi Sam,\n/, 'headers and greeting are kept');
    const after = await c.pushed(uri);
    assert.deepEqual(after.map((d) => d.code).filter((code) => code === 'missing-apology-opener' || code === 'assume-the-sale'), []);
    // Nothing left to rewrite: the command reports no edit.
    const second = await c.executeCommand<{ applied: boolean }>('candor.rewriteDocument', [uri]);
    assert.equal(second.applied, false);
  });

  it('candor.rewriteSelection only touches findings inside the range; applyAllFixes applies fixes', async () => {
    const c = await client();
    const uri = uriFor('two.md');
    const text = 'Hi Sam,\n\nOnce you sign the contract, we can start.\n\nOnce you sign the contract, we can start.\n';
    await c.open(uri, 'markdown', text);
    await c.pushed(uri);
    await c.executeCommand('candor.rewriteSelection', [uri, { start: { line: 4, character: 0 }, end: { line: 4, character: 28 } }]);
    const lines = c.text(uri).split('\n');
    assert.equal(lines[2], 'Once you sign the contract, we can start.');
    assert.ok(!/once you sign/i.test(lines[4]), lines[4]);
    await c.pushed(uri);
    await c.executeCommand('candor.applyAllFixes', [uri]);
    assert.ok(!/once you sign/i.test(c.text(uri)), c.text(uri));
  });

  it('hovers a finding with its message, why, and the rewrite options', async () => {
    const c = await client();
    const uri = uriFor('emoji.md');
    await c.open(uri, 'markdown', EMOJI_DRAFT);
    const sale = byRule(await c.pushed(uri), 'assume-the-sale');
    const hover = await c.hover(uri, 2, 8);
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.ok(value.includes(messageOf(sale)), value);
    assert.match(value, /\*\*Why:\*\* \S/);
    assert.ok(value.includes(engineFinding(EMOJI_DRAFT, 'markdown', sale).fix!.title), value);
    assert.deepEqual(hover.range, sale.range);
    assert.equal(await c.hover(uri, 0, 0), null);
  });

  it('re-reads settings on didChangeConfiguration: turning a rule off (push and pull)', async () => {
    let rules: Record<string, string> = {};
    const configuration = () => ({ debounceMs: 0, rules });
    const push = await client({ configuration });
    const uri = uriFor('emoji.md');
    await push.open(uri, 'markdown', EMOJI_DRAFT);
    byRule(await push.pushed(uri), 'assume-the-sale');
    rules = { 'assume-the-sale': 'off' };
    const before = push.published.length;
    await push.notify('workspace/didChangeConfiguration', { settings: null });
    await waitFor('a re-publish', () => push.published.length > before);
    assert.deepEqual(push.published.at(-1)!.diagnostics.filter((d) => d.code === 'assume-the-sale'), []);
    assert.ok(push.configurationRequests.length >= 2, 'settings were asked for again');

    rules = {};
    const pull = await client({ pull: true, configuration });
    await pull.open(uri, 'markdown', EMOJI_DRAFT);
    byRule(await pull.pullItems(uri), 'assume-the-sale');
    rules = { 'assume-the-sale': 'off' };
    await pull.notify('workspace/didChangeConfiguration', { settings: null });
    await waitFor('workspace/diagnostic/refresh', () => pull.refreshRequests > 0);
    assert.deepEqual((await pull.pullItems(uri)).filter((d) => d.code === 'assume-the-sale'), []);
  });

  it('uses initializationOptions when the client has no configuration support', async () => {
    const c = await client({ configuration: undefined, initializationOptions: { debounceMs: 0, rules: { 'assume-the-sale': 'off' } } });
    const uri = uriFor('emoji.md');
    await c.open(uri, 'markdown', EMOJI_DRAFT);
    const diagnostics = await c.pushed(uri);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'assume-the-sale'), []);
    assert.equal(c.configurationRequests.length, 0);
  });

  it('never publishes for a version the writer has moved past (debounced push)', async () => {
    const c = await client({ configuration: () => ({ debounceMs: 100 }) });
    const uri = uriFor('typing.md');
    await c.open(uri, 'markdown', 'Hi Sam,\n\n');
    await c.pushed(uri);
    for (const char of 'Once you sign the contract') {
      const end = c.texts.get(uri)!.positionAt(c.text(uri).length);
      await c.change(uri, { start: end, end }, char);
    }
    const final = await c.pushed(uri);
    byRule(final, 'assume-the-sale');
    const versions = c.published.filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [1, c.version(uri)]);
  });

  it('run: onSave lints on open and save only', async () => {
    const c = await client({ configuration: () => ({ debounceMs: 0, run: 'onSave' }) });
    const uri = uriFor('save.md');
    await c.open(uri, 'markdown', 'Hi Sam,\n\nThanks.\n');
    assert.deepEqual(await c.pushed(uri), []);
    await c.replaceAll(uri, EMOJI_DRAFT);
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(c.published.filter((p) => p.uri === uri).length, 1, 'no lint while typing');
    await c.save(uri);
    byRule(await c.pushed(uri), 'assume-the-sale');
  });

  it('skips a document over maxFileSize with one informational diagnostic', async () => {
    const c = await client({ configuration: () => ({ debounceMs: 0, maxFileSize: 1000 }) });
    const uri = uriFor('big.md');
    const text = 'Once you sign the contract, we can start. '.repeat(100);
    await c.open(uri, 'markdown', text);
    const diagnostics = await c.pushed(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, 3);
    assert.equal(
      diagnostics[0].message,
      `Candor skipped this document: ${Buffer.byteLength(text)} bytes is over the 1 KB limit (candor.maxFileSize)`,
    );
  });

  it('isolates a throwing rule: logged once, the other rules still report', async () => {
    const c = await client({ env: { CANDOR_TEST_THROWING_RULE: '1' } });
    for (const name of ['a.md', 'b.md']) {
      const uri = uriFor(name);
      await c.open(uri, 'markdown', EMOJI_DRAFT);
      byRule(await c.pushed(uri), 'assume-the-sale');
    }
    await c.replaceAll(uriFor('a.md'), `${EMOJI_DRAFT}More.\n`);
    await c.pushed(uriFor('a.md'));
    const logged = c.logs.filter((log) => log.message.includes('test-throwing-rule'));
    assert.equal(logged.length, 1, JSON.stringify(c.logs));
    assert.equal(logged[0].type, 1);
  });

  it('answers requests about unknown or closed documents with empty results', async () => {
    const c = await client({ pull: true });
    const uri = uriFor('never-opened.md');
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    assert.deepEqual(await c.pull(uri), { kind: 'full', items: [] });
    assert.deepEqual(await c.codeActions(uri, range, []), []);
    assert.equal(await c.hover(uri, 0, 0), null);
    assert.equal(await c.executeCommand('candor.applyAllFixes', [uri]), null);
    const closed = uriFor('closed.md');
    await c.open(closed, 'markdown', EMOJI_DRAFT);
    await c.close(closed);
    assert.deepEqual(await c.pull(closed), { kind: 'full', items: [] });
  });

  it('answers malformed requests with JSON-RPC errors and keeps serving', async () => {
    const c = await client({ pull: true });
    await assert.rejects(c.request('textDocument/codeAction', { range: null }), (error: { code: number }) => error.code === -32602);
    await assert.rejects(c.request('textDocument/hover', null), (error: { code: number }) => error.code === -32602);
    await assert.rejects(c.executeCommand('candor.rewriteSelection', ['file:///x.md']), (error: { code: number }) => error.code === -32602);
    await assert.rejects(c.executeCommand('candor.showDocumentation', [42]), (error: { code: number }) => error.code === -32602);
    await c.notify('textDocument/didChange', { textDocument: { uri: 'file:///nowhere.md', version: 3 }, contentChanges: [{ text: 'x' }] });
    await c.notify('textDocument/didOpen', { textDocument: null });
    await c.notify('workspace/didChangeConfiguration', 42);
    const uri = uriFor('emoji.md');
    await c.open(uri, 'markdown', EMOJI_DRAFT);
    byRule(await c.pullItems(uri), 'assume-the-sale');
    assert.equal(c.exited, undefined);
  });

  it('honours cancellation: a cancelled request is answered (result or RequestCancelled), never hangs', async () => {
    const c = await client({ pull: true });
    const uri = uriFor('emoji.md');
    await c.open(uri, 'markdown', EMOJI_DRAFT);
    const source = new CancellationTokenSource();
    const pending = c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    const outcome = await Promise.race([
      pending.then(
        () => 'answered',
        (error: { code?: number }) => (error.code === -32800 ? 'cancelled' : `error ${error.code}`),
      ),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 10000)),
    ]);
    assert.ok(outcome === 'answered' || outcome === 'cancelled', String(outcome));
    byRule(await c.pullItems(uri), 'assume-the-sale');
  });

  it('lints untitled buffers from memory', async () => {
    const c = await client({ pull: true });
    const uri = 'untitled:Untitled-1';
    await c.open(uri, 'plaintext', EMOJI_DRAFT);
    byRule(await c.pullItems(uri), 'assume-the-sale');
  });

  it('also speaks over Node IPC (--node-ipc), as the VS Code extension starts it', async () => {
    const child = fork(SERVER_PATH, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await Promise.race([
        connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no initialize answer over IPC in 10 s')), 10000)),
      ]);
      assert.equal(result.capabilities.positionEncoding, 'utf-16');
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await waitFor('the IPC server to exit', () => child.exitCode !== null || child.signalCode !== null, 5000);
    } finally {
      connection.dispose();
      child.kill('SIGKILL');
    }
  });

  it('also speaks over a socket (--socket=<port>): it connects to the editor listening there', async () => {
    const listener = createServer();
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const { port } = listener.address() as AddressInfo;
    const accepted = new Promise<Socket>((resolve) => listener.once('connection', resolve));
    const child = spawn(process.execPath, [SERVER_PATH, `--socket=${port}`], { stdio: 'ignore' });
    try {
      const socket = await Promise.race([
        accepted,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the server did not connect in 10 s')), 10000)),
      ]);
      const connection = createMessageConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
      connection.listen();
      const result = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.capabilities.positionEncoding, 'utf-16');
      connection.dispose();
      socket.destroy();
    } finally {
      child.kill('SIGKILL');
      listener.close();
    }
  });

  it('exits when the client process named in initialize is gone', async () => {
    const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const c = await client({ processId: parent.pid! });
      parent.kill('SIGKILL');
      // vscode-languageserver polls the process every 3 s.
      await waitFor('the server to exit after its client process died', () => c.exited, 8000);
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('exits when stdin closes', async () => {
    const c = await client();
    c.process.stdin.end();
    const exited = await waitFor('the server to exit after stdin closed', () => c.exited, 5000);
    assert.ok(exited.code !== null || exited.signal !== null);
  });
});
