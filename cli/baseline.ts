/**
 * The baseline file on disk (`candor-baseline.json` in the working directory,
 * or `--baseline <path>`). Keys are paths relative to the baseline file's
 * folder, with POSIX separators, so the file is the same on every machine and
 * from any working directory (a baseline kept in a subfolder names drafts
 * beside it as `../drafts/q3.email`). The matching itself is core/baseline.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { BASELINE_FILE_NAME, baselineKey, createBaseline, parseBaseline, serializeBaseline, type Baseline } from '../core/baseline.js';
import { UsageError, oneLine } from './errors.js';

export interface BaselineStore {
  path: string;
  /** The baseline read from disk (empty when there is none yet). */
  baseline: Baseline;
  /** Whether the file existed. */
  exists: boolean;
  /** The key of a linted file (relative to the baseline's folder, `../` included); undefined on another drive. */
  keyOf(file: string): string | undefined;
  /** The absolute path of a key. */
  fileOf(key: string): string;
  write(baseline: Baseline): void;
}

export function openBaseline(cwd: string, option: string | undefined, mustExist: boolean): BaselineStore {
  const path = resolve(cwd, option ?? BASELINE_FILE_NAME);
  const root = dirname(path);
  let baseline = createBaseline();
  const exists = existsSync(path);
  if (exists) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read the baseline ${relative(cwd, path) || path}: ${oneLine(error)}`);
    }
    try {
      baseline = parseBaseline(text);
    } catch (error) {
      throw new UsageError(
        `the baseline ${relative(cwd, path) || path} is invalid: ${oneLine(error)}; fix it or regenerate it with --baseline-update.`,
      );
    }
  } else if (mustExist) {
    throw new UsageError(`baseline file ${option} not found; create it with --baseline-update.`);
  }
  return {
    path,
    baseline,
    exists,
    keyOf(file) {
      const rel = relative(root, file);
      if (!rel || isAbsolute(rel)) return undefined;
      return baselineKey(rel);
    },
    fileOf(key) {
      return resolve(root, key);
    },
    write(next) {
      try {
        mkdirSync(root, { recursive: true });
        writeFileSync(path, serializeBaseline(next));
      } catch (error) {
        throw new UsageError(`cannot write the baseline ${relative(cwd, path) || path}: ${oneLine(error)}`);
      }
    },
  };
}
