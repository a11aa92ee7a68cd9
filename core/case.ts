/**
 * Gives a replacement the apostrophes of the text it replaces, or of the text
 * around it when the replaced text has none: a draft typed with curly
 * apostrophes gets "I’d", one typed with straight ones gets "I'd".
 */
export function matchApostrophes(replacement: string, original: string, context = ''): string {
  for (const sample of [original, context]) {
    const curly = sample.indexOf('’');
    const straight = sample.search(/\p{L}'\p{L}/u);
    if (curly < 0 && straight < 0) continue;
    return curly >= 0 && (straight < 0 || curly < straight) ? replacement.replace(/'/g, '’') : replacement.replace(/’/g, "'");
  }
  return replacement;
}

/** matchCase and matchApostrophes together: the rewrite reads like the draft. */
export function matchStyle(replacement: string, original: string, context = ''): string {
  return matchCase(matchApostrophes(replacement, original, context), original);
}

/**
 * Gives a replacement the case of the text it replaces (Harper's
 * replace_with_match_case): "Once you sign" → "If you decide to go ahead".
 */
export function matchCase(replacement: string, original: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = /\p{L}/u.exec(original)?.[0];
  if (first === undefined) return replacement;
  const index = replacement.search(/\p{L}/u);
  if (index < 0) return replacement;
  const head = replacement[index];
  const cased = first === first.toUpperCase() ? head.toUpperCase() : keepPronounI(replacement, index) ? head : head.toLowerCase();
  return replacement.slice(0, index) + cased + replacement.slice(index + 1);
}

/** "I" stays a capital at the start of a lower-case rewrite ("I'd value …"). */
function keepPronounI(text: string, index: number): boolean {
  return text[index] === 'I' && !/\p{L}/u.test(text[index + 1] ?? '');
}
