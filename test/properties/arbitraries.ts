/**
 * A grammar of real sales copy for property tests and fuzzing: phrases taken
 * from the rule tables (their invalid examples' marked spans and their
 * patterns' literal forms), merge tags of every syntax, emoji and other
 * astral characters, combining marks, NBSP, curly quotes, CRLF/LF/CR mixes,
 * markdown constructs, e-mail structure and call-script speaker lines.
 *
 * A generated document is built from pieces; the grammar knows which pieces
 * are merge tags and which are not the writer's prose in the document's
 * format (code, HTML comments, front matter, link destinations, quoted
 * replies, signatures, the prospect's lines, stage directions), and reports
 * their ranges, so properties can check findings against an oracle that does
 * not come from the segmenters under test.
 *
 * Reusable by the CLI and server fuzzers: `documentArb` gives whole drafts,
 * `junkArb` gives hostile text mixed with real material.
 */
import fc from 'fast-check';
import type { PhraseEntry } from '../../core/phrase-types.js';
import { verbForms } from '../../core/phrases.js';
import type { Format } from '../../core/types.js';
import { assumeTheSalePhrases } from '../../rules/assume-the-sale-phrases.js';
import { salesPressurePhrases } from '../../rules/sales-pressure-phrases.js';

/** A half-open [start, end) range in UTF-16 offsets. */
export type Range = [number, number];

/**
 * A piece of a document. `tag`: a merge tag (opaque, never flagged, never
 * split). `nonProse`: not the writer's prose in the document's own format.
 * A `\n` inside a piece is a line break; rendering picks its spelling.
 */
export interface Piece {
  text: string;
  tag?: boolean;
  nonProse?: boolean;
}

export type LineEndingStyle = 'lf' | 'crlf' | 'cr' | 'mixed';

export interface GeneratedDoc {
  text: string;
  /** The format the grammar wrote the document in. */
  format: Format;
  /** A file name with the format's extension. */
  filePath: string;
  tags: Range[];
  /** Regions that are not prose when the draft is read in `format`. */
  nonProse: Range[];
  eol: LineEndingStyle;
}

// ---------------------------------------------------------------------------
// Material from the phrase tables

const allEntries: readonly PhraseEntry[] = [...salesPressurePhrases, ...assumeTheSalePhrases];

/** Removes `[|` `|]` markers; returns the text and the marked spans. */
export function unmark(marked: string): { text: string; spans: string[] } {
  const spans: string[] = [];
  let text = '';
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[|', i)) {
      open = text.length;
      i++;
    } else if (marked.startsWith('|]', i)) {
      if (open >= 0) spans.push(text.slice(open, text.length));
      open = -1;
      i++;
    } else {
      text += marked[i];
    }
  }
  return { text, spans };
}

const invalidTexts = allEntries.flatMap((entry) =>
  entry.examples.invalid.map((example) => unmark(typeof example === 'string' ? example : example.text)),
);
/** The exact spans the tables say must be flagged. */
export const markedSpans: readonly string[] = [...new Set(invalidTexts.flatMap((e) => e.spans))].filter((s) => s.trim() !== '');
/** Whole example sentences, flagged and not. */
export const exampleSentences: readonly string[] = [
  ...new Set([...invalidTexts.map((e) => e.text), ...allEntries.flatMap((entry) => entry.examples.valid)]),
  // (An example that opens with a speaker's label, "REP: …", would name a speaker wherever the
  // grammar puts it: a script line's continuation could no longer be the prospect's.)
].filter((s) => s.trim() !== '' && !/^\W*[A-Z][A-Za-z ]{0,20}:\s/.test(s));
/** The replacements the tables offer in a phrase's own slot: fixed copy must stay clean. */
export const rewriteTexts: readonly string[] = [
  ...new Set(allEntries.flatMap((entry) => (entry.rewrite && 'with' in entry.rewrite ? entry.rewrite.with : []))),
];
const allPatterns: readonly string[] = allEntries.flatMap((entry) => entry.patterns);

/** A pattern word or group, as core/phrase-types.ts defines the language. */
type PatternItem = { kind: 'word'; word: string } | { kind: 'group'; alternatives: string[][] };

