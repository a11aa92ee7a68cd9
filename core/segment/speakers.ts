/**
 * Speaker labels of call and voicemail scripts. Only the rep's words are the
 * writer's copy; the prospect's lines, coaching notes and stage directions
 * are not (DOMAIN.md, "Structure").
 */
import type { Range } from './mask.js';
import { firstLineBreak, lineText, type Line } from './lines.js';

export type SpeakerRole = 'rep' | 'other' | 'annotation' | 'named';

export interface SpeakerLabel {
  /** The label as normalised for lookup: lower case, single spaces. */
  name: string;
  role: SpeakerRole;
  /** Absolute offset where the speech after the label starts. */
  contentStart: number;
}

export interface SpeakerOptions {
  rep?: string[];
  other?: string[];
}

export interface SpeakerLists {
  rep: ReadonlySet<string>;
  other: ReadonlySet<string>;
}

const DEFAULT_REP = [
  'rep', 'me', 'agent', 'sdr', 'bdr', 'ae', 'you', 'sales', 'salesperson', 'sales rep', 'sales person',
  'seller', 'account executive', 'caller (rep)', 'rep (you)', 'you (rep)', 'rep/you', 'your rep',
];
const DEFAULT_OTHER = [
  'prospect', 'customer', 'client', 'them', 'caller', 'coach', 'lead', 'buyer', 'gatekeeper',
  'receptionist', 'assistant', 'decision maker', 'contact', 'manager', 'voicemail greeting',
];
const ANNOTATIONS = new Set([
  'note', 'notes', 'tip', 'tips', 'goal', 'goals', 'objective', 'objectives', 'context', 'title',
  'purpose', 'scenario', 'setup', 'situation', 'outcome', 'reminder', 'instructions', 'why', 'stage',
]);

/** Capitalised words that end in a colon without being a speaker. */
const NOT_NAMES = new Set([
  'subject', 're', 'fwd', 'fw', 'ps', 'p.s', 'p.s.', 'pps', 'date', 'time', 'when', 'where', 'who', 'what',
  'how', 'price', 'pricing', 'cost', 'step', 'example', 'examples', 'answer', 'question', 'q', 'a',
  'important', 'warning', 'update', 'result', 'results', 'summary', 'agenda', 'location', 'email',
  'e-mail', 'phone', 'tel', 'mobile', 'website', 'web', 'address', 'call', 'script', 'opener',
  'opening', 'close', 'closing', 'intro', 'introduction', 'objection', 'response', 'reply', 'option',
  'version', 'bonus', 'cc', 'bcc', 'from', 'to', 'sent', 'attachment', 'attachments', 'link', 'url',
  'source', 'author', 'status', 'total', 'deadline', 'offer', 'hint', 'topic', 'reason', 'benefit',
  'benefits', 'feature', 'features', 'problem', 'solution', 'hi', 'hello', 'hey', 'dear', 'voicemail',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow',
  'yes', 'no', 'do', 'dont', "don't", 'bad', 'good', 'better', 'best', 'instead', 'avoid', 'try',
  'before', 'after', 'original', 'rewrite', 'rewritten', 'fixed', 'wrong', 'right', 'pros', 'cons',
  'dos', 'donts', 'and', 'or', 'but', 'so', 'then', 'also', 'remember', 'key', 'tldr', 'faq', 'http', 'https',
]);

/**
 * Section topics that bold or colon lead-ins name in playbooks and landing
 * pages (`**Security:**`, `Pricing:`): capitalised like names, but nobody
 * speaks them.
 */
