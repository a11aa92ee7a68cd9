/**
 * Writing fixed drafts. Atomic: the new bytes go to a temporary file in the
 * same directory (same file system), which then replaces the draft by rename,
 * so a crash never leaves half a file. The draft's mode is kept; a symlink is
 * followed so the link itself survives.
 */
import { chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const target = realpathSync(path);
  const mode = statSync(target).mode & 0o7777;
  const temporary = join(
    dirname(target),
    `.${basename(target)}.candor-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  try {
    writeFileSync(temporary, bytes, { mode, flag: 'wx' });
    chmodSync(temporary, mode); // the umask may have cleared bits
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    throw error;
  }
}
