/**
 * The `yaml` library, loaded on first use: only a configuration file and a
 * markdown draft's front matter need it (and simple front matter not even
 * then, see core/segment/front-matter.ts), while evaluating it ran some 170
 * functions of every CLI start. The bundles load it from dist/yaml.cjs
 * (build.mjs, LAZY_CHUNKS) with esbuild's `require`; under tsx there is none.
 */
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;

export function yamlLibrary(): typeof Yaml {
  return (yaml ??= (
    typeof require === 'function'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('yaml')
      : process.getBuiltinModule('node:module').createRequire(import.meta.url)('yaml')
  ) as typeof Yaml);
}
