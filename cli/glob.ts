/**
 * tinyglobby, loaded through `require` on purpose. The CLI is bundled to
 * CommonJS; an `import` makes esbuild pick tinyglobby's ESM build, whose fdir
 * dependency calls `createRequire(import.meta.url)` at load time, and a CJS
 * bundle leaves `import.meta` empty, so the command would crash on start.
 * `require` picks the CJS builds. (cli/ runs only as the bundle.)
 */
import type * as Tinyglobby from 'tinyglobby';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const tinyglobby = require('tinyglobby') as typeof Tinyglobby;

export const globSync: typeof Tinyglobby.globSync = tinyglobby.globSync;
export const isDynamicPattern: typeof Tinyglobby.isDynamicPattern = tinyglobby.isDynamicPattern;
