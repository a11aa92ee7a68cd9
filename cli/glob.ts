/**
 * tinyglobby, loaded through `require` on purpose. The CLI is bundled to
 * CommonJS; an `import` makes esbuild pick tinyglobby's ESM build, whose fdir
 * dependency calls `createRequire(import.meta.url)` at load time, and a CJS
 * bundle leaves `import.meta` empty, so the command would crash on start.
 * `require` picks the CJS builds. (cli/ runs only as the bundle.)
 *
 * The `require` runs on first use, not at start-up: evaluating tinyglobby and
 * fdir took about 20 ms of every run, and linting standard input or named
 * files needs neither.
 */
import type * as Tinyglobby from 'tinyglobby';

let tinyglobby: typeof Tinyglobby | undefined;

function load(): typeof Tinyglobby {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (tinyglobby ??= require('tinyglobby') as typeof Tinyglobby);
}

export function globSync(patterns: string | readonly string[], options?: Omit<Tinyglobby.GlobOptions, 'patterns'>): string[] {
  return load().globSync(patterns, options);
}

export const isDynamicPattern: typeof Tinyglobby.isDynamicPattern = (pattern, options) => load().isDynamicPattern(pattern, options);
