/**
 * A stand-in npm registry for the install tests: it serves one package, the
 * packed tarball, as its only release (version and `latest`), so `npx --yes
 * candor@latest` and `npx --yes candor@<version>` fetch exactly what users
 * would get from a release. Every other request is redirected to the real
 * registry, so dependencies (if the package ever has any) still resolve.
 *
 * Run as its own process (`node --import tsx registry.ts <tarball> <upstream>`),
 * so tests may block on child processes while it answers; it prints
 * `listening <url>` once ready, then `<method> <path>` for each request, and
 * stops when its standard input closes (with the test run).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The `package/package.json` inside a gzipped npm tarball (ustar: 512-byte headers, name at 0, octal size at 124). */
function manifestOf(tarball: Buffer): Record<string, unknown> {
  const tar = gunzipSync(tarball);
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const name = tar.toString('utf8', offset, offset + 100).replace(/\0.*$/s, '');
    if (name === '') break;
    const size = parseInt(tar.toString('latin1', offset + 124, offset + 136).replace(/\0.*$/s, '').trim(), 8);
    if (name === 'package/package.json') {
      return JSON.parse(tar.toString('utf8', offset + 512, offset + 512 + size)) as Record<string, unknown>;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error('the tarball has no package/package.json');
}

function serve(tarballPath: string, upstream: string): void {
  const tarball = readFileSync(tarballPath);
  const manifest = manifestOf(tarball);
  const name = String(manifest.name);
  const version = String(manifest.version);
  const file = `${name}-${version}.tgz`;
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]);
    const origin = `http://${request.headers.host ?? '127.0.0.1'}`;
    process.stdout.write(`${request.method} ${path}\n`);
    if (path === `/${name}`) {
      const packument = {
        name,
        'dist-tags': { latest: version },
        versions: {
          [version]: {
            ...manifest,
            _id: `${name}@${version}`,
            dist: {
              tarball: `${origin}/${name}/-/${file}`,
              shasum: createHash('sha1').update(tarball).digest('hex'),
              integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
            },
          },
        },
        time: { [version]: new Date(0).toISOString() },
      };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(packument));
    } else if (path === `/${name}/-/${file}`) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': tarball.length });
      response.end(tarball);
    } else {
      response.writeHead(307, { location: new URL(request.url ?? '/', upstream).href });
      response.end();
    }
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    process.stdout.write(`listening http://127.0.0.1:${address.port}/\n`);
  });
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('close', () => process.exit(0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [tarball, upstream] = process.argv.slice(2);
  if (tarball === undefined || upstream === undefined) throw new Error('usage: registry.ts <tarball> <upstream registry>');
  serve(tarball, upstream);
}
