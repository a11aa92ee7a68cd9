/**
 * The one schema of a Candor configuration file (`.candorrc`, `.candorrc.json`,
 * `.candorrc.yaml`/`.yml`, `package.json#candor`). It gives the TypeScript
 * types, the runtime checks (with messages a writer can act on, never zod's
 * bare "Invalid input") and the published JSON Schema
 * (`schema/candorrc.schema.json`, built by `npm run build:schema`).
 *
 * A configuration is data only: no field takes code or a regular expression.
 */
import { z } from 'zod';
import { SCHEMA_ID } from './schema-id.js';

export const SEVERITY_SETTINGS = ['off', 'info', 'warn', 'error'] as const;
export const FORMATS = ['markdown', 'email', 'html', 'script', 'text'] as const;
export const PHRASE_CATEGORIES = [
  'chasing',
  'urgency',
  'scarcity',
  'forward-push',
  'deadline',
  'guilt',
  'presumption',
  'custom',
] as const;

/** The rules Candor ships, for editor completion (custom phrase rules are allowed too). */
export const BUILTIN_RULE_DESCRIPTIONS: Record<string, string> = {
  'sales-pressure': 'Chasing, urgency and forward-push phrasing that pressures the prospect.',
  'missing-apology-opener': 'A re-engagement message whose opening takes no responsibility for the silence.',
  'assume-the-sale': 'Copy that presumes the prospect has already said yes.',
};

const describe = (list: readonly string[]): string => list.join(', ');

export const severitySchema = z
  .enum(SEVERITY_SETTINGS, {
    error: (issue) => `Invalid severity ${JSON.stringify(issue.input)}; expected one of ${describe(SEVERITY_SETTINGS)}`,
  })
  .meta({ description: 'off turns the rule off; info, warn and error set how its findings are reported.' });

export const ruleSettingSchema = z
  .union([severitySchema, z.tuple([severitySchema], z.unknown())], {
    error: () => `Invalid rule setting; expected one of ${describe(SEVERITY_SETTINGS)}, or [severity, options]`,
  })
  .meta({ description: 'A severity (off, info, warn, error) or [severity, options].' });

const builtinRuleShape = Object.fromEntries(
  Object.entries(BUILTIN_RULE_DESCRIPTIONS).map(([id, description]) => [id, ruleSettingSchema.optional().meta({ description })]),
);

export const rulesSchema = z
  .object(builtinRuleShape)
  .catchall(ruleSettingSchema)
  .meta({ description: 'Rule id → severity or [severity, options]. Custom phrase rule ids may be listed too.' });

export const formatSchema = z
  .enum(FORMATS, {
    error: (issue) => `Invalid format ${JSON.stringify(issue.input)}; expected one of ${describe(FORMATS)}`,
  })
  .meta({ description: 'How a draft is read: markdown, email, script (call/voicemail script) or text.' });

const nonEmptyString = (what: string) =>
  z.string({ error: `expected ${what} (a string)` }).min(1, { error: `${what} must not be empty` });

const stringOrList = (what: string) =>
  z.union([nonEmptyString(what), z.array(nonEmptyString(what), { error: `expected ${what} or a list of them` })], {
    error: `expected ${what} or a list of them`,
  });

const globs = stringOrList('a glob');

const stringList = (what: string) => z.array(nonEmptyString(what), { error: `expected a list of ${what}s` });

export const overrideSchema = z
  .strictObject({
    files: globs.meta({
      description: 'Globs (gitignore syntax) relative to the folder of this configuration file: "*.txt", "emails/**".',
    }),
    excludedFiles: globs.optional().meta({ description: 'Globs that this override never applies to.' }),
    rules: rulesSchema.optional(),
    format: formatSchema.optional(),
  })
  .meta({ description: 'Settings for the files matching `files`; a later override wins over an earlier one.' });

const PHRASE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/**
 * A phrase is literal text in the pattern language; these characters only make
 * sense in a regular expression, so they are refused. (ASCII-only, so editors'
 * JSON Schema validators read the pattern the same way.)
 */
const PHRASE_PATTERN = /^[^*+[\]\\{}^/]+$/;