function parsePattern(pattern: string): PatternItem[] {
  const items: PatternItem[] = [];
  for (const m of pattern.trim().toLowerCase().matchAll(/\(([^)]*)\)|[^\s(]+/g)) {
    if (m[1] !== undefined) {
      items.push({ kind: 'group', alternatives: m[1].split('|').map((alt) => alt.trim().split(/\s+/).filter(Boolean)) });
    } else {
      items.push({ kind: 'word', word: m[0] });
    }
  }
  return items;
}

const NUMBER_SPELLINGS = ['3', '2', '10', 'two', 'three', 'five', 'a few', 'a couple of'];
const APOSTROPHES = ["'", '’', ''];

/** The literal spellings one pattern word can take. */
function wordArb(word: string): fc.Arbitrary<string> {
  if (word === '#') return fc.constantFrom(...NUMBER_SPELLINGS);
  if (word.startsWith('~')) {
    const forms = verbForms(word.slice(1));
    return fc.constantFrom(...(forms.length ? forms : [word.slice(1)]));
  }
  if (word.includes("'") || word.includes('’')) {
    return fc.constantFrom(...APOSTROPHES).map((a) => word.replace(/['’]/g, a));
  }
  return fc.constant(word);
}

/** A space between pattern words as drafts write it. */
export const wordSpaceArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: fc.constant('\u00a0') },
  { weight: 1, arbitrary: fc.constant('\u202f') },
  { weight: 1, arbitrary: fc.constant('  ') },
  { weight: 1, arbitrary: fc.constant('\t') },
);

/** One literal form of a pattern: a group alternative, a verb form, a number, an apostrophe spelling. */
export function patternLiteralArb(pattern: string, allowLineBreak = true): fc.Arbitrary<string> {
  const items = parsePattern(pattern);
  const words: Array<fc.Arbitrary<string[]>> = items.map((item) => {
    if (item.kind === 'word') return wordArb(item.word).map((w) => [w]);
    return fc.constantFrom(...item.alternatives).chain((alt) => (alt.length ? fc.tuple(...alt.map(wordArb)) : fc.constant([])));
  });
  const space = allowLineBreak ? fc.oneof({ weight: 20, arbitrary: wordSpaceArb }, { weight: 1, arbitrary: fc.constant('\n') }) : wordSpaceArb;
  return fc.tuple(fc.tuple(...words), fc.array(space, { minLength: 40, maxLength: 40 }), fc.boolean()).map(
    ([groups, spaces, hyphen]) => {
      const flat = groups.flat();
      let out = '';
      flat.forEach((w, i) => {
        if (i > 0) {
          // After an inflected verb the particle may be hyphenated ("follow-up").
          out += hyphen && /^(?:up|in|back|out|over|down)$/.test(w) ? '-' : spaces[i % spaces.length];
        }
        out += w;
      });
      return out;
    },
  );
}

/** How drafts capitalise a phrase. */
function caseArb(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.constantFrom('as-is', 'as-is', 'as-is', 'capital', 'upper')).map(([t, c]) =>
    c === 'upper' ? t.toUpperCase() : c === 'capital' ? t.charAt(0).toUpperCase() + t.slice(1) : t,
  );
}

