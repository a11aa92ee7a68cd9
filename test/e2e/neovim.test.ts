/**
 * Neovim end to end: a real editor (Neovim 0.7+, `vim.lsp.start_client`)
 * attaches the built server to a draft with an emoji before a pressure phrase,
 * applies the preferred quick fix and writes the file. The file on disk is the
 * verdict. Neovim missing is a failure, not a skip: `npm run test:e2e` installs it
 * (scripts/install-e2e.sh); `npm test` leaves this file out.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../../core/engine.js';
import { applyRewrites } from '../../core/fix.js';
import { SERVER_PATH } from '../server/lsp-client.js';

const INIT_LUA = fileURLToPath(new URL('./nvim/init.lua', import.meta.url));
const DRAFT = 'Hi Sam,\n\n🙂 Once you sign the contract, we can start.\n';
const KILL_AFTER_MS = 60000;

function nvimVersion(): string {
  const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10000 });
  if (probe.error || probe.status !== 0) {
    assert.fail(
      `Neovim is required for this test and \`nvim --version\` failed (${probe.error?.message ?? `exit ${probe.status}`}). ` +
        'Run `npm run test:e2e`, which installs it (scripts/install-e2e.sh)',
    );
  }
  return probe.stdout.split('\n')[0] ?? '';
}

describe('Neovim end to end', function () {
  this.timeout(KILL_AFTER_MS + 10000);

  it('attaches the server, applies the preferred fix at the first diagnostic and writes the file', async () => {
    const version = nvimVersion();
    assert.ok(existsSync(SERVER_PATH), `${SERVER_PATH} is missing: run \`npm run build\` first`);
    const dir = mkdtempSync(join(tmpdir(), 'candor-nvim-'));
    try {
      const file = join(dir, 'draft.md');
      const log = join(dir, 'nvim.log');
      writeFileSync(file, DRAFT);

      // What the file must read afterwards: the engine's fix for the phrase, nothing else.
      const finding = lint(DRAFT, { filePath: file }).find((f) => f.ruleId === 'assume-the-sale');
      assert.ok(finding?.fix, 'the engine offers a fix for the phrase');
      const expected = applyRewrites(DRAFT, [finding.fix]).output;
      assert.notEqual(expected, DRAFT);

      const nvim = spawn('nvim', ['--headless', '-i', 'NONE', '-u', INIT_LUA], {
        env: { ...process.env, CANDOR_SERVER: SERVER_PATH, CANDOR_NODE: process.execPath, CANDOR_FILE: file, CANDOR_LOG: log },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      nvim.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      nvim.stdout.on('data', () => undefined);
      let killed = false;
      const kill = setTimeout(() => {
        killed = true;
        nvim.kill('SIGKILL');
      }, KILL_AFTER_MS);
      const code = await new Promise<number | null>((resolve) => nvim.on('exit', (exitCode) => resolve(exitCode)));
      clearTimeout(kill);

      const report = () =>
        `${version}\nexit code: ${code}${killed ? ` (killed after ${KILL_AFTER_MS} ms)` : ''}\n` +
        `--- nvim log ---\n${existsSync(log) ? readFileSync(log, 'utf8') : '(no log written)'}\n--- nvim stderr ---\n${stderr}`;
      assert.equal(killed, false, `Neovim hung:\n${report()}`);
      assert.equal(code, 0, `Neovim failed:\n${report()}`);
      assert.equal(readFileSync(file, 'utf8'), expected, report());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
