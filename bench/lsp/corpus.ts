/**
 * A deterministic sales draft of any size for the LSP benchmark: paragraphs of
 * ordinary sales prose (markdown, with a heading now and then) and a pressure
 * phrase about every 400 words, so the server has real findings to report.
 */

import { random, SENTENCES } from '../corpus.js';

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