/** Apostrophes and quotes as real drafts type them. */
function typographyArb(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.constantFrom('keep', 'keep', 'curly', 'straight', 'drop')).map(([t, style]) => {
    if (style === 'curly') return t.replace(/'/g, '’');
    if (style === 'straight') return t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
    if (style === 'drop') return t.replace(/(\p{L})['’](\p{L})/gu, '$1$2');
    return t;
  });
}

/** A phrase that a rule should (usually) flag, in some real spelling. */
export function phraseArb(allowLineBreak = true): fc.Arbitrary<string> {
  const fromPatterns = fc.constantFrom(...allPatterns).chain((p) => patternLiteralArb(p, allowLineBreak));
  const sources: Array<fc.Arbitrary<string>> = [fromPatterns];
  if (markedSpans.length) sources.push(fc.constantFrom(...markedSpans));
  const base = fc.oneof(...sources);
  const spelled = caseArb(typographyArb(base));
  return allowLineBreak ? spelled : spelled.map((s) => s.replace(/[\r\n]+/g, ' '));
}

// ---------------------------------------------------------------------------
// Merge tags, noise, words

export const MERGE_TAGS: readonly string[] = [
  '{{first_name}}',
  '{{ first_name }}',
  '{{ contact.firstname | default: "there" }}',
  '{{{company}}}',
  '{first_name}',
  '{Company Name}',
  '[Prospect Name]',
  '[First Name]',
  '[COMPANY]',
  '*|FNAME|*',
  '*|COMPANY|*',
  '%FIRSTNAME%',
  '{!Contact.FirstName}',
  '{% if company %}',
  '{% endif %}',
  '${name}',
  '<<First Name>>',
];
/** Tags without `|`, for table cells (a pipe splits a GFM cell). */
const PIPELESS_TAGS = MERGE_TAGS.filter((t) => !t.includes('|'));

export const mergeTagArb: fc.Arbitrary<string> = fc.constantFrom(...MERGE_TAGS);

export const EMOJI: readonly string[] = [
  '👋', '🙏', '😊', '👍🏽', '👨‍👩‍👧', '🚀', '🇺🇸', '🔥', '✅', '⏰', '💯', '🤝',
  '𝐀𝐜𝐭 𝐧𝐨𝐰', '𝒩𝑜𝓌', '𝟑', '🀄', '𠜎', '😀😀',
];
/** Characters that break naive offset arithmetic or word matching. */
export const NOISE: readonly string[] = [
  ...EMOJI,
  'café', 'cafe\u0301', 'nai\u0308ve', 'n\u0303', 'Zoë', 'e\u0301\u0301',
  '\u00a0', '\u202f', '\u200b', '\ufeff', '\u2028', '\ufffd',
  '—', '–', '…', '?', '“quoted”', '‘single’', '"plain"', '(aside)', '50%', '$4.99/mo.', 'e.g.', 'Dr. Lee',
  '\t', 'ℹ️', '™', '©',
];
export const noiseArb: fc.Arbitrary<string> = fc.constantFrom(...NOISE);

const FILLER: readonly string[] = [
  'I', 'we', 'you', 'your team', 'the proposal', 'pricing', 'next week', 'on Friday', 'the pilot',
  'our call', 'honestly', 'a quick question', 'about the renewal', 'I wanted to', 'when you have a minute',
  'whatever you decide', 'where things stand', 'I may have dropped the ball', "I'm sorry", 'that’s on me',
  'it’s been a few weeks', 'since we last spoke', "I haven't heard from you", 'following up on my last email',
  'reaching out again', 'our follow-up meeting notes', 'the contract template', 'if you decide to go ahead',
  'not to close anything, just to bring closure', 'Where do you think we should go from here',
  'avoid saying', 'I’m not calling to move anything forward', 'thanks', 'Acme', 'Q3', 'the demo',
];
export const fillerArb: fc.Arbitrary<string> = fc.constantFrom(...FILLER);

// ---------------------------------------------------------------------------
// Pieces

const p = (text: string): Piece => ({ text });
const tagPiece = (text: string): Piece => ({ text, tag: true });
/** Marks pieces as not prose (tags inside keep their tag flag). */
const nonProse = (pieces: Piece[]): Piece[] => pieces.map((piece) => ({ ...piece, nonProse: true }));

interface ChunkOptions {
  /** Inline markdown constructs (inline code, links, HTML comments). */
  markdown?: boolean;
  /** No `|` anywhere (GFM table cells). */
  noPipes?: boolean;
  /** No line breaks inside. */
  singleLine?: boolean;
}

function chunkArb(opts: ChunkOptions): fc.Arbitrary<Piece[]> {
  const tags = opts.noPipes ? PIPELESS_TAGS : MERGE_TAGS;
  const options: Array<{ weight: number; arbitrary: fc.Arbitrary<Piece[]> }> = [
    { weight: 5, arbitrary: fillerArb.map((t) => [p(t)]) },
    { weight: 5, arbitrary: phraseArb(!opts.singleLine).map((t) => [p(t)]) },
    { weight: 2, arbitrary: fc.constantFrom(...tags).map((t) => [tagPiece(t)]) },
    { weight: 2, arbitrary: noiseArb.map((t) => [p(t)]) },
  ];
  if (exampleSentences.length) {
    const clean = exampleSentences.filter((s) => !(opts.noPipes && s.includes('|')));
    if (clean.length) options.push({ weight: 2, arbitrary: fc.constantFrom(...clean).map((t) => [p(opts.singleLine ? t.replace(/[\r\n]+/g, ' ') : t)]) });
  }
  if (rewriteTexts.length) options.push({ weight: 1, arbitrary: fc.constantFrom(...rewriteTexts).map((t) => [p(t)]) });
  if (opts.markdown) {
    const phraseOneLine = phraseArb(false);
    options.push(
      { weight: 1, arbitrary: phraseOneLine.map((t) => nonProse([p('`' + t.replace(/`/g, '') + '`')])) },
      { weight: 1, arbitrary: phraseOneLine.map((t) => nonProse([p(`<!-- ${t} -->`)])) },
      {
        weight: 1,
        arbitrary: fc.tuple(fillerArb, phraseOneLine, fc.boolean()).map(([text, phrase, titled]) => [
          p(`[${text}](`),
          ...nonProse([p(`https://example.com/${slug(phrase)}${titled ? ` "${phrase.replace(/"/g, '')}"` : ''}`)]),
          p(')'),
        ]),
      },
      { weight: 1, arbitrary: phraseOneLine.map((t) => nonProse([p(`![${t.replace(/[[\]]/g, '')}](hero.png)`)])) },
      { weight: 1, arbitrary: phraseOneLine.map((t) => nonProse([p(`<https://acme.com/${slug(t)}>`)])) },
    );
  }
  if (!opts.noPipes) {
    options.push({ weight: 1, arbitrary: phraseArb(false).map((t) => nonProse([p(`https://acme.io/${slug(t)}?utm=act-now`)])) });
  }
  return fc.oneof(...options);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

function join(chunks: Piece[][], separators: string[]): Piece[] {
  const out: Piece[] = [];
  chunks.forEach((chunk, i) => {
    if (i > 0) out.push(p(separators[i % separators.length]));
    out.push(...chunk);
  });
  return out;
}

const TERMINALS = ['.', '.', '.', '?', '!', '…', '', ' 🙏', '?!', '.”'];

/** One sentence: a few chunks and terminal punctuation. */
export function sentenceArb(opts: ChunkOptions = {}): fc.Arbitrary<Piece[]> {
  return fc
    .tuple(
      fc.array(chunkArb(opts), { minLength: 1, maxLength: 6 }),
      fc.array(fc.constantFrom(' ', ' ', ' ', ', ', ' — ', ' ? ', '\u00a0'), { minLength: 6, maxLength: 6 }),
      fc.constantFrom(...TERMINALS),
    )
    .map(([chunks, separators, end]) => [...join(chunks, separators), p(end)]);
}

/** A paragraph: sentences, sometimes soft-wrapped onto several lines. */
export function paragraphArb(opts: ChunkOptions = {}): fc.Arbitrary<Piece[]> {
  return fc
    .tuple(
      fc.array(sentenceArb(opts), { minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom(' ', ' ', opts.singleLine ? ' ' : '\n'), { minLength: 4, maxLength: 4 }),
    )
    .map(([sentences, seps]) => join(sentences, seps));
}

const GREETING_WORDS = ['Hi', 'Hey', 'Hello', 'Dear', 'Good morning', 'Hiya'];

/** "Hi {{first_name}},", "Dear [Prospect Name]:", "{first_name}," */
export const greetingArb: fc.Arbitrary<Piece[]> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...GREETING_WORDS), fc.constantFrom(...PIPELESS_TAGS, ...MERGE_TAGS, 'Jim', 'Sarah', 'team'), fc.constantFrom(',', ':', '!', ' 👋,', ''))
    .map(([word, name, end]) => [p(`${word} `), MERGE_TAGS.includes(name) ? tagPiece(name) : p(name), p(end)]),
  fc.constantFrom('{{first_name}}', '{first_name}', '*|FNAME|*').map((t) => [tagPiece(t), p(',')]),
  fc.constant<Piece[]>([p('Sarah,')]),
);

// ---------------------------------------------------------------------------
// Documents

/** Blocks joined by blank lines (sometimes with trailing white space on them). */
function blocks(list: Piece[][], gaps: string[]): Piece[] {
  return join(list, gaps);
}
const blankGapArb = fc.array(fc.constantFrom('\n\n', '\n\n', '\n  \n', '\n\n\n', '\n\u00a0\n'), { minLength: 8, maxLength: 8 });
/** `\n \n` style gaps are blank lines to markdown, e-mail and scripts alike; NBSP is not blank to CommonMark. */
const plainBlankGapArb = fc.array(fc.constantFrom('\n\n', '\n\n', '\n  \n', '\n\n\n'), { minLength: 8, maxLength: 8 });

const frontMatterArb: fc.Arbitrary<Piece[]> = fc
  .tuple(fc.constantFrom('re-engagement', 'cold', 'landing'), phraseArb(false))
  .map(([type, phrase]) => nonProse([p(`---\ntype: ${type}\ntitle: "${phrase.replace(/["\\]/g, '')}"\ntags: [sales, "{{x}}"]\n---`)]));

const codeFenceArb: fc.Arbitrary<Piece[]> = fc
  .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'text', 'js'), fc.array(fc.oneof(phraseArb(false), mergeTagArb, fillerArb), { minLength: 1, maxLength: 4 }))
  .map(([fence, lang, lines]) => nonProse([p(`${fence}${lang}\n${lines.map((l) => l.replace(/[`~]/g, '')).join('\n')}\n${fence}`)]));

const htmlCommentBlockArb: fc.Arbitrary<Piece[]> = fc
  .tuple(phraseArb(false), fc.boolean())
  .map(([phrase, multi]) => nonProse([p(multi ? `<!--\n${phrase.replace(/-->/g, '')}\n-->` : `<!-- candor: ${phrase.replace(/-->/g, '')} -->`)]));

const mdInline: ChunkOptions = { markdown: true, singleLine: true };

const headingArb: fc.Arbitrary<Piece[]> = fc
  .tuple(fc.constantFrom('# ', '## ', '### '), sentenceArb(mdInline))
  .map(([hashes, s]) => [p(hashes), ...s]);

const listArb: fc.Arbitrary<Piece[]> = fc
  .array(fc.tuple(fc.constantFrom('- ', '* ', '1. ', '  - ', '    - ', '  1. ', '- [ ] '), sentenceArb(mdInline)), { minLength: 1, maxLength: 5 })
  .map((items) => {
    const out: Piece[] = [];
    items.forEach(([marker, s], i) => {
      // A nested marker needs a parent item before it.
      const m = i === 0 ? marker.trimStart() : marker;
      if (i > 0) out.push(p('\n'));
      out.push(p(m), ...s);
    });
    return out;
  });

const blockquoteArb: fc.Arbitrary<Piece[]> = fc
  .array(fc.tuple(fc.constantFrom('> ', '> ', '> > '), sentenceArb(mdInline)), { minLength: 1, maxLength: 3 })
  .map((lines) => join(lines.map(([marker, s]) => [p(marker), ...s]), ['\n']));

const tableArb: fc.Arbitrary<Piece[]> = fc
  .array(fc.tuple(sentenceArb({ markdown: false, noPipes: true, singleLine: true }), sentenceArb({ noPipes: true, singleLine: true })), { minLength: 1, maxLength: 3 })
  .map((rows) => {
    const out: Piece[] = [p('| Before | After |\n| --- | --- |')];
    for (const [a, b] of rows) out.push(p('\n| '), ...a, p(' | '), ...b, p(' |'));
    return out;
  });

const markdownBlockArb: fc.Arbitrary<Piece[]> = fc.oneof(
  { weight: 6, arbitrary: paragraphArb({ markdown: true }) },
  { weight: 2, arbitrary: headingArb },
  { weight: 2, arbitrary: codeFenceArb },
  { weight: 1, arbitrary: htmlCommentBlockArb },
  { weight: 2, arbitrary: listArb },
  { weight: 2, arbitrary: blockquoteArb },
  { weight: 1, arbitrary: tableArb },
  { weight: 1, arbitrary: fc.constant<Piece[]>(nonProse([p('---')])) },
);

export const markdownDocArb: fc.Arbitrary<Piece[]> = fc
  .tuple(
    fc.option(frontMatterArb, { nil: undefined }),
    fc.option(fc.tuple(greetingArb, fc.constantFrom('\n', '\n\n')), { nil: undefined }),
    fc.array(markdownBlockArb, { minLength: 1, maxLength: 7 }),
    plainBlankGapArb,
  )
  .map(([fm, greeting, body, gaps]) => {
    const list: Piece[][] = [];
    if (fm) list.push(fm);
    const bodyPieces = blocks(body, gaps);
    if (greeting) list.push([...greeting[0], p(greeting[1]), ...bodyPieces]);
    else list.push(bodyPieces);
    return blocks(list, ['\n\n']);
  });

const NAMES = ['Dana Lee', 'Kristen', 'Jim Park', 'Sam'];

const subjectArb: fc.Arbitrary<Piece[]> = fc
  .tuple(fc.constantFrom('', 'Re: ', 'RE: ', 'Fwd: ', 'Following up: ', 'Quick question for '), sentenceArb({ singleLine: true }))
  .map(([prefix, s]) => [p(`Subject: ${prefix}`), ...s]);

const headerBlockArb: fc.Arbitrary<Piece[]> = fc.oneof(
  subjectArb,
  subjectArb.map((subject) => [
    ...nonProse([p('From: Dana Lee <dana@acme.com>\nTo: {{email}}\nDate: Tue, 3 Mar 2026 10:02:00 +0000')]),
    p('\n'),
    ...subject,
    p('\n'),
    ...nonProse([p('MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8')]),
  ]),
);

const valedictionArb: fc.Arbitrary<Piece[]> = fc
  .tuple(fc.constantFrom('Best,', 'Thanks,', 'Cheers,', 'Kind regards,', 'Talk soon!', '-- ', '--'), fc.constantFrom(...NAMES), phraseArb(false))
  .map(([word, name, phrase]) => nonProse([p(`${word}\n${name}\nAccount Executive | Acme\n${phrase.slice(0, 70)}`)]));

const quotedHistoryArb: fc.Arbitrary<Piece[]> = fc
  .tuple(
    fc.constantFrom(
      'On Tue, Mar 3, 2026 at 10:02 AM Jim Park <jim@acme.com> wrote:',
      'On Tue, Mar 3, 2026 at 10:02 AM Jim Park\n<jim@acme.com> wrote:',
      '-----Original Message-----',
      '---------- Forwarded message ---------',
    ),
    fc.array(sentenceArb({ singleLine: true }), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('> ', '>', '> > '),
  )
  .map(([intro, lines, marker]) => nonProse([p(`${intro}\n`), ...join(lines.map((s) => [p(marker), ...s]), ['\n'])]));

/** A paragraph of quoted text inside the body ("> ..." lines). */
const inlineQuoteArb: fc.Arbitrary<Piece[]> = fc
  .array(sentenceArb({ singleLine: true }), { minLength: 1, maxLength: 2 })
  .map((lines) => nonProse(join(lines.map((s) => [p('> '), ...s]), ['\n'])));

export const emailDocArb: fc.Arbitrary<Piece[]> = fc
  .tuple(
    fc.option(headerBlockArb, { nil: undefined }),
    fc.option(greetingArb, { nil: undefined }),
    fc.array(fc.oneof({ weight: 5, arbitrary: paragraphArb() }, { weight: 1, arbitrary: inlineQuoteArb }), { minLength: 1, maxLength: 4 }),
    fc.option(valedictionArb, { nil: undefined }),
    fc.option(quotedHistoryArb, { nil: undefined }),
    fc.boolean(),
    plainBlankGapArb,
  )
  .map(([headers, greeting, body, valediction, history, sentFrom, gaps]) => {
    const list: Piece[][] = [];
    if (headers) list.push(headers);
    if (greeting) list.push(greeting);
    list.push(...body);
    if (valediction) list.push(valediction);
    if (sentFrom) list.push(nonProse([p('Sent from my iPhone')]));
    if (history) list.push(history);
    return blocks(list, gaps);
  });

const REP_LABELS = ['REP:', 'Rep:', 'ME:', 'AGENT:', 'SDR:', '**Rep:**', 'REP :'];
const OTHER_LABELS = ['PROSPECT:', 'Prospect:', 'CUSTOMER:', 'GATEKEEPER:', '**Prospect:**'];
const ANNOTATION_LABELS = ['NOTE:', 'Tip:', 'Goal:'];
const STAGE = ['[pause]', '[PAUSE]', '(laughs)', '[wait for answer]', '*beat*', '(pause)'];

type Speaker = 'rep' | 'other' | 'note';

/** One script line: a label and speech, a bare stage direction, or a continuation. */
function scriptLineArb(named: boolean): fc.Arbitrary<{ speaker: Speaker | 'stage' | 'continue'; pieces: Piece[] }> {
  const speech = fc
    .tuple(sentenceArb({ singleLine: true }), fc.option(fc.constantFrom(...STAGE), { nil: undefined }), fc.option(sentenceArb({ singleLine: true }), { nil: undefined }))
    .map(([a, stage, b]) => (stage ? [...a, p(' '), ...nonProse([p(stage)]), ...(b ? [p(' '), ...b] : [])] : a));
  const repLabel = named ? fc.constant('Kristen:') : fc.constantFrom(...REP_LABELS);
  const otherLabel = named ? fc.constant('Jim:') : fc.constantFrom(...OTHER_LABELS);
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(repLabel, speech).map(([l, s]) => ({ speaker: 'rep' as const, pieces: [p(`${l} `), ...s] })) },
    { weight: 3, arbitrary: fc.tuple(otherLabel, speech).map(([l, s]) => ({ speaker: 'other' as const, pieces: [p(`${l} `), ...s] })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ANNOTATION_LABELS), speech).map(([l, s]) => ({ speaker: 'note' as const, pieces: [p(`${l} `), ...s] })) },
    { weight: 1, arbitrary: fc.constantFrom(...STAGE).map((s) => ({ speaker: 'stage' as const, pieces: nonProse([p(s)]) })) },
    { weight: 2, arbitrary: sentenceArb({ singleLine: true }).map((s) => ({ speaker: 'continue' as const, pieces: s })) },
  );
}

export const scriptDocArb: fc.Arbitrary<Piece[]> = fc
  .tuple(
    fc.boolean(),
    fc.option(fc.constantFrom('# Re-engagement call', 'Voicemail script', 'Title: Re-engagement call'), { nil: undefined }),
    fc.array(scriptLineArb(false), { minLength: 2, maxLength: 8 }),
    fc.array(fc.constantFrom('\n', '\n', '\n\n'), { minLength: 8, maxLength: 8 }),
  )
  .chain(([named, title, lines, gaps]) =>
    (named ? fc.array(scriptLineArb(true), { minLength: 2, maxLength: 8 }) : fc.constant(lines)).map((chosen) => {
      // The first two labelled lines make the draft read as a script.
      const opening = named
        ? [{ speaker: 'rep' as const, pieces: [p('Kristen: Hi, it’s Kristen.')] }, { speaker: 'other' as const, pieces: [p('Jim: Hi.')] }]
        : [{ speaker: 'rep' as const, pieces: [p('REP: Hi {{first_name}}, it’s Kristen.')] }, { speaker: 'other' as const, pieces: [p('PROSPECT: Oh, hi.')] }];
      const all = [...opening, ...chosen];
      const out: Piece[] = [];
      if (title) out.push(...nonProse([p(title)]), p('\n\n'));
      let current: Speaker = 'note';
      all.forEach((line, i) => {
        if (i > 0) out.push(p(gaps[i % gaps.length]));
        if (line.speaker === 'rep' || line.speaker === 'other' || line.speaker === 'note') current = line.speaker;
        const notRep = line.speaker === 'stage' || (line.speaker === 'continue' ? current !== 'rep' : line.speaker !== 'rep');
        out.push(...(notRep ? nonProse(line.pieces) : line.pieces));
      });
      return out;
    }),
  );

export const textDocArb: fc.Arbitrary<Piece[]> = fc
  .tuple(fc.option(greetingArb, { nil: undefined }), fc.array(paragraphArb(), { minLength: 1, maxLength: 5 }), blankGapArb)
  .map(([greeting, paras, gaps]) => blocks(greeting ? [[...greeting, p('\n'), ...paras[0]], ...paras.slice(1)] : paras, gaps));

// ---------------------------------------------------------------------------
// Rendering

const EOLS: Record<Exclude<LineEndingStyle, 'mixed'>, string> = { lf: '\n', crlf: '\r\n', cr: '\r' };

/** Joins pieces, spelling each `\n` in the chosen style, and records tag and non-prose ranges. */
export function render(pieces: readonly Piece[], eol: LineEndingStyle, mixed: readonly number[] = [0], bom = false): Omit<GeneratedDoc, 'format' | 'filePath'> {
  let text = bom ? '\ufeff' : '';
  const tags: Range[] = [];
  const nonProseRanges: Range[] = [];
  let breakCount = 0;
  const breakFor = (): string => {
    if (eol !== 'mixed') return EOLS[eol];
    const pick = mixed[breakCount++ % mixed.length] % 5;
    return pick === 0 ? '\r\n' : pick === 1 ? '\r' : '\n';
  };
  for (const piece of pieces) {
    const start = text.length;
    text += piece.text.replace(/\r\n|\r|\n/g, breakFor);
    const end = text.length;
    if (end === start) continue;
    if (piece.tag) tags.push([start, end]);
    if (piece.nonProse) {
      const last = nonProseRanges[nonProseRanges.length - 1];
      if (last && last[1] === start) last[1] = end;
      else nonProseRanges.push([start, end]);
    }
  }
  return { text, tags, nonProse: nonProseRanges, eol };
}

const FILE_PATHS: Record<Format, string> = {
  markdown: 'draft.md',
  email: 'draft.eml',
  html: 'draft.html',
  script: 'call.script',
  text: 'draft.txt',
};

export interface DocumentOptions {
  formats?: readonly Format[];
  /** Line ending styles to draw from (all by default). */
  eols?: readonly LineEndingStyle[];
}

/** A whole draft in one of the four formats, rendered with a line-ending style. */
export function documentArb(opts: DocumentOptions = {}): fc.Arbitrary<GeneratedDoc> {
  const formats = opts.formats ?? (['markdown', 'email', 'script', 'text'] as const);
  const eols = opts.eols ?? (['lf', 'lf', 'crlf', 'crlf', 'cr', 'mixed', 'mixed'] as const);
  const byFormat: Record<Format, fc.Arbitrary<Piece[]>> = {
    markdown: markdownDocArb,
    email: emailDocArb,
    // Text is a valid HTML body: every piece becomes text nodes.
    html: textDocArb,
    script: scriptDocArb,
    text: textDocArb,
  };
  return fc
    .constantFrom(...formats)
    .chain((format) =>
      fc
        .tuple(byFormat[format], fc.constantFrom(...eols), fc.array(fc.nat(99), { minLength: 7, maxLength: 7 }), fc.boolean(), fc.constantFrom('', '', '\n', '\n\n', '  '))
        .map(([pieces, eol, mixed, bomCoin, trailing]) => {
          const bom = bomCoin && mixed[0] % 7 === 0;
          const rendered = render([...pieces, { text: trailing }], eol, mixed, bom);
          return { ...rendered, format, filePath: FILE_PATHS[format] };
        }),
    );
}

/**
 * Hostile text: real material interleaved with arbitrary code units (lone
 * surrogates included), for robustness properties and fuzzing the front ends.
 */
export const junkArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ unit: fc.constantFrom('\r', '\n', ' ', '>', '-', '#', '`', '{', '}', '[', ']', '|', '*', '%', '\u0001', '\ud83d', '\ude00'), maxLength: 12 }),
      phraseArb(),
      mergeTagArb,
      noiseArb,
      fc.constantFrom('Subject: ', 'REP: ', 'PROSPECT: ', '-- \n', '```\n', '---\n', '> ', 'Hi {{first_name}},\n', '<!-- ', ' -->', '\r\n\r\n'),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));
