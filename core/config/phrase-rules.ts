/**
 * Custom phrase rules from a configuration's `phrases`. They go through
 * `createPhraseRule`, the same code as the built-in phrase rules, so they get
 * the same inflection (`~verb`), negation, quotation and noun-use handling. Their
 * examples run when the configuration loads: a rule that does not do what its
 * author wrote down is a configuration error, not a silent miss.
 */
import { pathToFileURL } from 'node:url';
import { lint } from '../engine.js';
import type { PhraseEntry } from '../phrase-types.js';
import { createPhraseRule } from '../phrase-rule.js';
import { compilePhraseTable } from '../phrases.js';
import type { Rule } from '../rule.js';
import { errorAt, type ConfigPath, type ConfigSource, ConfigError } from './errors.js';
import type { PhraseRuleConfig } from './schema.js';

const MARK_OPEN = '[|';
const MARK_CLOSE = '|]';

export interface CompiledPhraseRule {
  rule: Rule;
  /** The rule's severity from its definition, applied before any `rules:` setting. */
  severity?: PhraseRuleConfig['severity'];
}

/** Where an error in a phrase definition is reported. */
export interface PhraseRuleOrigin {
  /** The parsed file, when the definition came from one (positions). */
  source?: ConfigSource;
  /** A name for definitions without a source (a preset or package). */
  name: string;
  /** The definition's path in its file: `['phrases', 2]`. */
  path: ConfigPath;
}

function fail(origin: PhraseRuleOrigin, path: ConfigPath, message: string): ConfigError {
  return origin.source ? errorAt(origin.source, [...origin.path, ...path], message) : new ConfigError(message, origin.name);
}

function stripMarkers(example: string): { text: string; range?: [number, number] } {
  const open = example.indexOf(MARK_OPEN);
  const close = example.indexOf(MARK_CLOSE);
  if (open < 0 || close < open) return { text: example };
  const text = example.slice(0, open) + example.slice(open + MARK_OPEN.length, close) + example.slice(close + MARK_CLOSE.length);
  return { text, range: [open, close - MARK_OPEN.length] };
}

export function compilePhraseRule(definition: PhraseRuleConfig, origin: PhraseRuleOrigin): CompiledPhraseRule {
  definition.phrases.forEach((phrase, index) => {
    try {
      compilePhraseTable([entryOf({ ...definition, phrases: [phrase] })]);
    } catch (error) {
      throw fail(origin, ['phrases', index], `Phrase rule "${definition.id}": ${(error as Error).message}`);
    }
  });
  const rule = createPhraseRule({
    meta: {
      id: definition.id,
      description: definition.message,
      docsUrl: origin.source ? pathToFileURL(origin.source.file).href : origin.name,
      defaultSeverity: 'warning',
      messages: { custom: definition.message },
    },
    entries: [entryOf(definition)],
    messageFor: () => 'custom',
  });
  checkExamples(definition, rule, origin);
  return { rule, severity: definition.severity };
}

function entryOf(definition: PhraseRuleConfig): PhraseEntry {
  const entry: PhraseEntry = {
    id: definition.id,
    category: definition.category ?? 'custom',
    patterns: definition.phrases,
    rationale: definition.rationale ?? definition.message,
    examples: { invalid: definition.examples.invalid, valid: definition.examples.valid },
  };
  // A user's replacements fill the phrase's own slot; `fix` is the one they vouch for in every context.
  const replacements = [...(definition.fix !== undefined ? [definition.fix] : []), ...(definition.rewrites ?? [])];
  if (replacements.length > 0) {
    entry.rewrite = { move: 'replace-in-frame', frame: 'clause', with: replacements, safe: definition.fix !== undefined };
  }
  return entry;
}

/** Runs the definition's examples; the first failing one is the error. */
function checkExamples(definition: PhraseRuleConfig, rule: Rule, origin: PhraseRuleOrigin): void {
  const run = (text: string) =>
    lint(text, { format: 'text', rules: [rule], config: { rules: { [definition.id]: 'error' } } });
  definition.examples.invalid.forEach((example, index) => {
    const { text, range } = stripMarkers(example);
    const findings = run(text);
    if (findings.length === 0) {
      throw fail(
        origin,
        ['examples', 'invalid', index],
        `Phrase rule "${definition.id}" does not flag its invalid example ${JSON.stringify(example)}; change the phrases or the example`,
      );
    }
    if (range && !findings.some((finding) => finding.start === range[0] && finding.end === range[1])) {
      const found = findings.map((finding) => JSON.stringify(text.slice(finding.start, finding.end))).join(', ');
      throw fail(
        origin,
        ['examples', 'invalid', index],
        `Phrase rule "${definition.id}" flags ${found} in its invalid example ${JSON.stringify(example)}, not the marked text`,
      );
    }
  });
  definition.examples.valid.forEach((example, index) => {
    const findings = run(example);
    if (findings.length > 0) {
      const found = findings.map((finding) => JSON.stringify(example.slice(finding.start, finding.end))).join(', ');
      throw fail(
        origin,
        ['examples', 'valid', index],
        `Phrase rule "${definition.id}" flags ${found} in its valid example ${JSON.stringify(example)}; it must raise nothing`,
      );
    }
  });
}
