/**
 * SARIF 2.1.0 (`--format sarif`), the format GitHub code scanning and most CI
 * dashboards ingest. One run; its driver lists every built-in rule (plus any
 * other rule id a finding carries, such as a configured phrase rule) so
 * `ruleIndex` is stable. Locations are relative to `%SRCROOT%` (the working
 * directory) with 1-based lines and UTF-16 columns (`columnKind`), the same
 * numbers `--format json` prints; the fix and each suggestion become a
 * `fixes[]` entry whose replacements are the rewrite's edits.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import packageJson from '../../package.json' with { type: 'json' };
import { builtinRules } from '../../rules/index.js';
import { REPOSITORY_URL } from '../docs.js';
import { LineIndex } from '../position.js';
import type { Finding, Rewrite, Severity } from '../types.js';
import type { Formatter, LintResult } from './types.js';

const SRCROOT = '%SRCROOT%';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export const sarifLevel: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** The directory as a file URI ending in a slash, as `originalUriBaseIds` requires. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * A file's artifact location: a relative URI under %SRCROOT% when the file is
 * inside the working directory, an absolute file URI when it is not, and the
 * encoded name itself for standard input (`<text>`).
 */
export function artifactLocation(filePath: string, cwd: string): Sarif.ArtifactLocation {
  if (!isAbsolute(filePath)) return { uri: encodeURIComponent(filePath) };
  const rel = relative(cwd, filePath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(index: LineIndex, start: number, end: number): Sarif.Region {
  const from = index.positionAt(start);
  const to = index.positionAt(end);
  return {
    startLine: from.line + 1,
    startColumn: from.character + 1,
    endLine: to.line + 1,
    endColumn: to.character + 1,
  };
}

function toFix(rewrite: Rewrite, location: Sarif.ArtifactLocation, index: LineIndex): Sarif.Fix {
  const edits = [...rewrite.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    description: { text: rewrite.title },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: edits.map((edit) => ({
          deletedRegion: region(index, edit.start, edit.end),
          insertedContent: { text: edit.text },
        })),
      },
    ],
  };
}

function ruleDescriptors(results: readonly LintResult[]): Sarif.ReportingDescriptor[] {
  const descriptors: Sarif.ReportingDescriptor[] = builtinRules.map((rule) => ({
    id: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    helpUri: rule.meta.docsUrl,
    defaultConfiguration: { level: sarifLevel[rule.meta.defaultSeverity] },
    properties: { fixable: rule.meta.fixable, hasSuggestions: rule.meta.hasSuggestions },
  }));
  const known = new Set(descriptors.map((descriptor) => descriptor.id));
  for (const finding of results.flatMap((result) => result.findings)) {
    // An unused suppression comment has no rule id (ESLint's ruleId null): no descriptor for it.
    if (finding.ruleId === '' || known.has(finding.ruleId)) continue;
    known.add(finding.ruleId);
    descriptors.push({ id: finding.ruleId, shortDescription: { text: `Configured rule ${finding.ruleId}.` } });
  }
  return descriptors;
}

function toResult(
  finding: Finding,
  ruleIndex: number,
  location: Sarif.ArtifactLocation,
  index: LineIndex,
): Sarif.Result {
  const result: Sarif.Result = {
    ...(finding.ruleId === '' ? {} : { ruleId: finding.ruleId, ruleIndex }),
    level: sarifLevel[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(index, finding.start, finding.end) } }],
  };
  const rewrites = [...(finding.fix ? [finding.fix] : []), ...finding.suggestions].filter(
    (rewrite) => rewrite.edits.length > 0,
  );
  if (rewrites.length > 0) result.fixes = rewrites.map((rewrite) => toFix(rewrite, location, index));
  return result;
}

/** The SARIF log as an object, for callers that embed or validate it. */
export function toSarifLog(results: readonly LintResult[], cwd: string): Sarif.Log {
  const rules = ruleDescriptors(results);
  const ruleIndexes = new Map(rules.map((rule, i) => [rule.id, i]));
  const sarifResults: Sarif.Result[] = [];
  for (const lintResult of results) {
    if (lintResult.findings.length === 0) continue;
    const index = new LineIndex(lintResult.source);
    const location = artifactLocation(lintResult.filePath, cwd);
    for (const finding of lintResult.findings) {
      sarifResults.push(toResult(finding, ruleIndexes.get(finding.ruleId) ?? -1, location, index));
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Candor',
            version: packageJson.version,
            semanticVersion: packageJson.version,
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export const formatSarif: Formatter = (results, context) => `${JSON.stringify(toSarifLog(results, context.cwd), null, 2)}\n`;
