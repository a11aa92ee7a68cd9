/**
 * Which files a run lints. Arguments are files (always linted, whatever their
 * extension or ignore files say), directories (walked for the draft
 * extensions) or globs. Walked and globbed files pass through `.gitignore` and
 * `.candorignore` at every level, git's way: a deeper file's rules win over a
 * shallower one's. `node_modules` and `.git` are never entered.
 */
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from './glob.js';
import { UsageError } from './errors.js';

export const DRAFT_EXTENSIONS = ['md', 'markdown', 'txt', 'email', 'eml', 'script', 'html', 'htm'] as const;
export const IGNORE_FILES = ['.gitignore', '.candorignore'] as const;
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** The ignore files of each directory, read once, applied from the root down. */
export class IgnoreRules {
  private readonly byDirectory = new Map<string, Ignore | null>();

  constructor(private readonly root: string) {}

  private rulesOf(directory: string): Ignore | null {
    let rules = this.byDirectory.get(directory);
    if (rules !== undefined) return rules;
    rules = null;
    for (const name of IGNORE_FILES) {
      let content: string;
      try {
        content = readFileSync(join(directory, name), 'utf8');
      } catch {
        continue;
      }
      rules ??= ignore();
      rules.add(content);
    }
    this.byDirectory.set(directory, rules);
    return rules;
  }

  /** Whether an absolute file path is ignored by the ignore files from the root down to its directory. */
  ignores(filePath: string): boolean {
    const directories: string[] = [];
    for (let dir = dirname(filePath); ; dir = dirname(dir)) {
      directories.unshift(dir);
      if (dir === this.root || dirname(dir) === dir) break;
    }
    if (directories[0] !== this.root) return false; // outside the root: no ignore files apply
    let ignored = false;
    for (const dir of directories) {
      const rules = this.rulesOf(dir);
      if (!rules) continue;
      const result = rules.test(toPosix(relative(dir, filePath)));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}

/**
 * Where ignore files start applying for a walk from `base`: the enclosing git
 * work tree, else the working directory when `base` is inside it, else `base`.
 */
export function ignoreRoot(base: string, cwd: string): string {
  let insideCwd = false;
  for (let dir = base; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dir === cwd) insideCwd = true;
    if (dirname(dir) === dir) return insideCwd ? cwd : base;
  }
}

/**
 * true for a directory, false for anything else that exists (a file, or a
 * broken or looping symbolic link, which the read then reports), undefined
 * when nothing is there.
 */
function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    try {
      lstatSync(path);
      return false;
    } catch {
      return undefined;
    }
  }
}

/** The file behind a path, so a draft reached twice through symbolic links is linted (and fixed) once. */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Resolves the command-line patterns into absolute file paths, sorted and without duplicates. */
export function resolveFiles(patterns: readonly string[], cwd: string): string[] {
  const files = new Set<string>();
  const rulesByRoot = new Map<string, IgnoreRules>();
  const rulesFor = (base: string): IgnoreRules => {
    const root = ignoreRoot(base, cwd);
    let rules = rulesByRoot.get(root);
    if (!rules) rulesByRoot.set(root, (rules = new IgnoreRules(root)));
    return rules;
  };
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = resolve(cwd, pattern);
    const kind = isDirectory(absolute);
    let matched: string[] = [];
    let rules: IgnoreRules | undefined;
    if (kind === false) {
      matched = [absolute]; // named explicitly: always linted
    } else if (kind === true) {
      rules = rulesFor(absolute);
      matched = globSync(`**/*.{${DRAFT_EXTENSIONS.join(',')}}`, {
        cwd: absolute,
        absolute: true,
        dot: true,
        onlyFiles: true,
        caseSensitiveMatch: false,
        ignore: ALWAYS_SKIPPED,
      });
    } else if (isDynamicPattern(pattern)) {
      rules = rulesFor(cwd);
      matched = globSync(toPosix(pattern), {
        cwd,
        absolute: true,
        dot: true,
        onlyFiles: true,
        ignore: ALWAYS_SKIPPED,
        expandDirectories: false,
      });
    }
    const found = matched.map((path) => resolve(path)).filter((path) => !rules?.ignores(path));
    if (found.length === 0) {
      throw new UsageError(
        matched.length > 0
          ? `All files matching "${pattern}" are ignored (.gitignore, .candorignore); name a file to lint it anyway.`
          : `No files matching "${pattern}" were found.`,
      );
    }
    for (const file of found) files.add(file);
  }
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Set<string>();
  return sorted.filter((file) => {
    const real = identity(file);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
