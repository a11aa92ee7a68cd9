/**
 * What a phrase-table entry says about its rewrite: the *move* that takes the
 * pressure out, and the grammatical *frame* the phrase fills. The rewrite
 * layer (this folder) makes the words fit the sentence; an entry never carries
 * a bare string to paste over the match.
 */

/** Frames a same-slot replacement can fill: the replacement is the same kind of constituent as the phrase. */
export type SlotFrame =
  /** "once you sign" → "if you decide to go ahead": an adverbial clause opener. */
  | 'condition'
  /** "your new account" → "an account": a noun phrase. */
  | 'noun-phrase'
  /** "move the deal forward" → "figure out whether this is a fit": a verb phrase in the same form. */
  | 'verb-phrase'
  /** "ASAP" → "whenever it suits you": an adverbial. */
  | 'adverbial'
  /** "I'm sure you'll agree" → "I hope you'll find": a clause with its subject. */
  | 'clause';

export type PhraseRewrite =
  /**
   * Replace within the frame: alternatives of the same kind as the phrase.
   * With `safe`, the first is a fix (grammatical wherever the patterns match,
   * applied unreviewed by --fix); the rest are suggestions.
   */
  | { move: 'replace-in-frame'; frame: SlotFrame; with: readonly string[]; safe?: boolean }
  /**
   * A chasing verb ("just checking in", "following up", "touching base"): the
   * verb with its subject and auxiliaries is rebuilt around what it applies
   * to ("I'm just checking in on the quote" → "I'd value your honest take on
   * the quote"); with nothing to apply to, its clause or sentence goes.
   */
  | { move: 'replace-in-frame'; frame: 'chasing-verb' }
  /** A subject line that only chases: "Following up on the Q3 quote" → "A question about the Q3 quote". */
  | { move: 'replace-in-frame'; frame: 'subject-line' }
  /**
   * A count of what is left ("only 3 spots left in the May cohort"): the
   * count goes with its clause; a sentence that stands on it keeps the place ("We have openings in the May cohort").
   */
  | { move: 'replace-in-frame'; frame: 'scarcity-count' }
  /**
   * The writer acting before the prospect decided ("I've gone ahead and added
   * our roadside package", "I'll go ahead and start your paperwork"): the act
   * becomes an offer, its verb in the base form ("If it would help, I can add our
   * roadside package").
   */
  | { move: 'replace-in-frame'; frame: 'offer-instead' }
  /** A chasing question ("Any update?"): the sentence becomes one question that makes "no" safe. */
  | { move: 'replace-sentence'; frame: 'chasing-question' }
  /** "this limited-time rate" → "this rate": the phrase modifies a noun or a verb and can go. */
  | { move: 'drop-modifier' }
  /**
   * "— only 3 spots left", ", so don't miss out": a clause that carries only
   * pressure goes with its connective; a sentence that is nothing else goes whole.
   */
  | { move: 'drop-clause' };
