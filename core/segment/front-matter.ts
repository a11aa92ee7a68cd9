/**
 * A markdown draft's YAML front matter as an object. Most front matter is a
 * few `key: value` lines (`title: …`, `type: landing-page`, `tags: [a, b]`);
 * those are read here directly, exactly as `yaml` reads them, so a lint does
 * not load the YAML library (core/yaml.ts). Anything else (quotes, numbers,
 * booleans, nesting, comments, several lines per value…) goes to `yaml`.
 */
import { yamlLibrary } from '../yaml.js';

/** `key: value`, one space or more after the colon. */
const LINE = /^([A-Za-z_][A-Za-z0-9_-]*): +(.*)$/;
/**
 * A plain scalar that YAML reads as this very string: it starts with a letter
 * and holds no character that could make it anything else (an indicator, a
 * comment, a mapping, a tab).
 */
const PLAIN = /^[A-Za-z][A-Za-z0-9 _.,'/()+-]*$/;
/** A flow sequence of such scalars, without commas in them: `[sales, team]`. */
const FLOW = /^\[([A-Za-z0-9 _.'/()+,-]*)\]$/;
/** Words the YAML 1.2 core schema reads as null or a boolean. */
const SPECIAL = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

function plainString(text: string): string | undefined {
  const value = text.trim();
  return PLAIN.test(value) && !SPECIAL.test(value) ? value : undefined;
}

/** The front matter read without `yaml`, or undefined when it is not of the simple kind. */
export function simpleFrontMatter(yaml: string): Record<string, unknown> | undefined {
  const lines = yaml.split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return undefined;
  const result: Record<string, unknown> = {};
  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m) return undefined;
    const [, key, rest] = m;
    if (key === '__proto__' || SPECIAL.test(key) || Object.hasOwn(result, key)) return undefined;
    const value = rest.trim();
    const flow = FLOW.exec(value);
    if (flow) {
      const inner = flow[1].trim();
      if (inner === '') {
        result[key] = [];
        continue;
      }
      const items = inner.split(',').map(plainString);
      if (items.some((item) => item === undefined)) return undefined;
      result[key] = items;
      continue;
    }
    const scalar = plainString(value);
    if (scalar === undefined) return undefined;
    result[key] = scalar;
  }
  return result;
}

/** The front matter's mapping, or undefined when it is none (or not valid YAML). */
export function readFrontMatter(yaml: string | null): Record<string, unknown> | undefined {
  if (yaml === null) return undefined;
  const simple = simpleFrontMatter(yaml);
  if (simple) return simple;
  try {
    const value: unknown = yamlLibrary().parse(yaml);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
