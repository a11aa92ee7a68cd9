/**
 * assume-the-sale: traps from the issue plus every phrase-table entry's examples
 * (the entries run in phrase-tables.test.ts; this file adds context cases).
 */
import assert from 'node:assert/strict';
import { assumeTheSalePhrases } from '../../rules/assume-the-sale-phrases.js';
import { assumeTheSale } from '../../rules/assume-the-sale.js';
import { runRuleTable, tableOf, type InvalidCase, type ValidCase } from '../rule-tester.js';

const invalid: InvalidCase[] = [
  { description: 'fix keeps the capital', text: '[|Once you sign|], we will schedule kickoff.', output: 'If you decide to go ahead, we will schedule kickoff.' },
  { description: 'fix keeps merge tags around it', text: 'Hi {{first_name}}, [|once you sign|] we can start on {{start_date}}.', output: 'Hi {{first_name}}, if you decide to go ahead we can start on {{start_date}}.' },
  { description: 'emoji before the phrase', text: '🎉 [|Welcome aboard|]!', positions: [{ line: 1, column: 4 }] },
  {
    description: 'curly apostrophe',
    text: '[|I’m sure you’ll agree|] the numbers speak for themselves.',
    output: 'I think the numbers speak for themselves.',
  },
  {
    description: 'dropped apostrophes',
    text: '[|Im sure youll agree|] the numbers speak for themselves.',
    output: 'I think the numbers speak for themselves.',
  },
  { description: 'in an email body', text: 'Subject: Next steps\n\nHi Sam,\n\n[|Once you sign|], I will set up your workspace.\n', format: 'email', output: 'Subject: Next steps\n\nHi Sam,\n\nIf you decide to go ahead, I will set up your workspace.\n' },
  // A condition that is itself pressure keeps the presumption.
  { description: 'pressured condition', text: 'If you can commit by Friday, [|I’ll send over the agreement|].' },
  { description: 'readiness condition', text: 'If you’re ready, [|we’ll send the contract|] this afternoon.' },
  { description: 'when — not if', text: '[|When — not if|] your team adopts it, [|your new workspace is set up|] in a day.' },
  // A purchase only mentioned, quoted or denied settles nothing.
  { description: 'interest is no purchase', text: 'Thanks for your interest in the plan. [|Welcome aboard|]!' },
  {
    description: 'a payment not received',
    text: 'Your payment hasn’t been received yet. [|Once you sign|], we start.',
    output: 'Your payment hasn’t been received yet. If you decide to go ahead, we start.',
  },
  {
    description: 'a confirmation in the quoted reply',
    text: 'Hi Sam,\n\n[|Welcome aboard|]!\n\n> Thanks for your order, Jo.\n',
    format: 'email',
  },
];

const valid: Array<string | ValidCase> = [
  'If you decide to go ahead, I’ll send over the agreement.',
  'If the terms look right to you, I’ll send over the agreement.',
  'Not if, but whether: that is your call.',
  'If you decide to go ahead, we can schedule kickoff.',
  'Please update the contract template in the legal folder.',
  'The close date field is required in the CRM.',
  "Avoid phrases like 'once you sign' before the prospect has decided.",
  { text: 'REP: Happy to help either way.\nPROSPECT: Once you sign us up, who is our contact?\n', format: 'script', description: "prospect's line" },
  { text: 'Hi Sam,\n\nThanks for the call.\n\n> Welcome aboard! Once you sign, we start.\n', format: 'email', description: 'quoted reply' },
  { text: '```\nwelcome aboard\n```\n', format: 'markdown', description: 'code' },
  // The writer confirms the purchase (afterPurchasePhrases): onboarding mail to a customer.
  { text: 'Hi Sam,\n\nThanks for your order! Welcome aboard.\n\nYour new account manager is Jo.\n', format: 'email', description: 'thanks for the order' },
  { text: 'Subject: You’re in\n\nHi Sam,\n\nYour subscription is now active. Welcome to the family!\n', format: 'email', description: 'subscription active' },
  { text: '# Welcome aboard\n\nNow that you’ve signed, here is who to call for what.\n', format: 'markdown', description: 'now that you have signed' },
  { text: 'Hi Sam,\n\nWelcome aboard!\n\nHere’s your receipt for the annual plan.\n', format: 'email', description: 'the receipt later in the message' },
];

describe('assume-the-sale', () => {
  const fromTable = tableOf(assumeTheSalePhrases);
  it('has at least 40 valid and 40 invalid cases', () => {
    assert.ok(valid.length + fromTable.valid.length >= 40);
    assert.ok(invalid.length + fromTable.invalid.length >= 40);
  });
  describe('context cases', () => runRuleTable(assumeTheSale, { valid, invalid }));
});
