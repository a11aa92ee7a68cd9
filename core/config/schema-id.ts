/** The `$id` of the published JSON Schema (schema/candorrc.schema.json); here so that naming it loads no zod. */
export const SCHEMA_ID = 'https://raw.githubusercontent.com/candor-lint/candor/main/schema/candorrc.schema.json';
