/**
 * Keeps the README honest: the rules table is generated from rule metadata and
 * the Quick start output is the real output of `candor examples/`. Run
 * `npm run docs:readme` to rewrite them; test/readme.test.ts fails when stale.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../rules/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));

export function rulesTable(): string {
  const rows = builtinRules.map((rule) => {
    const { id, description, defaultSeverity, fixable, hasSuggestions } = rule.meta;
    const rewrites = [fixable ? 'fix' : '', hasSuggestions ? 'suggestions' : ''].filter(Boolean).join(' + ') || '—';
    return `| [\`${id}\`](docs/rules/${id}.md) | ${description} | ${defaultSeverity} | ${rewrites} |`;
  });
  return ['| Rule | What it flags | Default | Rewrites |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** `candor examples/` as a user sees it without colours, paths relative to the repo. */
export function exampleOutput(): string {
  let output: string;
  try {
    output = execFileSync(process.execPath, ['bin/candor.cjs', 'examples/'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
  } catch (error) {
    // exit code 1 (findings at error severity) still prints the report
    output = (error as { stdout?: string }).stdout ?? '';
  }
  return ['```console', '$ npx candor examples/', output.replaceAll(root, '').trimEnd(), '```'].join('\n');
}

/** `candor rewrite --diff` on the re-engagement example: the Quick start's before and after. */
export function rewriteExample(): string {
  const output = execFileSync(process.execPath, ['bin/candor.cjs', 'rewrite', '--diff', '--no-color', 'examples/reengage-bad.email'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return ['```console', '$ npx candor rewrite --diff examples/reengage-bad.email', output.trimEnd(), '```'].join('\n');
}

export function replaceBetween(text: string, marker: string, content: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${marker} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

export function renderReadme(readme: string): string {
  const rendered = replaceBetween(replaceBetween(readme, 'rules-table', rulesTable()), 'example-output', exampleOutput());
  return replaceBetween(rendered, 'rewrite-example', rewriteExample());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = `${root}README.md`;
  writeFileSync(path, renderReadme(readFileSync(path, 'utf8')));
}
