/**
 * A deterministic sales draft of any size for the LSP benchmark: paragraphs of
 * ordinary sales prose (markdown, with a heading now and then) and a pressure
 * phrase about every 400 words, so the server has real findings to report.
 */

/** mulberry32: a tiny seeded PRNG, so every run lints the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
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
];

const PRESSURE = [
  'Just checking in on my last email.',
  'Once you sign the contract, we can start the rollout.',
  'I wanted to circle back on the proposal.',
  'Did you get a chance to read my last email?',
  'Any update on the proposal?',
];

/** About `bytes` UTF-8 bytes of markdown sales prose. */
export function salesDraft(bytes: number, seed = 42): string {
  const next = random(seed);
  const parts: string[] = ['# A note for the finance team\n\nHi Sam,\n'];
  let size = parts[0].length;
  let wordsSincePressure = 0;
  let paragraph = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    const count = 3 + Math.floor(next() * 4);
    for (let i = 0; i < count; i++) {
      if (wordsSincePressure >= 400) {
        sentences.push(PRESSURE[Math.floor(next() * PRESSURE.length)]);
        wordsSincePressure = 0;
      } else {
        const sentence = SENTENCES[Math.floor(next() * SENTENCES.length)];
        sentences.push(sentence);
        wordsSincePressure += sentence.split(' ').length;
      }
    }
    paragraph++;
    const block = (paragraph % 12 === 0 ? `## Part ${paragraph / 12}\n\n` : '') + sentences.join(' ') + '\n';
    parts.push(block);
    size += block.length + 1;
  }
  return parts.join('\n');
}
