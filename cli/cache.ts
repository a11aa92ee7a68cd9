/**
 * `--cache`: findings stored per file, so a second run over unchanged drafts
 * reads them instead of linting again. Content-hash strategy (not file times,
 * which CI checkouts reset): an entry is valid while the sha256 of the file's
 * text + its resolved configuration + the rules' fingerprint is the same. The
 * fingerprint covers the Candor version, the built-in rules' metadata and
 * phrase tables, and the running bundle itself, so an upgrade or a rebuild
 * invalidates every entry, and a configuration change (custom phrase rules
 * included: the configuration files' text is hashed) invalidates the files it
 * applies to. A cache file that cannot be read is ignored and rewritten.
 *
 * The raw findings are stored: suppression comments, the baseline and
 * `--diff-base` are filters applied after, so they never stale the cache.
 * `CANDOR_DEBUG_CACHE=1` prints each hit and miss on standard error.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { Finding } from '../core/types.js';
import { builtinRules } from '../rules/index.js';
import { assumeTheSalePhrases } from '../rules/assume-the-sale-phrases.js';
import { salesPressurePhrases } from '../rules/sales-pressure-phrases.js';
import type { FileConfig } from './config.js';
import { VERSION } from './options.js';

export const DEFAULT_CACHE_LOCATION = '.candorcache';
const CACHE_VERSION = 1;

interface CacheEntry {
  hash: string;
  findings: Finding[];
}

interface CacheFile {
  version: number;
  fingerprint: string;
  entries: Record<string, CacheEntry>;
}

/** JSON that keeps regular expressions (merge tags) and drops functions. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => (inner instanceof RegExp ? `/${inner.source}/${inner.flags}` : inner));
}

function sha256(text: string): string {
  // node:crypto is loaded on first use (process.getBuiltinModule): at start-up it cost about 10 ms.
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}

let fingerprintMemo: string | undefined;

/** Candor version + rule metadata + phrase tables + the running bundle. */
export function rulesFingerprint(): string {
  if (fingerprintMemo !== undefined) return fingerprintMemo;
  let bundle = '';
  try {
    // The CLI runs as one bundle; hashing it catches any change to rule code.
    if (typeof __filename === 'string') bundle = sha256(readFileSync(__filename, 'utf8'));
  } catch {
    bundle = '';
  }
  fingerprintMemo = sha256(
    stableJson({
      version: VERSION,
      rules: builtinRules.map((rule) => rule.meta),
      tables: { salesPressurePhrases, assumeTheSalePhrases },
      bundle,
    }),
  );
  return fingerprintMemo;
}

export class LintCache {
  private readonly entries: Record<string, CacheEntry> = {};
  private readonly sourceTexts = new Map<string, string>();
  private readonly debug: boolean;
  private dirty = false;

  constructor(
    readonly location: string,
    private readonly log: (line: string) => void,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.debug = env.CANDOR_DEBUG_CACHE === '1';
    const fingerprint = rulesFingerprint();
    let data: CacheFile | undefined;
    try {
      if (existsSync(location)) data = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
    } catch {
      data = undefined;
      this.dirty = true;
      if (this.debug) log('cache: unreadable cache file, starting afresh');
    }
    const valid =
      typeof data === 'object' &&
      data !== null &&
      data.version === CACHE_VERSION &&
      data.fingerprint === fingerprint &&
      typeof data.entries === 'object' &&
      data.entries !== null;
    if (valid) {
      for (const [file, entry] of Object.entries(data!.entries)) {
        if (typeof entry?.hash === 'string' && Array.isArray(entry.findings)) this.entries[file] = entry;
      }
    } else if (data !== undefined) {
      this.dirty = true;
      if (this.debug) log('cache: rules or cache format changed, starting afresh');
    }
  }

  /** The text of the configuration files, read once per run. */
  private configText(sources: readonly string[]): string {
    return sources
      .map((source) => {
        let text = this.sourceTexts.get(source);
        if (text === undefined) {
          try {
            text = readFileSync(source, 'utf8');
          } catch {
            text = ''; // a preset or package name
          }
          this.sourceTexts.set(source, text);
        }
        return `${source}\n${text}`;
      })
      .join('\n');
  }

  /** The entry key's value for a file: content + resolved configuration + rules. */
  hashFor(text: string, config: FileConfig): string {
    const configJson = stableJson({
      lint: config.lint,
      format: config.format ?? null,
      rules: config.rules.map((rule) => rule.meta),
      sources: this.configText(config.sources),
    });
    return sha256(`${rulesFingerprint()}\0${configJson}\0${text}`);
  }

  get(file: string, hash: string): Finding[] | undefined {
    const entry = this.entries[file];
    const hit = entry !== undefined && entry.hash === hash;
    if (this.debug) this.log(`cache ${hit ? 'hit' : 'miss'}: ${file}`);
    return hit ? entry.findings : undefined;
  }

  set(file: string, hash: string, findings: readonly Finding[]): void {
    this.entries[file] = { hash, findings: [...findings] };
    this.dirty = true;
  }

  /** Writes the cache (only when something changed), dropping entries of files that no longer exist. */
  save(): void {
    for (const file of Object.keys(this.entries)) {
      if (!existsSync(file)) {
        delete this.entries[file];
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    const data: CacheFile = { version: CACHE_VERSION, fingerprint: rulesFingerprint(), entries: this.entries };
    mkdirSync(dirname(this.location), { recursive: true });
    const temporary = join(dirname(this.location), `.${basename(this.location)}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, this.location);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // nothing was written
      }
      throw error;
    }
  }
}
