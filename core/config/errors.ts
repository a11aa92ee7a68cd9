/**
 * Configuration errors that name the place to fix: `file:line:column message`.
 * Every position is found in the user's own text (through `yaml`'s
 * `parseDocument` + `LineCounter`, which reads JSON too), never in a
 * re-serialisation of it.
 */
import type { Document, LineCounter, Node, Pair } from 'yaml';
import { yamlLibrary } from '../yaml.js';
import type { core } from 'zod';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    /** The configuration file (or preset/package name) at fault. */
    readonly file: string,
    /** 1-based. */
    readonly line = 1,
    /** 1-based, in UTF-16 code units. */
    readonly column = 1,
  ) {
    super(message);
  }

  override toString(): string {
    return `${this.file}:${this.line}:${this.column} ${this.message}`;
  }
}

export type ConfigPath = ReadonlyArray<PropertyKey>;

/** A parsed configuration text, kept to place errors found after parsing. */
export interface ConfigSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Where the configuration sits in the document: `['candor']` in package.json. */
  prefix: readonly (string | number)[];
}

type Position = { line: number; column: number };

function positionAt(source: ConfigSource, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

function pairWithKey(node: unknown, key: PropertyKey): Pair | undefined {
  const { isMap, isPair, isScalar } = yamlLibrary();
  if (!isMap(node)) return undefined;
  return node.items.find((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(key));
}

function childNode(node: unknown, key: PropertyKey): Node | undefined {
  const { isMap, isSeq } = yamlLibrary();
  if (isMap(node)) return (pairWithKey(node, key)?.value ?? undefined) as Node | undefined;
  if (isSeq(node) && typeof key === 'number') return (node.items[key] ?? undefined) as Node | undefined;
  return undefined;
}

/**
 * The position of the value at `path` (or of its key, with `atKey`). When the
 * path does not exist (a missing required field) the deepest existing node is
 * used: the object the field is missing from.
 */
export function locate(source: ConfigSource, path: ConfigPath, atKey = false): Position {
  const full = [...source.prefix, ...path];
  let node: unknown = source.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < full.length; i++) {
    const key = full[i];
    if (atKey && i === full.length - 1) {
      const keyNode = pairWithKey(node, key)?.key as Node | undefined;
      if (keyNode?.range) offset = keyNode.range[0];
      break;
    }
    const child = childNode(node, key);
    if (!child?.range) break;
    node = child;
    offset = child.range[0];
  }
  return positionAt(source, offset);
}

export function errorAt(source: ConfigSource, path: ConfigPath, message: string, atKey = false): ConfigError {
  const { line, column } = locate(source, path, atKey);
  return new ConfigError(message, source.file, line, column);
}

/** Edit distance, for "did you mean". */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The closest candidate within a third of the word's length (at least 2 edits). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`;
}

const TOP_LEVEL_HINT = 'allowed keys are listed in docs/configuration.md';

/** zod issues → the one error a writer sees first, placed in their file. */
export function issueToError(
  source: ConfigSource,
  issue: core.$ZodIssue,
  data: unknown,
  knownKeys: (path: ConfigPath) => string[],
): ConfigError {
  const { path, message } = simplifyIssue(issue, data);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const known = knownKeys(path);
    const hint = didYouMean(key, known) || (path.length === 0 ? `; ${TOP_LEVEL_HINT}` : `; expected one of ${known.join(', ')}`);
    return errorAt(source, [...path, key], `Unknown key ${JSON.stringify(key)}${hint}`, true);
  }
  return errorAt(source, path, `${describePath(path)}${message}`);
}

function describePath(path: ConfigPath): string {
  if (path.length === 0) return '';
  const text = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
  return `${text}: `;
}

/**
 * Picks the branch of a union that matches the value's type, so a bad value in
 * `["loud", {}]` is reported at `loud` with the severity message, not as
 * "Invalid input" on the whole setting. When no branch fits the value's type,
 * the union's own message says what is expected.
 */
function simplifyIssue(issue: core.$ZodIssue, data: unknown): { path: ConfigPath; message: string } {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const value = valueAt(data, issue.path);
    const primitive = value === null || typeof value !== 'object';
    const fitting = issue.errors.filter((branch) =>
      !branch.some(
        (inner) => inner.path.length === 0 && (inner.code === 'invalid_type' || (inner.code === 'invalid_value' && !primitive)),
      ),
    );
    const first = fitting[fitting.length - 1]?.[0];
    if (first) {
      const inner = simplifyIssue(first, value);
      return { path: [...issue.path, ...inner.path], message: inner.message };
    }
  }
  return { path: issue.path, message: issue.message };
}

function valueAt(data: unknown, path: ConfigPath): unknown {
  let value = data;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | null | undefined)?.[key];
  return value;
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * The offset of the first syntax error in a JSON text, or undefined when it is valid
 * JSON. V8's messages do not always carry a position; this scanner does.
 */
export function jsonErrorOffset(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, i);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r\uFEFF'.includes(text[i])) i++;
  };
  const unexpected = (): never =>
    fail(i >= text.length ? 'Unexpected end of JSON' : `Unexpected ${JSON.stringify(text[i])} in JSON`);
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else unexpected();
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('Invalid \\u escape in JSON string');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('Invalid escape in JSON string');
      } else if (text.charCodeAt(i) < 0x20) fail('Unescaped control character in JSON string');
      i++;
    }
    if (i >= text.length) fail('Unterminated JSON string');
    i++;
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail('Expected a double-quoted property name in JSON');
        string();
        space();
        if (text[i] !== ':') fail('Expected ":" after a property name in JSON');
        i++;
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('Expected "," or "}" in JSON');
      }
    }
    if (char === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('Expected "," or "]" in JSON');
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number) {
      i += number[0].length;
      return;
    }
    unexpected();
  };
  try {
    value();
    space();
    if (i < text.length) unexpected();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, message: error.message };
    throw error;
  }
}
