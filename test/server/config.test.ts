/**
 * One configuration in the editor: configuration files resolved per document
 * (core/config), their errors shown on the file, watched-file changes,
 * suppression comments, the baseline and the actions that write them, all
 * through the BUILT server over stdio.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Command, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ConfigError, resolveConfigSync } from '../../core/config/index.js';
import { applyTextEdits, clientPool, waitFor, type LspClient } from './lsp-client.js';

const DRAFT = 'Hi Sam,\n\nOnce you sign the contract, we can start the rollout next week.\n';
const EMAIL = 'Subject: Rollout\n\nHi Sam,\n\nOnce you sign the contract, we can start the rollout next week.\n\nBest,\nJo\n';

const folders: string[] = [];

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'candor-lsp-config-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const client = clientPool();

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const uriOf = (path: string): string => pathToFileURL(path).href;
const codes = (diagnostics: Diagnostic[]): unknown[] => diagnostics.map((d) => d.code);

/** The next publish for `uri` after the `count`-th (a re-lint of the same version publishes again). */
async function publishAfter(c: LspClient, uri: string, count: number): Promise<PublishDiagnosticsParams> {
  return waitFor(`publish #${count + 1} for ${uri}`, () => c.published.filter((p) => p.uri === uri)[count], 15000);
}

const publishCount = (c: LspClient, uri: string): number => c.published.filter((p) => p.uri === uri).length;

async function watchedChange(c: LspClient, path: string): Promise<void> {
  await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type: 2 }] });
}

function editOf(action: CodeAction | Command): NonNullable<CodeAction['edit']> {
  assert.ok('edit' in action && action.edit, `"${action.title}" has no edit`);
  return action.edit;
}

