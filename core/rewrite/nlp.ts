/**
 * Parts of speech and lemmas for the rewrite layer, from wink-nlp with its
 * English lite model (docs/rewrites.md says why this library). Loaded on the
 * first call: linting never loads it, only a rewrite does.
 */
import { BoundedMap, detach, memoBudget } from '../memo.js';

declare const __CANDOR_BUNDLED__: boolean | undefined;

export interface Token {
  text: string;
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, PRON, NUM, ADJ, ADV, ADP, DET, CCONJ, SCONJ, PART, PUNCT, INTJ, SYM, X. */
  pos: string;
  lemma: string;
}

interface Nlp {
  readDoc(text: string): {
    tokens(): { out(what?: unknown): string[] };
  };
  its: { pos: unknown; lemma: unknown };
}

let nlp: Nlp | null | undefined;

/**
 * The model, or null when it cannot be loaded (an install without
 * dist/nlp.cjs): rewrites then offer only what needs no model, and linting
 * goes on.
 */
function load(): Nlp | null {
  if (nlp !== undefined) return nlp;
  // node:module only now: loading it cost every lint a few milliseconds.
  const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
  // Bundles carry the model as dist/nlp.cjs beside them; from source it is the packages themselves.
  const bundled = typeof __CANDOR_BUNDLED__ !== 'undefined' && __CANDOR_BUNDLED__;
  try {
    nlp = (require(bundled ? './nlp.cjs' : './nlp-model.ts') as { nlp: Nlp }).nlp;
  } catch {
    nlp = null;
  }
  return nlp;
}

/**
 * Tokens by sentence. A sentence is usually a slice of its draft, which V8
 * keeps as a view into the whole draft: the key is copied (`detach`), or the
 * memo kept up to 2,000 drafts alive (the CLI's JSON report of the 10 MB
 * benchmark corpus held 7 MB of file texts through it). Bounded by characters
 * as the other memos are (`setMemoBudget`).
 */
const MEMO_LIMIT = 2_000;
const memo = new BoundedMap<string, Token[]>(MEMO_LIMIT, memoBudget);

/**
 * Longer texts are not read: the model's tokenizer is superlinear on a long
 * run without spaces (its e-mail pattern backtracks), and no sentence a move
 * rewrites is this long (MAX_SENTENCE in sentence-plan.ts).
 */
const MAX_TEXT = 4_000;

/** The tokens of a sentence. Masked text (merge tags, URLs) reads as a name. */
export function tokensOf(sentence: string): Token[] {
  if (sentence.length > MAX_TEXT) return [];
  const cached = memo.get(sentence);
  if (cached) return cached;
  const model = load();
  if (!model) return [];
  const doc = model.readDoc(sentence.replace(/\u0001+/g, (run) => 'Xx'.padEnd(run.length, 'x')));
  const { its } = model;
  const words = doc.tokens();
  const texts = words.out();
  const pos = words.out(its.pos);
  const lemmas = words.out(its.lemma);
  // A line break inside a sentence (a hard-wrapped draft) is a SPACE token to the model: no word.
  const tokens = texts.flatMap((text, i) => (pos[i] === 'SPACE' ? [] : [{ text, pos: pos[i], lemma: lemmas[i] }]));
  memo.set(detach(sentence), tokens);
  return tokens;
}

/** Auxiliaries and modal verbs the model sometimes tags as nouns or names ("I'm", "Im"). */
const FINITE_WORDS = new Set(["i'm", 'im', "i’m", "we're", "we’re", "you're", "you’re", "it's", "it’s", "that's", "that’s", "there's", "there’s", "here's", "here’s", "let's", "let’s"]);

