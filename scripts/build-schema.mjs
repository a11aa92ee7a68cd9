/**
 * Writes schema/candorrc.schema.json from the zod schema in
 * core/config/schema.ts (`npm run build:schema`). A test fails when the
 * committed file is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { stdout } from 'node:process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchemaText } from '../core/config/schema.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'candorrc.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, configJsonSchemaText());
stdout.write(`wrote ${target}\n`);
