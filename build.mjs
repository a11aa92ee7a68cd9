// Bundles the three front ends into dist/ as CommonJS (one file each), so the
// CLI starts fast, the server runs anywhere Node 20 does, and VS Code can load
// the extension. ESM-only dependencies (unified, remark) are converted here.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const entries = [
  { in: 'cli/main.ts', out: 'cli' },
  { in: 'server/main.ts', out: 'server' },
  { in: 'client/extension.ts', out: 'extension' },
].filter((entry) => existsSync(entry.in));

await Promise.all(
  entries.map((entry) =>
    build({
      entryPoints: [entry.in],
      outfile: `dist/${entry.out}.cjs`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
      // ESM-only dependencies (fdir via tinyglobby, email parsers) call
      // createRequire(import.meta.url); give the CJS bundle a real URL for it.
      define: { 'import.meta.url': '__candorImportMetaUrl' },
      banner: { js: "const __candorImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
      sourcemap: production ? false : 'linked',
      minify: production,
      logLevel: 'warning',
    }),
  ),
);