/** Whether a sentence has a verb that can carry it: a main verb or an auxiliary. */
export function hasVerb(sentence: string): boolean {
  const verb = (token: Token): boolean => token.pos === 'VERB' || token.pos === 'AUX' || FINITE_WORDS.has(token.text.toLowerCase());
  if (tokensOf(sentence).some(verb)) return true;
  // An imperative's capital reads as a name to the model ("Book your call today."): ask again in lower case.
  const lowered = sentence.replace(/^(\W*)(\p{Lu})(?=\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toLowerCase());
  if (lowered !== sentence && tokensOf(lowered).some(verb)) return true;
  // "Book your call today.": a first word followed by a determiner or a possessive is an imperative.
  const [first, second] = tokensOf(sentence).filter((token) => token.pos !== 'PUNCT');
  return (
    first !== undefined &&
    second !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    !['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'NUM', 'INTJ'].includes(first.pos) &&
    /^(?:your|the|a|an|our|my|this|these|those|it|them|us|me)$/i.test(second.text)
  );
}

/** Markup that masking hides and that carries no fact: emphasis, code ticks, tags, a link's brackets. */
const MARKUP_ONLY = /^(?:[\s*_~`#>|()[\]-]|<\/?[a-z][^>]*>)*$/i;

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Word pairs no sentence has: an article before a preposition, punctuation,
 * an auxiliary or a conjunction ("have an on these rates"), a preposition
 * before a bare verb ("your take on look at"), a preposition or an
 * infinitive "to" left hanging ("open for.", "love to before then"). A rewrite that adds one is
 * broken, whatever else it gets right.
 */
export function brokenPairs(sentence: string): number {
  const tokens = tokensOf(sentence);
  let broken = 0;
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const word = token.text.toLowerCase();
    if (ARTICLES.has(word) && (!next || ['ADP', 'PUNCT', 'AUX', 'CCONJ', 'SCONJ', 'PART'].includes(next.pos))) broken++;
    const particle = /^(?:up|out|in|back|down|off|over|on|around|about)$/.test(word);
    if (token.pos === 'ADP' && word !== 'to' && next?.pos === 'VERB' && !/ing$/i.test(next.text) && !particle) broken++;
    // A preposition left hanging before the sentence's end or a comma ("open for.", "we'd love to before").
    if ((token.pos === 'ADP' || token.pos === 'PART') && !particle && next?.pos === 'PUNCT' && /^[.!,;]$/.test(next.text)) broken++;
    // "We'd to guarantee": an auxiliary that lost its verb.
    if (token.pos === 'AUX' && /^(?:'d|’d|would|'ve|’ve|have)$/i.test(word) && next && /^to$/i.test(next.text)) broken++;
    if (word === 'to' && token.pos === 'PART' && next && !['VERB', 'AUX', 'ADV'].includes(next.pos)) broken++;
    // "Want to for another year?", "We'd love to before the end of the month": an infinitive that lost its verb.
    else if (word === 'to' && previous(tokens, i) && /^(?:want|wants|wanted|love|like|need|hope|plan|try)$/i.test(previous(tokens, i)!.text) && next && ['ADP', 'SCONJ', 'PUNCT'].includes(next.pos)) broken++;
  });
  return broken;
}

function previous(tokens: readonly Token[], i: number): Token | undefined {
  return i > 0 ? tokens[i - 1] : undefined;
}

/**
 * The facts a stretch of text states: numbers, names, masked merge tags and
 * URLs, and nouns. Dropping text that holds one loses something the writer
 * meant to say.
 */
export function factsIn(text: string, source?: string): string[] {
  const facts: string[] = [];
  for (const run of text.matchAll(/\u0001+/g)) {
    // Masked markup (emphasis, a tag) states nothing; a merge tag or a link does.
    const hidden = source?.slice(run.index, run.index + run[0].length);
    if (hidden === undefined || !MARKUP_ONLY.test(hidden)) facts.push(hidden ?? run[0]);
  }
  return facts.concat(tokensOf(text.replace(/\u0001/g, ' '))
    .filter((token) => (token.pos === 'NUM' || token.pos === 'PROPN' || token.pos === 'NOUN') && /[\p{L}\p{N}]/u.test(token.text))
    .filter((token) => !GENERIC_NOUNS.has(token.lemma.toLowerCase()) && !FINITE_WORDS.has(token.text.toLowerCase()))
    .map((token) => token.text));
}

/**
 * Nouns that carry no fact of their own in sales copy: the offer, the time,
 * the seller's own chasing. A clause made of these and function words says
 * nothing but the pressure.
 */
const GENERIC_NOUNS = new Set([
  'time', 'chance', 'offer', 'deal', 'price', 'pricing', 'rate', 'discount', 'spot', 'seat', 'slot', 'place', 'opportunity',
  'thing', 'things', 'anything', 'something', 'inbox', 'email', 'e-mail', 'message', 'note', 'voicemail', 'update', 'news',
  'way', 'today', 'tomorrow', 'tonight', 'now', 'day', 'week', 'month', 'moment', 'minute', 'hour', 'while', 'end', 'side',
  'answer', 'decision', 'top', 'line', 'ball', 'trigger', 'door', 'window', 'supply', 'demand', 'lifetime', 'hi', 'hey', 'hello',
  'ps', 'p.s', 'one', 'lot', 'bit', 'out', 'case', 'reminder', 'nudge', 'ping', 'touch', 'base', 'crack', 'cracks', 'shuffle',
  'reason', 'fear', 'missing', 'hurry', 'rush', 'clock', 'countdown', 'deadline', 'promo', 'promotion', 'sale',
]);

/** The text ends on a word that needs more after it: an article, a preposition, an auxiliary, a conjunction, "only" ("Phase 2 is", "The pack is only"). */
export function endsMidPhrase(text: string): boolean {
  const tokens = tokensOf(text).filter((token) => token.pos !== 'PUNCT');
  const last = tokens[tokens.length - 1];
  if (last !== undefined && /^(?:only|just|exclusively|solely)$/i.test(last.text)) return true;
  return last !== undefined && ['DET', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART'].includes(last.pos) && !/^(?:up|out|in|back|down|off|over|on|it|this|that)$/i.test(last.text);
}
