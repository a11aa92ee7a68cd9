/**
 * The baseline: findings a team has accepted for now, so CI fails only on new
 * ones. Plain-text emails and call scripts cannot carry suppression comments;
 * the baseline works for every format.
 *
 * A finding is keyed by file (a relative POSIX path), rule id and a hash of
 * the flagged text, normalised (lower case, white space collapsed, curly
 * quotes straightened): never by line or column, so edits elsewhere in the
 * draft keep the baseline valid. Each key holds a count, so a phrase baselined
 * once still shows when a second copy of it appears. Pure data and functions:
 * the CLI reads and writes the file, and the language server can use the same
 * logic for an "Add to baseline" action.
 */
import type { Finding } from './types.js';

export const BASELINE_VERSION = 1;
export const BASELINE_FILE_NAME = 'candor-baseline.json';

/** file → rule id → text hash → count. */
export type BaselineEntries = Record<string, Record<string, Record<string, number>>>;

export interface Baseline {
  version: typeof BASELINE_VERSION;
  files: BaselineEntries;
}

export function createBaseline(): Baseline {
  return { version: BASELINE_VERSION, files: {} };
}

/** The flagged text as the baseline compares it. */
export function normaliseFlaggedText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** sha256 of the normalised flagged text, first 16 hex digits. */
export function findingHash(source: string, finding: Pick<Finding, 'start' | 'end'>): string {
  // node:crypto is loaded on first use (process.getBuiltinModule): at start-up it cost about 10 ms.
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(normaliseFlaggedText(source.slice(finding.start, finding.end))).digest('hex').slice(0, 16);
}

/** A relative path with POSIX separators, as baseline keys are written. */
export function baselineKey(relativePath: string): string {
  return relativePath.split('\\').join('/');
}

function bump(entries: BaselineEntries, file: string, ruleId: string, hash: string, by = 1): void {
  const rules = (entries[file] ??= {});
  const hashes = (rules[ruleId] ??= {});
  hashes[hash] = (hashes[hash] ?? 0) + by;
}

/** Adds findings of one file (in `source`) to a baseline. Findings without a rule id (directives) are skipped. */
export function addToBaseline(baseline: Baseline, file: string, source: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    if (!finding.ruleId) continue;
    bump(baseline.files, file, finding.ruleId, findingHash(source, finding));
  }
}

/** Replaces one file's entries with its current findings (none: the file leaves the baseline). */
export function setBaselineFile(baseline: Baseline, file: string, source: string, findings: readonly Finding[]): void {
  delete baseline.files[file];
  addToBaseline(baseline, file, source, findings);
}

export interface BaselineMatch {
  /** Findings the baseline does not cover: report these. */
  kept: Finding[];
  /** Findings the baseline covers. */
  hidden: Finding[];
  /** What of the file's entries matched, in baseline shape (for pruning). */
  matched: Record<string, Record<string, number>>;
}

/** Splits one file's findings into those the baseline covers and the rest; each key covers at most its count. */
export function matchBaseline(baseline: Baseline, file: string, source: string, findings: readonly Finding[]): BaselineMatch {
  const entries = baseline.files[file];
  const matched: Record<string, Record<string, number>> = {};
  if (!entries) return { kept: [...findings], hidden: [], matched };
  const kept: Finding[] = [];
  const hidden: Finding[] = [];
  for (const finding of findings) {
    const hash = finding.ruleId ? findingHash(source, finding) : '';
    const allowed = entries[finding.ruleId]?.[hash] ?? 0;
    const taken = matched[finding.ruleId]?.[hash] ?? 0;
    if (finding.ruleId && taken < allowed) {
      (matched[finding.ruleId] ??= {})[hash] = taken + 1;
      hidden.push(finding);
    } else {
      kept.push(finding);
    }
  }
  return { kept, hidden, matched };
}

/**
 * Prunes a baseline: each entry of a file in `matchedByFile` drops to what
 * still matched (entries that match nothing go); files not in it are kept
 * unless `keepFile` says otherwise (a deleted draft).
 */
export function pruneBaseline(
  baseline: Baseline,
  matchedByFile: ReadonlyMap<string, Record<string, Record<string, number>>>,
  keepFile: (file: string) => boolean = () => true,
): { baseline: Baseline; removed: number } {
  const pruned = createBaseline();
  let removed = 0;
  for (const [file, rules] of Object.entries(baseline.files)) {
    const matched = matchedByFile.get(file);
    for (const [ruleId, hashes] of Object.entries(rules)) {
      for (const [hash, count] of Object.entries(hashes)) {
        const keep = matched ? Math.min(count, matched[ruleId]?.[hash] ?? 0) : keepFile(file) ? count : 0;
        removed += count - keep;
        if (keep > 0) bump(pruned.files, file, ruleId, hash, keep);
      }
    }
  }
  return { baseline: pruned, removed };
}

/** How many findings a baseline covers. */
export function baselineSize(baseline: Baseline): number {
  let total = 0;
  for (const rules of Object.values(baseline.files)) {
    for (const hashes of Object.values(rules)) for (const count of Object.values(hashes)) total += count;
  }
  return total;
}

function sortedObject<T>(object: Record<string, T>, map: (value: T) => unknown): Record<string, unknown> {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(object).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) sorted[key] = map(object[key]);
  return sorted;
}

/** Stable text: sorted keys, two-space indentation, a trailing newline. Empty files are left out. */
export function serializeBaseline(baseline: Baseline): string {
  const files: BaselineEntries = {};
  for (const [file, rules] of Object.entries(baseline.files)) {
    for (const [ruleId, hashes] of Object.entries(rules)) {
      for (const [hash, count] of Object.entries(hashes)) if (count > 0) bump(files, file, ruleId, hash, count);
    }
  }
  const data = {
    version: BASELINE_VERSION,
    files: sortedObject(files, (rules) => sortedObject(rules, (hashes) => sortedObject(hashes, (count) => count))),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Reads a baseline; throws an Error saying what is wrong. */
export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const object = data as { version?: unknown; files?: unknown } | null;
  if (typeof object !== 'object' || object === null || Array.isArray(object)) throw new Error('expected an object');
  if (object.version !== BASELINE_VERSION) throw new Error(`unsupported version ${JSON.stringify(object.version)}; expected ${BASELINE_VERSION}`);
  const files = object.files;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) throw new Error('"files" must be an object');
  const baseline = createBaseline();
  for (const [file, rules] of Object.entries(files as Record<string, unknown>)) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new Error(`"files.${file}" must be an object`);
    for (const [ruleId, hashes] of Object.entries(rules as Record<string, unknown>)) {
      if (typeof hashes !== 'object' || hashes === null || Array.isArray(hashes)) {
        throw new Error(`"files.${file}.${ruleId}" must be an object`);
      }
      for (const [hash, count] of Object.entries(hashes as Record<string, unknown>)) {
        if (!Number.isInteger(count) || (count as number) < 1) {
          throw new Error(`"files.${file}.${ruleId}.${hash}" must be a whole number of 1 or more`);
        }
        bump(baseline.files, file, ruleId, hash, count as number);
      }
    }
  }
  return baseline;
}
