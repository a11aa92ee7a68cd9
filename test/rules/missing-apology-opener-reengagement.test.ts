/**
 * missing-apology-opener, detection only: re-engagement read from chasing,
 * last-touch and subject cues, ownership read from a lexicon of
 * responsibility predicates, and an opening found below a title, metadata
 * lines and a caller's self-introduction. (The rewrite the rule offers is
 * tested in missing-apology-opener.test.ts.)
 */
import assert from 'node:assert/strict';
import { lint } from '../../core/engine.js';
import type { Format } from '../../core/types.js';
import { missingApologyOpener } from '../../rules/missing-apology-opener.js';

interface Case {
  description: string;
  text: string;
  format: Format;
  /** The anchored opening, or null when nothing may be reported. */
  anchor: string | null;
}

const cases: Case[] = [
  // Re-engagement in other words
  { description: 'follow-up on an earlier contact', format: 'email', anchor: 'Hi Omar,', text: 'Hi Omar,\n\nWanted to follow up on the estimate I sent. Does June still work?\n' },
  { description: 'counting attempts', format: 'email', anchor: 'Hi Omar,', text: "Hi Omar,\n\nI've emailed you a few times about the roof. Is it still on your list?\n" },
  { description: 'breakup line', format: 'email', anchor: 'Hi Omar,', text: 'Hi Omar,\n\nThis will be my final email about the roof. No reply needed if the timing is off.\n' },
  { description: 'not wanting to pester', format: 'email', anchor: 'Hi Omar,', text: "Hi Omar,\n\nI don't want to keep bugging you about the roof. Is it still a priority?\n" },
  { description: 'last-touch subject', format: 'email', anchor: 'Hi Omar,', text: 'Subject: Last one from us\n\nHi Omar,\n\nThe spring slots are posted on our site.\n' },
  { description: 'chasing tag after a title in the subject', format: 'email', anchor: 'Hi Omar,', text: 'Subject: Roof estimate - checking in\n\nHi Omar,\n\nThe numbers are unchanged.\n' },
  {
    description: 'markdown template below metadata lines',
    format: 'markdown',
    anchor: 'Hi {{first_name}},',
    text: '# Day 5 template\n\n**Purpose:** second touch\n**Send:** five days after the quote\n\n---\n\nHi {{first_name}},\n\nJust checking in on the quote I sent last week.\n',
  },
  {
    description: 'call script: the title and metadata lines are not the opening',
    format: 'text',
    anchor: 'Hi Dana, this is Sam from Northwind.',
    text: "CALL SCRIPT — renewal\nCaller: Sam Reyes\n\nHi Dana, this is Sam from Northwind. I'm following up on the renewal quote I sent in March. Do you have a minute?\n",
  },
  {
    description: 'template metadata that declares a follow-up to silence',
    format: 'markdown',
    anchor: 'Hi {{first_name}},',
    text: '# Day 9 template\n\n**Purpose:** second follow-up when the quote got no reply\n\n## Body\n\nHi {{first_name}},\n\nThe quote for the new roof is still good through spring.\n',
  },
  {
    description: 'template metadata of a first touch',
    format: 'markdown',
    anchor: null,
    text: '# Intro template\n\n**Purpose:** first e-mail after a referral\n\n## Body\n\nHi {{first_name}},\n\nDana suggested I write; we fix roofs in Eastgate.\n',
  },
  // Ownership in other words
  { description: '"is on me"', format: 'email', anchor: null, text: "Hi Omar,\n\nThe quiet since our call is on me. I haven't heard back since March, and I understand why.\n" },
  { description: '"my fault"', format: 'email', anchor: null, text: "Hi Omar,\n\nI think the gap is my fault. I haven't heard back since March.\n" },
  { description: 'apologise, British spelling, after "first"', format: 'email', anchor: null, text: "Hi Omar,\n\nFirst, I want to apologise. I haven't heard back since March.\n" },
  { description: 'dropped apostrophe', format: 'email', anchor: null, text: "Hi Omar,\n\nIm sorry for going quiet. I haven't heard back since March.\n" },
  { description: 'let it slip', format: 'email', anchor: null, text: 'Hi Omar,\n\nI let our thread slip, and I let this slip for weeks. Following up on my last email with an update.\n' },
  {
    description: 'voicemail: the apology after the self-introduction still opens it',
    format: 'text',
    anchor: null,
    text: "CALL SCRIPT — renewal\nCaller: Sam Reyes\n\nHi Dana. This is Sam from Northwind. I owe you an apology for going quiet after the demo. I haven't heard from you since.\n",
  },
  // Not re-engagement
  { description: 'noun subject of an internal note', format: 'email', anchor: null, text: 'Subject: Follow-up notes from the pipeline review\n\nTeam,\n\nNotes from Tuesday are below.\n' },
  {
    description: 'a reply that answers the prospect',
    format: 'email',
    anchor: null,
    text: 'Hi Omar,\n\nThanks for your question about warranties. I wanted to follow up on the estimate with the terms you asked for.\n\nOn Mon, May 4, 2026 at 9:00 AM Omar <omar@example.com> wrote:\n> What warranty comes with it?\n',
  },
  {
    description: 'a page of several templates: a later follow-up does not make the first one a re-engagement',
    format: 'markdown',
    anchor: null,
    text: '# Sequence\n\n## Email 1\n\nHi {{first_name}},\n\nWe help clinics cut no-shows.\n\n## Email 2\n\nSubject: Just following up\n\nJust following up on my last email.\n',
  },
  { description: 'negated breakup line', format: 'email', anchor: null, text: "Hi Omar,\n\nThis is not my last note, and I won't count emails. Here is the guide you asked for.\n" },
];

describe('missing-apology-opener: re-engagement and ownership in other words', () => {
  for (const testCase of cases) {
    it(`${testCase.description}`, () => {
      const findings = lint(testCase.text, { format: testCase.format, rules: [missingApologyOpener] });
      if (testCase.anchor === null) {
        assert.deepEqual(findings.map((f) => testCase.text.slice(f.start, f.end)), []);
      } else {
        assert.deepEqual(findings.map((f) => testCase.text.slice(f.start, f.end)), [testCase.anchor]);
      }
    });
  }
});
