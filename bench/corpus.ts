/**
 * A deterministic, seeded corpus of sales drafts for the benchmark and the
 * fast-path differential test: markdown pages (front matter, headings, lists,
 * links, code, tables), e-mail drafts (Subject, greeting, signature, quoted
 * replies) and call scripts, 1–20 KB each. Pressure phrases come from the rule
 * tables' own invalid examples, about one per 400 words; some files are clean.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assumeTheSalePhrases } from '../rules/assume-the-sale-phrases.js';
import { salesPressurePhrases } from '../rules/sales-pressure-phrases.js';

export interface CorpusFile {
  name: string;
  text: string;
}

/** mulberry32: a tiny seeded PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The invalid examples of both phrase tables, with their `[|…|]` markers removed. */
export const PRESSURE_EXAMPLES: readonly string[] = [...salesPressurePhrases, ...assumeTheSalePhrases]
  .filter((entry) => !entry.scope)
  .flatMap((entry) => entry.examples.invalid)
  .map((example) => (typeof example === 'string' ? example : example.text).replace(/\[\||\|\]/g, ''))
  .filter((example) => !example.includes('\n'));

/** Ordinary, pressure-free sales prose the generators draw on. */
export const SENTENCES = [
  'Our team helps finance leaders close the books faster without adding headcount.',
  'Most of the controllers we talk to spend the first week of every month reconciling spreadsheets by hand.',
  'We connect to your bank feeds and your ERP, and match transactions as they arrive.',
  'Last quarter a regional retailer cut its close from nine days to four.',
  'Nothing changes in how your auditors work; they get the same exports they get today.',
  'If it helps, I can share the checklist we use during the first two weeks.',
  'Your analysts keep their current workflow, and the exceptions land in one queue.',
  'Pricing depends on the number of entities, not on the number of users.',
  'We also publish our uptime and our security reports on the trust page.',
  'Several customers started with a single subsidiary before rolling it out further.',
  'I read your post about the migration to the new ledger, and it sounded like a hard year.',
  'The onboarding usually takes three to four weeks, depending on the data sources.',
  'There is a short video on our site if you would rather see it than read about it.',
  'Happy to answer questions by email if a call is not convenient.',
  'Our support team is based in Lisbon and Denver, so someone is around most of the day.',
  'The dashboard shows which accounts are still open and who owns each one.',
  'A few teams use it only for intercompany matching, and that is a fine place to begin.',
  'Your data stays in your region, and you can export all of it at any time.',
  'We built the approval flow with two controllers who had run month-end for a decade.',
  'The integration with NetSuite took one customer an afternoon to configure.',
  'When a rule does not fit, your team can change it without writing code.',
  'I would rather hear that this is not a priority than guess at it.',
  'The audit trail records every change, including who approved it and when.',
  'Some teams prefer a pilot on one entity, which keeps the risk small.',
  'Our customers range from twenty-person startups to groups with forty entities.',
  'If the timing is wrong, that is completely fine, and I appreciate you reading this.',
  'We do not charge for the implementation, and there is no minimum term.',
  'The reports match the layout your board already knows.',
  'I noticed your team is hiring two accountants this spring.',
  'Feel free to forward this to whoever owns the close process.',
];

const NAMES = ['Maria', 'Jordan', 'Priya', 'Sam', 'Alex', 'Chen', 'Fatima', 'Diego', 'Hannah', 'Olu'];
const TOPICS = ['Month-end close', 'Bank reconciliation', 'Intercompany matching', 'Audit readiness', 'Pricing', 'Onboarding', 'Security', 'Integrations'];
const WORDS = ['ledger', 'close', 'entity', 'audit', 'export', 'queue', 'team', 'report', 'rule', 'account', 'region', 'pilot'];

