/**
 * sales-pressure — phrasing that chases, hurries or pushes the prospect toward
 * the sale: chasing ("just checking in"), urgency and scarcity ("act now",
 * "only 3 spots left"), deadlines, forward-push ("move the deal forward") and
 * guilt.
 *
 * Why: prospects go quiet because they expect pressure; copy that pushes the
 * sale forward confirms that fear (DOMAIN.md, seeds 000–003).
 *
 * Not flagged: negated or disowned moves ("I'm not calling to move anything
 * forward"), phrases quoted as counter-examples, noun uses ("our follow-up
 * notes"), and anything outside the writer's prose (code, quoted replies,
 * signatures, the prospect's lines, merge tags).
 */
import { ruleDocsUrl } from '../core/docs.js';
import type { PhraseCategory } from '../core/phrase-types.js';
import { createPhraseRule } from '../core/phrase-rule.js';
import { salesPressurePhrases } from './sales-pressure-phrases.js';

const MESSAGE_BY_CATEGORY: Partial<Record<PhraseCategory, string>> = {
  chasing: 'chasing',
  urgency: 'urgency',
  scarcity: 'urgency',
  deadline: 'urgency',
  'forward-push': 'forwardPush',
  guilt: 'guilt',
};

export const salesPressure = createPhraseRule({
  meta: {
    id: 'sales-pressure',
    description: 'Flags chasing, urgency and forward-push phrasing that pressures the prospect.',
    docsUrl: ruleDocsUrl('sales-pressure'),
    defaultSeverity: 'warning',
    messages: {
      chasing: 'Chasing phrase `{{text}}` reads as pressure; ask where things stand and make "no" an easy answer',
      urgency: 'Urgency `{{text}}` pressures the prospect; let them decide on their own timeline',
      forwardPush: 'Forward-push `{{text}}` puts the sale ahead of the truth; ask whether this is still a fit',
      guilt: 'Guilt phrase `{{text}}` reads as pressure; offer closure either way instead',
    },
  },
  entries: salesPressurePhrases,
  messageFor: (category) => MESSAGE_BY_CATEGORY[category] ?? 'urgency',
});
