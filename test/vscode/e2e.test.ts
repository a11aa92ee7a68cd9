/**
 * End to end in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) with the
 * packaged .vsix installed, driven in Debian's headless Chromium through
 * playwright-core (both installed by scripts/install-code-server.sh into
 * .vscode-test/). @vscode/test-electron cannot download VS Code on our CI
 * machines; code-server is the same workbench served to a browser.
 *
 * What it proves: the extension activates and starts the bundled server;
 * Candor's findings reach the Problems panel and the status bar; the quick fix
 * rewrites the line on disk after a save; "Candor: Rewrite this draft for
 * trust" from the command palette changes the buffer; "Lint all drafts"
 * reports an unopened file; a settings change applies without a reload;
 * `source.fixAll.candor` runs on save; "Rewrite selection" stays in the selection.
 *
 * Run: npm run test:vscode (installs code-server if needed, packages the .vsix).
 * Screenshots of failures go to test-results/; CANDOR_UPDATE_SCREENSHOT=1
 * refreshes docs/images/vscode-quick-fix.png (the quick-fix menu on a finding).
 * CANDOR_VSIX_PREBUILT=1 reuses candor-<version>.vsix instead of packaging.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const testDir = process.env.CANDOR_VSCODE_TEST_DIR ?? join(root, '.vscode-test');
const codeServerEntry = join(testDir, 'node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.CANDOR_CHROMIUM ?? '/usr/bin/chromium';
const resultsDir = join(root, 'test-results');
// The docs' screenshot is refreshed only on request, so a test run leaves the tree clean.
const screenshotPath =
  process.env.CANDOR_UPDATE_SCREENSHOT === '1' ? join(root, 'docs/images/vscode-quick-fix.png') : join(resultsDir, 'vscode-quick-fix.png');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const vsixPath = join(root, `candor-${version}.vsix`);

// The part of playwright-core's API this test uses (it is installed outside
// the repo's node_modules, so its types are not available to tsc).
interface Locator {
  first(): Locator;
  waitFor(options: { state?: 'visible' | 'attached'; timeout: number }): Promise<void>;
  innerText(options?: { timeout: number }): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  click(options?: { timeout: number }): Promise<void>;
  dblclick(options?: { timeout: number }): Promise<void>;
  count(): Promise<number>;
}
interface Keyboard {
  press(key: string): Promise<void>;
  type(text: string, options?: { delay: number }): Promise<void>;
  insertText(text: string): Promise<void>;
}
interface Page {
  goto(url: string, options: { timeout: number }): Promise<unknown>;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  keyboard: Keyboard;
  screenshot(options: { path: string }): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
}
interface Browser {
  newPage(options: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
  process?(): ChildProcess | null;
}
interface PlaywrightCore {
  chromium: { launch(options: { executablePath: string; args: string[]; headless: boolean }): Promise<Browser> };
}

const DRAFT_NAME = 'follow-up.email';
// A re-engagement email with chasing and urgency: at least one finding with a fix.
const DRAFT = [
  'Subject: Following up on the onboarding pilot',
  '',
  'Hi Dana,',
  '',
  'Just circling back on my last email about the onboarding pilot.',
  '',
  'Act now: the pilot discount ends Friday, so we should get you signed up this week.',
  '',
  'Best,',
  'Sam',
  '',
].join('\n');
const FIX_LINE = 7; // 1-based line of "Act now"
// A second draft, never opened before "Lint all drafts": only sales-pressure findings.
const OFFER_NAME = 'offer.md';
const OFFER = '# Pilot offer\n\nHi Dana,\n\nAct now: this offer expires at midnight.\n\nThanks,\nSam\n';
// A re-engagement email whose one finding (missing-apology-opener) has a safe fix.
const NUDGE_NAME = 'nudge.email';
const NUDGE = 'Subject: Following up on the onboarding pilot\n\nHi Dana,\n\nI wanted to share the pilot summary with you.\n\nBest,\nSam\n';

const baseSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'editor.minimap.enabled': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'files.autoSave': 'off',
  // So text inserted into settings.json lands as written.
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoIndent': 'none',
  'editor.autoSurround': 'never',
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError instanceof Error ? ` (last error: ${lastError.message})` : ''}`);
}

function killGroup(child: ChildProcess | undefined | null, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal); // started detached: its own process group
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

describe('Candor in a real VS Code (code-server + Chromium)', function () {
  this.timeout(240_000);
  let scratch: string;
  let workspaceDir: string;
  let draftPath: string;
  let userSettingsPath: string;
  let codeServer: ChildProcess | undefined;
  let codeServerLog = '';
  let browser: Browser | undefined;
  let browserProcess: ChildProcess | null | undefined;
  let page: Page;
  const timings: Record<string, number> = {};
  const started = Date.now();

  before(async function () {
    if (!existsSync(codeServerEntry)) {
      throw new Error(`code-server is not installed in ${testDir}: run bash scripts/install-code-server.sh`);
    }
    if (!(process.env.CANDOR_VSIX_PREBUILT === '1' && existsSync(vsixPath))) {
      execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    }
    timings.package = Date.now() - started;

    scratch = mkdtempSync(join(tmpdir(), 'candor-vscode-'));
    const userDataDir = join(scratch, 'user-data');
    const extensionsDir = join(scratch, 'extensions');
    workspaceDir = join(scratch, 'drafts');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    mkdirSync(workspaceDir, { recursive: true });
    writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify(baseSettings));
    draftPath = join(workspaceDir, DRAFT_NAME);
    writeFileSync(draftPath, DRAFT);
    writeFileSync(join(workspaceDir, OFFER_NAME), OFFER);
    writeFileSync(join(workspaceDir, NUDGE_NAME), NUDGE);
    userSettingsPath = join(userDataDir, 'User/settings.json');

    const common = ['--config', '/dev/null', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
    execFileSync(process.execPath, [codeServerEntry, ...common, '--install-extension', vsixPath], { stdio: 'pipe' });

    const port = await freePort();
    codeServer = spawn(
      process.execPath,
      [codeServerEntry, ...common, '--auth', 'none', '--disable-telemetry', '--disable-workspace-trust',
        '--disable-update-check', '--bind-addr', `127.0.0.1:${port}`, workspaceDir],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    codeServer.stdout?.on('data', (chunk: Buffer) => (codeServerLog += chunk.toString()));
    codeServer.stderr?.on('data', (chunk: Buffer) => (codeServerLog += chunk.toString()));
    await waitFor('code-server to listen', 30_000, () => (codeServerLog.includes('HTTP server listening') ? true : undefined));

    const require = createRequire(join(testDir, 'package.json'));
    const { chromium } = require('playwright-core') as PlaywrightCore;
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'], headless: true });
    browserProcess = browser.process?.();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspaceDir)}`, { timeout: 30_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 30_000 });
    timings.workbench = Date.now() - started;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      mkdirSync(resultsDir, { recursive: true });
      const name = (this.currentTest.title || 'failure').replace(/[^\w-]+/g, '-').slice(0, 60);
      await page.screenshot({ path: join(resultsDir, `vscode-${name}.png`) }).catch(() => undefined);
      writeFileSync(join(resultsDir, 'code-server.log'), codeServerLog);
    }
  });

  after(async function () {
    await browser?.close().catch(() => undefined);
    killGroup(browserProcess, 'SIGKILL');
    killGroup(codeServer);
    if (codeServer && codeServer.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      killGroup(codeServer, 'SIGKILL');
    }
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    console.log(`      timings (ms since start): ${JSON.stringify({ ...timings, total: Date.now() - started })}`);
  });

  /** Runs a command from the palette by its title. */
  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(title, { delay: 5 });
    // Wait until the palette lists the command before pressing Enter.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
  }

  /**
   * Opens a workspace file from the Explorer (a double click pins its tab).
   * Quick Open would need ripgrep's file search, which is slow on a busy machine.
   */
  async function openFile(name: string, text: string): Promise<void> {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    await row.dblclick({ timeout: 10_000 });
    await page.locator('.tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout: 20_000 });
    await page.locator('.monaco-editor .view-lines', { hasText: text }).first().waitFor({ state: 'visible', timeout: 20_000 });
  }

  /** Replaces the user settings the way a user does: in the settings.json editor, then save. */
  async function writeUserSettings(settings: Record<string, unknown>): Promise<void> {
    await runCommand('Preferences: Open User Settings (JSON)');
    await page.locator('.monaco-editor .view-lines', { hasText: 'workbench.startupEditor' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.press('Control+A');
    // Delete first: typing "{" over a selection would surround it (editor.autoSurround).
    await page.keyboard.press('Delete');
    const text = JSON.stringify(settings);
    await page.keyboard.insertText(text);
    await page.keyboard.press('Control+S');
    await waitFor('settings.json saved', 10_000, () => {
      const saved = readFileSync(userSettingsPath, 'utf8');
      try {
        return JSON.stringify(JSON.parse(saved)) === text ? true : undefined;
      } catch {
        throw new Error(`settings.json is not the JSON we wrote: ${saved}`);
      }
    });
  }

  async function showTab(name: string, text: string): Promise<void> {
    await page.locator('.tab', { hasText: name }).first().click({ timeout: 5_000 });
    await page.locator('.monaco-editor .view-lines', { hasText: text }).first().waitFor({ state: 'visible', timeout: 10_000 });
  }

  async function statusText(): Promise<string> {
    return (await page.locator('.statusbar-item', { hasText: 'Candor' }).first().innerText({ timeout: 10_000 })).trim();
  }

  /**
   * A rewrite's edit needs confirmation (a change annotation): VS Code opens
   * the Refactor Preview with the changes unticked; the writer ticks the file
   * and applies.
   */
  async function applyRefactorPreview(): Promise<void> {
    const apply = page.locator('.monaco-button', { hasText: /^\s*Apply\s*$/ }).first();
    await apply.waitFor({ state: 'visible', timeout: 30_000 });
    const fileBox = page.locator('.monaco-list-row input[type="checkbox"], .monaco-list-row .monaco-checkbox').first();
    await fileBox.waitFor({ state: 'visible', timeout: 10_000 });
    await fileBox.click({ timeout: 10_000 });
    await apply.click({ timeout: 10_000 });
  }

  async function save(): Promise<void> {
    await page.locator('.monaco-editor textarea').first().click({ timeout: 5_000 }).catch(() => undefined);
    await page.keyboard.press('Control+S');
  }

  it('shows Candor findings for an email draft in the Problems panel and the status bar', async () => {
    await openFile(DRAFT_NAME, 'circling back');
    timings.editorOpen = Date.now() - started;

    // The squiggles arrive first; then read them in the Problems panel.
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info').first()
      .waitFor({ state: 'attached', timeout: 60_000 });
    timings.firstDiagnostic = Date.now() - started;
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row', { hasText: 'candor' });
    await rows.first().waitFor({ state: 'visible', timeout: 20_000 });
    const texts = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    const findings = texts.filter((text) => /sales-pressure|missing-apology-opener|assume-the-sale/.test(text));
    assert.ok(findings.length > 0, `Candor findings in the Problems panel: ${texts.join(' | ')}`);
    assert.ok(findings.some((text) => /sales-pressure/.test(text)), `a sales-pressure finding: ${findings.join(' | ')}`);

    const status = await statusText();
    assert.match(status, /Candor \d+ · \d+\.\d/, `status bar: ${status}`);
  });

  it('applies the quick fix on a finding, and the saved file has the rewrite', async () => {
    const before = readFileSync(draftPath, 'utf8');
    const line = before.split('\n')[FIX_LINE - 1] ?? '';
    assert.match(line, /^Act now/);
    // Put the cursor inside "Act now" (Go to Line accepts line:column).
    await page.locator('.monaco-editor .view-lines').first().click({ timeout: 5_000 });
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(`${FIX_LINE}:3`, { delay: 5 });
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: `Ln ${FIX_LINE}, Col 3` }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'visible', timeout: 10_000 });
    const items = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
    const fixTitle = items.find((text) => /^Rewrite (?:the sentence )?as “.*\(sales-pressure\)/.test(text.trim()));
    assert.ok(fixTitle, `a "Rewrite as …" quick fix for sales-pressure: ${items.join(' | ')}`);
    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath });
    // Move the menu's focus to that fix, then apply it with Enter (a mouse
    // click lands on the menu's pointer block while it settles).
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let step = 0; step < items.length && !(await focused.innerText({ timeout: 2_000 }).catch(() => '')).includes(fixTitle.trim()); step++) {
      await page.keyboard.press(step === 0 ? 'Home' : 'ArrowDown');
    }
    assert.ok((await focused.innerText({ timeout: 2_000 })).includes(fixTitle.trim()), 'the fix is focused');
    await page.keyboard.press('Enter');
    await page.locator('.tab.active.dirty').first().waitFor({ state: 'attached', timeout: 10_000 });
    await save();
    const after = await waitFor('the fixed file on disk', 20_000, () => {
      const text = readFileSync(draftPath, 'utf8');
      return text !== before ? text : undefined;
    });
    // A long rewrite's title is cut with "…"; the start of it is on the line.
    const replacement = (/“(.+)”/.exec(fixTitle)?.[1] ?? '').replace(/…$/, '');
    const fixedLine = after.split('\n')[FIX_LINE - 1] ?? '';
    assert.notEqual(fixedLine, line, 'the quick fix rewrote the "Act now" line');
    assert.doesNotMatch(fixedLine, /^Act now/);
    assert.ok(fixedLine.includes(replacement), `"${replacement}" in the fixed line: ${fixedLine}`);
    assert.equal(after.split('\n').filter((text, index) => text !== before.split('\n')[index]).length, 1, `only that line changed:\n${after}`);
    timings.quickFix = Date.now() - started;
  });

  it('rewrites the whole draft with "Candor: Rewrite this draft for trust"', async () => {
    const before = readFileSync(draftPath, 'utf8');
    assert.match(before, /circling back/i, `the chasing phrase is still there to rewrite:\n${before}`);
    await page.locator('.monaco-editor .view-lines').first().click({ timeout: 5_000 });
    await runCommand('Candor: Rewrite this draft for trust');
    // The rewrite asks first: VS Code shows it in the Refactor Preview, and Apply takes it.
    await applyRefactorPreview();
    // The buffer changes first (the server sends workspace/applyEdit)…
    await page.locator('.tab.active.dirty, .tab.active .codicon-close-dirty, .tab.dirty').first()
      .waitFor({ state: 'attached', timeout: 20_000 });
    await save();
    // …and after a save the file on disk has the rewrite.
    const after = await waitFor('the rewritten file on disk', 20_000, () => {
      const text = readFileSync(draftPath, 'utf8');
      return text !== before ? text : undefined;
    });
    assert.notEqual(after, before);
    timings.rewrite = Date.now() - started;
  });

  it('"Candor: Lint all drafts in the workspace" reports drafts no editor has opened', async () => {
    await runCommand('Candor: Lint all drafts in the workspace');
    await page.locator('.markers-panel .monaco-list-row', { hasText: OFFER_NAME }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'offer expires' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    timings.lintWorkspace = Date.now() - started;
  });

  it('applies a settings change (candor.rules) without a reload', async () => {
    await openFile(OFFER_NAME, 'offer expires');
    await waitFor('the status bar to count the two findings', 20_000, async () => ((await statusText()).startsWith('Candor 2 ') ? true : undefined));
    await writeUserSettings({ ...baseSettings, 'candor.rules': { 'sales-pressure': 'off' } });
    await showTab(OFFER_NAME, 'offer expires');
    const status = await waitFor('the status bar to show a clean draft', 30_000, async () => {
      const text = await statusText();
      return text === 'Candor' ? text : undefined;
    });
    assert.equal(status, 'Candor');
    timings.settingsChange = Date.now() - started;
  });
  it('applies all fixes on save with editor.codeActionsOnSave "source.fixAll.candor"', async () => {
    const nudgePath = join(workspaceDir, NUDGE_NAME);
    await writeUserSettings({ ...baseSettings, '[plaintext]': { 'editor.codeActionsOnSave': { 'source.fixAll.candor': 'explicit' } } });
    await openFile(NUDGE_NAME, 'pilot summary');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-apology-opener' }).first().waitFor({ state: 'visible', timeout: 20_000 });
    await waitFor('the status bar to count it', 20_000, async () => (/^Candor [1-9]/.test(await statusText()) ? true : undefined));
    // Make the draft dirty (a blank line at the end), then save explicitly.
    await page.locator('.monaco-editor .view-lines', { hasText: 'pilot summary' }).first().click({ timeout: 5_000 });
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+S');
    const after = await waitFor('the fixed draft on disk', 20_000, () => {
      const text = readFileSync(nudgePath, 'utf8');
      return text.length > NUDGE.length + 1 ? text : undefined;
    });
    const lines = after.split('\n');
    const greeting = lines.indexOf('Hi Dana,');
    const body = lines.indexOf('I wanted to share the pilot summary with you.');
    assert.ok(greeting >= 0 && body > greeting + 2, `an opener was inserted between greeting and body:\n${after}`);
    assert.match(lines.slice(greeting + 1, body).join(' '), /apolog|sorry/i, `the inserted opener apologises:\n${after}`);
    timings.fixOnSave = Date.now() - started;
  });
  it('rewrites only the selected line with "Candor: Rewrite selection"', async () => {
    const offerPath = join(workspaceDir, OFFER_NAME);
    const before = readFileSync(offerPath, 'utf8');
    assert.equal(before, OFFER);
    await showTab(OFFER_NAME, 'offer expires');
    await page.locator('.monaco-editor .view-lines', { hasText: 'offer expires' }).first().click({ timeout: 5_000 });
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('5:1', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: 'Ln 5, Col 1' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Shift+End');
    await page.locator('.statusbar-item', { hasText: 'selected' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await runCommand('Candor: Rewrite selection');
    await applyRefactorPreview();
    await page.locator('.tab.active.dirty').first().waitFor({ state: 'attached', timeout: 20_000 });
    await save();
    const after = await waitFor('the rewritten selection on disk', 20_000, () => {
      const text = readFileSync(offerPath, 'utf8');
      return text !== before ? text : undefined;
    });
    const [beforeLines, afterLines] = [before.split('\n'), after.split('\n')];
    assert.notEqual(afterLines[4], beforeLines[4], `line 5 rewritten:\n${after}`);
    assert.deepEqual(afterLines.slice(0, 4), beforeLines.slice(0, 4), 'lines above the selection untouched');
    assert.deepEqual(afterLines.slice(-4), beforeLines.slice(-4), 'lines below the selection untouched');
    timings.rewriteSelection = Date.now() - started;
  });
});
