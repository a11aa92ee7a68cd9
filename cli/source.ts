/**
 * Reading a draft from disk. Binary files (a NUL byte in the first 8 KB) are
 * skipped; invalid UTF-8 is read with replacement characters; a UTF-8 BOM is
 * set aside so offsets and columns start at the first real character, and put
 * back when a fix is written.
 */
import { readFileSync } from 'node:fs';

const BINARY_SNIFF_BYTES = 8 * 1024;
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

export function readDraftFile(path: string): ReadOutcome {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'ENOENT'
            ? 'no such file'
            : ((error as Error).message ?? 'unreadable');
    return { ok: false, reason };
  }
  return decodeDraft(bytes);
}

/** The bytes to write for fixed text, with the BOM the file had. */
export function encodeDraft(text: string, hasBom: boolean): Buffer {
  return Buffer.from((hasBom ? BOM : '') + text, 'utf8');
}
