/**
 * Which documents the extension hands to the server. Pure (no `vscode` import)
 * so it is unit-tested; `extension.ts` passes the result to the LanguageClient
 * and to `languages.match` for the status bar.
 *
 * Markdown and plain text by language; everything else by path glob
 * (`candor.files`), because VS Code gives `.email`/`.script` files whatever
 * language the user associated them with (plaintext by default). Only `file`
 * and `untitled` documents: git diffs, output channels and settings editors
 * are not drafts.
 */

/** The shape of a `vscode.DocumentFilter` we use (kept structural to stay vscode-free). */
export interface DraftFilter {
  scheme: 'file' | 'untitled';
  language?: string;
  pattern?: string;
}

export const DRAFT_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/** Default of `candor.files` (kept equal to the server's default and to package.json). */
export const DEFAULT_FILE_GLOBS: readonly string[] = ['**/*.email', '**/*.script', '**/*.script.txt', '**/*.eml', '**/*.html', '**/*.htm'];

const SCHEMES = ['file', 'untitled'] as const;

/** Cleans a user's `candor.files` value: strings only, trimmed, no empties or duplicates. */
export function normalizeFileGlobs(value: unknown): string[] {
  if (!Array.isArray(value)) return [...DEFAULT_FILE_GLOBS];
  const globs = value
    .filter((glob): glob is string => typeof glob === 'string')
    .map((glob) => glob.trim())
    .filter((glob) => glob.length > 0);
  return [...new Set(globs)];
}

/**
 * The document selector: each draft language for both schemes, then each glob
 * for `file` documents (an untitled document has no path for a glob to match).
 */
export function draftSelector(fileGlobs: readonly string[]): DraftFilter[] {
  const byLanguage = DRAFT_LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language })));
  const byPattern = normalizeFileGlobs(fileGlobs).map((pattern): DraftFilter => ({ scheme: 'file', pattern }));
  return [...byLanguage, ...byPattern];
}

/**
 * The glob handed to `workspace.findFiles` for "Lint all drafts": markdown and
 * text files by extension plus the `candor.files` globs, as one `{a,b}` group.
 */
export function workspaceDraftGlob(fileGlobs: readonly string[]): string {
  const globs = ['**/*.md', '**/*.markdown', '**/*.txt', ...normalizeFileGlobs(fileGlobs)];
  // findFiles takes a single glob; brace groups cannot nest, so drop any glob that has its own.
  const flat = [...new Set(globs)].filter((glob) => !/[{}]/.test(glob));
  return `{${flat.join(',')}}`;
}

/** Folders "Lint all drafts" never walks into. */
export const WORKSPACE_EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/dist/**,**/.vscode-test/**}';
