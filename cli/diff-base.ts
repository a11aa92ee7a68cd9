/**
 * `--diff-base <ref>`: report only findings on lines changed since a git ref,
 * so a pull request is held to the standard for what it touches. One
 * `git diff --unified=0 <ref>` (the working tree against the ref, staged and
 * unstaged changes alike) gives the added and changed lines of every tracked
 * file; a file git does not track (new, or ignored but named) counts as
 * changed throughout.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { UsageError, oneLine } from './errors.js';

/** Changed lines per absolute file path (1-based); `'all'` for untracked files. */
export interface ChangedLines {
  linesOf(file: string): ReadonlySet<number> | 'all';
}

function git(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) {
    throw new UsageError(`--diff-base needs git, which could not be run: ${oneLine(result.error)}`);
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses `git diff --unified=0` output into the new-side line numbers of each file (paths relative to the top level). */
export function parseUnifiedDiff(diff: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4).replace(/\t.*$/, '');
      if (name === '/dev/null') {
        current = undefined;
        continue;
      }
      const path = name.startsWith('b/') ? name.slice(2) : name;
      current = files.get(path) ?? new Set<number>();
      files.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let l = start; l < start + count; l++) current.add(l);
    }
  }
  return files;
}

export function changedLinesSince(ref: string, cwd: string): ChangedLines {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (top.status !== 0) {
    throw new UsageError(`--diff-base needs a git repository, and ${cwd} is not inside one.`);
  }
  const root = resolve(top.stdout.trim());
  const verify = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  if (verify.status !== 0) {
    throw new UsageError(`--diff-base: "${ref}" is not a commit git knows (try a branch, tag or commit such as origin/main or HEAD~1).`);
  }
  const diff = git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', ref, '--'], root);
  if (diff.status !== 0) throw new UsageError(`--diff-base: git diff failed: ${oneLine(diff.stderr)}`);
  const changed = parseUnifiedDiff(diff.stdout);
  const tracked = new Set(git(['ls-files', '-z'], root).stdout.split('\0').filter(Boolean));
  return {
    linesOf(file) {
      const rel = relative(root, file).split(sep).join('/');
      if (rel.startsWith('..')) return 'all';
      if (!tracked.has(rel)) return 'all';
      return changed.get(rel) ?? new Set<number>();
    },
  };
}
