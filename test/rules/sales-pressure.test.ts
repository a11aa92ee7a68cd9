/**
 * sales-pressure: the precision traps of the issue, each a case, plus every
 * phrase-table entry's own examples.
 */
import assert from 'node:assert/strict';
import { salesPressurePhrases } from '../../rules/sales-pressure-phrases.js';
import { salesPressure } from '../../rules/sales-pressure.js';
import { runRuleTable, tableOf, type InvalidCase, type ValidCase } from '../rule-tester.js';

const invalid: InvalidCase[] = [
  // Typography
  { description: 'straight apostrophe', text: "I [|haven't heard back|] from you." },
  { description: 'curly apostrophe', text: 'I [|haven’t heard back|] from you.' },
  { description: 'dropped apostrophe', text: 'I [|havent heard back|] from you.' },
  { description: 'NBSP between words', text: 'Hi Sam, [|just\u00a0checking\u00a0in|] on the proposal.' },
  { description: 'phrase broken across a line break', text: 'Hi Sam, I am [|just\nchecking in|] on the proposal.' },
  { description: 'phrase broken across CRLF', text: 'Hi Sam, I am [|just\r\nchecking in|] on the proposal.\r\n' },
  {
    description: 'emoji before the phrase (UTF-16 columns)',
    // 👋🏽 is two surrogate pairs: four UTF-16 code units
    text: 'Hi Sam 👋🏽 [|just checking in|] on the proposal.',
    positions: [{ line: 1, column: 13 }],
  },
  { description: 'emoji on a later CRLF line', text: 'Hi Sam,\r\n\r\n🙂 [|Act now|] to keep your rate.', positions: [{ line: 3, column: 4 }] },
  { description: 'capitalised at sentence start', text: '[|Just following up|] on the deck I sent.' },
  { description: 'all caps', text: '[|ACT NOW|] and save 20%.' },
  // Inflections
  { description: 'followed up', text: 'Hi Dana, I [|just followed up|] last week and wanted to try once more.' },
  { description: 'following up', text: "I'm [|just following up|] on my note." },
  { description: 'circled back', text: 'Hi Dana, I [|circled back|] twice already this month, so I wanted to try once more.' },
  { description: 'touching base', text: 'Hi Dana, [|touching base|] about the renewal.' },
  { description: 'bumping', text: '[|Bumping this to the top of your inbox|].' },
  // Forward push and urgency in real copy
  {
    description: 'forward-push, fixed',
    text: 'Can we find time to [|move the deal forward|] this week?',
    output: 'Can we find time to figure out whether this is a fit this week?',
  },
  { description: 'urgency in a landing page', text: '# Spring pricing\n\n[|Limited time only|]: save 30% on annual plans.', format: 'markdown' },
  { description: 'a deadline by reference to one said before', text: 'Prices change in May. [|Renew before then|] and your rate stays.' },
  { description: 'merge tag next to the phrase', text: 'Hi {{first_name}}, [|just checking in|] on {{company}}.' },
  { description: 'inside a markdown list', text: '- Reminder: [|last chance|] to join the pilot', format: 'markdown' },
  { description: 'in a markdown blockquote', text: '> [|Act now|] [|before prices go up|].', format: 'markdown' },
  { description: 'subject line of an email', text: 'Subject: [|Just checking in|]\n\nHi Sam,\n\nHope the launch went well.\n', format: 'email' },
  { description: "the rep's line in a call script", text: 'REP: Hi Dana, [|just checking in|] on the proposal.\nPROSPECT: Sure.\n', format: 'script' },
  // Paraphrases: a move by its verb and what it applies to, in any case
  { description: 'chase without "just", object from the class', text: 'Hi Ira.\n\n[|Following up on our conversation|] from the expo.', format: 'email' },
  { description: 'past tense chase', text: 'Hi Ira,\n\n[|We followed up with your office|] last week, and again today.\n', format: 'email' },
  { description: 'breakup line', text: 'Hi Ira,\n\n[|Here’s my final attempt|] on the storage quote.\n', format: 'email' },
  { description: 'deadline in title case', text: '## [|Bundle Pricing Ends In Two Days|]\n\n[|Order by Sunday|].\n', format: 'markdown' },
  { description: 'scarcity in capitals', text: '[|ONLY 4 TICKETS LEFT|] FOR THE GALA.' },
  { description: 'count after a bullet that negates', text: 'Perks:\n✅ No setup fees\n✅ [|20 seats only|]\n', format: 'text' },
  { description: 'a long rep quote in a script is still said', text: 'REP: "Hi Dana, I wanted to [|touch base|] about the renewal and see where your team landed on the numbers."\nPROSPECT: OK.\n', format: 'script' },
];

