/*
 * Test-only preload for the CLI (node --import): changes the file system at
 * an exact moment of a run. Not part of the product.
 *
 *   HOSTILE_VICTIM=<absolute path>  HOSTILE_ACTION=unlink | to-directory
 *     The first time the CLI opens or reads the victim (after the walk has
 *     listed it), the file is deleted, or replaced by a directory.
 *   HOSTILE_ACTION=fail-write
 *     A write to a temporary file of --fix (`.<name>.candor-*.tmp`) writes half
 *     its bytes and then fails with ENOSPC, as a full disk would.
 */
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import process from 'node:process';

const victim = process.env.HOSTILE_VICTIM;
const action = process.env.HOSTILE_ACTION;
let done = false;

function strike(path) {
  if (done || victim === undefined || String(path) !== victim) return;
  done = true;
  fs.unlinkSync(victim);
  if (action === 'to-directory') fs.mkdirSync(victim);
}

if (action === 'unlink' || action === 'to-directory') {
  for (const name of ['openSync', 'readFileSync', 'statSync', 'lstatSync', 'realpathSync']) {
    const original = fs[name];
    fs[name] = function (path, ...rest) {
      if (name === 'openSync' || name === 'readFileSync') strike(path);
      return original.call(this, path, ...rest);
    };
  }
}

if (action === 'fail-write') {
  const original = fs.writeFileSync;
  fs.writeFileSync = function (path, data, ...rest) {
    if (typeof path === 'string' && /\.candor-[^/]*\.tmp$/.test(path)) {
      const bytes = Buffer.from(data);
      original.call(this, path, bytes.subarray(0, bytes.length >> 1), ...rest);
      const error = new Error(`ENOSPC: no space left on device, write`);
      error.code = 'ENOSPC';
      throw error;
    }
    return original.call(this, path, data, ...rest);
  };
}