const TOPIC_WORDS = new Set([
  'security', 'privacy', 'support', 'team', 'teams', 'plans', 'plan', 'tiers', 'tier', 'features', 'integrations',
  'api', 'apis', 'data', 'reports', 'dashboard', 'dashboards', 'analytics', 'billing', 'contract', 'contracts',
  'renewal', 'renewals', 'discount', 'discounts', 'trial', 'trials', 'demo', 'demos', 'timeline', 'timelines', 'scope',
  'overview', 'background', 'roi', 'value', 'setup', 'rollout', 'risk', 'risks', 'scale', 'uptime', 'sla', 'slas',
  'storage', 'export', 'exports', 'audit', 'audits', 'terms', 'payment', 'payments', 'invoices', 'budget', 'costs',
  'savings', 'roadmap', 'product', 'products', 'service', 'services', 'customers', 'references', 'proof', 'guarantee',
  'warranty', 'refund', 'refunds', 'next steps', 'questions', 'answers', 'resources', 'docs', 'case study',
  'use case', 'use cases', 'requirements', 'deliverables', 'milestones', 'process', 'workflow', 'workflows',
  'platform', 'tools', 'stack', 'speed', 'quality', 'impact', 'outcomes', 'wins', 'challenges', 'pain', 'pains',
  'objections', 'competitors', 'competition', 'alternatives', 'partners', 'partnership', 'legal', 'finance', 'hr',
  'it', 'ops', 'sales', 'marketing', 'engineering', 'design', 'research', 'news', 'updates', 'changes', 'access',
  'accounts', 'users', 'seats', 'licenses', 'licences', 'limits', 'usage', 'growth', 'revenue', 'budgets', 'approval',
]);
/** Endings of abstract nouns (`Onboarding`, `Compliance`, `Reconciliation`, `Readiness`, `Security`). */
const TOPIC_ENDING = /(?:ings?|tions?|sions?|ments?|ness|ities|ity|ances?|ences?|ships?|ics|isms?|ogy|ware)$/;
/** First names with those endings. */
const NAMES_LIKE_TOPICS = new Set([
  'sterling', 'manning', 'channing', 'fleming', 'browning', 'irving', 'ewing', 'constance', 'lance', 'florence',
  'lawrence', 'laurence', 'clarence', 'terence', 'terrence', 'prudence', 'spence', 'felicity', 'trinity', 'charity',
  'verity', 'serenity', 'hope', 'clemence', 'vance', 'hastings', 'harding', 'king', 'ling', 'ming', 'jing', 'ping',
]);

/**
 * Whether a named label (normalised) names a topic rather than a person: a
 * topic word, or a word with an abstract noun's ending that is not a first
 * name. Named labels that do make a script only when they are people taking
 * turns; a reader unsure of that lints every line.
 */
export function looksLikeTopic(name: string): boolean {
  if (TOPIC_WORDS.has(name)) return true;
  return name.split(' ').some((word) => TOPIC_WORDS.has(word) || (word.length >= 5 && TOPIC_ENDING.test(word) && !NAMES_LIKE_TOPICS.has(word)));
}

/**
 * Whether named labels, in order, are people taking turns: two speakers who
 * are not topics, one of whom speaks twice. Topic lead-ins are left out, so
 * the answer only grows with the labels (a reader that sees more labels than
 * another never answers no where the other answers yes).
 */
export function namedSpeakersTakeTurns(names: Iterable<string>): boolean {
  const turns = new Map<string, number>();
  let twice = false;
  for (const name of names) {
    if (looksLikeTopic(name)) continue;
    const count = (turns.get(name) ?? 0) + 1;
    turns.set(name, count);
    twice ||= count >= 2;
    if (twice && turns.size >= 2) return true;
  }
  return false;
}