interface Writer {
  rnd: () => number;
  /** Words written since the last pressure phrase, and the gap before the next. */
  words: number;
  gap: number;
  clean: boolean;
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function int(rnd: () => number, min: number, max: number): number {
  return min + Math.floor(rnd() * (max - min + 1));
}

/** One sentence of prose; a pressure example about every 400 words unless the file is clean. */
function sentence(w: Writer): string {
  if (!w.clean && w.words >= w.gap) {
    w.words = 0;
    w.gap = int(w.rnd, 300, 500);
    return pick(w.rnd, PRESSURE_EXAMPLES);
  }
  let s = pick(w.rnd, SENTENCES);
  // A number or a word of variety keeps paragraphs from repeating verbatim.
  if (w.rnd() < 0.5) s = s.replace(/\.$/, `, as of ${pick(w.rnd, NAMES)}'s note on day ${int(w.rnd, 2, 90)}.`);
  w.words += s.split(' ').length;
  return s;
}

function paragraph(w: Writer, min = 2, max = 5, width = 100): string {
  const sentences = Array.from({ length: int(w.rnd, min, max) }, () => sentence(w));
  return wrap(sentences.join(' '), width);
}

/** Hard-wraps prose at about `width` columns, as many drafts are. */
function wrap(text: string, width: number): string {
  if (width <= 0) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function markdownBlock(w: Writer): string {
  const r = w.rnd();
  if (r < 0.45) return paragraph(w, 2, 5, w.rnd() < 0.5 ? 100 : 0);
  if (r < 0.55) return `${'#'.repeat(int(w.rnd, 2, 3))} ${pick(w.rnd, TOPICS)}`;
  if (r < 0.7) {
    const marker = w.rnd() < 0.5 ? '-' : '1.';
    return Array.from({ length: int(w.rnd, 2, 5) }, () => `${marker} ${sentence(w)}`).join('\n');
  }
  if (r < 0.78) {
    return `See [${pick(w.rnd, TOPICS).toLowerCase()}](https://example.com/${pick(w.rnd, WORDS)}/${int(w.rnd, 1, 999)}) and ${sentence(w)}`;
  }
  if (r < 0.84) {
    const body = Array.from({ length: int(w.rnd, 2, 6) }, () => `export_${pick(w.rnd, WORDS)}(--entity ${int(w.rnd, 1, 40)})`);
    return `\`\`\`sh\n${body.join('\n')}\n\n# ${pick(w.rnd, WORDS)}\n\`\`\``;
  }
  if (r < 0.9) {
    const rows = Array.from({ length: int(w.rnd, 2, 5) }, () => `| ${pick(w.rnd, TOPICS)} | ${int(w.rnd, 1, 30)} days | ${sentence(w)} |`);
    return ['| Area | Time | Notes |', '| --- | --- | --- |', ...rows].join('\n');
  }
  if (r < 0.95) return `> ${paragraph(w, 1, 2, 0)}`;
  return `**${pick(w.rnd, TOPICS)}:** ${paragraph(w, 1, 3, 0)} Use \`${pick(w.rnd, WORDS)}\` or *${pick(w.rnd, WORDS)}*.`;
}

function markdownFile(w: Writer, size: number, index: number): string {
  const parts: string[] = [];
  if (w.rnd() < 0.4) {
    const type = w.rnd() < 0.3 ? 're-engagement' : 'landing-page';
    parts.push(`---\ntitle: ${pick(w.rnd, TOPICS)} ${index}\ntype: ${type}\ntags: [sales, ${pick(w.rnd, WORDS)}]\n---`);
  }
  parts.push(`# ${pick(w.rnd, TOPICS)} for ${pick(w.rnd, NAMES)}`);
  if (w.rnd() < 0.3) parts.push(`Hi ${pick(w.rnd, NAMES)},`);
  let length = parts.join('\n\n').length;
  while (length < size) {
    const block = markdownBlock(w);
    parts.push(block);
    length += block.length + 2;
  }
  if (w.rnd() < 0.3) parts.push(`Best,\n${pick(w.rnd, NAMES)}`);
  return `${parts.join('\n\n')}\n`;
}

function emailFile(w: Writer, size: number): string {
  const name = pick(w.rnd, NAMES);
  const subject = w.rnd() < 0.3 ? 'Following up' : `${pick(w.rnd, TOPICS)} at your team`;
  const parts = [`Subject: ${subject}\n\nHi ${w.rnd() < 0.5 ? '{{first_name}}' : name},`];
  let length = parts[0].length;
  const body = size * (w.rnd() < 0.3 ? 0.6 : 0.95);
  while (length < body) {
    const p = paragraph(w, 2, 4, 76);
    parts.push(p);
    length += p.length + 2;
  }
  parts.push(`Best,\n${pick(w.rnd, NAMES)}\nAccount Executive, Ledgerly\n+1 555 0100`);
  let text = parts.join('\n\n');
  if (length < size) {
    const quoted: string[] = [];
    while (length < size) {
      const line = `> ${sentence(w)}`;
      quoted.push(line);
      length += line.length + 1;
    }
    text += `\n\nOn Tue, Mar 4, 2025 at 9:12 AM ${name} <${name.toLowerCase()}@example.com> wrote:\n${quoted.join('\n')}`;
  }
  return `${text}\n`;
}

function scriptFile(w: Writer, size: number): string {
  const lines = [`[Discovery call - ${pick(w.rnd, TOPICS)}]`, ''];
  let length = 40;
  while (length < size) {
    const rep = w.rnd() < 0.6;
    const line = rep ? `REP: ${wrap([sentence(w), sentence(w)].join(' '), 90)}` : `PROSPECT: ${pick(w.rnd, SENTENCES)}`;
    lines.push(line);
    if (w.rnd() < 0.15) lines.push('', `## ${pick(w.rnd, TOPICS)}`, '');
    length += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** Files of 1–20 KB until `totalBytes`; the same seed gives the same corpus. */
export function generateCorpus(totalBytes: number, seed = 1): CorpusFile[] {
  const rnd = random(seed);
  const files: CorpusFile[] = [];
  let total = 0;
  for (let i = 0; total < totalBytes; i++) {
    const size = Math.round(1024 * (1 + 19 * rnd() ** 2));
    const w: Writer = { rnd, words: 0, gap: int(rnd, 300, 500), clean: rnd() < 0.15 };
    const kind = rnd();
    const id = String(i).padStart(5, '0');
    const file =
      kind < 0.5
        ? { name: `pages/page-${id}.md`, text: markdownFile(w, size, i) }
        : kind < 0.8
          ? { name: `emails/draft-${id}.email`, text: emailFile(w, size) }
          : { name: `scripts/call-${id}.script`, text: scriptFile(w, size) };
    files.push(file);
    total += Buffer.byteLength(file.text);
  }
  return files;
}

/** One markdown document of about `bytes`, for the single-document and LSP runs. */
export function markdownDocument(bytes: number, seed = 7): string {
  const rnd = random(seed);
  const w: Writer = { rnd, words: 0, gap: int(rnd, 300, 500), clean: false };
  return markdownFile(w, bytes, 0);
}

/** Writes the corpus under `dir`; returns the file paths. */
export function writeCorpus(dir: string, files: readonly CorpusFile[]): string[] {
  return files.map((file) => {
    const path = join(dir, file.name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, file.text);
    return path;
  });
}

/**
 * The document shapes of the language server's benchmark (bench/lsp.ts), about
 * `bytes` each: every keystroke target must hold for each of them.
 */
export interface DocumentShape {
  label: string;
  /** The file name the editor opens it under, and its language. */
  file: string;
  languageId: string;
  text: string;
}

/** A playbook: headings, lists, tables, code, and bold topic lead-ins (`**Security:**`) that repeat. */
export function playbookDocument(bytes: number, seed = 7): string {
  return markdownDocument(bytes, seed);
}

/** A long call script: REP and PROSPECT turns, a heading now and then. */
export function scriptDocument(bytes: number, seed = 11): string {
  const rnd = random(seed);
  return scriptFile({ rnd, words: 0, gap: int(rnd, 300, 500), clean: false }, bytes);
}

/** A long e-mail thread: the writer's reply on top, then the history quoted one level deeper per message. */
export function emailThread(bytes: number, seed = 13): string {
  const rnd = random(seed);
  const w: Writer = { rnd, words: 0, gap: int(rnd, 300, 500), clean: false };
  const parts = [`Subject: Re: ${pick(rnd, TOPICS)} at your team\n\nHi ${pick(rnd, NAMES)},`];
  for (let i = 0; i < 4; i++) parts.push(paragraph(w, 2, 4, 76));
  parts.push(`Best,\n${pick(rnd, NAMES)}\nAccount Executive, Ledgerly`);
  let text = parts.join('\n\n');
  // Each earlier message is quoted one level deeper, under its own "On … wrote:" line (as mail clients nest a thread).
  for (let depth = 0; text.length < bytes; depth = (depth + 1) % 6) {
    const name = pick(rnd, NAMES);
    const attribution = `On Tue, Mar ${int(rnd, 1, 28)}, 2025 at 9:12 AM ${name} <${name.toLowerCase()}@example.com> wrote:`;
    const lines = [depth > 0 ? `${'>'.repeat(depth)} ${attribution}` : attribution];
    const quote = '>'.repeat(depth + 1);
    for (let p = int(rnd, 2, 6); p > 0; p--) lines.push(...paragraph(w, 2, 4, 72).split('\n').map((line) => `${quote} ${line}`), quote);
    text += `\n\n${lines.join('\n')}`;
  }
  return `${text}\n`;
}

/** An HTML e-mail template: a head with styles, then table rows of paragraphs. */
export function htmlTemplate(bytes: number, seed = 17): string {
  const rnd = random(seed);
  const w: Writer = { rnd, words: 0, gap: int(rnd, 300, 500), clean: false };
  const head =
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Ledgerly</title>\n' +
    '<style>\n  body { font-family: Helvetica, Arial, sans-serif; }\n  td { padding: 12px 24px; }\n</style>\n</head>\n<body>\n' +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n';
  const rows: string[] = [];
  let length = head.length;
  while (length < bytes) {
    const r = rnd();
    const row =
      r < 0.7
        ? `  <tr>\n    <td class="copy">\n      <p>${paragraph(w, 1, 4, 0)}</p>\n    </td>\n  </tr>`
        : r < 0.85
          ? `  <tr>\n    <td><h2>${pick(rnd, TOPICS)}</h2></td>\n  </tr>`
          : `  <tr>\n    <td><a href="https://example.com/${pick(rnd, WORDS)}/${int(rnd, 1, 999)}" class="button">${pick(rnd, TOPICS)}</a></td>\n  </tr>`;
    rows.push(row);
    length += row.length + 1;
  }
  return `${head}${rows.join('\n')}\n</table>\n</body>\n</html>\n`;
}

/**
 * Markdown inputs that make remark-parse superlinear, about `bytes` each: the
 * reader must stay within about 10× an ordinary draft of the same size on
 * every one (bench/run.ts).
 */
export function hostileDocuments(bytes: number): Record<string, string> {
  const fill = (line: (i: number) => string): string => {
    const lines: string[] = [];
    for (let size = 0, i = 0; size < bytes; i++) {
      lines.push(line(i));
      size += lines[i].length + 1;
    }
    return `${lines.join('\n')}\n`;
  };
  return {
    'a list one level deeper on every line': fill((i) => `${'  '.repeat(i)}- You can act now.`),
    'a long list nested two levels': fill((i) => `${i % 2 ? '  ' : ''}- Item ${i}: you can act now.`),
    'block quotes one level deeper on every line': fill((i) => `${'>'.repeat((i % 1000) + 1)} You can act now.`),
    'one line of 1 MB of asterisks': `${'*a'.repeat(bytes / 2)} act now\n`,
    'one line of list markers': `${'- '.repeat(bytes / 2)}act now\n`,
  };
}
