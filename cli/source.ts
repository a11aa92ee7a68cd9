/**
 * Reading a draft from disk. Binary files (a NUL byte in the first 8 KB) are
 * skipped; invalid UTF-8 is read with replacement characters; a UTF-8 BOM is
 * set aside so offsets and columns start at the first real character, and put
 * back when a fix is written. Only regular files are read (a FIFO or a device
 * named on the command line would block or never end), and a file over the
 * size limit is skipped before any of it is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

const BINARY_SNIFF_BYTES = 8 * 1024;
const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** `--max-file-size` when neither the flag nor a configuration sets it: 10 MB. */
export const DEFAULT_MAX_FILE_SIZE = 10 * MB;

/**
 * Parses a size: a whole number of bytes (`52428800`) or a number with a unit
 * (`512kb`, `10mb`, `1.5MB`, `1g`; units are powers of 1024, case is ignored).
 * Returns undefined for anything else, or for a size under one byte.
 */
export function parseSize(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? KB : unit === 'm' ? MB : unit === 'g' ? GB : 1;
  const bytes = Math.floor(Number(match[1]) * factor);
  return Number.isSafeInteger(bytes) && bytes >= 1 ? bytes : undefined;
}

/** A size as people write it: `10 MB`, `512 KB`, or `1000 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes >= GB && bytes % GB === 0) return `${bytes / GB} GB`;
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= KB && bytes % KB === 0) return `${bytes / KB} KB`;
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}
const BOM = '\uFEFF';

export interface DraftFile {
  /** The text, without a leading BOM. */
  text: string;
  hasBom: boolean;
  /**
   * Whether writing `text` back as UTF-8 reproduces the file's bytes: false
   * for invalid UTF-8, which `--fix` must not overwrite with replacement characters.
   */
  roundTrips: boolean;
}

export type ReadOutcome = { ok: true; file: DraftFile } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decodeDraft(bytes: Uint8Array): ReadOutcome {
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (head.includes(0)) return { ok: false, reason: 'binary file' };
  const decoded = decoder.decode(bytes);
  const hasBom = decoded.startsWith(BOM);
  const text = hasBom ? decoded.slice(1) : decoded;
  const roundTrips = Buffer.from(decoded, 'utf8').equals(bytes);
  return { ok: true, file: { text, hasBom, roundTrips } };
}

function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOENT':
      return 'no such file';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return code ? `${code} ${(error as Error).message.replace(/^\w+: /, '').replace(/,.*$/, '')}` : String(error);
  }
}

/**
 * Reads a draft. `maxBytes` is the size limit (`--max-file-size`): a larger
 * file is skipped, and at most `maxBytes + 1` bytes are ever read, so a file
 * that grows while it is read cannot take the memory either.
 */
export function readDraftFile(path: string, maxBytes = DEFAULT_MAX_FILE_SIZE): ReadOutcome {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (!stats.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stats.size > maxBytes) {
      return { ok: false, reason: `${stats.size} bytes is over the ${formatSize(maxBytes)} limit (--max-file-size)` };
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size - total, 64 * KB), maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) {
        return { ok: false, reason: `it grew past the ${formatSize(maxBytes)} limit while being read (--max-file-size)` };
      }
    }
    return decodeDraft(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total));
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  } finally {
    closeSync(fd);
  }
}

/** The bytes to write for fixed text, with the BOM the file had. */
export function encodeDraft(text: string, hasBom: boolean): Buffer {
  return Buffer.from((hasBom ? BOM : '') + text, 'utf8');
}