export function normaliseLabel(label: string): string {
  return label.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const NO_OPTIONS: SpeakerOptions = {};
/** One (never mutated) list pair per options object, so readers can cache by it. */
const listsByOptions = new WeakMap<SpeakerOptions, SpeakerLists>();

export function speakerLists(opts: SpeakerOptions = NO_OPTIONS): SpeakerLists {
  let lists = listsByOptions.get(opts);
  if (!lists) {
    lists = {
      rep: new Set([...DEFAULT_REP, ...(opts.rep ?? []).map(normaliseLabel)]),
      other: new Set([...DEFAULT_OTHER, ...(opts.other ?? []).map(normaliseLabel)]),
    };
    listsByOptions.set(opts, lists);
  }
  return lists;
}

function knownRole(name: string, lists: SpeakerLists): SpeakerRole | null {
  if (lists.rep.has(name)) return 'rep';
  if (lists.other.has(name)) return 'other';
  if (ANNOTATIONS.has(name)) return 'annotation';
  // "Caller (Rep)", "Sarah (prospect)": the parenthesis says who it is.
  const paren = /^(.*?)\s*\(([^()]*)\)$/.exec(name);
  if (paren) {
    const inner = paren[2].trim();
    const outer = paren[1].trim();
    return knownRole(inner, lists) ?? knownRole(outer, lists);
  }
  return null;
}

const NAMED = /^[A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*)?$/;

function classify(raw: string, lists: SpeakerLists, allowNamed: boolean): SpeakerRole | null {
  const name = normaliseLabel(raw);
  const known = knownRole(name, lists);
  if (known) return known;
  if (!allowNamed) return null;
  const bare = raw.replace(/[*_]/g, '').trim();
  if (NAMED.test(bare) && !NOT_NAMES.has(name) && !bare.split(' ').some((w) => NOT_NAMES.has(w.toLowerCase()))) return 'named';
  return null;
}

// Each is anchored at the line start and bounded, so a line costs O(its length).
const BOLD_LABEL = /^([ \t]*)(\*\*|__)([^*_\r\n:]{1,40}?)[ \t]*(?::[ \t]*\2|\2[ \t]*:)[ \t]*/;
const BRACKET_LABEL = /^([ \t]*)\[([^\]\r\n]{1,40})\][ \t]*:?[ \t]*/;
const COLON_LABEL = /^([ \t]*)([A-Za-z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){0,2}(?: ?\([^()\r\n]{1,30}\))?)[ \t]*:(?!\/\/)[ \t]*/;
// A dash label starts with a capital ("You — hi"): lower case, "you — just
// following up" is a sentence that goes on (property seed -407715078).
const DASH_LABEL = /^([ \t]*)([A-Z][A-Za-z]*(?: [A-Za-z]+)?)[ \t]+[-–—][ \t]+/;

/** The label shapes in the order they are tried, and whether a person's name may stand in each (when names are allowed). */
const LABELS: ReadonlyArray<readonly [RegExp, boolean]> = [
  [BOLD_LABEL, true],
  [BRACKET_LABEL, false],
  [COLON_LABEL, true],
  [DASH_LABEL, false],
];

/** The speaker label a line opens with, if any. */
export function parseSpeakerLabel(source: string, line: Line, lists: SpeakerLists, allowNamed = true): SpeakerLabel | null {
  const text = lineText(source, line);
  for (const [pattern, named] of LABELS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const raw = pattern === BOLD_LABEL ? m[3] : m[2];
    const role = classify(raw, lists, named && allowNamed);
    if (role) return { name: normaliseLabel(raw), role, contentStart: line.start + m[0].length };
  }
  return null;
}

/** One line of a script as the turn-taking walk sees it. */
export interface ScriptLine extends Line {
  label: SpeakerLabel | null;
  /** A blank line, or a block boundary, comes before this line. */
  breakBefore: boolean;
  /** A heading or rule: nobody is speaking after it until the next label. */
  resetsSpeaker: boolean;
}

/**
 * Who is who among named speakers. With a known rep label ("REP:", "Me:")
 * no named speaker is the rep. Otherwise the first named speaker to talk is
 * the rep and the second the prospect; anyone after them (a manager brought
 * to the table, a second buyer) is read as the rep's side: unsure who they
 * are, Candor lints their lines rather than miss the writer's own.
 */
export interface NamedRoles {
  rep: string | null;
  prospect: string | null;
}

/** The named roles of a script's lines, in order. */
export function namedRoles(labels: Iterable<ScriptLine['label']>, knownRep: boolean): NamedRoles {
  if (knownRep) return { rep: null, prospect: null };
  let rep: string | null = null;
  for (const label of labels) {
    if (label?.role !== 'named') continue;
    if (rep === null) rep = label.name;
    else if (label.name !== rep) return { rep, prospect: label.name };
  }
  return { rep, prospect: null };
}

/** Whether a labelled speaker's words are the writer's: a rep label, or a named speaker on the rep's side. */
export function speaksForRep(label: NonNullable<ScriptLine['label']>, roles: NamedRoles): boolean {
  if (label.role === 'rep') return true;
  return label.role === 'named' && roles.rep !== null && (label.name === roles.rep || (roles.prospect !== null && label.name !== roles.prospect));
}

function rolesOf(lines: readonly ScriptLine[]): NamedRoles {
  return namedRoles(
    lines.map((l) => l.label),
    lines.some((l) => l.label?.role === 'rep'),
  );
}