function find(actions: Array<CodeAction | Command>, title: string): CodeAction {
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no "${title}" in ${JSON.stringify(actions.map((a) => a.title))}`);
  return action as CodeAction;
}

describe('language server: configuration files, suppression comments, baseline', function () {
  this.timeout(60000);

  it('registers for changes of the configuration files and the baseline', async () => {
    const c = await client();
    const registration = await waitFor('a didChangeWatchedFiles registration', () =>
      c.registrations.flatMap((r) => r.registrations).find((r) => r.method === 'workspace/didChangeWatchedFiles'),
    );
    assert.deepEqual(registration.registerOptions, {
      watchers: [{ globPattern: '**/{.candorrc,.candorrc.json,.candorrc.yaml,.candorrc.yml,package.json,candor-baseline.json}' }],
    });
  });

  it('a configuration file turns a rule off; the editor’s candor.rules wins over the file', async () => {
    const dir = workspace({ '.candorrc.yaml': 'rules:\n  assume-the-sale: off\n', 'drafts/offer.md': DRAFT });
    const plain = workspace({ 'offer.md': DRAFT });
    const c = await client({ workspaceFolders: [dir] });
    const configured = uriOf(join(dir, 'drafts/offer.md'));
    const control = uriOf(join(plain, 'offer.md'));
    await c.open(configured, 'markdown', DRAFT);
    await c.open(control, 'markdown', DRAFT);
    assert.ok(codes(await c.pushed(control)).includes('assume-the-sale'), 'without a configuration the rule reports');
    assert.ok(!codes(await c.pushed(configured)).includes('assume-the-sale'), 'the file turned the rule off');

    const editor = await client({ workspaceFolders: [dir], configuration: () => ({ debounceMs: 0, rules: { 'assume-the-sale': 'error' } }) });
    await editor.open(configured, 'markdown', DRAFT);
    const sale = (await editor.pushed(configured)).find((d) => d.code === 'assume-the-sale');
    assert.ok(sale, 'the editor setting overrides the file');
    assert.equal(sale.severity, 1);
  });

  it('an ignored document gets no diagnostics; the configuration’s format is used', async () => {
    const dir = workspace({
      '.candorrc.yaml': 'ignorePatterns:\n  - archive/\nformats:\n  ".memo": email\n',
      'archive/old.md': DRAFT,
      'note.memo': EMAIL,
    });
    const c = await client({ workspaceFolders: [dir], configuration: () => ({ debounceMs: 0, files: ['**/*.memo'] }) });
    const ignored = uriOf(join(dir, 'archive/old.md'));
    await c.open(ignored, 'markdown', DRAFT);
    assert.deepEqual(await c.pushed(ignored), []);
    const memo = uriOf(join(dir, 'note.memo'));
    await c.open(memo, 'memo', EMAIL);
    const diagnostics = await c.pushed(memo);
    assert.ok(codes(diagnostics).includes('assume-the-sale'));
    // Read as an e-mail, "Best,\nJo" is a sign-off, so "Add to baseline" (not a comment) is offered.
    const sale = diagnostics.find((d) => d.code === 'assume-the-sale')!;
    const actions = await c.codeActions(memo, sale.range, [sale]);
    assert.ok(actions.some((a) => a.title === 'Add to baseline (assume-the-sale)'), JSON.stringify(actions.map((a) => a.title)));
  });

  it('custom phrase rules from the configuration report in the editor', async () => {
    const config = [
      'phrases:',
      '  - id: no-circle-back',
      '    message: Say what you want instead of circling back.',
      '    phrases: ["circle back"]',
      '    examples:',
      '      invalid: ["Just wanted to [|circle back|] on this."]',
      '      valid: ["Here is the pricing you asked for."]',
      '',
    ].join('\n');
    const dir = workspace({ '.candorrc.yaml': config });
    const c = await client({ workspaceFolders: [dir] });
    const uri = uriOf(join(dir, 'x.md'));
    await c.open(uri, 'markdown', 'Hi Sam,\n\nI wanted to circle back on the proposal.\n');
    assert.ok(codes(await c.pushed(uri)).includes('no-circle-back'));
  });

  it('a broken configuration shows one error on the file at its line:column, keeps the last good one, and clears when fixed', async () => {
    const dir = workspace({ '.candorrc.yaml': 'rules:\n  assume-the-sale: off\n', 'offer.md': DRAFT });
    const configPath = join(dir, '.candorrc.yaml');
    const c = await client({ workspaceFolders: [dir] });
    const uri = uriOf(join(dir, 'offer.md'));
    await c.open(uri, 'markdown', DRAFT);
    assert.ok(!codes(await c.pushed(uri)).includes('assume-the-sale'));

    const broken = 'rules:\n  assume-the-sale: off\n  sales-pressure: loud\n';
    writeFileSync(configPath, broken);
    let expected: ConfigError | undefined;
    try {
      resolveConfigSync(join(dir, 'offer.md'));
    } catch (error) {
      expected = error as ConfigError;
    }
    assert.ok(expected instanceof ConfigError, 'the test configuration must be invalid');
    const before = publishCount(c, uri);
    await watchedChange(c, configPath);
    const error = await waitFor('the configuration error', () =>
      [...c.published].reverse().find((p) => p.uri === uriOf(configPath) && p.diagnostics.length > 0),
    );
    assert.equal(error.diagnostics.length, 1);
    const [diagnostic] = error.diagnostics;
    assert.equal(diagnostic.severity, 1);
    assert.equal(diagnostic.message, expected.message);
    assert.match(diagnostic.message, /loud/);
    assert.deepEqual(diagnostic.range.start, { line: expected.line - 1, character: expected.column - 1 });
    assert.equal(diagnostic.range.start.line, 2, 'the bad value is on the third line');
    // The document is linted again with the last good configuration: the rule stays off.
    const relinted = await publishAfter(c, uri, before);
    assert.ok(!codes(relinted.diagnostics).includes('assume-the-sale'), JSON.stringify(codes(relinted.diagnostics)));

    writeFileSync(configPath, 'rules:\n  sales-pressure: warn\n');
    await watchedChange(c, configPath);
    await waitFor('the configuration error to clear', () => {
      const last = [...c.published].reverse().find((p) => p.uri === uriOf(configPath));
      return last?.diagnostics.length === 0;
    });
  });

  it('didChangeWatchedFiles after editing the configuration re-lints open documents (push and pull)', async () => {
    const dir = workspace({ 'offer.md': DRAFT });
    const configPath = join(dir, '.candorrc.yaml');
    const c = await client({ workspaceFolders: [dir] });
    const uri = uriOf(join(dir, 'offer.md'));
    await c.open(uri, 'markdown', DRAFT);
    assert.ok(codes(await c.pushed(uri)).includes('assume-the-sale'));
    writeFileSync(configPath, 'rules:\n  assume-the-sale: off\n');
    const before = publishCount(c, uri);
    await watchedChange(c, configPath);
    const relinted = await publishAfter(c, uri, before);
    assert.equal(relinted.version, 1, 'same version, new configuration');
    assert.ok(!codes(relinted.diagnostics).includes('assume-the-sale'));

    const pull = await client({ pull: true, workspaceFolders: [dir] });
    await pull.open(uri, 'markdown', DRAFT);
    assert.ok(!codes(await pull.pullItems(uri)).includes('assume-the-sale'));
    writeFileSync(configPath, 'rules:\n  assume-the-sale: error\n');
    const refreshes = pull.refreshRequests;
    await watchedChange(pull, configPath);
    await waitFor('workspace/diagnostic/refresh', () => pull.refreshRequests > refreshes);
    assert.ok(codes(await pull.pullItems(uri)).includes('assume-the-sale'));
  });

  it('"Disable <rule> for this line" inserts the comment above (indentation, CRLF) and silences the finding', async () => {
    const dir = workspace();
    const text = '# Offer\r\n\r\n  Once you sign the contract, we can start.\r\n\r\nThanks for your time.\r\n';
    const c = await client({ workspaceFolders: [dir] });
    const uri = uriOf(join(dir, 'line.md'));
    await c.open(uri, 'markdown', text);
    const sale = (await c.pushed(uri)).find((d) => d.code === 'assume-the-sale');
    assert.ok(sale);
    const action = find(await c.codeActions(uri, sale.range, [sale]), 'Disable assume-the-sale for this line');
    const change = editOf(action).documentChanges![0];
    assert.ok('edits' in change);
    assert.equal(
      applyTextEdits(text, change.edits as never),
      '# Offer\r\n\r\n  <!-- candor-disable-next-line assume-the-sale -- reason -->\r\n  Once you sign the contract, we can start.\r\n\r\nThanks for your time.\r\n',
    );
    c.applyWorkspaceEdit(editOf(action));
    assert.ok(!codes(await c.pushed(uri)).includes('assume-the-sale'));
  });

  it('"Disable <rule> for this file" inserts the comment after the front matter and silences the finding', async () => {
    const dir = workspace();
    const text = '---\ntitle: Offer\n---\nHi Sam,\n\nOnce you sign the contract, we can start.\n';
    const c = await client({ workspaceFolders: [dir] });
    const uri = uriOf(join(dir, 'file.md'));
    await c.open(uri, 'markdown', text);
    const sale = (await c.pushed(uri)).find((d) => d.code === 'assume-the-sale');
    assert.ok(sale);
    const action = find(await c.codeActions(uri, sale.range, [sale]), 'Disable assume-the-sale for this file');
    const change = editOf(action).documentChanges![0];
    assert.ok('edits' in change);
    assert.equal(
      applyTextEdits(text, change.edits as never),
      '---\ntitle: Offer\n---\n<!-- candor-disable-file assume-the-sale -->\nHi Sam,\n\nOnce you sign the contract, we can start.\n',
    );
    c.applyWorkspaceEdit(editOf(action));
    assert.ok(!codes(await c.pushed(uri)).includes('assume-the-sale'));
  });

  it('"Add to baseline" writes candor-baseline.json through core/baseline.ts and the finding disappears', async () => {
    const dir = workspace({ 'mail/follow-up.email': EMAIL });
    const c = await client({ workspaceFolders: [dir] });
    const uri = uriOf(join(dir, 'mail/follow-up.email'));
    await c.open(uri, 'email', EMAIL);
    const sale = (await c.pushed(uri)).find((d) => d.code === 'assume-the-sale');
    assert.ok(sale);
    const actions = await c.codeActions(uri, sale.range, [sale]);
    assert.ok(!actions.some((a) => a.title.startsWith('Disable ')), 'no comment actions outside markdown');
    const action = find(actions, 'Add to baseline (assume-the-sale)');
    assert.ok(action.command);
    const before = publishCount(c, uri);
    const answer = await c.executeCommand<{ applied: boolean }>(action.command.command, action.command.arguments!);
    assert.equal(answer.applied, true);
    const baselinePath = join(dir, 'candor-baseline.json');
    assert.ok(existsSync(baselinePath));
    const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as { files: Record<string, Record<string, Record<string, number>>> };
    assert.deepEqual(Object.keys(baseline.files), ['mail/follow-up.email']);
    assert.deepEqual(Object.values(baseline.files['mail/follow-up.email']['assume-the-sale']), [1]);
    const relinted = await publishAfter(c, uri, before);
    assert.ok(!codes(relinted.diagnostics).includes('assume-the-sale'), JSON.stringify(codes(relinted.diagnostics)));

    // A second server reads the baseline from the workspace root.
    const fresh = await client({ workspaceFolders: [dir] });
    await fresh.open(uri, 'email', EMAIL);
    assert.ok(!codes(await fresh.pushed(uri)).includes('assume-the-sale'));
  });
});
