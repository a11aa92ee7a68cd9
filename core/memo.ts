/**
 * Bounded memos for the pure, per-text work of linting (a block's candidate
 * test, a segment's masks, a segment's matches). An editor's keystroke changes
 * one paragraph of a draft, so the rest of the draft is answered from here.
 */

/**
 * A copy of `text` that keeps no larger string alive. V8 represents a slice
 * of a long string as a view into it, so a memo keyed by a paragraph sliced
 * from a 1 MB draft would keep the whole draft, and every later version of it.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * The characters of keys each memo keeps, whatever the texts: enough for every
 * block of a 1 MB draft being edited. The CLI, which reads each file once,
 * lowers it (`setMemoBudget`) so it does not carry megabytes of paragraphs it
 * will never see again.
 */
let budgetChars = 1536 * 1024;

/** Sets the characters of keys each memo (and twice that, the markdown block cache) keeps. */
export function setMemoBudget(chars: number): void {
  budgetChars = chars;
}

export function memoBudget(): number {
  return budgetChars;
}

/**
 * A Map that forgets its oldest entries once it holds `limit` entries, or
 * once its string keys hold more than `maxChars()` characters.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  private chars = 0;

  constructor(
    private readonly limit: number,
    private readonly maxChars: () => number = () => Infinity,
  ) {
    super();
  }

  override set(key: K, value: V): this {
    if (!this.has(key)) {
      this.chars += typeof key === 'string' ? key.length : 0;
      const maxChars = this.maxChars();
      while (this.size > 0 && (this.size >= this.limit || this.chars > maxChars)) this.delete(this.keys().next().value as K);
    }
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    if (this.has(key) && typeof key === 'string') this.chars -= key.length;
    return super.delete(key);
  }

  override clear(): void {
    this.chars = 0;
    super.clear();
  }
}

/** Texts longer than this are not remembered: a whole draft is not worth keeping as a key. */
const MAX_KEY_LENGTH = 16 * 1024;

/**
 * `fn` remembered by its text argument, for the last `limit` distinct texts.
 * A key is kept as given, so callers pass texts that are not slices of a
 * larger string (see `detach`), or set `detachKeys` to copy each new key.
 */
export function memoByText<T>(fn: (text: string) => T, limit: number, detachKeys = false): (text: string) => T {
  const memo = new BoundedMap<string, T>(limit, memoBudget);
  return (text) => {
    if (text.length > MAX_KEY_LENGTH) return fn(text);
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      value = fn(text);
      memo.set(detachKeys ? detach(text) : text, value);
    }
    return value as T;
  };
}