/**
 * The ranges of the rep's speech: the text after each rep label plus the
 * unlabelled lines that continue it. A range never crosses a blank line or a
 * label; text before the first label is nobody's. `roles` say who the
 * named speakers are (the block path passes the whole draft's).
 */
export function repSpeechRanges(lines: readonly ScriptLine[], roles: NamedRoles = rolesOf(lines)): Range[] {
  const ranges: Range[] = [];
  let speakerIsRep = false;
  let open: [number, number] | null = null;
  const close = (): void => {
    if (open) ranges.push([open[0], open[1]]);
    open = null;
  };
  for (const line of lines) {
    if (line.breakBefore) close();
    if (line.resetsSpeaker) {
      close();
      speakerIsRep = false;
      continue;
    }
    if (line.label) {
      close();
      speakerIsRep = speaksForRep(line.label, roles);
      if (speakerIsRep) open = [line.label.contentStart, line.end];
      continue;
    }
    if (!speakerIsRep) continue;
    if (open) open[1] = line.end;
    else open = [line.start, line.end];
  }
  close();
  return ranges;
}

const STAGE_WORD =
  /^(?:pause[sd]?|wait(?:s|ing)?|beat|laugh(?:s|ing)?|chuckles?|smil(?:e|es|ing)|sighs?|silence|silent|listen(?:s|ing)?|let (?:them|him|her)|if|when|after|before|only if|optional|leave|hang|end|tone|slowly|softly|warmly|brief|short|long|their|prospect|rep|voicemail|beep|click|name|insert|use|say|read|stop|breathe|nod|mention|confirm|repeat|ask|continue|transition|go to|skip|then)\b/i;

/** `[pause]`, `(wait for answer)`, `*laughs*`: the script's directions, not its speech. */
export function findStageDirections(source: string, from: number, to: number): Range[] {
  const slice = source.slice(from, to);
  const ranges: Range[] = [];
  const collect = (re: RegExp, accept: (m: RegExpExecArray) => boolean): void => {
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      if (accept(m)) ranges.push([from + m.index, from + m.index + m[0].length]);
    }
  };
  collect(/\[[^[\]\r\n]{1,120}\]/g, () => true);
  collect(/\(([^()\r\n]{1,120})\)/g, (m) => {
    if (STAGE_WORD.test(m[1].trim())) return true;
    const lineStart = Math.max(slice.lastIndexOf('\n', m.index), slice.lastIndexOf('\r', m.index)) + 1;
    let lineEnd = firstLineBreak(slice, m.index);
    if (lineEnd < 0) lineEnd = slice.length;
    return slice.slice(lineStart, lineEnd).trim() === m[0];
  });
  collect(/(?<![\w*])\*[^*\s][^*\r\n]{0,80}\*(?![\w*])/g, () => true);
  collect(/(?<!\w)_[^_\s][^_\r\n]{0,80}_(?!\w)/g, () => true);
  return ranges;
}

const HEADING_OR_RULE = /^[ \t]*(?:#{1,6}(?:[ \t]|$)|(?:-[ \t]*){3,}$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|={3,}[ \t]*$)/;

export function isHeadingOrRule(text: string): boolean {
  return HEADING_OR_RULE.test(text);
}

/** How many of the first lines carry speaker labels, for format sniffing. */
export function looksLikeScript(source: string, lines: readonly Line[], lists: SpeakerLists): boolean {
  let known = 0;
  let named = 0;
  const names = new Set<string>();
  let nonBlankSinceFirstLabel = 0;
  let seenLabel = false;
  for (const line of lines) {
    const text = lineText(source, line);
    const label = /\S/.test(text) ? parseSpeakerLabel(source, line, lists) : null;
    if (label) seenLabel = true;
    if (seenLabel && /\S/.test(text)) nonBlankSinceFirstLabel++;
    if (!label) continue;
    if (label.role === 'rep' || label.role === 'other') known++;
    // Topic lead-ins (`Pricing:`, `Security:`) are nobody's turn.
    if (label.role === 'named' && !looksLikeTopic(label.name)) {
      named++;
      names.add(label.name);
    }
  }
  if (known >= 2) return true;
  return names.size >= 2 && named >= 2 && named * 5 >= nonBlankSinceFirstLabel * 2;
}
