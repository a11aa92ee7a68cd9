/**
 * assume-the-sale — language that presumes the purchase before the prospect
 * has decided: "once you sign", "your new account", "welcome aboard".
 *
 * Why: until you know the complete truth you can never assume the sale is
 * yours (seed 003); presuming it pressures the prospect and hides the "no"
 * they have not yet said.
 *
 * Not flagged: conditional or negated forms ("if you decide to sign"), quoted
 * counter-examples, nouns in internal docs ("the contract template"), and a
 * message whose writer confirms the purchase ("Thanks for your order"): the
 * reader has already bought.
 */
import { ruleDocsUrl } from '../core/docs.js';
import { createPhraseRule } from '../core/phrase-rule.js';
import { afterPurchasePhrases, assumeTheSalePhrases } from './assume-the-sale-phrases.js';

export const assumeTheSale = createPhraseRule({
  meta: {
    id: 'assume-the-sale',
    description: 'Flags language that presumes the purchase before the prospect has decided.',
    docsUrl: ruleDocsUrl('assume-the-sale'),
    defaultSeverity: 'warning',
    messages: {
      presumption: 'Presuming the sale with `{{text}}`; turn it into a choice, such as "if you decide to go ahead"',
    },
  },
  entries: assumeTheSalePhrases,
  settledBy: afterPurchasePhrases,
  messageFor: () => 'presumption',
});