export const phraseRuleSchema = z
  .strictObject({
    id: z
      .string({ error: 'expected a rule id (a string)' })
      .regex(PHRASE_ID, { error: 'a rule id is kebab-case: lower-case words joined by "-", like "no-circle-back"' }),
    message: nonEmptyString('a message').meta({
      description: 'Shown with each finding. `{{text}}` is replaced by the flagged text.',
    }),
    phrases: z
      .array(
        nonEmptyString('a phrase').regex(PHRASE_PATTERN, {
          error:
            'a phrase is literal words in the pattern language (~verb, (a|b), #), not a regular expression; remove characters such as * + ? [ ] \\ { }',
        }),
        { error: 'expected a list of phrases' },
      )
      .min(1, { error: 'list at least one phrase' })
      .meta({
        description:
          'Literal phrases: words separated by spaces, `~verb` for every inflection (~circle back), `(a|b)` for alternatives, `(a|)` for an optional word, `#` for a number.',
      }),
    rewrites: stringList('rewrite').optional().meta({ description: 'Replacements the writer can pick from.' }),
    fix: nonEmptyString('a fix')
      .optional()
      .meta({ description: 'A replacement right in every context; applied by `candor --fix` and fix-all.' }),
    severity: severitySchema.optional(),
    category: z
      .enum(PHRASE_CATEGORIES, {
        error: (issue) => `Invalid category ${JSON.stringify(issue.input)}; expected one of ${describe(PHRASE_CATEGORIES)}`,
      })
      .optional(),
    rationale: nonEmptyString('a rationale').optional().meta({ description: 'Why this reads as pressure (shown on hover).' }),
    examples: z
      .strictObject(
        {
          invalid: stringList('example')
            .min(1, { error: 'give at least one invalid example (a text the rule must flag)' })
            .meta({ description: 'Texts the rule must flag. Optionally mark the expected range with [| and |].' }),
          valid: stringList('example').meta({ description: 'Texts the rule must not flag.' }),
        },
        { error: 'expected examples: { invalid: [...], valid: [...] }' },
      )
      .meta({ description: 'Checked every time the configuration loads; a failing example is a configuration error.' }),
  })
  .meta({ description: 'A custom phrase rule: literal phrases flagged like the built-in ones.' });

const mergeTagDelimiters = z
  .tuple([nonEmptyString('an opening delimiter'), nonEmptyString('a closing delimiter')], {
    error: 'expected a pair of literal delimiters, like ["[[", "]]"]',
  })
  .meta({ description: 'Literal opening and closing delimiters, like ["[[", "]]"].' });

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema for editors.' }),
    root: z
      .boolean({ error: 'expected true or false' })
      .optional()
      .meta({ description: 'Stop looking for configuration files in parent folders.' }),
    extends: stringOrList('a preset or package name')
      .optional()
      .meta({
        description:
          'candor:recommended, candor:strict, candor:cold-email, candor:re-engagement, candor:call-script, candor:landing-page, a candor-config-* package, or a relative .json/.yaml file. Later entries win.',
        examples: [
          'candor:recommended',
          'candor:strict',
          'candor:cold-email',
          'candor:re-engagement',
          'candor:call-script',
          'candor:landing-page',
        ],
      }),
    rules: rulesSchema.optional(),
    overrides: z.array(overrideSchema, { error: 'expected a list of overrides' }).optional(),
    formats: z
      .record(
        z.string().regex(/^\.[A-Za-z0-9][A-Za-z0-9._-]*$/, {
          error: 'a formats key is a file extension with its dot, like ".txt"',
        }),
        formatSchema,
        { error: 'expected a map of file extension to format, like { ".txt": "email" }' },
      )
      .optional()
      .meta({ description: 'File extension → format, like { ".txt": "email" }.' }),
    speakers: z
      .strictObject(
        {
          rep: stringList('speaker label').optional().meta({ description: 'Labels of the rep’s lines in call scripts.' }),
          other: stringList('speaker label').optional().meta({ description: 'Labels of the prospect’s lines (never linted).' }),
        },
        { error: 'expected { rep: [...], other: [...] }' },
      )
      .optional(),
    mergeTags: z
      .array(mergeTagDelimiters, { error: 'expected a list of delimiter pairs, like [["[[", "]]"]]' })
      .optional()
      .meta({ description: 'Extra merge-tag syntaxes, masked like {{first_name}}.' }),
    allow: stringList('term').optional().meta({ description: 'Terms never flagged (case-insensitive).' }),
    ignorePatterns: stringOrList('a pattern')
      .optional()
      .meta({ description: 'Files never linted: gitignore syntax, relative to the folder of this configuration file.' }),
    phrases: z.array(phraseRuleSchema, { error: 'expected a list of phrase rules' }).optional(),
  })
  .meta({
    title: 'Candor configuration',
    description: 'Configuration for Candor, the linter for pressure in sales copy.',
  });

export type CandorConfig = z.infer<typeof configSchema>;
export type PhraseRuleConfig = z.infer<typeof phraseRuleSchema>;
export type OverrideConfig = z.infer<typeof overrideSchema>;
export type RuleSettingConfig = z.infer<typeof ruleSettingSchema>;

export { SCHEMA_ID };

/** The published JSON Schema (draft-07), as the text of `schema/candorrc.schema.json`. */
export function configJsonSchemaText(): string {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input' });
  const { $schema, ...rest } = schema;
  return `${JSON.stringify({ $schema, $id: SCHEMA_ID, ...rest }, null, 2)}\n`;
}
