import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CLIENT_COMMANDS, MissingEditorError, resolveCommandArguments, SERVER_COMMANDS } from '../../client/commands.js';
import type { ActiveDraft } from '../../client/commands.js';

/** Stands in for vscode.Uri in the context-menu case. */
class FakeUri {
  constructor(private readonly value: string) {}
  toString(): string {
    return this.value;
  }
}
const toUri = (value: unknown): string | undefined =>
  value instanceof FakeUri ? value.toString() : typeof value === 'string' && value.includes(':') ? value : undefined;

const active: ActiveDraft = {
  uri: 'file:///drafts/follow-up.email',
  selection: { start: { line: 2, character: 0 }, end: { line: 2, character: 30 } },
};

describe('client/commands: arguments for the server commands', () => {
  it('adds the active draft when the palette runs a document command without arguments', () => {
    assert.deepEqual(resolveCommandArguments(SERVER_COMMANDS.rewriteDocument, [], active, toUri), [active.uri]);
    assert.deepEqual(resolveCommandArguments(SERVER_COMMANDS.applyAllFixes, [], active, toUri), [active.uri]);
  });

  it("turns the context menu's Uri object into a URI string", () => {
    const other = new FakeUri('file:///drafts/other.md');
    assert.deepEqual(resolveCommandArguments(SERVER_COMMANDS.rewriteDocument, [other], active, toUri), ['file:///drafts/other.md']);
  });

  it("passes a code action's own arguments through", () => {
    const range = { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } };
    assert.deepEqual(
      resolveCommandArguments(SERVER_COMMANDS.rewriteSelection, ['file:///a.md', range], active, toUri),
      ['file:///a.md', range],
    );
    assert.deepEqual(
      resolveCommandArguments(SERVER_COMMANDS.showDocumentation, ['https://example.invalid/rule'], undefined, toUri),
      ['https://example.invalid/rule'],
    );
  });

  it("uses the active editor's selection for Rewrite selection", () => {
    assert.deepEqual(resolveCommandArguments(SERVER_COMMANDS.rewriteSelection, [], active, toUri), [active.uri, active.selection]);
    assert.deepEqual(
      resolveCommandArguments(SERVER_COMMANDS.rewriteSelection, [new FakeUri(active.uri)], active, toUri),
      [active.uri, active.selection],
    );
  });

  it('refuses to guess without an editor', () => {
    assert.throws(() => resolveCommandArguments(SERVER_COMMANDS.rewriteDocument, [], undefined, toUri), MissingEditorError);
    assert.throws(
      () => resolveCommandArguments(SERVER_COMMANDS.rewriteSelection, [new FakeUri('file:///elsewhere.md')], active, toUri),
      MissingEditorError,
      "another document's selection is unknown",
    );
  });

  it('has a palette entry titled "Candor: …" for every command', () => {
    interface Manifest {
      contributes: { commands: { command: string; title: string; category?: string }[] };
    }
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Manifest;
    const declared = new Map(manifest.contributes.commands.map((entry) => [entry.command, entry]));
    const expected = [
      SERVER_COMMANDS.applyAllFixes,
      SERVER_COMMANDS.rewriteDocument,
      SERVER_COMMANDS.rewriteSelection,
      ...Object.values(CLIENT_COMMANDS),
    ];
    for (const command of expected) {
      const entry = declared.get(command);
      assert.ok(entry, `${command} is contributed`);
      assert.equal(entry.category, 'Candor', `${command} shows as "Candor: ${entry.title}"`);
    }
    assert.equal(declared.get(SERVER_COMMANDS.rewriteDocument)?.title, 'Rewrite this draft for trust');
  });
});