const valid: Array<string | ValidCase> = [
  // Negation and disowning
  "I'm not calling to move anything forward.",
  'There is no need to act now; take all the time you need.',
  'Can we plan a time to reconnect? Not to close the sale, just to bring closure.',
  'I’m calling, not to move the sale ahead, but to apologize.',
  "Hi Bob, it's Tom. I'm calling, not to move the process forward, but to learn what we could do better.",
  // Meta-mention and quotation
  "Avoid saying 'just checking in' when a prospect goes quiet.",
  'Don’t write “just following up” in your subject line.',
  'Most prospects expect you to call and say, “Hi, I was just wondering where things are at?”',
  'We keep leaving messages along the lines of, "Hi, haven\'t heard back from you, so I\'m just calling to follow up."',
  {
    text: 'Lines we retired from our sequences:\n\n> “Just checking in to see whether you read the deck.”\n> “Our rate expires Friday, so let’s get this signed.”\n',
    format: 'markdown',
    description: 'a line that is a quotation and nothing else',
  },
  'A breakup email that sets a deadline ("reply by Friday or I close your file") is a countdown.',
  // Nouns, not moves
  'Attached are our follow-up meeting notes.',
  'The close date field in the CRM is required.',
  'Please book a quick check-in for Friday with the onboarding team.',
  // Structure: never flagged outside the writer's prose
  { text: 'Use the API:\n\n```\njust checking in\nact now\n```\n', format: 'markdown', description: 'code block' },
  { text: 'Run `act now` from the CLI.', format: 'markdown', description: 'inline code' },
  { text: '---\ntitle: Act now\ntags: [last chance]\n---\n\nOur team builds reporting tools.\n', format: 'markdown', description: 'front matter' },
  { text: 'Read https://example.com/act-now/last-chance for details.', description: 'URL' },
  { text: '<!-- act now, last chance -->\nOur team builds reporting tools.\n', format: 'markdown', description: 'HTML comment' },
  {
    text: 'Hi Sam,\n\nThanks for the notes.\n\nOn Tue, Mar 3, 2026 at 9:14 AM Dana <dana@acme.test> wrote:\n> Just checking in on the contract. Act now!\n',
    format: 'email',
    description: 'quoted reply',
  },
  { text: 'Hi Sam,\n\nHere is the agenda.\n\n-- \nSam Lee\nAct now: spring pricing ends soon\n', format: 'email', description: 'signature' },
  { text: 'REP: Thanks for taking the call.\nPROSPECT: Just checking in, did the contract go out? We need to act now.\n', format: 'script', description: "prospect's lines" },
  { text: 'REP: [just checking in] Thanks for taking the call.\nPROSPECT: Sure.\n', format: 'script', description: 'stage direction' },
  { text: 'Hi {{just_checking_in}}, thanks for the notes.', description: 'merge tag' },
  // Paraphrase families: their innocent neighbours
  { text: 'Subject: Follow-up notes from the pipeline review\n\nTeam,\n\nNotes from Tuesday are below.\n', format: 'email', description: 'noun subject of an internal note' },
  { text: '## Is this a limited-time offer?\n\nNo. The price is the same all year.\n', format: 'markdown', description: 'FAQ heading answered no' },
  "I'm not following up to push; I wanted to apologise for the silence.",
  'Avoid subject lines such as "final chance" or "ends at midnight".',
  'I’ll follow up with the pricing you asked for on Monday.',
  'We checked in with the venue twice and the date is confirmed.',
  'The beta ends in three weeks; tell us what worked and what did not.',
  // Good trust-based copy (DOMAIN.md)
  "Hi Jim, it's Kristen. I just wanted, first of all, to call and apologize. I'm not calling about the sale, or about the proposal. Where do you think we should go from here?",
  'Would you be open to sharing where things stand, whatever you decide?',
];

describe('sales-pressure', () => {
  const fromTable = tableOf(salesPressurePhrases);
  it('has at least 40 valid and 40 invalid cases', () => {
    assert.ok(valid.length + fromTable.valid.length >= 40);
    assert.ok(invalid.length + fromTable.invalid.length >= 40);
  });
  describe('precision traps', () => runRuleTable(salesPressure, { valid, invalid }));
});
