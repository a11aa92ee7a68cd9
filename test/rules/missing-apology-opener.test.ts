/**
 * missing-apology-opener: a re-engagement message whose greeting and first two
 * sentences take no responsibility gets one finding at the greeting (or the
 * first sentence), and its fix inserts the apology opener after the greeting
 * (in a voicemail or call script, after the caller's introduction, in spoken
 * words), in the draft's apostrophe style.
 */
import assert from 'node:assert/strict';
import { lint } from '../../core/engine.js';
import { fixText } from '../../core/fix.js';
import { missingApologyOpener } from '../../rules/missing-apology-opener.js';
import { runRuleTable, type InvalidCase, type ValidCase } from '../rule-tester.js';

/** The written opener (seed 001: apologise first, say it is not about the sale). */
const A = "I wanted to apologize — I may have dropped the ball somewhere along the way, and this isn't about the sale.";
/** The spoken one, for voicemails and call scripts: no dash. */
const SPOKEN = "I wanted to apologize. I may have dropped the ball somewhere along the way, and this call isn't about the sale.";

/** The opener in the draft's apostrophe style: straight when the draft types straight ones first. */
function styled(opener: string, text: string): string {
  const curly = text.indexOf('’');
  const straight = text.search(/\p{L}'\p{L}/u);
  return curly >= 0 && (straight < 0 || curly < straight) ? opener.replace(/'/g, '’') : opener;
}

const greetings = [
  'Hi {{first_name}},',
  'Hello Dana,',
  'Hey {first_name},',
  'Dear Mr. Patel,',
  'Hi *|FNAME|*,',
  'Good morning [Prospect Name],',
  'Hi {{ contact.firstname | default: "there" }},',
  'Hi %FIRSTNAME%,',
];

/** Re-engagement openings that take no responsibility. */
const chasingBodies = [
  "I haven't heard back from you since my proposal on the 4th. Do you have ten minutes this week?",
  'Following up on my last email about the pilot. Let me know what you think.',
  "I'm reaching out again about the onboarding timeline. Are you free Thursday?",
  "It's been a few weeks since we spoke about your Q3 hiring plans. I'd love to reconnect.",
  'Since we last spoke, we shipped the Salesforce integration you asked about. Want a quick demo?',
  "I havent heard from you in a while, so I wanted to share our new pricing. It's simpler now.",
  'I’ve tried to reach you a couple of times about the renewal. Is this still on your radar?',
  'Your team went quiet after the security review. Did the questionnaire answer everything?',
];

/** Openings that own the breakdown (must raise nothing). */
const apologies = [
  "I owe you an apology. I haven't heard back since my proposal, and I suspect I pushed too hard.",
  "I'm sorry for how I left things. It's been a few weeks since we spoke, and that's on me.",
  'I wanted to apologize. I may have dropped the ball after our last call. Following up on my last email was not the right move.',
  "I think I got ahead of myself last time, and I'm sorry. It's been a while since we spoke.",
  'First, an apology: I may have rushed you. Since we last spoke, I have been thinking about it.',
  'I realize I may have pushed too hard on timing, and that was my fault. I haven’t heard from you since.',
  "My apologies for the radio silence on my end. I haven't heard back, and I suspect I caused that.",
  "That one's on me: I sent too much too fast. I'm reaching out again only to learn where I went wrong.",
];

const invalid: InvalidCase[] = [];
const valid: ValidCase[] = [];

greetings.forEach((greeting, g) => {
  const body = chasingBodies[g % chasingBodies.length];
  invalid.push({
    text: `[|${greeting}|]\n\n${body}\n\nBest,\nSam`,
    output: `${greeting}\n\n${A}\n\n${body}\n\nBest,\nSam`,
    description: `greeting ${g}`,
  });
  const apology = apologies[g % apologies.length];
  valid.push({ text: `${greeting}\n\n${apology}\n\nBest,\nSam`, description: `apology ${g}` });
});

chasingBodies.forEach((body, b) => {
  // CRLF drafts keep CRLF around the inserted opener.
  invalid.push({
    text: `Subject: Quick question\r\n\r\n[|Hi Jordan,|]\r\n\r\n${body}\r\n\r\nThanks,\r\nPriya\r\n`,
    format: 'email',
    output: `Subject: Quick question\r\n\r\nHi Jordan,\r\n\r\n${A}\r\n\r\n${body}\r\n\r\nThanks,\r\nPriya\r\n`,
    description: `CRLF ${b}`,
  });
  // Greeting directly followed by the body on the next line.
  invalid.push({
    text: `[|Hi Alex,|]\n${body}\n`,
    format: 'email',
    output: `Hi Alex,\n${A}\n${body}\n`,
    description: `tight greeting ${b}`,
  });
  // The apology only arrives in the third sentence: too late.
  invalid.push({
    text: `[|Hi Morgan,|]\n\n${body} Anyway, I am sorry if I pushed.\n`,
    format: 'email',
    output: `Hi Morgan,\n\n${A}\n\n${body} Anyway, I am sorry if I pushed.\n`,
    description: `late apology ${b}`,
  });
});

// A reply on a support ticket answers the customer's own request: no silence to own.
valid.push({
  text: 'Subject: Re: [Case #5531] Printer offline\n\nHi Marta,\n\nFollowing up on your case: the driver update fixed the queue, and the printer is back online.\n\nBest,\nIT Desk\n',
  format: 'email',
  description: 'a support reply on a numbered case',
});

// Subject lines and front matter mark re-engagement on their own.
invalid.push(
  {
    text: 'Subject: Re: pilot proposal\n\n[|Hi Chris,|]\n\nDo you have time on Thursday to talk through the pilot?\n',
    format: 'email',
    output: `Subject: Re: pilot proposal\n\nHi Chris,\n\n${A}\n\nDo you have time on Thursday to talk through the pilot?\n`,
  },
  {
    text: 'Subject: Following up\n\n[|Hi Chris,|]\n\nAttached is the revised quote.\n',
    format: 'email',
    output: `Subject: Following up\n\nHi Chris,\n\n${A}\n\nAttached is the revised quote.\n`,
  },
  {
    text: '---\ntype: re-engagement\n---\n\n[|Hi {{first_name}},|]\n\nWe launched the reporting module last week.\n',
    format: 'markdown',
    output: `---\ntype: re-engagement\n---\n\nHi {{first_name}},\n\n${A}\n\nWe launched the reporting module last week.\n`,
  },
  {
    description: 'voicemail with an inline greeting',
    text: "[|Hi Jim, it's Kristen from Northwind.|] I haven't heard back on the proposal, so I'm calling to see where things are. Call me back at your convenience.",
    format: 'text',
    output: `Hi Jim, it's Kristen from Northwind. ${SPOKEN} I haven't heard back on the proposal, so I'm calling to see where things are. Call me back at your convenience.`,
  },
  {
    description: 'no greeting at all',
    text: "[|It's been a few weeks since we spoke about the rollout.|] Are you still evaluating vendors?",
    format: 'text',
    output: `${A} It's been a few weeks since we spoke about the rollout. Are you still evaluating vendors?`,
  },
  {
    description: 'emoji before the first sentence: UTF-16 columns',
    text: 'Subject: 🚀 launch notes\n\n[|Hi Sam,|]\n\n👋 Following up on my last email about the demo.\n',
    format: 'email',
    positions: [{ line: 3, column: 1 }],
    output: `Subject: 🚀 launch notes\n\nHi Sam,\n\n${A}\n\n👋 Following up on my last email about the demo.\n`,
  },
  {
    description: 'greeting line that starts with an emoji',
    text: '[|👋 Hi Sam,|]\n\nIt’s been a few weeks since we spoke.\n',
    format: 'email',
    output: `👋 Hi Sam,\n\n${A}\n\nIt’s been a few weeks since we spoke.\n`,
  },
  {
    description: 'call script: only the rep opens',
    text: "REP: [|Hi Dana, this is Lee from Acme.|] I've been trying to reach you about the renewal.\nPROSPECT: Oh, hi. I'm sorry, it's been busy.\nREP: No problem.\n",
    format: 'script',
    output: `REP: Hi Dana, this is Lee from Acme. ${SPOKEN} I've been trying to reach you about the renewal.\nPROSPECT: Oh, hi. I'm sorry, it's been busy.\nREP: No problem.\n`,
  },
);

valid.push(
  { description: 'first-touch cold email', text: 'Subject: Idea for Acme\n\nHi Dana,\n\nI noticed Acme opened three SDR roles this month. We help teams like yours ramp faster.\n\nBest,\nSam', format: 'email' },
  { description: 'first-touch with a date', text: "Hi Dana,\n\nIt's been a few weeks since your Series B announcement, congratulations. I lead partnerships at Orbit.\n", format: 'email' },
  {
    description: 'training page quoting signals',
    text: "# Re-engaging quiet prospects\n\nAvoid opening with \"I haven't heard back from you\". Start by apologising instead.\n",
    format: 'markdown',
  },
  {
    description: 'internal doc without a greeting',
    text: "## Follow-up cadence\n\nIf the prospect has gone quiet for two weeks, the AE sends the re-engagement template.\n",
    format: 'markdown',
  },
  { description: 'signal only in a quoted reply', text: "Hi Sam,\n\nThanks for the deck, it was useful.\n\nOn Tue, Mar 3, 2026 at 9:14 AM Dana <dana@acme.test> wrote:\n> I haven't heard back from legal yet.\n", format: 'email' },
  { description: 'signal only in the signature', text: 'Hi Sam,\n\nHere is the agenda for Thursday.\n\n-- \nSam Lee\nReaching out again? Call 555-0100\n', format: 'email' },
  { description: 'negated signal', text: "Hi Sam,\n\nI'm not following up on my last email; I'm writing about the webinar you registered for.\n", format: 'email' },
  { description: 'apology in the greeting line', text: "Hi Dana, I'm so sorry for the silence on my side.\n\nI haven't heard back since March, and that's on me.\n", format: 'email' },
  { description: 'seed 002 voicemail', text: "Hi John, it's Ari with XYZ company, how are you? John, I'm not calling about moving the project forward or anything about the project itself. I'm just calling to apologize...I haven't heard from you for a few weeks and I figured it must be my fault.", format: 'text' },
  { description: 'landing page', text: '---\ntitle: Pricing\n---\n\n# Plans for every team\n\nSince we last shipped, pricing is simpler.\n', format: 'markdown' },
  {
    description: 'call script where the prospect mentions the silence',
    text: "REP: Hi Dana, I'm sorry to call out of the blue. I may have dropped the ball after our demo.\nPROSPECT: I haven't heard from you in weeks!\n",
    format: 'script',
  },
);

// Every apology form under several greetings.
greetings.forEach((greeting, g) => {
  apologies.forEach((apology, a) => {
    if (a === g % apologies.length) return;
    if ((g + a) % 2 !== 0) return;
    valid.push({ text: `${greeting}\n\n${apology}\n`, format: 'email', description: `apology ${a} under greeting ${g}` });
  });
});

// Each expected opener takes the apostrophe style of its draft. An opening that chases in
// the same breath ("Following up on my last email …") gets the opener as a suggestion, not a
// fix: the apology and the chase after it would contradict each other.
for (const testCase of invalid) {
  if (typeof testCase.output !== 'string') continue;
  testCase.output = /Following up on my last email/.test(testCase.text)
    ? null
    : testCase.output.replace(A, styled(A, testCase.text)).replace(SPOKEN, styled(SPOKEN, testCase.text));
}

describe('missing-apology-opener', () => {
  it('has at least 40 valid and 40 invalid cases', () => {
    assert.ok(valid.length >= 40 && invalid.length >= 40, `${valid.length} valid, ${invalid.length} invalid`);
  });

  runRuleTable(missingApologyOpener, { valid, invalid });

  it('points relatedInformation at the re-engagement signal', () => {
    const text = "Hi Sam,\n\nI haven't heard back from you about the pilot.\n";
    const [finding] = lint(text, { format: 'email', rules: [missingApologyOpener] });
    assert.ok(finding?.related?.[0]);
    const signal = finding.related[0];
    assert.equal(text.slice(signal.start, signal.end), "haven't heard");
  });

  it('keeps every merge tag and the greeting byte for byte', () => {
    const text = 'Hi {{ contact.firstname | default: "there" }},\n\nIt has been a few weeks since my last email.\n';
    const { output } = fixText(text, { format: 'email', rules: [missingApologyOpener] });
    assert.ok(output.startsWith('Hi {{ contact.firstname | default: "there" }},\n\n'));
    assert.ok(output.includes(A));
  });
});

